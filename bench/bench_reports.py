"""Benchmark of the funders' report and of the "Heute" tab's data.

``reports.yearly_all_locations``: build_report over the last full year of data, all
locations. ``reports.dashboard_first_load``: today_overview for the location with the
most open loans, as DashboardTab's first load runs it.

Usage: python bench/bench_reports.py [--scale S|M|L] [--db URL] [--seed N]

``--db`` takes a SQLite file (the benchmark works on a copy) or a PostgreSQL URL with
demo data already loaded (used as it is: the reports only read).
"""

from __future__ import annotations

import sys
from datetime import date

from _common import SYSTEM, measure, parse_args, prepared_database, report
from sqlalchemy import func, select

from hor_desktop.core.enums import LoanState
from hor_desktop.reports.build import build_report
from hor_desktop.reports.today import today_overview
from hor_desktop.store.database import Database, open_database
from hor_desktop.store.models import Loan

AREA = "reports"


def run(database: Database) -> None:
    with database.engine.connect() as conn:
        last = conn.execute(select(func.max(Loan.start_date))).scalar_one()
        busiest = conn.execute(
            select(Loan.location_out_id)
            .where(Loan.state == LoanState.OUT)
            .group_by(Loan.location_out_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
    year = (last.year - 1) if last else date.today().year - 1
    start, end = date(year, 1, 1), date(year, 12, 31)

    def yearly() -> None:
        build_report(database.unit_of_work(SYSTEM), start=start, end=end)

    result = build_report(database.unit_of_work(SYSTEM), start=start, end=end)
    print(
        f"bench: {year}: {result.organisations_served} organisations, {result.loans} loans, "
        f"{result.equipment_days} equipment-days",
        file=sys.stderr,
    )
    report(f"{AREA}.yearly_all_locations", measure(yearly, repeat=5, warmup=1), 1000)

    def dashboard() -> None:
        today_overview(database.unit_of_work(SYSTEM), location_id=busiest)

    report(f"{AREA}.dashboard_first_load", measure(dashboard, repeat=15, warmup=2), 200)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(AREA, argv)
    if args.db and args.db.startswith("postgresql"):
        database = open_database(args.db, migrate=False, exclusive=False)
        try:
            run(database)
        finally:
            database.close()
        return 0
    with prepared_database(args) as database:
        run(database)
    return 0


if __name__ == "__main__":
    sys.exit(main())
