"""The "Heute" tab: what the desk has to do today at this location."""
