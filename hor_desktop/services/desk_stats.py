"""Occupancy of the coworking desks for the reports: booked against available desk-days.

A desk offers one desk-day on every opening day of its location (its weekday has
opening hours, no NRW public holiday, no all-day closing day of the house). Booked
desk-days count a half day as 0.5 and a whole day as 1; cancelled bookings and bookings
on days the location is closed do not count. Inactive desks still count as available:
the database does not know since when a desk is out of service.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from hor_desktop.core import calendar
from hor_desktop.core.errors import ValidationError
from hor_desktop.services.closing_days import closed_days
from hor_desktop.store.models import Location
from hor_desktop.store.repositories import desks as desk_repo
from hor_desktop.store.uow import UnitOfWork

MAX_DAYS = 3 * 366


@dataclass(frozen=True)
class OccupancyRow:
    """One desk in one month on one weekday (ISO 1 = Monday)."""

    location_id: uuid.UUID
    location_code: str
    desk_id: uuid.UUID
    desk_label: str
    month: date  # the first of the month
    weekday: int
    booked_desk_days: float
    available_desk_days: int

    @property
    def rate(self) -> float:
        """Booked share of the available desk-days (0 when none were available)."""
        return self.booked_desk_days / self.available_desk_days if self.available_desk_days else 0


def occupancy(
    uow: UnitOfWork, *, start: date, end: date, location_id: uuid.UUID | None = None
) -> list[OccupancyRow]:
    """Occupancy per location, desk, month and weekday for the days in [start, end].

    Rows come for every (desk, month, weekday) with at least one opening day, sorted by
    location code, desk label, month and weekday.

    Raises: ValidationError (end before start, more than three years).
    """
    if end < start or (end - start).days >= MAX_DAYS:
        raise ValidationError("Bitte einen Zeitraum von höchstens drei Jahren wählen.", field="end")
    with uow:
        stmt = select(Location).where(Location.deleted_at.is_(None))
        if location_id is not None:
            stmt = stmt.where(Location.id == location_id)
        locations = {row.id: row for row in uow.session.scalars(stmt)}
        open_days: dict[uuid.UUID, set[date]] = {}
        for loc in locations.values():
            closed = closed_days(uow.session, location_id=loc.id, start=start, end=end)
            days = (start + timedelta(days=n) for n in range((end - start).days + 1))
            open_days[loc.id] = {
                day for day in days if calendar.is_opening_day(day, loc.opening_hours, closed)
            }
        desks = [
            d
            for d in desk_repo.list_desks_of(uow.session, location_id)
            if d.location_id in locations
        ]
        booked_halves: dict[tuple[uuid.UUID, date, int], int] = defaultdict(int)
        desk_location = {desk.id: desk.location_id for desk in desks}
        for desk_id, day, halves in desk_repo.half_days_per_desk_and_day(
            uow.session, start=start, end=end, location_id=location_id
        ):
            loc_id = desk_location.get(desk_id)
            if loc_id is None or day not in open_days[loc_id]:
                continue
            booked_halves[(desk_id, day.replace(day=1), day.isoweekday())] += int(halves)
        rows: list[OccupancyRow] = []
        for desk in desks:
            loc = locations[desk.location_id]
            available: dict[tuple[date, int], int] = defaultdict(int)
            for day in open_days[loc.id]:
                available[(day.replace(day=1), day.isoweekday())] += 1
            for (month, weekday), count in available.items():
                rows.append(
                    OccupancyRow(
                        location_id=loc.id,
                        location_code=loc.code,
                        desk_id=desk.id,
                        desk_label=desk.label,
                        month=month,
                        weekday=weekday,
                        booked_desk_days=booked_halves[(desk.id, month, weekday)] / 2,
                        available_desk_days=count,
                    )
                )
        rows.sort(key=lambda r: (r.location_code, r.desk_label, r.month, r.weekday))
        return rows
