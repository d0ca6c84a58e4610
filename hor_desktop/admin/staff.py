"""``hor-admin staff``: list, add and deactivate staff members, set a PIN."""

from __future__ import annotations

import argparse
import getpass

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.core.errors import NotFoundError
from hor_desktop.services import staff
from hor_desktop.services.locations import get_by_code, list_locations
from hor_desktop.store.database import open_database

PROG = "hor-admin"
_SYSTEM = Actor(location_id=None, role=Role.ADMIN, name=PROG)


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("staff", help="Mitarbeitende anzeigen, anlegen, deaktivieren")
    sub = parser.add_subparsers(dest="staff_command", required=True)
    sub.add_parser("list", help="aktive Mitarbeitende").set_defaults(handler=cmd_list)
    add = sub.add_parser("add", help="Mitarbeiter:in mit PIN anlegen (PIN wird abgefragt)")
    add.add_argument("--name", required=True, help="Anzeigename")
    add.add_argument("--initials", required=True, help="Kürzel für die Anmeldung")
    add.add_argument("--role", choices=[role.value for role in Role], default=Role.DESK.value)
    add.add_argument("--location", metavar="KÜRZEL", help="Heimatstandort (sonst der erste)")
    add.set_defaults(handler=cmd_add)
    off = sub.add_parser("deactivate", help="Anmeldung einer Person sperren")
    off.add_argument("initials", help="Kürzel")
    off.set_defaults(handler=cmd_deactivate)


def _read_pin() -> str:
    return getpass.getpass("PIN (4–8 Ziffern): ")


def cmd_list(args: argparse.Namespace) -> int:
    with open_database(args.url, exclusive=False, migrate=False) as database:
        codes = {loc.id: loc.code for loc in list_locations(database.unit_of_work(_SYSTEM))}
        for member in staff.list_staff(database.unit_of_work(_SYSTEM)):
            location = codes.get(member.home_location_id, "?")
            print(f"{member.initials}\t{member.display_name}\t{member.role.value}\t{location}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with open_database(args.url) as database:
        if args.location:
            location = get_by_code(database.unit_of_work(_SYSTEM), args.location)
        else:
            locations = list_locations(database.unit_of_work(_SYSTEM))
            if not locations:
                raise NotFoundError(entity="Ein Standort (erst hor-admin init)")
            location = locations[0]
        actor = Actor(location_id=location.id, role=Role.ADMIN, name=PROG)
        member = staff.create_staff(
            database.unit_of_work(actor), display_name=args.name, initials=args.initials,
            role=Role(args.role), home_location_id=location.id, pin=_read_pin(),
        )  # fmt: skip
    print(f"Angelegt: {member.initials} – {member.display_name} ({member.role.value})")
    return 0


def cmd_deactivate(args: argparse.Namespace) -> int:
    with open_database(args.url) as database:
        wanted = args.initials.strip().upper()
        members = staff.list_staff(database.unit_of_work(_SYSTEM))
        match = [member for member in members if member.initials == wanted]
        if not match:
            raise NotFoundError(entity=f"Kürzel {wanted}")
        staff.deactivate_staff(database.unit_of_work(_SYSTEM), staff_id=match[0].id)
    print(f"Deaktiviert: {wanted}")
    return 0
