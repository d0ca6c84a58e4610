"""The Inventar tab: equipment items, loans and returns."""
