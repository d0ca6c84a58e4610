"""``hor-admin report``: the funders' report for a period as PDF, optionally CSV per table."""

from __future__ import annotations

import argparse
from pathlib import Path

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.core.errors import ValidationError
from hor_desktop.printing.model import Letterhead
from hor_desktop.reports.build import build_report
from hor_desktop.reports.export import pdf_bytes, write_csv
from hor_desktop.reports.periods import check_period, parse_day
from hor_desktop.services.locations import get_by_code
from hor_desktop.store.database import open_database

PROG = "hor-admin"


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help="Bericht für Fördergeber als PDF (und CSV)")
    # Dates are read as text and checked in the handler: a bad date is one line, exit 2.
    report.add_argument("--from", dest="start", metavar="DATUM", required=True,
                        help="erster Tag (JJJJ-MM-TT oder TT.MM.JJJJ)")  # fmt: skip
    report.add_argument("--to", dest="end", metavar="DATUM", required=True, help="letzter Tag")
    report.add_argument("--location", metavar="KÜRZEL", help="nur dieser Standort (z. B. MIG)")
    report.add_argument("--out", metavar="DATEI.pdf", type=Path, required=True, help="Zieldatei")
    report.add_argument("--csv", metavar="ORDNER", type=Path, help="je Tabelle eine CSV-Datei")
    report.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    start = parse_day(args.start, field="from")
    end = parse_day(args.end, field="to")
    check_period(start, end)
    actor = Actor(location_id=None, role=Role.ADMIN, name=PROG)
    # Reading only: a running desk keeps its database.
    with open_database(args.url, exclusive=False, migrate=False) as database:
        location_id = None
        if args.location:
            location_id = get_by_code(database.unit_of_work(actor), args.location.upper()).id
        report = build_report(
            database.unit_of_work(actor), start=start, end=end, location_id=location_id
        )
    letterhead = Letterhead(
        house_name=args.settings.house_name, location_name=report.location_label
    )
    data = pdf_bytes(report, letterhead)
    out: Path = args.out
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise ValidationError(
            f"{out} kann nicht geschrieben werden: {exc.strerror or exc}", field="out"
        ) from exc
    print(f"{out}: Bericht {args.start} – {args.end}, {report.organisations_served} Organisationen")
    if args.csv is not None:
        files = write_csv(report, args.csv)
        print(f"{args.csv}: {len(files)} CSV-Dateien")
    return 0
