"""Benchmarks of the Raumkalender: a location's week view and a 52-week series preview.

The week is the busiest week of the busiest location; when it has fewer than 500
bookings, short bookings are added to the (throwaway) copy until it has 500.

Usage: python bench/bench_calendar.py [--scale S|M|L] [--db URL] [--seed N]
"""

from __future__ import annotations

import sys
import uuid
from datetime import date, datetime, time, timedelta

from _common import SYSTEM, measure, parse_args, prepared_database, report
from sqlalchemy import func, select

from hor_desktop.core.clock import BERLIN, to_local
from hor_desktop.core.enums import BookingStatus, RecurrenceKind
from hor_desktop.core.recurrence import Rule
from hor_desktop.services import room_series
from hor_desktop.services.room_views import monday_of, week_view
from hor_desktop.store.database import Database
from hor_desktop.store.models import Organisation, Room, RoomBooking

AREA = "calendar"
TARGET_BOOKINGS = 500


def _busiest_week(database: Database) -> tuple[uuid.UUID, date]:
    week = func.strftime("%Y-%W", RoomBooking.starts_at)
    with database.engine.connect() as conn:
        row = conn.execute(
            select(Room.location_id, func.min(RoomBooking.starts_at))
            .join(Room, Room.id == RoomBooking.room_id)
            .where(RoomBooking.status != BookingStatus.CANCELLED)
            .group_by(Room.location_id, week)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    first: datetime = row[1]
    return row[0], monday_of(to_local(first.replace(tzinfo=first.tzinfo or BERLIN)).date())


def _fill_week(database: Database, location_id: uuid.UUID, monday: date) -> int:
    """Adds 45-minute bookings across the rooms and days until the week has 500."""
    start = datetime.combine(monday, time(0), BERLIN)
    end = start + timedelta(days=7)
    uow = database.unit_of_work(SYSTEM)
    with uow:
        session = uow.session
        rooms = list(session.scalars(select(Room.id).where(Room.location_id == location_id)))
        have = session.scalar(
            select(func.count())
            .select_from(RoomBooking)
            .where(RoomBooking.room_id.in_(rooms), RoomBooking.status != BookingStatus.CANCELLED)
            .where(RoomBooking.starts_at < end, RoomBooking.ends_at > start)
        )
        org_id = session.scalars(select(Organisation.id).limit(1)).one()
        missing = max(0, TARGET_BOOKINGS - (have or 0))
        for i in range(missing):
            day = monday + timedelta(days=i % 7)
            slot = datetime.combine(day, time(8), BERLIN) + timedelta(minutes=45 * ((i // 7) % 18))
            session.add(
                RoomBooking(
                    room_id=rooms[(i // 126) % len(rooms)],
                    organisation_id=org_id,
                    title=f"Bench {i}",
                    starts_at=slot,
                    ends_at=slot + timedelta(minutes=45),
                    status=BookingStatus.CONFIRMED,
                    series_id=None,
                    attendees=None,
                    notes=None,
                    contact_id=None,
                    staff_id=None,
                    confirmed_at=None,
                )
            )
        uow.commit()
    return (have or 0) + missing


def run(database: Database) -> None:
    location_id, monday = _busiest_week(database)
    total = _fill_week(database, location_id, monday)

    def build_week() -> None:
        view = week_view(database.unit_of_work(SYSTEM), location_id=location_id, week_start=monday)
        assert len(view.bookings) >= TARGET_BOOKINGS

    print(f"bench: week {monday:%G-W%V}, {total} bookings", file=sys.stderr)
    report(f"{AREA}.week_view_500", measure(build_week), 100)

    with database.engine.connect() as conn:
        busiest_room = conn.scalar(
            select(RoomBooking.room_id)
            .join(Room, Room.id == RoomBooking.room_id)
            .where(Room.location_id == location_id)
            .group_by(RoomBooking.room_id)
            .order_by(func.count().desc())
            .limit(1)
        )
    assert busiest_room is not None
    rule = Rule(
        kind=RecurrenceKind.WEEKLY, first_date=monday - timedelta(weeks=26), weekday=2,
        local_start=time(18), local_end=time(20), count=52,
    )  # fmt: skip

    def preview() -> None:
        result = room_series.preview(database.unit_of_work(SYSTEM), room_id=busiest_room, rule=rule)
        assert len(result.occurrences) >= 45

    report(f"{AREA}.series_preview_52", measure(preview), 100)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(AREA, argv)
    with prepared_database(args) as database:
        run(database)
    return 0


if __name__ == "__main__":
    sys.exit(main())
