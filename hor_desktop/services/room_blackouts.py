"""Room blackouts and the bookings a closing day or blackout hits, with whom to call."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from hor_desktop.core import validation as v
from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import AuditAction, Role
from hor_desktop.services import audit
from hor_desktop.store.models import RoomBlackout
from hor_desktop.store.repositories import bookings as repo
from hor_desktop.store.repositories import rooms as room_repo
from hor_desktop.store.uow import UnitOfWork


@dataclass(frozen=True)
class AffectedBookingDTO:
    """A booking a new closing day or blackout hits, with whom to call about it."""

    id: uuid.UUID
    room_name: str
    title: str
    starts_at: datetime
    ends_at: datetime
    organisation_name: str
    contact_name: str | None
    phone: str | None  # the contact's, else the organisation's


@dataclass(frozen=True)
class BlackoutDTO:
    id: uuid.UUID
    room_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    reason: str
    affected: tuple[AffectedBookingDTO, ...]


def _affected(
    session: Session, *, start: datetime, end: datetime, room_id: uuid.UUID | None,
    location_id: uuid.UUID | None,
) -> list[AffectedBookingDTO]:  # fmt: skip
    rows = room_repo.affected_booking_rows(
        session, start=start, end=end, room_id=room_id, location_id=location_id
    )
    # Series and quick bookings often have no contact: call the responsible one then.
    fallback = room_repo.responsible_contacts(
        session, list({b.organisation_id for b, *_ in rows if b.contact_id is None})
    )
    found = []
    for b, room_name, org_name, booked_contact, booked_phone, org_phone in rows:
        contact_name, contact_phone = (
            fallback[b.organisation_id]
            if b.contact_id is None and b.organisation_id in fallback
            else (booked_contact, booked_phone)
        )
        found.append(
            AffectedBookingDTO(
                id=b.id,
                room_name=room_name,
                title=b.title,
                starts_at=b.starts_at,
                ends_at=b.ends_at,
                organisation_name=org_name,
                contact_name=contact_name,
                phone=contact_phone or org_phone,
            )
        )
    return found


def affected_bookings(
    uow: UnitOfWork,
    *,
    start: datetime,
    end: datetime,
    room_id: uuid.UUID | None = None,
    location_id: uuid.UUID | None = None,
) -> list[AffectedBookingDTO]:
    """Bookings a closing day or blackout from ``start`` to ``end`` would hit, to call them.

    Give ``room_id`` for one room, ``location_id`` for a location, neither for all houses.
    Raises: ValidationError for naive or reversed times.
    """
    v.time_range(start, end, field="end")
    with uow:
        return _affected(
            uow.session, start=start, end=end, room_id=room_id, location_id=location_id
        )


def closing_day_period(day: date, closed_from: time | None = None) -> tuple[datetime, datetime]:
    """The UTC period a closing day covers: from ``closed_from`` (or midnight) to midnight."""
    start = datetime.combine(day, closed_from or time(0, 0), BERLIN)
    end = datetime.combine(day + timedelta(days=1), time(0, 0), BERLIN)
    return start, end


def create_blackout(
    uow: UnitOfWork, *, room_id: uuid.UUID, starts_at: datetime, ends_at: datetime, reason: str
) -> BlackoutDTO:
    """Close a room for a time (renovation, own event); lists the bookings it hits.

    Existing bookings stay: staff call the organisations and move or cancel them.
    Raises: ValidationError, NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Raum sperren")
    v.time_range(starts_at, ends_at, field="ends_at")
    clean_reason = v.required_text(reason, field="reason", label="Der Grund", max_len=200)
    with uow:
        room = repo.get_room(uow.session, room_id)
        row = RoomBlackout(
            room_id=room.id, starts_at=starts_at, ends_at=ends_at, reason=clean_reason
        )
        uow.session.add(row)
        uow.session.flush()
        audit.record(
            uow, entity="room_blackout", entity_id=row.id, action=AuditAction.CREATE,
            changes=audit.snapshot(row, ("room_id", "starts_at", "ends_at", "reason")),
        )  # fmt: skip
        affected = _affected(
            uow.session, start=starts_at, end=ends_at, room_id=room.id, location_id=None
        )
        uow.commit()
        return BlackoutDTO(row.id, room.id, starts_at, ends_at, clean_reason, tuple(affected))
