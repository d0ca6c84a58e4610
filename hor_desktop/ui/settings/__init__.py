"""Verwaltung → Einstellungen: the settings dialog and its pages (loaded on demand)."""
