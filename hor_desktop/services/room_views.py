"""What the room calendar shows: week and day views of a location, and free slot search."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from hor_desktop.core.clock import to_local
from hor_desktop.core.enums import BookingStatus
from hor_desktop.core.errors import ValidationError
from hor_desktop.core.recurrence import wall_time_utc
from hor_desktop.services.rooms import RoomDTO, closures_between, room_dto
from hor_desktop.store.repositories import bookings as repo
from hor_desktop.store.repositories import rooms as room_repo
from hor_desktop.store.uow import UnitOfWork


@dataclass(frozen=True)
class CalendarDayDTO:
    day: date
    closed_reason: str | None  # None: open
    closed_from: time | None  # a half day (Weiberfastnacht): closed from this time


@dataclass(frozen=True)
class CalendarBookingDTO:
    id: uuid.UUID
    room_id: uuid.UUID
    starts_at: datetime  # Europe/Berlin
    ends_at: datetime  # Europe/Berlin
    title: str
    organisation_name: str
    status: BookingStatus
    series_id: uuid.UUID | None


@dataclass(frozen=True)
class CalendarBlackoutDTO:
    room_id: uuid.UUID
    starts_at: datetime  # Europe/Berlin
    ends_at: datetime
    reason: str


@dataclass(frozen=True)
class WeekViewDTO:
    """Rooms of one location against the days from ``start`` (a Monday for a week)."""

    start: date
    iso_week: int
    days: tuple[CalendarDayDTO, ...]
    rooms: tuple[RoomDTO, ...]
    bookings: tuple[CalendarBookingDTO, ...]
    blackouts: tuple[CalendarBlackoutDTO, ...]

    def bookings_of(self, room_id: uuid.UUID, day: date) -> list[CalendarBookingDTO]:
        return [b for b in self.bookings if b.room_id == room_id and b.starts_at.date() == day]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.isoweekday() - 1)


def calendar_view(
    uow: UnitOfWork, *, location_id: uuid.UUID, start: date, days: int
) -> WeekViewDTO:
    """Rooms, bookings, blackouts and closures of ``days`` days from ``start``.

    The bookings come from one set-based query over all rooms of the location.
    """
    end = start + timedelta(days=days)
    start_utc, end_utc = wall_time_utc(start, time(0)), wall_time_utc(end, time(0))
    with uow:
        rooms = repo.list_rooms_at(uow.session, location_id)
        room_ids = [r.id for r in rooms]
        rows = room_repo.bookings_in_period(
            uow.session, room_ids=room_ids, start=start_utc, end=end_utc
        )
        blackouts = room_repo.blackouts_in_period(
            uow.session, room_ids=room_ids, start=start_utc, end=end_utc
        )
        closures = closures_between(
            uow.session, location_id=location_id, start=start, end=end - timedelta(days=1)
        )
        by_day: dict[date, tuple[str, time | None]] = {}
        for c in closures:  # a full-day closure wins over a half day
            if c.day not in by_day or c.closed_from is None:
                by_day[c.day] = (c.reason, c.closed_from)
        return WeekViewDTO(
            start=start,
            iso_week=start.isocalendar().week,
            days=tuple(
                CalendarDayDTO(d, *by_day.get(d, (None, None)))
                for d in (start + timedelta(days=i) for i in range(days))
            ),
            rooms=tuple(room_dto(r) for r in rooms),
            bookings=tuple(
                CalendarBookingDTO(
                    id=b_id,
                    room_id=room_id,
                    starts_at=to_local(s),
                    ends_at=to_local(e),
                    title=title,
                    organisation_name=org,
                    status=BookingStatus(status),
                    series_id=series_id,
                )
                for b_id, room_id, s, e, title, org, status, series_id in rows
            ),
            blackouts=tuple(
                CalendarBlackoutDTO(b.room_id, to_local(b.starts_at), to_local(b.ends_at), b.reason)
                for b in blackouts
            ),
        )


def week_view(uow: UnitOfWork, *, location_id: uuid.UUID, week_start: date) -> WeekViewDTO:
    """Monday to Sunday of the week containing ``week_start``."""
    return calendar_view(uow, location_id=location_id, start=monday_of(week_start), days=7)


def day_view(uow: UnitOfWork, *, location_id: uuid.UUID, day: date) -> WeekViewDTO:
    return calendar_view(uow, location_id=location_id, start=day, days=1)


@dataclass(frozen=True)
class FreeSlotDTO:
    room_id: uuid.UUID
    room_name: str
    capacity: int
    day: date
    starts_at: datetime  # Europe/Berlin
    ends_at: datetime


def find_free_slots(
    uow: UnitOfWork,
    *,
    location_id: uuid.UUID,
    attendees: int,
    weekday: int | None,
    window_start: time,
    window_end: time,
    from_day: date,
    weeks: int = 8,
) -> list[FreeSlotDTO]:
    """Rooms big enough that are free for the whole window ("dienstags 18–21 Uhr, 12 Personen").

    ``weekday`` None means every day. Closing days, blackouts, other bookings (with the
    room's buffer) and bookable hours are respected. Sorted by date, then smallest room.
    Raises: ValidationError for an empty window.
    """
    if window_end <= window_start:
        raise ValidationError("Das Zeitfenster muss nach seinem Beginn enden.", field="window_end")
    days = [
        d
        for d in (from_day + timedelta(days=i) for i in range(weeks * 7))
        if weekday is None or d.isoweekday() == weekday
    ]
    if not days:
        return []
    with uow:
        # DTOs, not rows: the rows expire when the unit of work closes, before the loop below.
        rooms = [
            room_dto(r)
            for r in repo.list_rooms_at(uow.session, location_id)
            if r.capacity >= attendees
            and r.bookable_from <= window_start
            and (r.bookable_until == time(0) or window_end <= r.bookable_until)
        ]
        if not rooms:
            return []
        span_start = wall_time_utc(days[0], time(0))
        span_end = wall_time_utc(days[-1] + timedelta(days=1), time(0))
        room_ids = [r.id for r in rooms]
        taken: dict[uuid.UUID, list[tuple[datetime, datetime]]] = defaultdict(list)
        for _id, room_id, s, e, *_rest in room_repo.bookings_in_period(
            uow.session, room_ids=room_ids, start=span_start, end=span_end
        ):
            taken[room_id].append((s, e))
        for bo in room_repo.blackouts_in_period(
            uow.session, room_ids=room_ids, start=span_start, end=span_end
        ):
            taken[bo.room_id].append((bo.starts_at, bo.ends_at))
        closed = {
            c.day
            for c in closures_between(
                uow.session, location_id=location_id, start=days[0], end=days[-1]
            )
            if c.blocks(window_start, window_end)
        }
    found = []
    for day in days:
        if day in closed:
            continue
        start, end = wall_time_utc(day, window_start), wall_time_utc(day, window_end)
        for room in sorted(rooms, key=lambda r: (r.capacity, r.name)):
            buffer = timedelta(minutes=room.buffer_minutes)
            if any(s < end + buffer and e > start - buffer for s, e in taken[room.id]):
                continue
            found.append(
                FreeSlotDTO(room.id, room.name, room.capacity, day, to_local(start), to_local(end))
            )
    return found
