"""Rooms and room bookings: create rooms, book, edit, move, cancel, and the slot check."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from hor_desktop.core import calendar
from hor_desktop.core import validation as v
from hor_desktop.core.clock import BERLIN, to_local
from hor_desktop.core.enums import AuditAction, BookingStatus, Role
from hor_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from hor_desktop.core.recurrence import Closure
from hor_desktop.store.models import Location, Organisation, Room, RoomBooking
from hor_desktop.store.repositories import bookings as repo
from hor_desktop.store.repositories import rooms as room_repo
from hor_desktop.store.repositories.organisations import require_can_borrow
from hor_desktop.store.uow import UnitOfWork

from . import audit

MAX_BUFFER_MINUTES = 240
_ROOM_FIELDS = (
    "location_id", "name", "capacity", "features", "accessible", "bookable_from",
    "bookable_until", "buffer_minutes",
)  # fmt: skip
_BOOKING_FIELDS = (
    "room_id", "organisation_id", "contact_id", "title", "starts_at", "ends_at",
    "attendees", "notes", "status",
)  # fmt: skip


@dataclass(frozen=True)
class RoomDTO:
    id: uuid.UUID
    location_id: uuid.UUID
    name: str
    capacity: int
    features: tuple[str, ...]
    accessible: bool
    bookable_from: time
    bookable_until: time
    buffer_minutes: int


@dataclass(frozen=True)
class RoomBookingDTO:
    id: uuid.UUID
    room_id: uuid.UUID
    room_name: str
    organisation_id: uuid.UUID
    organisation_name: str
    contact_id: uuid.UUID | None
    title: str
    starts_at: datetime
    ends_at: datetime
    attendees: int | None
    notes: str | None
    status: BookingStatus
    series_id: uuid.UUID | None = None
    cancel_reason: str | None = None


def room_dto(row: Room) -> RoomDTO:
    return RoomDTO(
        id=row.id, location_id=row.location_id, name=row.name, capacity=row.capacity,
        features=tuple(str(f) for f in row.features), accessible=row.accessible,
        bookable_from=row.bookable_from, bookable_until=row.bookable_until,
        buffer_minutes=row.buffer_minutes,
    )  # fmt: skip


def booking_dto(row: RoomBooking, room_name: str, organisation_name: str) -> RoomBookingDTO:
    """The DTO of a booking row, given the names of its room and organisation."""
    return RoomBookingDTO(
        id=row.id, room_id=row.room_id, room_name=room_name,
        organisation_id=row.organisation_id, organisation_name=organisation_name,
        contact_id=row.contact_id, title=row.title, starts_at=row.starts_at,
        ends_at=row.ends_at, attendees=row.attendees, notes=row.notes, status=row.status,
        series_id=row.series_id, cancel_reason=row.cancel_reason,
    )  # fmt: skip


def _closes_at_midnight(room: Room) -> bool:
    # 00:00 as the end of the bookable hours means "until midnight", not "before opening".
    return room.bookable_until == time(0, 0)


def closures_between(
    session: Session, *, location_id: uuid.UUID | None, start: date, end: date
) -> list[Closure]:
    """NRW public holidays and the stored closing days (half days too) in [start, end]."""
    found = [
        Closure(day, name)
        for year in range(start.year, end.year + 1)
        for day, name in calendar.nrw_public_holidays(year).items()
        if start <= day <= end
    ]
    found.extend(
        Closure(row.day, row.reason, row.closed_from)
        for row in room_repo.closing_days_between(
            session, location_id=location_id, start=start, end=end
        )
    )
    return found


def closure_hitting(
    session: Session, *, location_id: uuid.UUID, day: date, local_start: time, local_end: time
) -> Closure | None:
    """The closure that keeps a booking from ``local_start`` to ``local_end`` off ``day``."""
    hits = [
        c
        for c in closures_between(session, location_id=location_id, start=day, end=day)
        if c.blocks(local_start, local_end)
    ]
    hits.sort(key=lambda c: c.closed_from is not None)  # a full-day closure says more
    return hits[0] if hits else None


def create_room(
    uow: UnitOfWork,
    *,
    location_id: uuid.UUID,
    name: str,
    capacity: int,
    features: list[str] | None = None,
    accessible: bool = False,
    bookable_from: time = time(8, 0),
    bookable_until: time = time(22, 0),
    buffer_minutes: int = 0,
) -> RoomDTO:
    """Add a bookable room to a location (location admins).

    Raises: ValidationError, NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Raum anlegen")
    clean_name = v.required_text(name, field="name", label="Der Name", max_len=100)
    if capacity < 1:
        raise ValidationError("Ein Raum fasst mindestens eine Person.", field="capacity")
    if not 0 <= buffer_minutes <= MAX_BUFFER_MINUTES:
        raise ValidationError(
            f"Der Puffer liegt zwischen 0 und {MAX_BUFFER_MINUTES} Minuten.",
            field="buffer_minutes",
        )
    if bookable_until != time(0, 0) and bookable_until <= bookable_from:
        raise ValidationError(
            "Die buchbare Zeit muss nach ihrem Beginn enden.", field="bookable_until"
        )
    clean_features = [f for f in (v.optional_text(f, max_len=50) for f in features or []) if f]
    with uow:
        location = uow.session.get(Location, location_id)
        if location is None or location.deleted_at is not None:
            raise NotFoundError(entity="Der Standort")
        row = Room(
            location_id=location.id, name=clean_name, capacity=capacity,
            features=clean_features, accessible=accessible, bookable_from=bookable_from,
            bookable_until=bookable_until, buffer_minutes=buffer_minutes,
        )  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        audit.record(
            uow, entity="room", entity_id=row.id, action=AuditAction.CREATE,
            changes=audit.snapshot(row, _ROOM_FIELDS),
        )  # fmt: skip
        uow.commit()
        return room_dto(row)


def list_rooms(uow: UnitOfWork, *, location_id: uuid.UUID) -> list[RoomDTO]:
    with uow:
        return [room_dto(row) for row in repo.list_rooms_at(uow.session, location_id)]


def check_slot(
    uow: UnitOfWork,
    room: Room,
    *,
    starts_at: datetime,
    ends_at: datetime,
    attendees: int | None,
    exclude_id: uuid.UUID | None,
) -> None:
    """Raises ValidationError / ConflictError unless the room can take the booking."""
    if attendees is not None and attendees > room.capacity:
        raise ValidationError(
            f"Raum „{room.name}“ fasst höchstens {room.capacity} Personen.", field="attendees"
        )
    # Bookable hours are wall-clock hours at the house, so compare in Europe/Berlin.
    local_start, local_end = to_local(starts_at), to_local(ends_at)
    opens = datetime.combine(local_start.date(), room.bookable_from, BERLIN)
    closes = (
        datetime.combine(local_start.date() + timedelta(days=1), time(0, 0), BERLIN)
        if _closes_at_midnight(room)
        else datetime.combine(local_start.date(), room.bookable_until, BERLIN)
    )
    if local_start < opens or local_end > closes:
        raise ValidationError(
            f"Raum „{room.name}“ ist nur von {room.bookable_from:%H:%M} bis "
            f"{room.bookable_until:%H:%M} Uhr buchbar (an einem Tag).",
            field="starts_at",
        )
    closure = closure_hitting(
        uow.session, location_id=room.location_id, day=local_start.date(),
        local_start=local_start.time(), local_end=local_end.time(),
    )  # fmt: skip
    if closure is not None:
        raise ConflictError(
            f"Am {local_start:%d.%m.%Y} ist das Haus geschlossen ({closure.reason}).",
            field="starts_at",
        )
    blackouts = room_repo.blackouts_in_period(
        uow.session, room_ids=[room.id], start=starts_at, end=ends_at
    )
    if blackouts:
        raise ConflictError(
            f"Raum „{room.name}“ ist gesperrt: {blackouts[0].reason}.", field="starts_at"
        )
    buffer = timedelta(minutes=room.buffer_minutes)
    clash = repo.find_room_clash(
        uow.session, room_id=room.id, starts_at=starts_at, ends_at=ends_at, buffer=buffer,
        exclude_id=exclude_id,
    )  # fmt: skip
    if clash is not None:
        other, organisation_name = clash
        other_start, other_end = to_local(other.starts_at), to_local(other.ends_at)
        message = (
            f"Raum „{room.name}“ ist am {other_start:%d.%m.%Y} von {other_start:%H:%M} "
            f"bis {other_end:%H:%M} bereits gebucht ({organisation_name}: {other.title})."
        )
        if room.buffer_minutes:
            message += f" Zwischen zwei Buchungen bleiben {room.buffer_minutes} Minuten frei."
        raise ConflictError(message, booking_id=other.id)


def book_room(
    uow: UnitOfWork,
    *,
    room_id: uuid.UUID,
    organisation_id: uuid.UUID,
    contact_id: uuid.UUID | None = None,
    title: str,
    starts_at: datetime,
    ends_at: datetime,
    attendees: int | None = None,
    notes: str | None = None,
    status: BookingStatus = BookingStatus.CONFIRMED,
) -> RoomBookingDTO:
    """Book a room for an organisation; replica mode passes ``status=TENTATIVE``.

    Raises:
        ValidationError: bad times (naive, end not after start, outside bookable hours),
            empty title, too many attendees, contact of another organisation.
        ConflictError: the room is taken (within its buffer), or the organisation is blocked.
        NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Raum buchen")
    clean_title = v.required_text(title, field="title", label="Der Titel")
    v.time_range(starts_at, ends_at, field="ends_at")
    if attendees is not None and attendees < 1:
        raise ValidationError("Die Teilnehmerzahl ist mindestens 1.", field="attendees")
    if status not in (BookingStatus.CONFIRMED, BookingStatus.TENTATIVE):
        raise ValidationError("Eine neue Buchung ist bestätigt oder vorläufig.", field="status")
    with uow:
        row, room, organisation = insert_booking(
            uow, room_id=room_id, organisation_id=organisation_id, contact_id=contact_id,
            title=clean_title, starts_at=starts_at, ends_at=ends_at, attendees=attendees,
            notes=notes, status=status,
        )  # fmt: skip
        uow.commit()
        return booking_dto(row, room.name, organisation.name)


def insert_booking(
    uow: UnitOfWork, *, room_id: uuid.UUID, organisation_id: uuid.UUID,
    contact_id: uuid.UUID | None, title: str, starts_at: datetime, ends_at: datetime,
    attendees: int | None, notes: str | None, status: BookingStatus,
    series_id: uuid.UUID | None = None, check: bool = True,
) -> tuple[RoomBooking, Room, Organisation]:  # fmt: skip
    """Checks and adds one booking inside an open unit of work (audited, not committed)."""
    room = repo.get_room(uow.session, room_id)
    organisation, _contact = require_can_borrow(
        uow.session, organisation_id=organisation_id, contact_id=contact_id
    )
    if check:
        check_slot(
            uow, room, starts_at=starts_at, ends_at=ends_at, attendees=attendees,
            exclude_id=None,
        )  # fmt: skip
    row = RoomBooking(
        room_id=room.id, organisation_id=organisation.id, contact_id=contact_id,
        title=title, starts_at=starts_at, ends_at=ends_at, attendees=attendees,
        notes=v.optional_text(notes), status=status, staff_id=uow.actor.staff_id,
        series_id=series_id,
    )  # fmt: skip
    uow.session.add(row)
    uow.session.flush()
    audit.record(
        uow, entity="room_booking", entity_id=row.id, action=AuditAction.CREATE,
        changes=audit.snapshot(row, (*_BOOKING_FIELDS, "series_id")),
    )  # fmt: skip
    return row, room, organisation


def get_room_booking(uow: UnitOfWork, *, booking_id: uuid.UUID) -> RoomBookingDTO:
    """One booking with room and organisation names (also a cancelled one).

    Raises: NotFoundError.
    """
    with uow:
        row = repo.get_room_booking(uow.session, booking_id)
        room = repo.get_room(uow.session, row.room_id)
        organisation = uow.session.get_one(Organisation, row.organisation_id)
        return booking_dto(row, room.name, organisation.name)


_EDIT_FIELDS = ("room_id", "title", "starts_at", "ends_at", "attendees", "notes")


def apply_details(
    row: RoomBooking, room: Room, *, attendees: int | None, notes: str | None
) -> None:
    """Sets attendees and notes of a booking in ``room``.

    Raises: ValidationError for fewer than one or more attendees than the room holds.
    """
    if attendees is not None and attendees < 1:
        raise ValidationError("Die Teilnehmerzahl ist mindestens 1.", field="attendees")
    if attendees is not None and attendees > room.capacity:
        raise ValidationError(
            f"Raum „{room.name}“ fasst höchstens {room.capacity} Personen.", field="attendees"
        )
    row.attendees, row.notes = attendees, v.optional_text(notes)


def edit_room_booking(
    uow: UnitOfWork,
    *,
    booking_id: uuid.UUID,
    title: str,
    starts_at: datetime,
    ends_at: datetime,
    room_id: uuid.UUID | None = None,
    attendees: int | None = None,
    notes: str | None = None,
) -> RoomBookingDTO:
    """Change a single booking: title, time, room, attendees and notes in one step.

    Dates of a series go through room_series.edit_occurrence instead, which takes the
    date out of the series.
    Raises: ValidationError, ConflictError (taken, blocked, cancelled), NotFoundError,
    PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Raumbuchung ändern")
    clean_title = v.required_text(title, field="title", label="Der Titel")
    v.time_range(starts_at, ends_at, field="ends_at")
    with uow:
        row = repo.get_room_booking(uow.session, booking_id)
        if row.status is BookingStatus.CANCELLED:
            raise ConflictError(f"Die Buchung „{row.title}“ ist storniert.")
        room = repo.get_room(uow.session, room_id or row.room_id)
        organisation = uow.session.get_one(Organisation, row.organisation_id)
        if (room.id, starts_at, ends_at) != (row.room_id, row.starts_at, row.ends_at) or (
            attendees is not None and attendees != row.attendees
        ):
            check_slot(
                uow, room, starts_at=starts_at, ends_at=ends_at, attendees=attendees,
                exclude_id=row.id,
            )  # fmt: skip
        before = audit.snapshot(row, _EDIT_FIELDS)
        apply_details(row, room, attendees=attendees, notes=notes)
        row.room_id, row.title, row.starts_at, row.ends_at = (
            room.id, clean_title, starts_at, ends_at,
        )  # fmt: skip
        audit.record(
            uow, entity="room_booking", entity_id=row.id, action=AuditAction.UPDATE,
            changes=audit.diff(before, audit.snapshot(row, _EDIT_FIELDS)),
        )  # fmt: skip
        uow.commit()
        return booking_dto(row, room.name, organisation.name)


def move_room_booking(
    uow: UnitOfWork,
    *,
    booking_id: uuid.UUID,
    starts_at: datetime,
    ends_at: datetime,
    room_id: uuid.UUID | None = None,
) -> RoomBookingDTO:
    """Move a booking to another time and, optionally, another room.

    Raises: ValidationError, ConflictError (taken, blocked, cancelled), NotFoundError,
    PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Raumbuchung verschieben")
    v.time_range(starts_at, ends_at, field="ends_at")
    with uow:
        row = repo.get_room_booking(uow.session, booking_id)
        if row.status is BookingStatus.CANCELLED:
            raise ConflictError(f"Die Buchung „{row.title}“ ist storniert.")
        room = repo.get_room(uow.session, room_id or row.room_id)
        # The contact was checked when booking; a later anonymisation must not pin the slot.
        organisation, _contact = require_can_borrow(
            uow.session, organisation_id=row.organisation_id, contact_id=None
        )
        check_slot(
            uow, room, starts_at=starts_at, ends_at=ends_at, attendees=row.attendees,
            exclude_id=row.id,
        )  # fmt: skip
        before = audit.snapshot(row, ("room_id", "starts_at", "ends_at"))
        row.room_id, row.starts_at, row.ends_at = room.id, starts_at, ends_at
        audit.record(
            uow, entity="room_booking", entity_id=row.id, action=AuditAction.UPDATE,
            changes=audit.diff(before, audit.snapshot(row, ("room_id", "starts_at", "ends_at"))),
        )  # fmt: skip
        uow.commit()
        return booking_dto(row, room.name, organisation.name)


def cancel_room_booking(
    uow: UnitOfWork, *, booking_id: uuid.UUID, reason: str | None = None
) -> RoomBookingDTO:
    """Cancel a booking; the row stays for history (with the reason) and frees the room.

    Raises: ConflictError (already cancelled), ValidationError (reason too long),
    NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Raumbuchung stornieren")
    clean_reason = v.optional_text(reason, max_len=2000)
    with uow:
        row = repo.get_room_booking(uow.session, booking_id)
        if row.status is BookingStatus.CANCELLED:
            raise ConflictError(f"Die Buchung „{row.title}“ ist bereits storniert.")
        room = repo.get_room(uow.session, row.room_id)
        # No borrowing check: bookings of blocked or merged organisations must stay cancellable.
        organisation = uow.session.get_one(Organisation, row.organisation_id)
        before = audit.snapshot(row, ("status", "cancel_reason"))
        row.status, row.cancel_reason = BookingStatus.CANCELLED, clean_reason
        audit.record(
            uow, entity="room_booking", entity_id=row.id, action=AuditAction.CANCEL,
            changes=audit.diff(before, audit.snapshot(row, ("status", "cancel_reason"))),
        )  # fmt: skip
        uow.commit()
        return booking_dto(row, room.name, organisation.name)


def list_room_bookings(
    uow: UnitOfWork,
    *,
    location_id: uuid.UUID,
    start: datetime,
    end: datetime,
    include_cancelled: bool = False,
) -> list[RoomBookingDTO]:
    """Bookings of the location's rooms that overlap [start, end), in one query.

    Raises: ValidationError for naive or reversed times.
    """
    v.time_range(start, end, field="end")
    with uow:
        rows = repo.list_room_booking_rows(
            uow.session,
            location_id=location_id,
            start=start,
            end=end,
            include_cancelled=include_cancelled,
        )
        return [booking_dto(row, label, organisation) for row, label, organisation in rows]
