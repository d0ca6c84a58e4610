"""The audit log view: filter, page and export the append-only trail."""
