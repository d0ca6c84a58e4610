"""``hor-admin``: set up, migrate, check and fill a HoR Desk database from the command line."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import TextIO

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from hor_desktop import __version__
from hor_desktop.admin import add_all_commands
from hor_desktop.config import load_settings
from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import Role
from hor_desktop.core.errors import DatabaseUnavailableError, HorError
from hor_desktop.services.locations import list_locations, seed_cologne_locations
from hor_desktop.store.database import Database, open_database
from hor_desktop.store.demo_data import generate_demo_data
from hor_desktop.store.engine import sqlite_protection
from hor_desktop.store.migrate import (
    check_not_newer,
    current_revision,
    head_revision,
    upgrade_to_head,
)

PROG = "hor-admin"
CLOSING_DAY_YEARS_AHEAD = 3
SCALES = ("S", "M", "L")


def _open(url: str, *, migrate: bool) -> Database:
    """Raises: HorError; a file that is not a database counts as unavailable, not a bug."""
    try:
        return open_database(url, migrate=migrate)
    except DBAPIError as exc:  # e.g. "file is not a database" while setting the pragmas
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseUnavailableError(reason=reason) from exc


def _actor(database: Database, location_code: str | None) -> Actor:
    """The admin actor at the configured location, else at the first one."""
    system = Actor(location_id=None, role=Role.ADMIN, name=PROG)
    locations = list_locations(database.unit_of_work(system))
    chosen = next((loc for loc in locations if loc.code == location_code), None)
    if chosen is None and locations:
        chosen = locations[0]
    return Actor(location_id=chosen.id if chosen else None, role=Role.ADMIN, name=PROG)


def _migrate(database: Database, out: TextIO) -> None:
    with database.engine.connect() as conn:
        before = current_revision(conn)
    backup = upgrade_to_head(database.engine)
    head = head_revision()
    if before == head:
        print(f"Schema: {head} (aktuell)", file=out)
    else:
        print(f"Schema: {before or '(leer)'} → {head}", file=out)
    if backup:
        print(f"Sicherung: {backup}", file=out)


def cmd_init(args: argparse.Namespace) -> int:
    with _open(args.url, migrate=False) as database:
        print(f"Datenbank: {database.url}")
        _migrate(database, sys.stdout)
        system = Actor(location_id=None, role=Role.ADMIN, name=PROG)
        locations = seed_cologne_locations(database.unit_of_work(system))
        print(f"Standorte: {', '.join(loc.code for loc in locations)}")
        actor = _actor(database, args.location_code)
        try:
            # Lazy: closing days came later; an older checkout skips them instead of failing.
            from hor_desktop.services.closing_days import seed_cologne_extras  # noqa: PLC0415
        except ImportError:
            print("Schließtage: übersprungen (diese Version kennt sie noch nicht)")
            return 0
        year = local_today(database.clock).year
        years = range(year, year + CLOSING_DAY_YEARS_AHEAD + 1)
        added = seed_cologne_extras(database.unit_of_work(actor), years=years)
        print(f"Schließtage {years[0]}–{years[-1]}: {len(added)} neu angelegt")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    if args.shared:
        from hor_desktop.admin.sync import cmd_migrate_shared  # noqa: PLC0415

        return cmd_migrate_shared(args)
    with _open(args.url, migrate=False) as database:
        print(f"Datenbank: {database.url}")
        _migrate(database, sys.stdout)
    return 0


def _check_line(ok: bool, label: str, detail: str) -> bool:
    print(f"{'OK    ' if ok else 'FEHLER'} {label}: {detail}")
    return ok


def cmd_check(args: argparse.Namespace) -> int:
    try:
        database = _open(args.url, migrate=False)
    except DatabaseUnavailableError as exc:
        _check_line(False, "Datenbank öffnen", exc.message)
        return 1
    results: list[bool] = []
    with database, database.engine.connect() as conn:
        if database.dialect == "sqlite":
            results.append(_check_line(True, "SQLite", sqlite_protection().describe()))
            try:
                rows = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
                ok = rows == ["ok"]
                results.append(_check_line(ok, "Integrität", "ok" if ok else "; ".join(rows[:3])))
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                detail = "ok" if not broken else f"{len(broken)} verwaiste Verweise"
                if broken:
                    detail += " (" + ", ".join(sorted({str(row[0]) for row in broken})) + ")"
                results.append(_check_line(not broken, "Fremdschlüssel", detail))
            except DBAPIError as exc:
                first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
                results.append(_check_line(False, "Integrität", first))
        else:
            version = conn.execute(text("SHOW server_version")).scalar_one()
            results.append(_check_line(True, "PostgreSQL", f"Version {version}"))
            results.append(
                _check_line(True, "Fremdschlüssel", "von PostgreSQL bei jeder Änderung geprüft")
            )
        try:
            revision = current_revision(conn)
        except DBAPIError as exc:
            revision = f"unlesbar ({str(exc.orig).strip().splitlines()[0]})"
        head = head_revision()
        if revision == head:
            results.append(_check_line(True, "Schemastand", f"{revision} (aktuell)"))
        else:
            try:
                check_not_newer(revision if revision and "(" not in revision else None)
                advice = "bitte „hor-admin migrate“ ausführen"
            except HorError as exc:
                advice = exc.message
            detail = f"{revision or '(leer)'} statt {head}; {advice}"
            results.append(_check_line(False, "Schemastand", detail))
    return 0 if all(results) else 1


def _progress_printer(err: TextIO) -> Callable[[str, int, int], None]:
    started = time.perf_counter()

    def report(phase: str, done: int, total: int) -> None:
        if done >= total:  # one line per phase, when it is done
            print(f"  {phase}: {done} ({time.perf_counter() - started:.1f} s)", file=err)

    return report


def cmd_demo_data(args: argparse.Namespace) -> int:
    with _open(args.url, migrate=True) as database:
        system = Actor(location_id=None, role=Role.ADMIN, name=PROG)
        seed_cologne_locations(database.unit_of_work(system))
        print(f"Demodaten {args.scale} (Seed {args.seed}) nach {database.url} …", file=sys.stderr)
        started = time.perf_counter()
        summary = generate_demo_data(
            database, scale=args.scale, seed=args.seed, progress=_progress_printer(sys.stderr)
        )
        elapsed = time.perf_counter() - started
    for name, value in asdict(summary).items():
        print(f"{name}: {value}")
    print(f"Dauer: {elapsed:.1f} s")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Verwaltung der HoR-Desk-Datenbank")
    parser.add_argument("--db", metavar="URL", help="Datenbank-URL (sonst aus den Einstellungen)")
    parser.add_argument(
        "--version", action="store_true", help="Programmversion und Schemastand zeigen"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="mehr Protokoll")
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL")
    commands.add_parser(
        "init", help="Datenbank anlegen/aktualisieren, Standorte und Schließtage anlegen"
    ).set_defaults(handler=cmd_init)
    migrate = commands.add_parser("migrate", help="Schema auf den neuesten Stand bringen")
    migrate.add_argument(
        "--shared", metavar="URL", help="stattdessen die gemeinsame PostgreSQL-Datenbank einrichten"
    )
    migrate.set_defaults(handler=cmd_migrate)
    commands.add_parser("check", help="Datenbank prüfen (Exit-Code 1 bei Problemen)").set_defaults(
        handler=cmd_check
    )
    demo = commands.add_parser("demo-data", help="Demodaten in eine leere Datenbank schreiben")
    demo.add_argument("--scale", choices=SCALES, default="S", help="Umfang (Standard: S)")
    demo.add_argument("--seed", type=int, default=1, help="Startwert des Zufalls (Standard: 1)")
    demo.set_defaults(handler=cmd_demo_data)
    add_all_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed usage or help already
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format=f"{PROG}: %(levelname)s %(name)s: %(message)s",
    )
    if args.version:
        print(f"{PROG} {__version__} (Schema {head_revision()})")
        return 0
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        settings = load_settings(db_override=args.db)
        args.url = settings.database_url
        args.location_code = settings.location_code
        args.settings = settings
        result: int = args.handler(args)
        return result
    except HorError as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
