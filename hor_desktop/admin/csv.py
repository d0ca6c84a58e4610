"""``hor-admin import-csv`` and ``export-csv``: organisations and contacts as CSV files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.core.errors import ConfigError
from hor_desktop.services import csv_io
from hor_desktop.services.locations import list_locations
from hor_desktop.store.database import Database, open_database


def _open_with_actor(args: argparse.Namespace) -> tuple[Database, Actor]:
    """The database and an admin actor at the configured location (else the first)."""
    database = open_database(args.url)
    system = Actor(location_id=None, role=Role.ADMIN, name="hor-admin")
    locations = list_locations(database.unit_of_work(system))
    chosen = next((loc for loc in locations if loc.code == args.location_code), None)
    chosen = chosen or (locations[0] if locations else None)
    actor = Actor(location_id=chosen.id if chosen else None, role=Role.ADMIN, name="hor-admin")
    return database, actor


def cmd_import_csv(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(reason=f"{path}: {exc.strerror}") from exc
    database, actor = _open_with_actor(args)
    with database:
        report = csv_io.import_organisations(
            database.unit_of_work(actor), data=data, dry_run=args.dry_run
        )
    print(report.text())
    problems = not report.ok or any(line.duplicates for line in report.lines)
    return 1 if problems else 0


def cmd_export_csv(args: argparse.Namespace) -> int:
    database, actor = _open_with_actor(args)
    with database:
        data = csv_io.export_organisations(database.unit_of_work(actor))
    out = Path(args.out)
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise ConfigError(reason=f"{out}: {exc.strerror}") from exc
    lines = data.count(b"\r\n") - 1
    print(f"Exportiert: {lines} Zeilen nach {out}", file=sys.stdout)
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importer = commands.add_parser(
        "import-csv", help="Organisationen und Kontakte aus CSV importieren (alles oder nichts)"
    )
    importer.add_argument("kind", choices=("organisations",), help="was importiert wird")
    importer.add_argument("file", metavar="DATEI", help="CSV-Datei (; oder , getrennt)")
    importer.add_argument(
        "--dry-run", action="store_true", help="nur prüfen und berichten, nichts schreiben"
    )
    importer.set_defaults(handler=cmd_import_csv)
    exporter = commands.add_parser(
        "export-csv", help="Organisationen und Kontakte als CSV für Excel exportieren"
    )
    exporter.add_argument("kind", choices=("organisations",), help="was exportiert wird")
    exporter.add_argument("--out", required=True, metavar="DATEI", help="Zieldatei")
    exporter.set_defaults(handler=cmd_export_csv)
