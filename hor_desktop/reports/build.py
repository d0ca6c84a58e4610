"""``build_report``: the funders' figures for a period, one location or all, one category or all."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import BookingStatus, LoanState
from hor_desktop.core.errors import NotFoundError
from hor_desktop.reports.desks import desk_figures
from hor_desktop.reports.dto import CountRow, LocationRow, MonthRow, ReportDTO
from hor_desktop.reports.equipment import LoanFigures, loan_figures
from hor_desktop.reports.periods import check_period, local_midnight, months_of, raw, raw_key
from hor_desktop.reports.rooms import open_days_by_location, room_figures
from hor_desktop.reports.sqltime import SqlTime, months_table
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


def _active_before(
    session: Session, served: set[str], *, start: date, location_id: uuid.UUID | None
) -> set[str]:
    """The served organisations with a loan, room or desk booking (in scope) before ``start``."""
    if not served:
        return set()
    loans = select(Loan.id).where(
        Loan.organisation_id == Organisation.id,
        Loan.deleted_at.is_(None),
        Loan.state.in_((LoanState.OUT, LoanState.RETURNED)),
        Loan.start_date < start,
    )
    rooms = (
        select(RoomBooking.id)
        .join(Room, Room.id == RoomBooking.room_id)
        .where(
            RoomBooking.organisation_id == Organisation.id,
            RoomBooking.deleted_at.is_(None),
            RoomBooking.status != BookingStatus.CANCELLED,
            RoomBooking.starts_at < local_midnight(start),
        )
    )
    desks = (
        select(DeskBooking.id)
        .join(Desk, Desk.id == DeskBooking.desk_id)
        .where(
            DeskBooking.organisation_id == Organisation.id,
            DeskBooking.deleted_at.is_(None),
            DeskBooking.status != BookingStatus.CANCELLED,
            DeskBooking.day < start,
        )
    )
    if location_id is not None:
        loans = loans.where(Loan.location_out_id == location_id)
        rooms = rooms.where(Room.location_id == location_id)
        desks = desks.where(Desk.location_id == location_id)
    stmt = select(raw(Organisation.id)).where(
        Organisation.id.in_([uuid.UUID(hex=org) for org in served]),
        or_(loans.exists(), rooms.exists(), desks.exists()),
    )
    return {raw_key(org) for org in session.scalars(stmt)}


def _counts(labels: Iterable[str]) -> tuple[CountRow, ...]:
    tally: dict[str, int] = defaultdict(int)
    for label in labels:
        tally[label] += 1
    return tuple(
        CountRow(label, n) for label, n in sorted(tally.items(), key=lambda t: (-t[1], t[0]))
    )


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
    months: list[date], loans: LoanFigures, orgs_by_month: dict[int, set[str]],
    room_hours: dict[date, float], desk_days: dict[date, float],
) -> tuple[MonthRow, ...]:  # fmt: skip
    return tuple(
        MonthRow(
            month,
            len(orgs_by_month.get(index, ())),
            loans.by_month.get(index, (0, 0))[0],
            loans.by_month.get(index, (0, 0))[1],
            round(room_hours.get(month, 0.0), 4),
            desk_days.get(month, 0.0),
        )
        for index, month in enumerate(months)
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

        sql = SqlTime.for_session(session, start, end)
        if sql.postgres:
            # The grouping sorts ~50 000 rows per year; the default 4 MB spills them to disk.
            session.execute(text("SET LOCAL work_mem = '64MB'"))
        month_starts = months_of(start, end)
        months = months_table(month_starts, start, end)
        loans = loan_figures(
            session, sql, months, start=start, end=end, today=today,
            location_id=location_id, category_id=category_id,
        )  # fmt: skip
        equipment = loans.equipment
        open_days = open_days_by_location(session, locations, start=start, end=end)
        rooms = room_figures(session, sql, months, locations, open_days, start=start, end=end)
        desks = desk_figures(
            session, sql, months, locations, open_days, start=start, end=end,
            location_id=location_id,
        )  # fmt: skip

        served: set[str] = set()
        orgs_by_month: dict[int, set[str]] = defaultdict(set)
        orgs_by_location: dict[str, set[str]] = defaultdict(set)
        for org, loc_key, month in loans.activity | rooms.activity | desks.activity:
            served.add(org)
            orgs_by_month[month].add(org)
            orgs_by_location[loc_key].add(org)
        before = _active_before(session, served, start=start, location_id=location_id)
        orgs = _legal_forms_and_homes(session, served)
        month_rows = _month_rows(
            month_starts, loans, orgs_by_month, rooms.hours_by_month, desks.by_month
        )
        location_rows = []
        for loc in locations:
            loc_loans, loc_days = loans.by_location.get(raw_key(loc.id), (0, 0))
            bookable = rooms.bookable_by_location.get(loc.id, 0.0)
            booked_desks, available_desks = desks.by_location.get(loc.id, (0.0, 0))
            location_rows.append(
                LocationRow(
                    loc.code,
                    loc.name,
                    len(orgs_by_location[raw_key(loc.id)]),
                    loc_loans,
                    loc_days,
                    round(rooms.hours_by_location.get(loc.id, 0.0), 4),
                    rooms.used_by_location.get(loc.id, 0.0) / bookable if bookable else 0.0,
                    booked_desks,
                    booked_desks / available_desks if available_desks else 0.0,
                )
            )
        room_hours = sum(row.hours for row in rooms.rows)
        used = sum(row.used_hours for row in rooms.rows)
        bookable_total = sum(row.bookable_hours for row in rooms.rows)
        desk_days = sum(row.booked_desk_days for row in desks.rows)
        desk_available = sum(row.available_desk_days for row in desks.rows)
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
            desks=tuple(desks.rows), desk_days=desk_days,
            desk_occupancy=desk_days / desk_available if desk_available else 0.0,
            by_legal_form=_counts(form or NO_LEGAL_FORM for form, _code in orgs),
            by_home_location=_counts(code or NO_HOME for _form, code in orgs),
            months=month_rows, locations=tuple(location_rows),
        )  # fmt: skip
