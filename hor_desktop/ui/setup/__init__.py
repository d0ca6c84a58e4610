"""First-start wizard: house, location, mode and database, first admin (imported lazily)."""
