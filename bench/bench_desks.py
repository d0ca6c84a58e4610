"""Benchmark of the Coworking board: one refresh for the location with the most desks.

Runs what DesksTab.refresh runs on a busy day: the week's board from the service (one
unit of work) and both table models filled, on an offscreen QApplication.

Usage: python bench/bench_desks.py [--scale S|M|L] [--db URL] [--seed N]
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta

from _common import measure, parse_args, prepared_database, report
from sqlalchemy import func, select

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import BookingStatus, Role
from hor_desktop.services import desk_board
from hor_desktop.store.database import Database
from hor_desktop.store.models import Desk, DeskBooking

AREA = "desks"


def busiest_location_and_day(database: Database) -> tuple[object, date]:
    """The location with the most desks and its day with the most live bookings."""
    with database.engine.connect() as conn:
        location_id = conn.execute(
            select(Desk.location_id)
            .where(Desk.deleted_at.is_(None))
            .group_by(Desk.location_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
        day = conn.execute(
            select(DeskBooking.day)
            .join(Desk, Desk.id == DeskBooking.desk_id)
            .where(Desk.location_id == location_id, DeskBooking.status != BookingStatus.CANCELLED)
            .group_by(DeskBooking.day)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
    return location_id, day


def run(database: Database) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from hor_desktop.ui.desks.models import DeskBoardModel, DeskWeekModel

    app = QApplication.instance() or QApplication([])
    location_id, day = busiest_location_and_day(database)
    actor = Actor(location_id=location_id, role=Role.DESK, name="Bench")  # type: ignore[arg-type]
    monday = day - timedelta(days=day.weekday())
    board_model, week_model = DeskBoardModel(), DeskWeekModel()

    def board() -> None:
        loaded = desk_board.desk_board(
            database.unit_of_work(actor), location_id=location_id,  # type: ignore[arg-type]
            start=monday, end=monday + timedelta(days=6),
        )  # fmt: skip
        board_model.set_board(loaded, day)
        week_model.set_board(loaded)
        assert board_model.rowCount() == len(loaded.desks)

    median = measure(board)
    print(
        f"bench: {board_model.rowCount()} desks, "
        f"{sum(1 for r in range(board_model.rowCount()) if board_model.row(r).morning)} "
        f"booked mornings on {day:%d.%m.%Y}",
        file=sys.stderr,
    )
    report(f"{AREA}.board_40_desks", median, 50)
    del app


def main(argv: list[str] | None = None) -> int:
    args = parse_args(AREA, argv)
    with prepared_database(args) as database:
        run(database)
    return 0


if __name__ == "__main__":
    sys.exit(main())
