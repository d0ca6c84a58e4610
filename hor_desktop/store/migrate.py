"""Alembic, run from code: upgrade at start, backup before it, refuse a newer schema."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from hor_desktop.core.errors import DatabaseTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# The newest revision in migrations/versions (a test keeps it equal to Alembic's head).
# Knowing it lets a start with an up-to-date database skip importing Alembic (~0.2 s).
HEAD_REVISION = "0006"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # noqa: PLC0415 (see HEAD_REVISION)

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory  # noqa: PLC0415 (see HEAD_REVISION)

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

    return MigrationContext.configure(connection).get_current_revision()


def check_not_newer(revision: str | None) -> None:
    """Raises: DatabaseTooNewError when the revision is unknown to this program."""
    if revision is None:
        return
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if revision not in known:
        raise DatabaseTooNewError(revision=revision)


def backup_sqlite_file(path: Path, label: str) -> Path:
    """A consistent copy (SQLite backup API) beside the file, before a schema change."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.before-{label}-{stamp}{path.suffix}.bak")
    with sqlite3.connect(path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    copy.close()
    source.close()
    return target


def _stamped_revision(engine: Engine) -> str | None:
    """The revision in alembic_version, read with plain SQL; None when there is none."""
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:  # no such table: a new database
        return None


def upgrade_to_head(engine: Engine) -> str | None:
    """Migrate to head; returns the path of the backup taken, if any.

    Raises: DatabaseTooNewError when the database is newer than this program.
    """
    if _stamped_revision(engine) == HEAD_REVISION:
        return None
    from alembic import command  # noqa: PLC0415

    head = head_revision()
    backup: Path | None = None
    with engine.connect() as connection:
        current = current_revision(connection)
    check_not_newer(current)
    if current == head:
        return None
    database = engine.url.database
    if engine.dialect.name == "sqlite" and current is not None and database:
        backup = backup_sqlite_file(Path(database), current)
        log.info("backup before upgrade from %s: %s", current, backup)
    with engine.connect() as connection:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # Batch mode rebuilds tables; with foreign keys on, dropping the old table of a
            # filled database fails (Alembic's advice for SQLite). The pragma only works
            # outside a transaction, hence the raw connection; checked before commit.
            raw: Any = connection.connection.driver_connection
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")
    log.info("database upgraded from %s to %s", current, head)
    return str(backup) if backup else None
