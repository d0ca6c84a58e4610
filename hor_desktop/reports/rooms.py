"""Room figures: booked hours per room, and utilisation against the bookable hours.

Bookable hours are the room's bookable_from..bookable_until on every opening day of its
location (open weekday, no NRW public holiday, no all-day closing day). Utilisation
counts only the booked hours inside those windows; "hours" counts every booked hour in
the period. Cancelled bookings count nowhere.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hor_desktop.core import calendar
from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import BookingStatus
from hor_desktop.reports.dto import RoomRow
from hor_desktop.reports.periods import as_moment, local_date, local_midnight, raw, raw_key
from hor_desktop.services.closing_days import closed_days
from hor_desktop.store.models import Location, Room, RoomBooking


def _hours(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> float:
    seconds = (min(a_end, b_end) - max(a_start, b_start)).total_seconds()
    return max(0.0, seconds) / 3600


def _window_hours(start: time, until: time) -> float:
    return max(0, (until.hour * 60 + until.minute) - (start.hour * 60 + start.minute)) / 60


@dataclass
class RoomFigures:
    rows: list[RoomRow]
    # Per (organisation, location, month) with at least one booked hour: who was served when.
    activity: set[tuple[str, str, date]] = field(default_factory=set)
    hours_by_month: dict[date, float] = field(default_factory=dict)
    hours_by_location: dict[uuid.UUID, float] = field(default_factory=dict)
    used_by_location: dict[uuid.UUID, float] = field(default_factory=dict)
    bookable_by_location: dict[uuid.UUID, float] = field(default_factory=dict)


def open_days_by_location(
    session: Session, locations: list[Location], *, start: date, end: date
) -> dict[uuid.UUID, set[date]]:
    result: dict[uuid.UUID, set[date]] = {}
    days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    for loc in locations:
        closed = closed_days(session, location_id=loc.id, start=start, end=end)
        result[loc.id] = {d for d in days if calendar.is_opening_day(d, loc.opening_hours, closed)}
    return result


def room_figures(
    session: Session, locations: list[Location], open_days: dict[uuid.UUID, set[date]],
    *, start: date, end: date,
) -> RoomFigures:  # fmt: skip
    """Per room: bookings, hours, bookable and used hours; two queries."""
    codes = {loc.id: loc.code for loc in locations}
    rooms = list(
        session.scalars(
            select(Room).where(Room.deleted_at.is_(None), Room.location_id.in_(list(codes)))
        )
    )
    by_key = {raw_key(room.id): room for room in rooms}
    location_keys = {key: raw_key(room.location_id) for key, room in by_key.items()}
    lo, hi = local_midnight(start), local_midnight(end + timedelta(days=1))
    bookings = session.execute(
        select(
            raw(RoomBooking.room_id),
            raw(RoomBooking.organisation_id),
            raw(RoomBooking.starts_at),
            raw(RoomBooking.ends_at),
        ).where(
            RoomBooking.room_id.in_([room.id for room in rooms]),
            RoomBooking.deleted_at.is_(None),
            RoomBooking.status != BookingStatus.CANCELLED,
            RoomBooking.starts_at < hi,
            RoomBooking.ends_at > lo,
        )
    ).all()
    count: dict[str, int] = defaultdict(int)
    booked: dict[str, float] = defaultdict(float)
    used: dict[str, float] = defaultdict(float)
    figures = RoomFigures(rows=[])
    by_month: dict[date, float] = defaultdict(float)
    bounds: dict[date, tuple[datetime, datetime]] = {}
    windows: dict[tuple[str, date], tuple[datetime, datetime] | None] = {}
    for raw_room, org_id, raw_start, raw_end in bookings:
        room_key, starts_at, ends_at = raw_key(raw_room), as_moment(raw_start), as_moment(raw_end)
        room = by_key[room_key]
        count[room_key] += 1
        day = max(local_date(starts_at), start)
        last = min(local_date(ends_at - timedelta(microseconds=1)), end)
        while day <= last:
            if day not in bounds:
                bounds[day] = (local_midnight(day), local_midnight(day + timedelta(days=1)))
            day_lo, day_hi = bounds[day]
            hours = _hours(starts_at, ends_at, day_lo, day_hi)
            if hours:
                month = day.replace(day=1)
                booked[room_key] += hours
                by_month[month] += hours
                figures.activity.add((raw_key(org_id), location_keys[room_key], month))
            window = windows.get((room_key, day), ())
            if window == ():
                window = None
                if day in open_days[room.location_id]:
                    window = (
                        datetime.combine(day, room.bookable_from, tzinfo=BERLIN),
                        datetime.combine(day, room.bookable_until, tzinfo=BERLIN),
                    )
                windows[(room_key, day)] = window
            if window is not None:
                used[room_key] += _hours(starts_at, ends_at, *window)
            day += timedelta(days=1)
    for room in sorted(rooms, key=lambda r: (codes[r.location_id], r.name)):
        key = raw_key(room.id)
        bookable = len(open_days[room.location_id]) * _window_hours(
            room.bookable_from, room.bookable_until
        )
        row = RoomRow(
            codes[room.location_id], room.name, count[key], round(booked[key], 4),
            bookable, round(used[key], 4),
        )  # fmt: skip
        figures.rows.append(row)
        loc = room.location_id
        figures.hours_by_location[loc] = figures.hours_by_location.get(loc, 0.0) + row.hours
        figures.used_by_location[loc] = figures.used_by_location.get(loc, 0.0) + row.used_hours
        figures.bookable_by_location[loc] = (
            figures.bookable_by_location.get(loc, 0.0) + row.bookable_hours
        )
    figures.hours_by_month = dict(by_month)
    return figures
