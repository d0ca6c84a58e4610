"""HoR Desk: the front-desk application of a House of Resources."""

__version__ = "0.1.0"
