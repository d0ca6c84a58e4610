"""``hor-admin export-ics``: room bookings as an iCalendar file (room, location or organisation)."""

from __future__ import annotations

import argparse
from pathlib import Path

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.core.errors import ValidationError
from hor_desktop.services import ical
from hor_desktop.store.database import open_database

PROG = "hor-admin"


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export-ics", help="Raumbuchungen als iCalendar-Datei (.ics)")
    scope = export.add_mutually_exclusive_group(required=True)
    scope.add_argument("--location", metavar="KÜRZEL", help="alle Räume eines Standorts")
    scope.add_argument("--room", metavar="NAME", help="ein Raum")
    scope.add_argument("--organisation", metavar="NAME", help="alle Buchungen einer Organisation")
    export.add_argument("--out", metavar="DATEI.ics", type=Path, required=True, help="Zieldatei")
    export.set_defaults(handler=cmd_export_ics)


def cmd_export_ics(args: argparse.Namespace) -> int:
    actor = Actor(location_id=None, role=Role.ADMIN, name=PROG)
    # Reading only: a running desk keeps its database.
    with open_database(args.url, exclusive=False, migrate=False) as database:
        scope = ical.resolve_scope(
            database.unit_of_work(actor), location_code=args.location, room_name=args.room,
            organisation_name=args.organisation,
        )  # fmt: skip
        label = args.location or args.room or args.organisation
        data = ical.export_ics(
            database.unit_of_work(actor), name=f"HoR Raumbuchungen – {label}", **scope
        )
    out: Path = args.out
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise ValidationError(
            f"{out} kann nicht geschrieben werden: {exc.strerror or exc}", field="out"
        ) from exc
    events = data.count(b"BEGIN:VEVENT")
    print(f"{out}: {events} Termine/Serien")
    return 0
