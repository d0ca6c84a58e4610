"""Engines: SQLite pragmas, one writer connection per process, a single-instance lock."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError

from hor_desktop.core.errors import DatabaseLockedError, DatabaseUnavailableError
from hor_desktop.store.capture import install_sync_functions

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000

# SQLite releases that carry the fix for the WAL-reset bug (lost commits when two
# connections write or checkpoint at once): 3.51.3 and later, and the 3.44.6 / 3.50.7
# backports.
_WAL_RESET_FIXED = ((3, 44, 6), (3, 45, 0)), ((3, 50, 7), (3, 51, 0)), ((3, 51, 3), (99, 0, 0))


@dataclass(frozen=True)
class SqliteProtection:
    version: str
    fixed: bool

    def describe(self) -> str:
        if self.fixed:
            return f"SQLite {self.version}: WAL-reset bug fixed in this release"
        return (
            f"SQLite {self.version}: WAL-reset bug present; protected by one writer "
            "connection per process and a single-instance lock per database file"
        )


def sqlite_protection(version: str = sqlite3.sqlite_version) -> SqliteProtection:
    parts = tuple(int(part) for part in version.split(".")[:3])
    fixed = any(low <= parts < high for low, high in _WAL_RESET_FIXED)
    return SqliteProtection(version, fixed)


def parse_url(url: str) -> URL:
    """Raises: DatabaseUnavailableError when the URL is malformed or of an unknown kind."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUnavailableError(reason=f"ungültige Datenbank-URL „{url}“") from exc
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseUnavailableError(
            reason=f"nur sqlite:/// und postgresql:// werden unterstützt, nicht „{url}“"
        )
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself: pysqlite's legacy implicit transactions would
    # otherwise run SELECTs outside a transaction (the SQLAlchemy-documented recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    # Anonymised personal data must not linger in freed pages of the file (DSGVO).
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def create_db_engine(url: str | URL, *, echo: bool = False) -> Engine:
    """An engine with this project's settings; on SQLite exactly one pooled connection."""
    parsed = parse_url(str(url)) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            parsed,
            echo=echo,
            pool_size=1,  # one writer connection per process (WAL-reset protection)
            max_overflow=0,
            pool_timeout=BUSY_TIMEOUT_MS / 1000,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        install_sync_functions(engine)  # hor_capture()/hor_tx()/hor_hlc() for replica triggers
        return engine
    return create_engine(
        parsed,
        echo=echo,
        pool_pre_ping=True,
        pool_size=4,
        connect_args={"connect_timeout": 5},
    )


def sqlite_path(url: str | URL) -> Path | None:
    """The database file of a SQLite URL, or None for PostgreSQL and in-memory SQLite."""
    parsed = parse_url(str(url)) if isinstance(url, str) else url
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


class InstanceLock:
    """Keeps a second HoR Desk process off the same SQLite file."""

    def __init__(self, db_file: Path):
        self.path = db_file.with_name(db_file.name + ".lock")
        self._lock = FileLock(str(self.path), timeout=0)
        self._db_file = db_file

    def acquire(self) -> None:
        """Raises: DatabaseLockedError when another process holds the file."""
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise DatabaseLockedError(path=str(self._db_file)) from exc

    def release(self) -> None:
        self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked
