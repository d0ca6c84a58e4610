"""Backups of the SQLite file: online copy, daily rotation, verified restore."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hor_desktop.core.clock import Clock, SystemClock, local_today, to_local
from hor_desktop.core.errors import ValidationError
from hor_desktop.store.engine import BUSY_TIMEOUT_MS, InstanceLock
from hor_desktop.store.migrate import check_not_newer

log = logging.getLogger(__name__)

DAILY_KEEP = 7  # daily backups kept; the window may override it from QSettings
DAILY_PREFIX = "hor-desk-"
# Tables every HoR Desk database has from its first migration.
_HOR_TABLES = {"alembic_version", "location", "staff", "organisation", "audit_event"}


@dataclass(frozen=True)
class BackupResult:
    path: Path
    revision: str | None
    row_counts: dict[str, int]  # per table, counted inside the copy's read transaction


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Read-only: no lock of ours, no pragma that writes; a running desk keeps writing."""
    if not path.is_file():
        raise ValidationError(f"Die Datei {path} gibt es nicht.", field="path")
    uri = f"{path.resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    connection.isolation_level = None  # we open the read transaction ourselves
    return connection


def _row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in sorted(names)
    }


def backup_database(db_path: Path, out: Path) -> BackupResult:
    """A consistent copy of ``db_path`` while the desk may keep writing (SQLite backup API).

    The copy is written beside ``out`` first and renamed at the end, so a failed backup
    never leaves a half file under the final name.

    Raises: ValidationError (missing or unreadable source, unwritable target).
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        source = _connect_read_only(db_path)
        try:
            target = sqlite3.connect(partial)
            try:
                # One read transaction for counts and copy: in WAL mode both see the same
                # snapshot, and pages=-1 copies it in a single step.
                source.execute("BEGIN")
                counts = _row_counts(source)
                revision = _revision(source)
                source.backup(target, pages=-1)
                source.execute("COMMIT")
                target.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
            finally:
                target.close()
        finally:
            source.close()
        os.replace(partial, out)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise ValidationError(f"Die Sicherung ist fehlgeschlagen: {exc}", field="out") from exc
    log.info("backup of %s written to %s", db_path, out)
    return BackupResult(path=out, revision=revision, row_counts=counts)


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def verify_backup(path: Path) -> str:
    """The schema revision of a backup file that is whole and a HoR Desk database.

    Raises: ValidationError (not a database, damaged, not HoR Desk), DatabaseTooNewError.
    """
    try:
        connection = _connect_read_only(path)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            check = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            revision = _revision(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError(
            f"{path.name} ist keine lesbare SQLite-Datenbank ({exc}).", field="path"
        ) from exc
    if check != ["ok"]:
        raise ValidationError(f"{path.name} ist beschädigt: {'; '.join(check[:3])}", field="path")
    if not _HOR_TABLES.issubset(tables) or revision is None:
        raise ValidationError(f"{path.name} ist keine HoR-Desk-Datenbank.", field="path")
    check_not_newer(revision)
    return revision


def restore_database(backup: Path, db_path: Path, *, clock: Clock | None = None) -> Path:
    """Replace ``db_path`` by a verified backup; returns where the previous one was kept.

    Raises: ValidationError, DatabaseTooNewError, DatabaseLockedError (a desk has the
    database open).
    """
    verify_backup(backup)
    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        stamp = to_local((clock or SystemClock()).now()).strftime("%Y%m%d-%H%M%S")
        previous = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}.sqlite")
        try:
            if db_path.exists():
                backup_database(db_path, previous)
            with sqlite3.connect(backup) as source, sqlite3.connect(db_path) as target:
                # The backup API writes through SQLite, so a -wal file of the old database
                # is replaced along with it instead of being replayed over the restored one.
                source.backup(target)
            source.close()
            target.close()
        except (sqlite3.Error, OSError) as exc:
            raise ValidationError(
                f"Die Wiederherstellung ist fehlgeschlagen: {exc}", field="path"
            ) from exc
    finally:
        lock.release()
    log.info("restored %s from %s; previous database kept as %s", db_path, backup, previous)
    return previous


def daily_backup(
    db_path: Path, folder: Path, keep: int = DAILY_KEEP, *, clock: Clock | None = None
) -> Path | None:
    """Today's backup in ``folder`` unless there is one; keeps the newest ``keep``.

    Returns the new file, or None when today's backup exists already.

    Raises: ValidationError (copy failed).
    """
    today = local_today(clock or SystemClock())
    target = folder / f"{DAILY_PREFIX}{db_path.stem}-{today.isoformat()}.sqlite"
    if target.exists():
        return None
    backup_database(db_path, target)
    existing = sorted(folder.glob(f"{DAILY_PREFIX}{db_path.stem}-*.sqlite"))
    for old in existing[: max(0, len(existing) - max(1, keep))]:
        with contextlib.suppress(OSError):
            old.unlink()
            log.info("old daily backup removed: %s", old)
    return target


def backup_file_name(db_path: Path, moment: datetime) -> str:
    """A suggestion for a manual backup: ``<name>-sicherung-2026-11-25-1000.sqlite``."""
    return f"{db_path.stem}-sicherung-{to_local(moment).strftime('%Y-%m-%d-%H%M')}.sqlite"
