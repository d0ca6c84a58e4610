"""Queries about coworking desks: bookings over days, quota use, no-shows, occupancy."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Row, case, func, select
from sqlalchemy.orm import Session

from hor_desktop.core.enums import BookingStatus, DeskSlot
from hor_desktop.store.models import Desk, DeskBooking, DeskQuota, Organisation

# Morning before afternoon in lists; the stored values would sort alphabetically.
_SLOT_ORDER = case(
    {DeskSlot.DAY: 0, DeskSlot.MORNING: 1, DeskSlot.AFTERNOON: 2}, value=DeskBooking.slot
)
# Desk-days of one booking: a half day is half a desk-day (see services.desks).
DESK_DAYS = case({DeskSlot.DAY: 2}, value=DeskBooking.slot, else_=1)


def list_booking_rows_between(
    session: Session,
    *,
    location_id: uuid.UUID,
    start: date,
    end: date,
    desk_id: uuid.UUID | None = None,
    organisation_id: uuid.UUID | None = None,
    include_cancelled: bool = False,
) -> Sequence[Row[DeskBooking, str, str]]:
    """Live bookings (not cancelled unless asked) of the location's desks on days in
    [start, end], with desk label and organisation name."""
    stmt = (
        select(
            DeskBooking,
            Desk.label.label("desk_label"),
            Organisation.name.label("organisation_name"),
        )
        .join(Desk, Desk.id == DeskBooking.desk_id)
        .join(Organisation, Organisation.id == DeskBooking.organisation_id)
        .where(
            Desk.location_id == location_id,
            Desk.deleted_at.is_(None),
            DeskBooking.day >= start,
            DeskBooking.day <= end,
            DeskBooking.deleted_at.is_(None),
        )
        .order_by(DeskBooking.day, Desk.label, _SLOT_ORDER)
    )
    if not include_cancelled:
        stmt = stmt.where(DeskBooking.status != BookingStatus.CANCELLED)
    if desk_id is not None:
        stmt = stmt.where(DeskBooking.desk_id == desk_id)
    if organisation_id is not None:
        stmt = stmt.where(DeskBooking.organisation_id == organisation_id)
    return session.execute(stmt).all()


def list_board_rows_between(
    session: Session, *, location_id: uuid.UUID, start: date, end: date, cancelled: bool = False
) -> Sequence[Row[Any]]:
    """Like :func:`list_booking_rows_between`, as plain columns for the board.

    ``cancelled`` True: instead the cancelled bookings that have a cancel reason (a
    released no-show, say), so the board can tell why a slot is free.

    Columns instead of entities: the board reads hundreds of rows per refresh, and
    loading them into the session cost more than the query itself.
    """
    stmt = (
        select(
            DeskBooking.id,
            DeskBooking.desk_id,
            Desk.label,
            DeskBooking.organisation_id,
            Organisation.name,
            DeskBooking.contact_id,
            DeskBooking.person_name,
            DeskBooking.day,
            DeskBooking.slot,
            DeskBooking.status,
            DeskBooking.checked_in_at,
            DeskBooking.cancel_reason,
        )
        .join(Desk, Desk.id == DeskBooking.desk_id)
        .join(Organisation, Organisation.id == DeskBooking.organisation_id)
        .where(
            Desk.location_id == location_id,
            Desk.deleted_at.is_(None),
            DeskBooking.day >= start,
            DeskBooking.day <= end,
            DeskBooking.deleted_at.is_(None),
        )
        .order_by(DeskBooking.day, Desk.label, _SLOT_ORDER, DeskBooking.updated_at)
    )
    if cancelled:
        stmt = stmt.where(
            DeskBooking.status == BookingStatus.CANCELLED, DeskBooking.cancel_reason.is_not(None)
        )
    else:
        stmt = stmt.where(DeskBooking.status != BookingStatus.CANCELLED)
    return cast("Sequence[Row[Any]]", session.execute(stmt).all())


def half_days_booked(
    session: Session,
    *,
    location_id: uuid.UUID,
    organisation_id: uuid.UUID,
    start: date,
    end: date,
) -> int:
    """Half days the organisation has booked at the location in [start, end].

    Counted in halves so the sum stays an exact integer; cancelled bookings do not count.
    """
    total = session.scalar(
        select(func.coalesce(func.sum(DESK_DAYS), 0))
        .join(Desk, Desk.id == DeskBooking.desk_id)
        .where(
            Desk.location_id == location_id,
            DeskBooking.organisation_id == organisation_id,
            DeskBooking.day >= start,
            DeskBooking.day <= end,
            DeskBooking.deleted_at.is_(None),
            DeskBooking.status != BookingStatus.CANCELLED,
        )
    )
    return int(total or 0)


def list_quotas_at(session: Session, location_id: uuid.UUID) -> Sequence[DeskQuota]:
    """The location's live quota rows; the default (no organisation) first."""
    return session.scalars(
        select(DeskQuota)
        .where(DeskQuota.location_id == location_id, DeskQuota.deleted_at.is_(None))
        .order_by(DeskQuota.organisation_id.is_not(None), DeskQuota.created_at)
    ).all()


def find_quota(
    session: Session, *, location_id: uuid.UUID, organisation_id: uuid.UUID | None
) -> DeskQuota | None:
    """The quota row for exactly this organisation (None: the location's default)."""
    scope = (
        DeskQuota.organisation_id.is_(None)
        if organisation_id is None
        else DeskQuota.organisation_id == organisation_id
    )
    return session.scalars(
        select(DeskQuota)
        .where(DeskQuota.location_id == location_id, DeskQuota.deleted_at.is_(None), scope)
        .order_by(DeskQuota.updated_at.desc())
        .limit(1)
    ).first()


def list_unchecked_bookings(
    session: Session, *, location_id: uuid.UUID, day: date
) -> Sequence[DeskBooking]:
    """Bookings of the location's desks on ``day`` that are live and not checked in."""
    return session.scalars(
        select(DeskBooking)
        .join(Desk, Desk.id == DeskBooking.desk_id)
        .where(
            Desk.location_id == location_id,
            DeskBooking.day == day,
            DeskBooking.deleted_at.is_(None),
            DeskBooking.status != BookingStatus.CANCELLED,
            DeskBooking.checked_in_at.is_(None),
        )
        .order_by(Desk.label, _SLOT_ORDER)
    ).all()


def list_desks_of(session: Session, location_id: uuid.UUID | None) -> Sequence[Desk]:
    """Live desks of one location, or of all locations for None."""
    stmt = select(Desk).where(Desk.deleted_at.is_(None)).order_by(Desk.location_id, Desk.label)
    if location_id is not None:
        stmt = stmt.where(Desk.location_id == location_id)
    return session.scalars(stmt).all()


def half_days_per_desk_and_day(
    session: Session, *, start: date, end: date, location_id: uuid.UUID | None
) -> Sequence[Row[uuid.UUID, date, Decimal]]:
    """(desk id, day, half days booked) for live bookings in [start, end], one query."""
    stmt = (
        select(DeskBooking.desk_id, DeskBooking.day, func.sum(DESK_DAYS))
        .join(Desk, Desk.id == DeskBooking.desk_id)
        .where(
            Desk.deleted_at.is_(None),
            DeskBooking.day >= start,
            DeskBooking.day <= end,
            DeskBooking.deleted_at.is_(None),
            DeskBooking.status != BookingStatus.CANCELLED,
        )
        .group_by(DeskBooking.desk_id, DeskBooking.day)
    )
    if location_id is not None:
        stmt = stmt.where(Desk.location_id == location_id)
    return session.execute(stmt).all()
