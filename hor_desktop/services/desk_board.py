"""The Coworking board (desks, bookings, closed days, released slots) and no-shows.

No-show rule: a booking nobody checked in for may be released from the location's
``desk_release_time`` (10:00 when unset) on the booked day, for mornings and whole days;
afternoon bookings from 14:00, an hour after the afternoon starts (13:00), whatever
the location's time. Days already past may be released at any time. A released booking
is cancelled with the reason "nicht erschienen"; the board lists it as released so the
free slot can say why it is free.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import AuditAction, BookingStatus, DeskSlot, Role
from hor_desktop.core.errors import NotFoundError, ValidationError
from hor_desktop.services.desk_quotas import require_location_admin
from hor_desktop.services.desks import (
    DeskBookingDTO,
    DeskDTO,
    booking_dto,
    booking_names,
    cancel_row,
    closed_reasons,
    desk_dto,
)
from hor_desktop.store.models import Location
from hor_desktop.store.repositories import bookings as repo
from hor_desktop.store.repositories import desks as desk_repo
from hor_desktop.store.uow import UnitOfWork

from . import audit

DEFAULT_RELEASE_TIME = time(10, 0)
AFTERNOON_RELEASE_TIME = time(14, 0)
NO_SHOW_REASON = "nicht erschienen"


def release_time(slot: DeskSlot, location_release: time | None) -> time:
    """From when a booking without check-in may be released (see the module docstring)."""
    if slot is DeskSlot.AFTERNOON:
        return AFTERNOON_RELEASE_TIME
    return location_release or DEFAULT_RELEASE_TIME


def release_no_shows(uow: UnitOfWork, *, location_id: uuid.UUID, day: date) -> list[DeskBookingDTO]:
    """Cancel, with reason "nicht erschienen", the day's bookings past their release time.

    Returns the released bookings (none before the release time or for a future day).

    Raises: NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Nicht erschienene freigeben")
    with uow:
        location = uow.session.get(Location, location_id)
        if location is None or location.deleted_at is not None:
            raise NotFoundError(entity="Der Standort")
        now = uow.clock.now().astimezone(BERLIN)
        released: list[DeskBookingDTO] = []
        for row in desk_repo.list_unchecked_bookings(uow.session, location_id=location_id, day=day):
            due = datetime.combine(day, release_time(row.slot, location.desk_release_time), BERLIN)
            if now < due:
                continue
            cancel_row(uow, row, reason=NO_SHOW_REASON)
            released.append(booking_dto(row, *booking_names(uow, row)))
        uow.commit()
        return released


def set_desk_release_time(uow: UnitOfWork, *, location_id: uuid.UUID, release: time | None) -> time:
    """Set from when no-shows of mornings and whole days may be released (None: 10:00).

    Returns the time in effect. Raises: NotFoundError, PermissionDeniedError (not an
    admin of this location).
    """
    require_location_admin(uow, location_id, "Freigabezeit festlegen")
    with uow:
        location = uow.session.get(Location, location_id)
        if location is None or location.deleted_at is not None:
            raise NotFoundError(entity="Der Standort")
        before = audit.snapshot(location, ("desk_release_time",))
        location.desk_release_time = release
        changes = audit.diff(before, audit.snapshot(location, ("desk_release_time",)))
        if changes:
            audit.record(
                uow, entity="location", entity_id=location.id, action=AuditAction.UPDATE,
                changes=changes,
            )  # fmt: skip
        uow.commit()
        return release or DEFAULT_RELEASE_TIME


@dataclass(frozen=True)
class DeskBoardDTO:
    """Everything the Coworking board shows for some days at one location."""

    location_id: uuid.UUID
    start: date
    end: date
    desks: tuple[DeskDTO, ...]
    bookings: tuple[DeskBookingDTO, ...]
    closed: dict[date, str]  # closed days in [start, end] with the reason
    release_time: time  # for mornings and whole days; afternoons: AFTERNOON_RELEASE_TIME
    # Cancelled bookings with a reason (released no-shows among them), for the tooltips.
    released: tuple[DeskBookingDTO, ...] = ()


def _board_booking(r: Any) -> DeskBookingDTO:
    return DeskBookingDTO(
        id=r.id, desk_id=r.desk_id, desk_label=r.label, organisation_id=r.organisation_id,
        organisation_name=r.name, contact_id=r.contact_id, person_name=r.person_name,
        day=r.day, slot=DeskSlot(r.slot), status=BookingStatus(r.status),
        checked_in_at=r.checked_in_at, cancel_reason=r.cancel_reason,
    )  # fmt: skip


def desk_board(
    uow: UnitOfWork, *, location_id: uuid.UUID, start: date, end: date | None = None
) -> DeskBoardDTO:
    """Desks, live and released bookings, closed days of the location for [start, end].

    Raises: NotFoundError, ValidationError (more than 31 days).
    """
    last = end or start
    if last < start or (last - start).days > 31:
        raise ValidationError("Die Übersicht umfasst 1 bis 31 Tage.", field="end")
    with uow:
        location = uow.session.get(Location, location_id)
        if location is None or location.deleted_at is not None:
            raise NotFoundError(entity="Der Standort")
        desks = tuple(desk_dto(row) for row in repo.list_desks_at(uow.session, location_id))
        live = desk_repo.list_board_rows_between(
            uow.session, location_id=location_id, start=start, end=last
        )
        released = desk_repo.list_board_rows_between(
            uow.session, location_id=location_id, start=start, end=last, cancelled=True
        )
        return DeskBoardDTO(
            location_id=location_id,
            start=start,
            end=last,
            desks=desks,
            bookings=tuple(_board_booking(r) for r in live),
            closed=closed_reasons(uow.session, location, start, last),
            release_time=location.desk_release_time or DEFAULT_RELEASE_TIME,
            released=tuple(_board_booking(r) for r in released),
        )
