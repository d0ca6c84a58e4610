"""Coworking desks and single desk bookings: half or whole days, check-in, cancelling.

A morning or an afternoon is half a desk-day, a whole day a full one. Every booking
counts against the organisation's monthly quota (:mod:`hor_desktop.services.desk_quotas`);
ranges and weekday series live in :mod:`hor_desktop.services.desk_ranges`, the board and
the release of no-shows in :mod:`hor_desktop.services.desk_board`. A cancelled booking
keeps its row, with ``cancel_reason`` when one was given ("nicht erschienen" for a
released no-show).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from hor_desktop.core import calendar
from hor_desktop.core import validation as v
from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import AuditAction, BookingStatus, DeskSlot, Role
from hor_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from hor_desktop.services.closing_days import closed_days
from hor_desktop.services.desk_quotas import quota_message, usage_in_month
from hor_desktop.store.models import Desk, DeskBooking, Location, Organisation
from hor_desktop.store.repositories import bookings as repo
from hor_desktop.store.repositories import desks as desk_repo
from hor_desktop.store.repositories.organisations import require_can_borrow
from hor_desktop.store.uow import UnitOfWork

from . import audit

SLOT_LABELS = {DeskSlot.MORNING: "vormittags", DeskSlot.AFTERNOON: "nachmittags",
               DeskSlot.DAY: "ganztags"}  # fmt: skip
# A slot's weight in half days: the quota counts 0.5 desk-days per half day.
SLOT_HALF_DAYS = {DeskSlot.MORNING: 1, DeskSlot.AFTERNOON: 1, DeskSlot.DAY: 2}
NOT_OPEN = "kein Öffnungstag"  # the reason for a weekday without opening hours
_BOOKING_FIELDS = (
    "desk_id", "organisation_id", "contact_id", "person_name", "day", "slot", "status",
)  # fmt: skip


@dataclass(frozen=True)
class DeskDTO:
    id: uuid.UUID
    location_id: uuid.UUID
    label: str
    features: tuple[str, ...]
    active: bool


@dataclass(frozen=True)
class DeskBookingDTO:
    id: uuid.UUID
    desk_id: uuid.UUID
    desk_label: str
    organisation_id: uuid.UUID
    organisation_name: str
    contact_id: uuid.UUID | None
    person_name: str
    day: date
    slot: DeskSlot
    status: BookingStatus
    checked_in_at: datetime | None
    cancel_reason: str | None = None  # only for cancelled bookings


def desk_dto(row: Desk) -> DeskDTO:
    return DeskDTO(
        id=row.id, location_id=row.location_id, label=row.label,
        features=tuple(str(f) for f in row.features), active=row.active,
    )  # fmt: skip


def booking_dto(row: DeskBooking, desk_label: str, organisation_name: str) -> DeskBookingDTO:
    return DeskBookingDTO(
        id=row.id, desk_id=row.desk_id, desk_label=desk_label,
        organisation_id=row.organisation_id, organisation_name=organisation_name,
        contact_id=row.contact_id, person_name=row.person_name, day=row.day, slot=row.slot,
        status=row.status, checked_in_at=row.checked_in_at, cancel_reason=row.cancel_reason,
    )  # fmt: skip


def create_desk(
    uow: UnitOfWork,
    *,
    location_id: uuid.UUID,
    label: str,
    features: list[str] | None = None,
    active: bool = True,
) -> DeskDTO:
    """Add a coworking desk to a location (location admins).

    Raises: ValidationError, NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Arbeitsplatz anlegen")
    clean_label = v.required_text(label, field="label", label="Die Bezeichnung", max_len=50)
    clean_features = [f for f in (v.optional_text(f, max_len=50) for f in features or []) if f]
    with uow:
        location = uow.session.get(Location, location_id)
        if location is None or location.deleted_at is not None:
            raise NotFoundError(entity="Der Standort")
        row = Desk(
            location_id=location.id, label=clean_label, features=clean_features, active=active
        )
        uow.session.add(row)
        uow.session.flush()
        audit.record(
            uow, entity="desk", entity_id=row.id, action=AuditAction.CREATE,
            changes=audit.snapshot(row, ("location_id", "label", "features", "active")),
        )  # fmt: skip
        uow.commit()
        return desk_dto(row)


def list_desks(uow: UnitOfWork, *, location_id: uuid.UUID) -> list[DeskDTO]:
    with uow:
        return [desk_dto(row) for row in repo.list_desks_at(uow.session, location_id)]


def book_desk(
    uow: UnitOfWork,
    *,
    desk_id: uuid.UUID,
    organisation_id: uuid.UUID,
    contact_id: uuid.UUID | None = None,
    person_name: str,
    day: date,
    slot: DeskSlot,
    status: BookingStatus = BookingStatus.CONFIRMED,
    override_quota_reason: str | None = None,
) -> DeskBookingDTO:
    """Book a desk for a morning, an afternoon or the whole day.

    The booking counts against the organisation's monthly quota at the desk's location
    (see :func:`quota_usage`); ``override_quota_reason`` lets a location admin book over
    it, audited as an override.

    Raises:
        ValidationError: empty person name, contact of another organisation.
        ConflictError: desk inactive or taken in an overlapping slot, organisation blocked,
            the location closed that day, the quota used up.
        NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Arbeitsplatz buchen")
    clean_person = v.required_text(person_name, field="person_name", label="Der Name")
    slot = DeskSlot(slot)
    if status not in (BookingStatus.CONFIRMED, BookingStatus.TENTATIVE):
        raise ValidationError("Eine neue Buchung ist bestätigt oder vorläufig.", field="status")
    reason = clean_override_reason(uow, override_quota_reason)
    with uow:
        desk, organisation = bookable(uow, desk_id, organisation_id, contact_id)
        location = uow.session.get_one(Location, desk.location_id)
        closed = closed_reasons(uow.session, location, day, day)
        if day in closed:
            raise ConflictError(
                f"Am {day:%d.%m.%Y} ist {location.name} geschlossen ({closed[day]}).",
                day=day.isoformat(),
            )
        row = book_one(
            uow, desk=desk, organisation=organisation, contact_id=contact_id,
            person_name=clean_person, day=day, slot=slot, status=status,
            override_reason=reason,
        )  # fmt: skip
        uow.commit()
        return booking_dto(row, desk.label, organisation.name)


def clean_override_reason(uow: UnitOfWork, reason: str | None) -> str | None:
    """The cleaned reason of a quota override; only location admins may give one."""
    if reason is None:
        return None
    uow.actor.require(Role.LOCATION_ADMIN, action="Kontingent überschreiten")
    return v.required_text(reason, field="override_quota_reason", label="Der Grund", max_len=500)


def bookable(
    uow: UnitOfWork,
    desk_id: uuid.UUID,
    organisation_id: uuid.UUID,
    contact_id: uuid.UUID | None,
) -> tuple[Desk, Organisation]:
    desk = repo.get_desk(uow.session, desk_id)
    if not desk.active:
        raise ConflictError(f"Arbeitsplatz „{desk.label}“ ist außer Betrieb.")
    organisation, _contact = require_can_borrow(
        uow.session, organisation_id=organisation_id, contact_id=contact_id
    )
    return desk, organisation


def book_one(
    uow: UnitOfWork,
    *,
    desk: Desk,
    organisation: Organisation,
    contact_id: uuid.UUID | None,
    person_name: str,
    day: date,
    slot: DeskSlot,
    status: BookingStatus,
    override_reason: str | None,
) -> DeskBooking:
    """Add one booking after the clash and quota checks (no commit).

    Raises: ConflictError (slot taken, quota used up without an override reason).
    """
    clash = repo.find_desk_clash(uow.session, desk_id=desk.id, day=day, slot=slot)
    if clash is not None:
        other, other_organisation = clash
        raise ConflictError(
            f"Arbeitsplatz „{desk.label}“ ist am {day:%d.%m.%Y} "
            f"{SLOT_LABELS[other.slot]} bereits gebucht "
            f"({other_organisation}: {other.person_name}).",
            booking_id=other.id,
        )
    usage = usage_in_month(uow, desk.location_id, organisation, day)
    over = usage.days_per_month is not None and (
        usage.used_half_days + SLOT_HALF_DAYS[slot] > 2 * usage.days_per_month
    )
    if over and override_reason is None:
        raise ConflictError(
            quota_message(usage), quota=usage.days_per_month, used=usage.used_desk_days,
            organisation=organisation.name,
        )  # fmt: skip
    row = DeskBooking(
        desk_id=desk.id, organisation_id=organisation.id, contact_id=contact_id,
        person_name=person_name, day=day, slot=slot, status=status,
        staff_id=uow.actor.staff_id,
    )  # fmt: skip
    uow.session.add(row)
    uow.session.flush()
    audit.record(
        uow, entity="desk_booking", entity_id=row.id, action=AuditAction.CREATE,
        changes=audit.snapshot(row, _BOOKING_FIELDS),
    )  # fmt: skip
    if over:
        audit.record(
            uow, entity="desk_booking", entity_id=row.id, action=AuditAction.OVERRIDE,
            changes={
                "quota": usage.days_per_month, "used_before": usage.used_desk_days,
                "month": usage.month.isoformat(), "reason": override_reason,
            },
        )  # fmt: skip
    return row


def booking_names(uow: UnitOfWork, row: DeskBooking) -> tuple[str, str]:
    desk = uow.session.get_one(Desk, row.desk_id)
    organisation = uow.session.get_one(Organisation, row.organisation_id)
    return desk.label, organisation.name


def cancel_desk_booking(
    uow: UnitOfWork, *, booking_id: uuid.UUID, reason: str | None = None
) -> DeskBookingDTO:
    """Cancel a desk booking, with an optional reason; the row stays and frees the slot.

    Raises: ConflictError (already cancelled), NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Arbeitsplatzbuchung stornieren")
    clean_reason = clean_cancel_reason(reason)
    with uow:
        row = repo.get_desk_booking(uow.session, booking_id)
        if row.status is BookingStatus.CANCELLED:
            raise ConflictError(f"Die Buchung für {row.person_name} ist bereits storniert.")
        cancel_row(uow, row, reason=clean_reason)
        uow.commit()
        return booking_dto(row, *booking_names(uow, row))


def check_in_desk_booking(uow: UnitOfWork, *, booking_id: uuid.UUID) -> DeskBookingDTO:
    """Record that the person has arrived (on the booked day only).

    Raises: ConflictError (cancelled, already checked in, other day), NotFoundError.
    """
    uow.actor.require(Role.DESK, action="Einchecken")
    with uow:
        row = repo.get_desk_booking(uow.session, booking_id)
        if row.status is BookingStatus.CANCELLED:
            raise ConflictError(f"Die Buchung für {row.person_name} ist storniert.")
        if row.checked_in_at is not None:
            raise ConflictError(f"{row.person_name} ist bereits eingecheckt.")
        if row.day != local_today(uow.clock):
            raise ConflictError(f"Die Buchung gilt für den {row.day:%d.%m.%Y}, nicht für heute.")
        row.checked_in_at = uow.clock.now()
        audit.record(
            uow, entity="desk_booking", entity_id=row.id, action=AuditAction.CHECK_IN,
            changes={"checked_in_at": row.checked_in_at},
        )  # fmt: skip
        uow.commit()
        return booking_dto(row, *booking_names(uow, row))


def list_desk_bookings(
    uow: UnitOfWork, *, location_id: uuid.UUID, day: date, include_cancelled: bool = False
) -> list[DeskBookingDTO]:
    """The location's desk bookings on ``day``, in one query."""
    with uow:
        rows = desk_repo.list_booking_rows_between(
            uow.session,
            location_id=location_id,
            start=day,
            end=day,
            include_cancelled=include_cancelled,
        )
        return [booking_dto(row, label, organisation) for row, label, organisation in rows]


def clean_cancel_reason(reason: str | None) -> str | None:
    """The stripped reason of a cancellation, None when empty."""
    return v.optional_text(reason, max_len=500)


def cancel_row(uow: UnitOfWork, row: DeskBooking, *, reason: str | None) -> None:
    """Cancel one live booking with an optional reason, audited (no commit)."""
    before = audit.snapshot(row, ("status",))
    row.status = BookingStatus.CANCELLED
    row.cancel_reason = reason
    changes = audit.diff(before, audit.snapshot(row, ("status",)))
    if reason is not None:
        changes["reason"] = reason
    audit.record(
        uow, entity="desk_booking", entity_id=row.id, action=AuditAction.CANCEL, changes=changes
    )


def closed_reasons(session: Session, location: Location, start: date, end: date) -> dict[date, str]:
    """Days in [start, end] the location is closed all day, with the reason."""
    reasons: dict[date, str] = {}
    house_closed = closed_days(session, location_id=location.id, start=start, end=end)
    day = start
    while day <= end:
        holidays = calendar.nrw_public_holidays(day.year)
        if day in holidays:
            reasons[day] = holidays[day]
        elif day in house_closed:
            reasons[day] = "Schließtag"
        elif not calendar.is_open_weekday(day, location.opening_hours):
            reasons[day] = NOT_OPEN
        day += timedelta(days=1)
    return reasons
