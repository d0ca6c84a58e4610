"""``build_report``: the funders' figures for a period, one location or all, one category or all."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import BookingStatus, LoanState
from hor_desktop.core.errors import NotFoundError
from hor_desktop.reports.dto import CountRow, DeskRow, LocationRow, MonthRow, ReportDTO
from hor_desktop.reports.equipment import LentLine, equipment_figures, lent_lines
from hor_desktop.reports.periods import (
    as_day,
    check_period,
    local_midnight,
    months_of,
    raw,
    raw_key,
)
from hor_desktop.reports.rooms import open_days_by_location, room_figures
from hor_desktop.services.desk_stats import OccupancyRow, occupancy
from hor_desktop.store.models import (
    Desk,
    DeskBooking,
    EquipmentCategory,
    Loan,
    Location,
    Organisation,
    Room,
    RoomBooking,
)
from hor_desktop.store.uow import UnitOfWork

ALL_LOCATIONS = "Alle Standorte"
ALL_CATEGORIES = "Alle Kategorien"
NO_LEGAL_FORM = "ohne Angabe"
NO_HOME = "ohne Standort"

Activity = set[tuple[str, str, date]]  # organisation, location, month (raw keys)


def _desk_activity(
    session: Session, *, start: date, end: date, location_id: uuid.UUID | None
) -> Activity:
    stmt = (
        select(raw(DeskBooking.organisation_id), raw(Desk.location_id), raw(DeskBooking.day))
        .join(Desk, Desk.id == DeskBooking.desk_id)
        .where(
            Desk.deleted_at.is_(None),
            DeskBooking.deleted_at.is_(None),
            DeskBooking.status != BookingStatus.CANCELLED,
            DeskBooking.day >= start,
            DeskBooking.day <= end,
        )
        .distinct()
    )
    if location_id is not None:
        stmt = stmt.where(Desk.location_id == location_id)
    return {
        (raw_key(org), raw_key(loc), as_day(day).replace(day=1))
        for org, loc, day in session.execute(stmt)
    }


def _active_before(session: Session, *, start: date, location_id: uuid.UUID | None) -> set[str]:
    """Organisations with a loan, room or desk booking (in scope) before ``start``."""
    loans = select(raw(Loan.organisation_id)).where(
        Loan.deleted_at.is_(None),
        Loan.state.in_((LoanState.OUT, LoanState.RETURNED)),
        Loan.start_date < start,
    )
    rooms = (
        select(raw(RoomBooking.organisation_id))
        .join(Room, Room.id == RoomBooking.room_id)
        .where(
            RoomBooking.deleted_at.is_(None),
            RoomBooking.status != BookingStatus.CANCELLED,
            RoomBooking.starts_at < local_midnight(start),
        )
    )
    desks = (
        select(raw(DeskBooking.organisation_id))
        .join(Desk, Desk.id == DeskBooking.desk_id)
        .where(
            DeskBooking.deleted_at.is_(None),
            DeskBooking.status != BookingStatus.CANCELLED,
            DeskBooking.day < start,
        )
    )
    if location_id is not None:
        loans = loans.where(Loan.location_out_id == location_id)
        rooms = rooms.where(Room.location_id == location_id)
        desks = desks.where(Desk.location_id == location_id)
    return {raw_key(org) for org in session.scalars(loans.union(rooms, desks))}


def _counts(labels: Iterable[str]) -> tuple[CountRow, ...]:
    tally: dict[str, int] = defaultdict(int)
    for label in labels:
        tally[label] += 1
    return tuple(
        CountRow(label, n) for label, n in sorted(tally.items(), key=lambda t: (-t[1], t[0]))
    )


def _desk_rows(
    rows: list[OccupancyRow],
) -> tuple[list[DeskRow], dict[date, float], dict[uuid.UUID, tuple[float, int]]]:
    by_loc: dict[uuid.UUID, list[float]] = defaultdict(lambda: [0.0, 0.0])
    codes: dict[uuid.UUID, str] = {}
    by_month: dict[date, float] = defaultdict(float)
    for row in rows:
        by_loc[row.location_id][0] += row.booked_desk_days
        by_loc[row.location_id][1] += row.available_desk_days
        codes[row.location_id] = row.location_code
        by_month[row.month] += row.booked_desk_days
    desk_rows = sorted(
        (
            DeskRow(codes[loc], booked, int(available))
            for loc, (booked, available) in by_loc.items()
        ),
        key=lambda r: r.location_code,
    )
    per_loc = {loc: (booked, int(available)) for loc, (booked, available) in by_loc.items()}
    return desk_rows, dict(by_month), per_loc


def _legal_forms_and_homes(
    session: Session, served: set[str]
) -> list[tuple[str | None, str | None]]:
    """(legal form, home location code) of the organisations served, in one query."""
    if not served:
        return []
    ids = [uuid.UUID(hex=org) for org in served]
    rows = session.execute(
        select(Organisation.legal_form, Location.code)
        .outerjoin(Location, Location.id == Organisation.home_location_id)
        .where(Organisation.id.in_(ids))
    )
    return [(form, code) for form, code in rows]


def _month_rows(
    months: list[date], lines: list[LentLine], orgs_by_month: dict[date, set[str]],
    room_hours: dict[date, float], desk_days: dict[date, float],
) -> tuple[MonthRow, ...]:  # fmt: skip
    loans: dict[date, set[str]] = defaultdict(set)
    days: dict[date, int] = defaultdict(int)
    for line in lines:
        for month, count in line.months.items():
            loans[month].add(line.loan_id)
            days[month] += count
    return tuple(
        MonthRow(
            month,
            len(orgs_by_month.get(month, ())),
            len(loans.get(month, ())),
            days.get(month, 0),
            round(room_hours.get(month, 0.0), 4),
            desk_days.get(month, 0.0),
        )
        for month in months
    )


def build_report(
    uow: UnitOfWork, *, start: date, end: date, location_id: uuid.UUID | None = None,
    category_id: uuid.UUID | None = None,
) -> ReportDTO:  # fmt: skip
    """The funders' report for [start, end] (inclusive), without any personal data.

    Raises: ValidationError (reversed or over-long period), NotFoundError (location or
    category unknown).
    """
    check_period(start, end)
    # desk_stats opens the unit of work itself; units of work do not nest.
    desk_occupancy = occupancy(uow, start=start, end=end, location_id=location_id)
    with uow:
        session = uow.session
        today = local_today(uow.clock)
        loc_stmt = select(Location).where(Location.deleted_at.is_(None)).order_by(Location.code)
        if location_id is not None:
            loc_stmt = loc_stmt.where(Location.id == location_id)
        locations = list(session.scalars(loc_stmt))
        if location_id is not None and not locations:
            raise NotFoundError(entity="Der Standort")
        category_label = ALL_CATEGORIES
        if category_id is not None:
            name = session.scalar(
                select(EquipmentCategory.name).where(EquipmentCategory.id == category_id)
            )
            if name is None:
                raise NotFoundError(entity="Die Kategorie")
            category_label = name

        all_lines = lent_lines(session, start=start, end=end, today=today, location_id=location_id)
        category_key = raw_key(category_id) if category_id is not None else None
        lines = [ln for ln in all_lines if category_id is None or ln.category_id == category_key]
        equipment = equipment_figures(
            session, lines, end=end, location_id=location_id, category_id=category_id
        )
        open_days = open_days_by_location(session, locations, start=start, end=end)
        rooms = room_figures(session, locations, open_days, start=start, end=end)
        desk_rows, desk_by_month, desk_by_loc = _desk_rows(desk_occupancy)

        activity: Activity = set(rooms.activity)
        activity |= _desk_activity(session, start=start, end=end, location_id=location_id)
        for line in all_lines:
            activity.update((line.organisation_id, line.location_id, m) for m in line.months)
        served: set[str] = set()
        orgs_by_month: dict[date, set[str]] = defaultdict(set)
        orgs_by_location: dict[str, set[str]] = defaultdict(set)
        for org, loc_key, month in activity:
            served.add(org)
            orgs_by_month[month].add(org)
            orgs_by_location[loc_key].add(org)
        before = _active_before(session, start=start, location_id=location_id)
        orgs = _legal_forms_and_homes(session, served)
        months = _month_rows(
            months_of(start, end), lines, orgs_by_month, rooms.hours_by_month, desk_by_month
        )
        location_rows = []
        lines_by_location: dict[str, list[LentLine]] = defaultdict(list)
        for line in lines:
            lines_by_location[line.location_id].append(line)
        for loc in locations:
            loc_lines = lines_by_location[raw_key(loc.id)]
            bookable = rooms.bookable_by_location.get(loc.id, 0.0)
            booked_desks, available_desks = desk_by_loc.get(loc.id, (0.0, 0))
            location_rows.append(
                LocationRow(
                    loc.code,
                    loc.name,
                    len(orgs_by_location[raw_key(loc.id)]),
                    len({ln.loan_id for ln in loc_lines}),
                    sum(ln.days for ln in loc_lines),
                    round(rooms.hours_by_location.get(loc.id, 0.0), 4),
                    rooms.used_by_location.get(loc.id, 0.0) / bookable if bookable else 0.0,
                    booked_desks,
                    booked_desks / available_desks if available_desks else 0.0,
                )
            )
        room_hours = sum(row.hours for row in rooms.rows)
        used = sum(row.used_hours for row in rooms.rows)
        bookable_total = sum(row.bookable_hours for row in rooms.rows)
        desk_days = sum(row.booked_desk_days for row in desk_rows)
        desk_available = sum(row.available_desk_days for row in desk_rows)
        location_label = (
            f"{locations[0].code} – {locations[0].name}"
            if location_id is not None
            else ALL_LOCATIONS
        )
        return ReportDTO(
            start=start, end=end, location_id=location_id, location_label=location_label,
            category_label=category_label,
            organisations_served=len(served), organisations_new=len(served - before),
            loans=equipment.loans, items_lent=equipment.items_lent,
            equipment_days=equipment.equipment_days, by_category=equipment.by_category,
            top_items=equipment.top_items, items_never_lent=equipment.items_never_lent,
            rooms=tuple(rooms.rows), room_hours=round(room_hours, 4),
            room_utilisation=used / bookable_total if bookable_total else 0.0,
            desks=tuple(desk_rows), desk_days=desk_days,
            desk_occupancy=desk_days / desk_available if desk_available else 0.0,
            by_legal_form=_counts(form or NO_LEGAL_FORM for form, _code in orgs),
            by_home_location=_counts(code or NO_HOME for _form, code in orgs),
            months=months, locations=tuple(location_rows),
        )  # fmt: skip
