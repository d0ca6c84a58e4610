"""Room figures, aggregated in SQL: booked hours per room, and utilisation.

Bookable hours are the room's bookable_from..bookable_until on every opening day of its
location (open weekday, no NRW public holiday, no all-day closing day). Utilisation
counts only the booked hours inside those windows; "hours" counts every booked hour in
the period. Cancelled bookings count nowhere.

The database splits each booking into local days (a recursive CTE; most bookings have
one) and sums, per room and day, the booked microseconds and those inside the room's
window. Which days are opening days is decided here, on those few rows.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import String, func, literal_column, select, union_all
from sqlalchemy.orm import Session

from hor_desktop.core import calendar
from hor_desktop.core.enums import BookingStatus
from hor_desktop.reports.dto import RoomRow
from hor_desktop.reports.equipment import Activity
from hor_desktop.reports.periods import local_midnight, raw, raw_key
from hor_desktop.reports.sqltime import (
    US_PER_DAY,
    US_PER_HOUR,
    Months,
    SqlTime,
    const,
    day_no,
    day_of,
    local_midnight_us,
    no_id,
    no_number,
)
from hor_desktop.services.closing_days import closed_days
from hor_desktop.store.models import Location, Room, RoomBooking


def _window_hours(room: Room) -> float:
    start, until = room.bookable_from, room.bookable_until
    return max(0, (until.hour * 60 + until.minute) - (start.hour * 60 + start.minute)) / 60


@dataclass
class RoomFigures:
    rows: list[RoomRow]
    # Per (organisation, location, month index) with at least one booked microsecond.
    activity: Activity = field(default_factory=set)
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


def _overlap(sql: SqlTime, s: Any, e: Any, lo: Any, hi: Any) -> Any:
    return sql.greatest(sql.least(e, hi) - sql.greatest(s, lo), const(0))


def _statement(
    sql: SqlTime, months: Months, room_ids: list[uuid.UUID], *, start: date, end: date
) -> Any:
    lo_us, hi_us = local_midnight_us(start), local_midnight_us(end + timedelta(days=1))
    s = sql.greatest(sql.epoch_us(RoomBooking.starts_at), const(lo_us))
    e = sql.least(sql.epoch_us(RoomBooking.ends_at), const(hi_us))
    booked = (
        select(
            RoomBooking.room_id.label("room"),
            Room.location_id.label("loc"),
            RoomBooking.organisation_id.label("org"),
            s.label("s"),
            e.label("e"),
            sql.time_us(Room.bookable_from).label("w_from"),
            sql.time_us(Room.bookable_until).label("w_until"),
        )
        .join(Room, Room.id == RoomBooking.room_id)
        .where(
            RoomBooking.room_id.in_(room_ids),
            RoomBooking.deleted_at.is_(None),
            RoomBooking.status != BookingStatus.CANCELLED,
            RoomBooking.starts_at < local_midnight(end + timedelta(days=1)),
            RoomBooking.ends_at > local_midnight(start),
        )
        .cte("booked")
        .prefix_with("MATERIALIZED")
    )
    first = sql.local_day(booked.c.s)
    days = select(
        booked.c.room,
        booked.c.s,
        booked.c.e,
        booked.c.w_from,
        booked.c.w_until,
        first.label("k"),
        sql.local_day(booked.c.e - 1).label("k_last"),
        const(1).label("first"),
    ).cte("booked_days", recursive=True)
    days = days.union_all(
        select(
            days.c.room,
            days.c.s,
            days.c.e,
            days.c.w_from,
            days.c.w_until,
            days.c.k + 1,
            days.c.k_last,
            const(0),
        ).where(days.c.k < days.c.k_last)
    )
    wall = days.c.k * const(US_PER_DAY)
    day_lo, day_hi = sql.utc_of_wall(wall), sql.utc_of_wall(wall + const(US_PER_DAY))
    window = sql.utc_of_wall(wall + days.c.w_from), sql.utc_of_wall(wall + days.c.w_until)
    kind = literal_column("'d'", String), literal_column("'a'", String)
    table = months.cte
    return union_all(
        select(
            kind[0],
            raw(days.c.room),
            days.c.k,
            func.sum(_overlap(sql, days.c.s, days.c.e, day_lo, day_hi)),
            func.sum(_overlap(sql, days.c.s, days.c.e, *window)),
            func.sum(days.c.first),
            no_id(),
        ).group_by(days.c.room, days.c.k),
        select(
            kind[1],
            raw(booked.c.org),
            table.c.m,
            no_number(),
            no_number(),
            no_number(),
            raw(booked.c.loc),
        )
        .join_from(booked, table, (booked.c.s < table.c.hi_us) & (booked.c.e > table.c.lo_us))
        .distinct(),
    )


def room_figures(
    session: Session,
    sql: SqlTime,
    months: Months,
    locations: list[Location],
    open_days: dict[uuid.UUID, set[date]],
    *,
    start: date,
    end: date,
) -> RoomFigures:
    """Per room: bookings, hours, bookable and used hours; one statement."""
    codes = {loc.id: loc.code for loc in locations}
    rooms = list(
        session.scalars(
            select(Room).where(Room.deleted_at.is_(None), Room.location_id.in_(list(codes)))
        )
    )
    by_key = {raw_key(room.id): room for room in rooms}
    open_numbers = {loc: {day_no(d) for d in days} for loc, days in open_days.items()}
    count: dict[str, int] = defaultdict(int)
    booked: dict[str, int] = defaultdict(int)
    used: dict[str, int] = defaultdict(int)
    by_month: dict[date, int] = defaultdict(int)
    figures = RoomFigures(rows=[])
    stmt = _statement(sql, months, [room.id for room in rooms], start=start, end=end)
    for kind, key, number, booked_us, used_us, bookings, loc in session.execute(stmt):
        if kind == "a":
            figures.activity.add((raw_key(key), raw_key(loc), int(number)))
            continue
        room_key = raw_key(key)
        count[room_key] += int(bookings)
        booked[room_key] += int(booked_us)
        by_month[day_of(int(number)).replace(day=1)] += int(booked_us)
        if int(number) in open_numbers[by_key[room_key].location_id]:
            used[room_key] += int(used_us)
    for room in sorted(rooms, key=lambda r: (codes[r.location_id], r.name)):
        key = raw_key(room.id)
        bookable = len(open_days[room.location_id]) * _window_hours(room)
        row = RoomRow(
            codes[room.location_id],
            room.name,
            count[key],
            round(booked[key] / US_PER_HOUR, 4),
            bookable,
            round(used[key] / US_PER_HOUR, 4),
        )
        figures.rows.append(row)
        loc = room.location_id
        figures.hours_by_location[loc] = figures.hours_by_location.get(loc, 0.0) + row.hours
        figures.used_by_location[loc] = figures.used_by_location.get(loc, 0.0) + row.used_hours
        figures.bookable_by_location[loc] = (
            figures.bookable_by_location.get(loc, 0.0) + row.bookable_hours
        )
    figures.hours_by_month = {month: us / US_PER_HOUR for month, us in by_month.items()}
    return figures
