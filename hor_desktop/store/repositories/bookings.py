"""Queries about rooms, desks and their bookings: lookups, clashes and calendar rows."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from hor_desktop.core.enums import BookingStatus, DeskSlot
from hor_desktop.store.models import Desk, DeskBooking, Organisation, Room, RoomBooking
from hor_desktop.store.repositories import get_live


def get_room(session: Session, room_id: uuid.UUID) -> Room:
    """Raises: NotFoundError when the room does not exist or is deleted."""
    return get_live(session, Room, room_id, entity="Der Raum")


def get_desk(session: Session, desk_id: uuid.UUID) -> Desk:
    """Raises: NotFoundError when the desk does not exist or is deleted."""
    return get_live(session, Desk, desk_id, entity="Der Arbeitsplatz")


def get_room_booking(session: Session, booking_id: uuid.UUID) -> RoomBooking:
    """Raises: NotFoundError when the booking does not exist or is deleted."""
    return get_live(session, RoomBooking, booking_id, entity="Die Raumbuchung")


def get_desk_booking(session: Session, booking_id: uuid.UUID) -> DeskBooking:
    """Raises: NotFoundError when the booking does not exist or is deleted."""
    return get_live(session, DeskBooking, booking_id, entity="Die Arbeitsplatzbuchung")


def list_rooms_at(session: Session, location_id: uuid.UUID) -> Sequence[Room]:
    return session.scalars(
        select(Room)
        .where(Room.location_id == location_id, Room.deleted_at.is_(None))
        .order_by(Room.name)
    ).all()


def list_desks_at(session: Session, location_id: uuid.UUID) -> Sequence[Desk]:
    return session.scalars(
        select(Desk)
        .where(Desk.location_id == location_id, Desk.deleted_at.is_(None))
        .order_by(Desk.label)
    ).all()


def find_room_clash(
    session: Session,
    *,
    room_id: uuid.UUID,
    starts_at: datetime,
    ends_at: datetime,
    buffer: timedelta,
    exclude_id: uuid.UUID | None = None,
) -> tuple[RoomBooking, str] | None:
    """The first live booking of the room that comes closer than ``buffer`` to the period.

    Returns the booking and its organisation's name. Touching bookings (end == start)
    do not clash when the buffer is zero.
    """
    stmt = (
        select(RoomBooking, Organisation.name)
        .join(Organisation, Organisation.id == RoomBooking.organisation_id)
        .where(
            RoomBooking.room_id == room_id,
            RoomBooking.deleted_at.is_(None),
            RoomBooking.status != BookingStatus.CANCELLED,
            RoomBooking.starts_at < ends_at + buffer,
            RoomBooking.ends_at > starts_at - buffer,
        )
        .order_by(RoomBooking.starts_at)
        .limit(1)
    )
    if exclude_id is not None:
        stmt = stmt.where(RoomBooking.id != exclude_id)
    row = session.execute(stmt).first()
    return None if row is None else (row[0], row[1])


def find_desk_clash(
    session: Session,
    *,
    desk_id: uuid.UUID,
    day: date,
    slot: DeskSlot,
    exclude_id: uuid.UUID | None = None,
) -> tuple[DeskBooking, str] | None:
    """A live booking of the desk on ``day`` whose slot overlaps ``slot``, with its
    organisation's name."""
    overlapping = [other for other in DeskSlot if slot.overlaps(other)]
    stmt = (
        select(DeskBooking, Organisation.name)
        .join(Organisation, Organisation.id == DeskBooking.organisation_id)
        .where(
            DeskBooking.desk_id == desk_id,
            DeskBooking.day == day,
            DeskBooking.deleted_at.is_(None),
            DeskBooking.status != BookingStatus.CANCELLED,
            DeskBooking.slot.in_(overlapping),
        )
        .limit(1)
    )
    if exclude_id is not None:
        stmt = stmt.where(DeskBooking.id != exclude_id)
    row = session.execute(stmt).first()
    return None if row is None else (row[0], row[1])


def list_room_booking_rows(
    session: Session,
    *,
    location_id: uuid.UUID,
    start: datetime,
    end: datetime,
    include_cancelled: bool = False,
) -> Sequence[Row[RoomBooking, str, str]]:
    """Live bookings of the location's rooms that overlap [start, end), with names."""
    stmt = (
        select(
            RoomBooking,
            Room.name.label("room_name"),
            Organisation.name.label("organisation_name"),
        )
        .join(Room, Room.id == RoomBooking.room_id)
        .join(Organisation, Organisation.id == RoomBooking.organisation_id)
        .where(
            Room.location_id == location_id,
            Room.deleted_at.is_(None),
            RoomBooking.deleted_at.is_(None),
            RoomBooking.starts_at < end,
            RoomBooking.ends_at > start,
        )
        .order_by(RoomBooking.starts_at, Room.name)
    )
    if not include_cancelled:
        stmt = stmt.where(RoomBooking.status != BookingStatus.CANCELLED)
    return session.execute(stmt).all()
