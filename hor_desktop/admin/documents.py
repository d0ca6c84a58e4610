"""``hor-admin print-slip``/``print-return``/``print-booking``: documents as PDF files."""

from __future__ import annotations

import argparse
from pathlib import Path

from hor_desktop.config import Settings, archive_dir_for
from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.core.errors import ValidationError
from hor_desktop.printing.archive import DocumentArchive
from hor_desktop.services import documents
from hor_desktop.services.locations import list_locations
from hor_desktop.store.database import Database, open_database

PROG = "hor-admin"


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    slip = commands.add_parser("print-slip", help="Leihschein eines Leihvorgangs als PDF")
    slip.add_argument("receipt_no", metavar="BELEGNUMMER", help="z. B. CCH-2026-00042")
    slip.add_argument("--two-copies", action="store_true", help="je ein Exemplar für beide Seiten")
    _common(slip)
    slip.set_defaults(handler=cmd_print_slip)

    record = commands.add_parser("print-return", help="Rücknahmeprotokoll als PDF")
    record.add_argument("receipt_no", metavar="BELEGNUMMER")
    _common(record)
    record.set_defaults(handler=cmd_print_return)

    booking = commands.add_parser("print-booking", help="Buchungsbestätigung als PDF")
    booking.add_argument(
        "reference", metavar="NUMMER", help="R-XXXXXXXX (Raum), D-XXXXXXXX (Platz)"
    )
    _common(booking)
    booking.set_defaults(handler=cmd_print_booking)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="DATEI.pdf", type=Path, required=True, help="Zieldatei")
    parser.add_argument(
        "--archive", action="store_true", help="auch im Dokumentarchiv ablegen (mit Verlauf)"
    )


def _open(args: argparse.Namespace) -> Database:
    # Only archiving writes; rendering just reads, so it need not lock out a running desk.
    return open_database(args.url, exclusive=args.archive, migrate=False)


def _actor(database: Database, location_code: str | None) -> Actor:
    """The admin at the configured location (archived documents are audited there)."""
    system = Actor(location_id=None, role=Role.ADMIN, name=PROG)
    locations = list_locations(database.unit_of_work(system))
    chosen = next((loc for loc in locations if loc.code == location_code), None)
    if chosen is None and locations:
        chosen = locations[0]
    return Actor(location_id=chosen.id if chosen else None, role=Role.ADMIN, name=PROG)


def _finish(
    args: argparse.Namespace, database: Database, actor: Actor,
    rendered: documents.RenderedDocument,
) -> int:  # fmt: skip
    out: Path = args.out
    try:
        out.write_bytes(rendered.pdf)
    except OSError as exc:
        raise ValidationError(
            f"{out} kann nicht geschrieben werden: {exc.strerror or exc}", field="out"
        ) from exc
    print(f"{rendered.reference}: {out} ({len(rendered.pdf) // 1024 + 1} KB)")
    if args.archive:
        settings: Settings = args.settings
        archive = DocumentArchive(archive_dir_for(settings))
        issued = documents.archive_rendered(database.unit_of_work(actor), rendered, archive=archive)
        print(f"Archiviert: {archive.root / issued.file_name}")
    return 0


def _logo(settings: Settings) -> Path | None:
    return Path(settings.logo_path) if settings.logo_path else None


def _loan_document(args: argparse.Namespace, kind: documents.LoanDocument) -> int:
    settings: Settings = args.settings
    with _open(args) as database:
        actor = _actor(database, args.location_code)
        loan_id = documents.get_loan_id_by_receipt(
            database.unit_of_work(actor), receipt_no=args.receipt_no
        )
        rendered = documents.render_loan_document(
            database.unit_of_work(actor), loan_id=loan_id, kind=kind,
            house_name=settings.house_name, replica=settings.mode == "replica",
            two_copies=getattr(args, "two_copies", False) or settings.slip_copies == "2",
            logo=_logo(settings), conditions=settings.lending_conditions,
            privacy_notice=settings.privacy_notice,
        )  # fmt: skip
        return _finish(args, database, actor, rendered)


def cmd_print_slip(args: argparse.Namespace) -> int:
    return _loan_document(args, "lending_slip")


def cmd_print_return(args: argparse.Namespace) -> int:
    return _loan_document(args, "return_record")


def cmd_print_booking(args: argparse.Namespace) -> int:
    settings: Settings = args.settings
    with _open(args) as database:
        actor = _actor(database, args.location_code)
        match = documents.find_booking_by_reference(
            database.unit_of_work(actor), reference=args.reference
        )
        rendered = documents.render_booking_confirmation(
            database.unit_of_work(actor), room_booking_id=match.room_booking_id,
            desk_booking_id=match.desk_booking_id, house_name=settings.house_name,
            logo=_logo(settings),
        )  # fmt: skip
        return _finish(args, database, actor, rendered)
