"""Desk bookings over ranges of days and chosen weekdays, and cancelling such ranges.

A range books every candidate day in one transaction: closed days (NRW public holidays,
the house's closing days, weekdays without opening hours) are skipped and listed, days
whose slot is taken or whose month's quota is used up are refused and listed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from hor_desktop.core import validation as v
from hor_desktop.core.enums import BookingStatus, DeskSlot, Role
from hor_desktop.core.errors import ConflictError, ValidationError
from hor_desktop.services.desks import (
    DeskBookingDTO,
    book_one,
    bookable,
    booking_dto,
    cancel_row,
    clean_cancel_reason,
    clean_override_reason,
    closed_reasons,
)
from hor_desktop.store.models import Location
from hor_desktop.store.repositories import desks as desk_repo
from hor_desktop.store.uow import UnitOfWork

MAX_RANGE_DAYS = 366


@dataclass(frozen=True)
class DeskRefusalDTO:
    day: date
    message: str


@dataclass(frozen=True)
class DeskRangeResult:
    """What a range booking did: booked days, closed days skipped, days refused."""

    booked: tuple[DeskBookingDTO, ...]
    skipped_closed: tuple[tuple[date, str], ...]  # day and why it is closed
    refused: tuple[DeskRefusalDTO, ...]


def _range_days(
    location: Location, start: date, end: date, weekdays: frozenset[int] | set[int] | None
) -> list[date]:
    """The candidate days: the chosen weekdays, else the weekdays the location opens."""
    if end < start:
        raise ValidationError("Das Enddatum liegt vor dem Anfangsdatum.", field="end")
    if (end - start).days >= MAX_RANGE_DAYS:
        raise ValidationError("Ein Zeitraum umfasst höchstens ein Jahr.", field="end")
    if weekdays is not None:
        if not weekdays or not set(weekdays) <= set(range(1, 8)):
            raise ValidationError("Bitte mindestens einen Wochentag wählen.", field="weekdays")
        chosen = set(weekdays)
    else:
        chosen = {d for d in range(1, 8) if location.opening_hours.get(str(d))}
    count = (end - start).days + 1
    days = (start + timedelta(days=offset) for offset in range(count))
    return [day for day in days if day.isoweekday() in chosen]


def book_desk_range(
    uow: UnitOfWork,
    *,
    desk_id: uuid.UUID,
    organisation_id: uuid.UUID,
    contact_id: uuid.UUID | None = None,
    person_name: str,
    start: date,
    end: date,
    slot: DeskSlot,
    weekdays: frozenset[int] | set[int] | None = None,
    override_quota_reason: str | None = None,
    status: BookingStatus = BookingStatus.CONFIRMED,
) -> DeskRangeResult:
    """Book a desk on every day in [start, end] (only ``weekdays``, ISO 1–7, if given).

    Replica mode passes ``status=TENTATIVE``: the shared server confirms.
    Without ``weekdays`` the candidates are the weekdays the location opens. Public
    holidays (NRW), the house's closing days and closed weekdays are skipped and listed;
    a day whose slot is taken or whose month's quota is used up is refused and listed;
    all other days are booked in one transaction.

    Raises: ValidationError (dates, weekdays, name), ConflictError (desk inactive,
    organisation blocked), NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Arbeitsplatz buchen")
    clean_person = v.required_text(person_name, field="person_name", label="Der Name")
    slot = DeskSlot(slot)
    reason = clean_override_reason(uow, override_quota_reason)
    with uow:
        desk, organisation = bookable(uow, desk_id, organisation_id, contact_id)
        location = uow.session.get_one(Location, desk.location_id)
        candidates = _range_days(location, start, end, weekdays)
        closed = closed_reasons(uow.session, location, start, end)
        booked: list[DeskBookingDTO] = []
        skipped: list[tuple[date, str]] = []
        refused: list[DeskRefusalDTO] = []
        for day in candidates:
            if day in closed:
                skipped.append((day, closed[day]))
                continue
            try:
                row = book_one(
                    uow, desk=desk, organisation=organisation, contact_id=contact_id,
                    person_name=clean_person, day=day, slot=slot,
                    status=status, override_reason=reason,
                )  # fmt: skip
            except ConflictError as refusal:
                refused.append(DeskRefusalDTO(day, refusal.message))
                continue
            booked.append(booking_dto(row, desk.label, organisation.name))
        uow.commit()
        return DeskRangeResult(tuple(booked), tuple(skipped), tuple(refused))


def cancel_desk_range(
    uow: UnitOfWork,
    *,
    location_id: uuid.UUID,
    start: date,
    end: date,
    desk_id: uuid.UUID | None = None,
    organisation_id: uuid.UUID | None = None,
    weekdays: frozenset[int] | set[int] | None = None,
    reason: str | None = None,
) -> list[DeskBookingDTO]:
    """Cancel the live bookings of a desk and/or an organisation on days in [start, end].

    At least one of ``desk_id`` and ``organisation_id`` narrows the range, so a slip
    cannot empty the whole location. ``reason`` is stored on every cancelled booking.
    Returns the cancelled bookings.

    Raises: ValidationError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Arbeitsplatzbuchungen stornieren")
    clean_reason = clean_cancel_reason(reason)
    if desk_id is None and organisation_id is None:
        raise ValidationError(
            "Bitte einen Arbeitsplatz oder eine Organisation wählen.", field="organisation_id"
        )
    if end < start:
        raise ValidationError("Das Enddatum liegt vor dem Anfangsdatum.", field="end")
    with uow:
        rows = desk_repo.list_booking_rows_between(
            uow.session, location_id=location_id, start=start, end=end, desk_id=desk_id,
            organisation_id=organisation_id,
        )  # fmt: skip
        cancelled: list[DeskBookingDTO] = []
        for row, label, organisation_name in rows:
            if weekdays is not None and row.day.isoweekday() not in weekdays:
                continue
            cancel_row(uow, row, reason=clean_reason)
            cancelled.append(booking_dto(row, label, organisation_name))
        uow.commit()
        return cancelled
