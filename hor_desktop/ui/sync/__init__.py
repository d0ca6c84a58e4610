"""Sync in the window: the status bar widget, the sync log and the "Konflikte" tab."""
