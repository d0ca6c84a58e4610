"""Persistence: SQLAlchemy models, engine and pragmas, unit of work, repositories, migrations."""
