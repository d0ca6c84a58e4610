"""Set-based room queries for the calendar: bookings in a period, blackouts, closing days."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import ColumnElement, Row, or_, select
from sqlalchemy.orm import Session

from hor_desktop.core.enums import BookingStatus
from hor_desktop.store.models import (
    BookingSeries,
    ClosingDay,
    Contact,
    Loan,
    Organisation,
    Room,
    RoomBlackout,
    RoomBooking,
)


def bookings_in_period(
    session: Session,
    *,
    room_ids: Sequence[uuid.UUID],
    start: datetime,
    end: datetime,
) -> Sequence[
    Row[uuid.UUID, uuid.UUID, datetime, datetime, str, str, BookingStatus, uuid.UUID | None]
]:
    """Live bookings of the rooms overlapping [start, end): id, room, times, title,
    organisation name, status and series, ordered by start (one query, columns only)."""
    return session.execute(
        select(
            RoomBooking.id,
            RoomBooking.room_id,
            RoomBooking.starts_at,
            RoomBooking.ends_at,
            RoomBooking.title,
            Organisation.name,
            RoomBooking.status,
            RoomBooking.series_id,
        )
        .join(Organisation, Organisation.id == RoomBooking.organisation_id)
        .where(
            RoomBooking.room_id.in_(room_ids),
            RoomBooking.deleted_at.is_(None),
            RoomBooking.status != BookingStatus.CANCELLED,
            RoomBooking.starts_at < end,
            RoomBooking.ends_at > start,
        )
        .order_by(RoomBooking.starts_at)
    ).all()


def blackouts_in_period(
    session: Session, *, room_ids: Sequence[uuid.UUID], start: datetime, end: datetime
) -> Sequence[RoomBlackout]:
    return session.scalars(
        select(RoomBlackout)
        .where(
            RoomBlackout.room_id.in_(room_ids),
            RoomBlackout.deleted_at.is_(None),
            RoomBlackout.starts_at < end,
            RoomBlackout.ends_at > start,
        )
        .order_by(RoomBlackout.starts_at)
    ).all()


def closing_days_between(
    session: Session, *, location_id: uuid.UUID | None, start: date, end: date
) -> Sequence[ClosingDay]:
    """Stored closing days in [start, end] of the location and of all locations (half days too)."""
    scope: ColumnElement[bool] = ClosingDay.location_id.is_(None)
    if location_id is not None:
        scope = or_(scope, ClosingDay.location_id == location_id)
    return session.scalars(
        select(ClosingDay)
        .where(ClosingDay.deleted_at.is_(None), ClosingDay.day >= start, ClosingDay.day <= end)
        .where(scope)
        .order_by(ClosingDay.day)
    ).all()


def series_bookings(
    session: Session, series_id: uuid.UUID, *, from_start: datetime | None = None
) -> Sequence[RoomBooking]:
    """Live (not cancelled) bookings of a series, optionally only those starting at or after."""
    stmt = (
        select(RoomBooking)
        .where(
            RoomBooking.series_id == series_id,
            RoomBooking.deleted_at.is_(None),
            RoomBooking.status != BookingStatus.CANCELLED,
        )
        .order_by(RoomBooking.starts_at)
    )
    if from_start is not None:
        stmt = stmt.where(RoomBooking.starts_at >= from_start)
    return session.scalars(stmt).all()


def get_series(session: Session, series_id: uuid.UUID) -> BookingSeries | None:
    row = session.get(BookingSeries, series_id)
    return None if row is None or row.deleted_at is not None else row


def affected_booking_rows(
    session: Session,
    *,
    start: datetime,
    end: datetime,
    room_id: uuid.UUID | None = None,
    location_id: uuid.UUID | None = None,
) -> Sequence[Row[RoomBooking, str, str, str | None, str | None, str | None]]:
    """Live bookings in [start, end) of a room or a location, with room and organisation
    names, contact name and the phone numbers of contact and organisation."""
    stmt = (
        select(
            RoomBooking,
            Room.name,
            Organisation.name,
            Contact.name,
            Contact.phone,
            Organisation.phone,
        )
        .join(Room, Room.id == RoomBooking.room_id)
        .join(Organisation, Organisation.id == RoomBooking.organisation_id)
        .outerjoin(Contact, Contact.id == RoomBooking.contact_id)
        .where(
            RoomBooking.deleted_at.is_(None),
            RoomBooking.status != BookingStatus.CANCELLED,
            RoomBooking.starts_at < end,
            RoomBooking.ends_at > start,
        )
        .order_by(RoomBooking.starts_at, Room.name)
    )
    if room_id is not None:
        stmt = stmt.where(RoomBooking.room_id == room_id)
    if location_id is not None:
        stmt = stmt.where(Room.location_id == location_id, Room.deleted_at.is_(None))
    return session.execute(stmt).all()


def responsible_contacts(
    session: Session, organisation_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, str | None]]:
    """Name and phone of a responsible contact per organisation (one with a phone first)."""
    rows = session.execute(
        select(Contact.organisation_id, Contact.name, Contact.phone)
        .where(
            Contact.organisation_id.in_(organisation_ids),
            Contact.is_responsible.is_(True),
            Contact.deleted_at.is_(None),
            Contact.anonymised_at.is_(None),
        )
        .order_by(Contact.phone.is_(None), Contact.name)
    ).all()
    found: dict[uuid.UUID, tuple[str, str | None]] = {}
    for org_id, name, phone in rows:
        found.setdefault(org_id, (name, phone))
    return found


def loans_of_room_booking(session: Session, room_booking_id: uuid.UUID) -> Sequence[Loan]:
    return session.scalars(
        select(Loan).where(Loan.room_booking_id == room_booking_id, Loan.deleted_at.is_(None))
    ).all()
