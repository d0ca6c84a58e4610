"""Rooms, desks, their bookings and series, and the closing days of the house."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hor_desktop.core.enums import BookingStatus, DeskSlot, RecurrenceKind
from hor_desktop.store.base import Base, SyncMixin, fk
from hor_desktop.store.models.people import str_enum


class Room(SyncMixin, Base):
    __tablename__ = "room"

    location_id: Mapped[uuid.UUID] = fk("location.id")
    name: Mapped[str] = mapped_column(String(100))
    capacity: Mapped[int]
    features: Mapped[list[Any]]
    accessible: Mapped[bool] = mapped_column(default=False)
    bookable_from: Mapped[time] = mapped_column(default=time(8, 0))
    bookable_until: Mapped[time] = mapped_column(default=time(22, 0))
    buffer_minutes: Mapped[int] = mapped_column(default=0)


class BookingSeries(SyncMixin, Base):
    __tablename__ = "booking_series"

    room_id: Mapped[uuid.UUID] = fk("room.id")
    organisation_id: Mapped[uuid.UUID] = fk("organisation.id")
    contact_id: Mapped[uuid.UUID | None] = fk("contact.id", nullable=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[RecurrenceKind] = mapped_column(str_enum(RecurrenceKind))
    interval: Mapped[int] = mapped_column(default=1)  # every n weeks
    weekday: Mapped[int]  # ISO weekday 1..7
    week_of_month: Mapped[int | None]  # 1..4, or -1 for the last, with monthly_weekday
    first_date: Mapped[date]
    until_date: Mapped[date | None]
    count: Mapped[int | None]
    local_start: Mapped[time]  # wall time in Europe/Berlin, stable across DST
    local_end: Mapped[time]
    exceptions: Mapped[list[Any]]  # ISO dates skipped


class RoomBooking(SyncMixin, Base):
    __tablename__ = "room_booking"
    __table_args__ = (Index("ix_room_booking_room_id_starts_at", "room_id", "starts_at"),)

    room_id: Mapped[uuid.UUID] = fk("room.id")
    organisation_id: Mapped[uuid.UUID] = fk("organisation.id")
    contact_id: Mapped[uuid.UUID | None] = fk("contact.id", nullable=True)
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    attendees: Mapped[int | None]
    notes: Mapped[str | None] = mapped_column(Text)
    series_id: Mapped[uuid.UUID | None] = fk("booking_series.id", nullable=True)
    status: Mapped[BookingStatus] = mapped_column(str_enum(BookingStatus))
    staff_id: Mapped[uuid.UUID | None] = fk("staff.id", nullable=True)
    confirmed_at: Mapped[datetime | None]  # server-owned
    cancel_reason: Mapped[str | None] = mapped_column(Text)


class Desk(SyncMixin, Base):
    __tablename__ = "desk"

    location_id: Mapped[uuid.UUID] = fk("location.id")
    label: Mapped[str] = mapped_column(String(50))
    features: Mapped[list[Any]]
    active: Mapped[bool] = mapped_column(default=True)


class DeskBooking(SyncMixin, Base):
    __tablename__ = "desk_booking"
    __table_args__ = (Index("ix_desk_booking_desk_id_day", "desk_id", "day"),)

    desk_id: Mapped[uuid.UUID] = fk("desk.id")
    organisation_id: Mapped[uuid.UUID] = fk("organisation.id")
    contact_id: Mapped[uuid.UUID | None] = fk("contact.id", nullable=True)
    person_name: Mapped[str] = mapped_column(String(200))
    day: Mapped[date] = mapped_column(index=True)
    slot: Mapped[DeskSlot] = mapped_column(str_enum(DeskSlot))
    status: Mapped[BookingStatus] = mapped_column(str_enum(BookingStatus))
    checked_in_at: Mapped[datetime | None]
    staff_id: Mapped[uuid.UUID | None] = fk("staff.id", nullable=True)
    confirmed_at: Mapped[datetime | None]  # server-owned
    cancel_reason: Mapped[str | None] = mapped_column(Text)  # e.g. "nicht erschienen"


class RoomBlackout(SyncMixin, Base):
    """A time a room cannot be booked (renovation, the house's own event)."""

    __tablename__ = "room_blackout"
    __table_args__ = (Index("ix_room_blackout_room_id_starts_at", "room_id", "starts_at"),)

    room_id: Mapped[uuid.UUID] = fk("room.id")
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(200))


class DeskQuota(SyncMixin, Base):
    """Desk-days per month an organisation may book at a location.

    ``organisation_id`` None is the location's default for every organisation.
    """

    __tablename__ = "desk_quota"

    location_id: Mapped[uuid.UUID] = fk("location.id")
    organisation_id: Mapped[uuid.UUID | None] = fk("organisation.id", nullable=True)
    days_per_month: Mapped[int]


class ClosingDay(SyncMixin, Base):
    """A day the house closes beyond the NRW public holidays (which are computed)."""

    __tablename__ = "closing_day"

    location_id: Mapped[uuid.UUID | None] = fk("location.id", nullable=True)  # None: all
    day: Mapped[date] = mapped_column(index=True)
    reason: Mapped[str] = mapped_column(String(200))
    closed_from: Mapped[time | None]  # None: all day
    notes: Mapped[str | None] = mapped_column(Text)
