"""``hor-admin backup`` and ``hor-admin restore``: copy the SQLite file safely, and back."""

from __future__ import annotations

import argparse
from pathlib import Path

from hor_desktop.core.errors import ValidationError
from hor_desktop.services import backup
from hor_desktop.store.engine import sqlite_path


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    save = commands.add_parser(
        "backup", help="Sicherung der SQLite-Datenbank (auch während HoR Desk läuft)"
    )
    save.add_argument("--out", metavar="DATEI", type=Path, required=True, help="Zieldatei")
    save.set_defaults(handler=cmd_backup)
    restore = commands.add_parser(
        "restore", help="Datenbank aus einer Sicherung wiederherstellen (HoR Desk geschlossen)"
    )
    restore.add_argument("file", metavar="DATEI", type=Path, help="die Sicherungsdatei")
    restore.set_defaults(handler=cmd_restore)


def _database_file(url: str) -> Path:
    path = sqlite_path(url)
    if path is None:
        raise ValidationError(
            "Sicherung und Wiederherstellung gibt es nur für eine SQLite-Datei; "
            "den gemeinsamen PostgreSQL-Server sichert dessen Administration (pg_dump).",
            field="url",
        )
    return path


def cmd_backup(args: argparse.Namespace) -> int:
    # No open_database: it would take the single-instance lock a running desk holds.
    result = backup.backup_database(_database_file(args.url), args.out)
    total = sum(result.row_counts.values())
    print(f"Sicherung: {result.path} (Schema {result.revision or '–'}, {total} Datensätze)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    db_file = _database_file(args.url)
    revision = backup.verify_backup(args.file)
    previous = backup.restore_database(args.file, db_file)
    print(f"Wiederhergestellt: {db_file} aus {args.file} (Schema {revision})")
    if previous.exists():
        print(f"Bisherige Datenbank: {previous}")
    return 0
