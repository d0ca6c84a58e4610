"""Desk figures, aggregated in SQL: booked desk-days against available ones, per location.

A desk offers one desk-day on every opening day of its location; a half day counts 0.5,
a whole day 1 (as ``services.desk_stats``). Cancelled bookings and bookings on days the
location is closed do not count; inactive desks still count as available. The database
sums the half days per location and day; the opening days are applied here.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import String, func, literal_column, select, union_all
from sqlalchemy.orm import Session

from hor_desktop.core.enums import BookingStatus
from hor_desktop.reports.dto import DeskRow
from hor_desktop.reports.equipment import Activity
from hor_desktop.reports.periods import raw, raw_key
from hor_desktop.reports.sqltime import Months, SqlTime, day_no, day_of, no_id, no_number
from hor_desktop.store.models import Desk, DeskBooking, Location
from hor_desktop.store.repositories.desks import DESK_DAYS


@dataclass
class DeskFigures:
    rows: list[DeskRow] = field(default_factory=list)
    by_month: dict[date, float] = field(default_factory=dict)
    by_location: dict[uuid.UUID, tuple[float, int]] = field(default_factory=dict)
    activity: Activity = field(default_factory=set)  # every booked day, open or not


def desk_figures(
    session: Session, sql: SqlTime, months: Months, locations: list[Location],
    open_days: dict[uuid.UUID, set[date]], *, start: date, end: date,
    location_id: uuid.UUID | None,
) -> DeskFigures:  # fmt: skip
    """Booked and available desk-days per location and month; two queries."""
    desks_stmt = (
        select(raw(Desk.location_id), func.count())
        .where(Desk.deleted_at.is_(None))
        .group_by(Desk.location_id)
    )
    booked = (
        select(Desk.location_id.label("loc"), DeskBooking.organisation_id.label("org"))
        .join(Desk, Desk.id == DeskBooking.desk_id)
        .where(
            Desk.deleted_at.is_(None),
            DeskBooking.deleted_at.is_(None),
            DeskBooking.status != BookingStatus.CANCELLED,
            DeskBooking.day >= start,
            DeskBooking.day <= end,
        )
    )
    if location_id is not None:
        desks_stmt = desks_stmt.where(Desk.location_id == location_id)
        booked = booked.where(Desk.location_id == location_id)
    per_day = booked.add_columns(func.sum(DESK_DAYS)).group_by(Desk.location_id, DeskBooking.day)
    visits = booked.add_columns(DeskBooking.day).distinct().subquery("desk_visits")
    stmt = union_all(
        per_day.with_only_columns(
            literal_column("'d'", String),
            raw(Desk.location_id),
            sql.day_no(DeskBooking.day),
            func.sum(DESK_DAYS),
            no_id(),
        ),
        select(
            literal_column("'a'", String),
            raw(visits.c.loc),
            months.index_of(sql.day_no(visits.c.day)),
            no_number(),
            raw(visits.c.org),
        ).distinct(),
    )
    figures = DeskFigures()
    by_key = {raw_key(loc.id): loc for loc in locations}
    open_numbers = {loc: {day_no(d) for d in days} for loc, days in open_days.items()}
    halves: dict[uuid.UUID, int] = defaultdict(int)
    month_halves: dict[date, int] = defaultdict(int)
    for kind, raw_loc, number, value, org in session.execute(stmt):
        loc_key = raw_key(raw_loc)
        if kind == "a":
            figures.activity.add((raw_key(org), loc_key, int(number)))
            continue
        loc = by_key.get(loc_key)
        if loc is None or int(number) not in open_numbers[loc.id]:
            continue
        halves[loc.id] += int(value)
        month_halves[day_of(int(number)).replace(day=1)] += int(value)
    desk_counts = {raw_key(key): int(n) for key, n in session.execute(desks_stmt)}
    for loc in sorted(locations, key=lambda loc: loc.code):
        available = desk_counts.get(raw_key(loc.id), 0) * len(open_days[loc.id])
        if available:
            booked_days = halves[loc.id] / 2
            figures.rows.append(DeskRow(loc.code, booked_days, available))
            figures.by_location[loc.id] = (booked_days, available)
    figures.by_month = {month: n / 2 for month, n in month_halves.items()}
    return figures
