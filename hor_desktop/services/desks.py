"""Coworking desks: half-day or whole-day bookings, ranges, monthly quotas, no-shows.

Quota rule: an organisation may book ``DeskQuota.days_per_month`` desk-days per calendar
month at a location. A morning or an afternoon counts 0.5 desk-days, a whole day 1.
The month is the calendar month of the booked day, which is already a date in
Europe/Berlin. Cancelled (and released) bookings do not count. The organisation's own
quota row wins over the location's default row (``organisation_id`` None); without
either there is no limit. A location admin may book over the quota with a reason,
recorded as an ``override`` audit event.

No-show rule: a booking nobody checked in for may be released from the location's
``desk_release_time`` (10:00 when unset) on the booked day, for mornings and whole days;
afternoon bookings from 14:00, an hour after the afternoon starts (13:00), whatever
the location's time. Days already past may be released at any time.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from hor_desktop.core import calendar
from hor_desktop.core import validation as v
from hor_desktop.core.clock import BERLIN, local_today
from hor_desktop.core.enums import AuditAction, BookingStatus, DeskSlot, Role
from hor_desktop.core.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from hor_desktop.services.closing_days import closed_days
from hor_desktop.store.models import Desk, DeskBooking, DeskQuota, Location, Organisation
from hor_desktop.store.repositories import bookings as repo
from hor_desktop.store.repositories import desks as desk_repo
from hor_desktop.store.repositories.organisations import require_can_borrow
from hor_desktop.store.uow import UnitOfWork

from . import audit

SLOT_LABELS = {DeskSlot.MORNING: "vormittags", DeskSlot.AFTERNOON: "nachmittags",
               DeskSlot.DAY: "ganztags"}  # fmt: skip
# A slot's weight in half days: the quota counts 0.5 desk-days per half day.
SLOT_HALF_DAYS = {DeskSlot.MORNING: 1, DeskSlot.AFTERNOON: 1, DeskSlot.DAY: 2}
DEFAULT_RELEASE_TIME = time(10, 0)
AFTERNOON_RELEASE_TIME = time(14, 0)
NO_SHOW_REASON = "nicht erschienen"
NOT_OPEN = "kein Öffnungstag"  # the reason for a weekday without opening hours
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")  # fmt: skip
MAX_RANGE_DAYS = 366
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


def _desk_dto(row: Desk) -> DeskDTO:
    return DeskDTO(
        id=row.id, location_id=row.location_id, label=row.label,
        features=tuple(str(f) for f in row.features), active=row.active,
    )  # fmt: skip


def _booking_dto(row: DeskBooking, desk_label: str, organisation_name: str) -> DeskBookingDTO:
    return DeskBookingDTO(
        id=row.id, desk_id=row.desk_id, desk_label=desk_label,
        organisation_id=row.organisation_id, organisation_name=organisation_name,
        contact_id=row.contact_id, person_name=row.person_name, day=row.day, slot=row.slot,
        status=row.status, checked_in_at=row.checked_in_at,
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
        return _desk_dto(row)


def list_desks(uow: UnitOfWork, *, location_id: uuid.UUID) -> list[DeskDTO]:
    with uow:
        return [_desk_dto(row) for row in repo.list_desks_at(uow.session, location_id)]


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
    reason = _override_reason(uow, override_quota_reason)
    with uow:
        desk, organisation = _bookable(uow, desk_id, organisation_id, contact_id)
        location = uow.session.get_one(Location, desk.location_id)
        closed = _closed_reasons(uow.session, location, day, day)
        if day in closed:
            raise ConflictError(
                f"Am {day:%d.%m.%Y} ist {location.name} geschlossen ({closed[day]}).",
                day=day.isoformat(),
            )
        row = _book_one(
            uow, desk=desk, organisation=organisation, contact_id=contact_id,
            person_name=clean_person, day=day, slot=slot, status=status,
            override_reason=reason,
        )  # fmt: skip
        uow.commit()
        return _booking_dto(row, desk.label, organisation.name)


def _override_reason(uow: UnitOfWork, reason: str | None) -> str | None:
    """The cleaned reason of a quota override; only location admins may give one."""
    if reason is None:
        return None
    uow.actor.require(Role.LOCATION_ADMIN, action="Kontingent überschreiten")
    return v.required_text(reason, field="override_quota_reason", label="Der Grund", max_len=500)


def _bookable(
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


def _book_one(
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
    usage = _usage(uow, desk.location_id, organisation, day)
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


def _names(uow: UnitOfWork, row: DeskBooking) -> tuple[str, str]:
    desk = uow.session.get_one(Desk, row.desk_id)
    organisation = uow.session.get_one(Organisation, row.organisation_id)
    return desk.label, organisation.name


def cancel_desk_booking(uow: UnitOfWork, *, booking_id: uuid.UUID) -> DeskBookingDTO:
    """Cancel a desk booking; the row stays for history and frees the slot.

    Raises: ConflictError (already cancelled), NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Arbeitsplatzbuchung stornieren")
    with uow:
        row = repo.get_desk_booking(uow.session, booking_id)
        if row.status is BookingStatus.CANCELLED:
            raise ConflictError(f"Die Buchung für {row.person_name} ist bereits storniert.")
        _cancel(uow, row, reason=None)
        uow.commit()
        return _booking_dto(row, *_names(uow, row))


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
        return _booking_dto(row, *_names(uow, row))


def list_desk_bookings(
    uow: UnitOfWork, *, location_id: uuid.UUID, day: date, include_cancelled: bool = False
) -> list[DeskBookingDTO]:
    """The location's desk bookings on ``day``, in one query."""
    with uow:
        rows = repo.list_desk_booking_rows(
            uow.session,
            location_id=location_id,
            day=day,
            include_cancelled=include_cancelled,
        )
        return [_booking_dto(row, label, organisation) for row, label, organisation in rows]


# --- quotas ----------------------------------------------------------------------------


@dataclass(frozen=True)
class QuotaUsageDTO:
    """How much of its monthly quota an organisation has used at a location."""

    organisation_id: uuid.UUID
    organisation_name: str
    location_id: uuid.UUID
    month: date  # the first of the month
    used_half_days: int
    days_per_month: int | None  # None: no quota applies

    @property
    def used_desk_days(self) -> float:
        return self.used_half_days / 2


@dataclass(frozen=True)
class DeskQuotaDTO:
    id: uuid.UUID
    location_id: uuid.UUID
    organisation_id: uuid.UUID | None  # None: the location's default
    organisation_name: str | None
    days_per_month: int


def desk_days_text(value: float) -> str:
    """German number of desk-days: "8", "7,5"."""
    return f"{value:g}".replace(".", ",")


def month_text(month: date) -> str:
    """ "Dezember 2026"."""
    return f"{MONTHS[month.month - 1]} {month.year}"


def quota_message(usage: QuotaUsageDTO) -> str:
    """The refusal text staff read out when the quota is used up."""
    return (
        f"{usage.organisation_name} hat im {month_text(usage.month)} schon "
        f"{desk_days_text(usage.used_desk_days)} von {usage.days_per_month} "
        "Platztagen gebucht."
    )


def _month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def _quota_days(session: Session, location_id: uuid.UUID, organisation_id: uuid.UUID) -> int | None:
    own = desk_repo.find_quota(session, location_id=location_id, organisation_id=organisation_id)
    if own is None:
        own = desk_repo.find_quota(session, location_id=location_id, organisation_id=None)
    return None if own is None else own.days_per_month


def _usage(
    uow: UnitOfWork, location_id: uuid.UUID, organisation: Organisation, day: date
) -> QuotaUsageDTO:
    first, last = _month_bounds(day)
    used = desk_repo.half_days_booked(
        uow.session, location_id=location_id, organisation_id=organisation.id,
        start=first, end=last,
    )  # fmt: skip
    return QuotaUsageDTO(
        organisation_id=organisation.id, organisation_name=organisation.name,
        location_id=location_id, month=first, used_half_days=used,
        days_per_month=_quota_days(uow.session, location_id, organisation.id),
    )  # fmt: skip


def quota_usage(
    uow: UnitOfWork, *, location_id: uuid.UUID, organisation_id: uuid.UUID, day: date
) -> QuotaUsageDTO:
    """The organisation's desk-days in the month of ``day`` at the location, and its quota.

    Raises: NotFoundError.
    """
    with uow:
        organisation = uow.session.get(Organisation, organisation_id)
        if organisation is None or organisation.deleted_at is not None:
            raise NotFoundError(entity="Die Organisation")
        return _usage(uow, location_id, organisation, day)


def _quota_dto(uow: UnitOfWork, row: DeskQuota) -> DeskQuotaDTO:
    name = None
    if row.organisation_id is not None:
        name = uow.session.get_one(Organisation, row.organisation_id).name
    return DeskQuotaDTO(row.id, row.location_id, row.organisation_id, name, row.days_per_month)


def list_desk_quotas(uow: UnitOfWork, *, location_id: uuid.UUID) -> list[DeskQuotaDTO]:
    """The location's quotas: its default first, then per organisation."""
    with uow:
        return [_quota_dto(uow, row) for row in desk_repo.list_quotas_at(uow.session, location_id)]


def _require_location_admin(uow: UnitOfWork, location_id: uuid.UUID, action: str) -> None:
    uow.actor.require(Role.LOCATION_ADMIN, action=action)
    if not uow.actor.is_admin and uow.actor.location_id != location_id:
        raise PermissionDeniedError(
            f"„{action}“ ist nur am eigenen Standort erlaubt.", action=action
        )


def set_desk_quota(
    uow: UnitOfWork,
    *,
    location_id: uuid.UUID,
    organisation_id: uuid.UUID | None,
    days_per_month: int | None,
) -> DeskQuotaDTO | None:
    """Set the monthly desk-days of an organisation (None: the location's default).

    ``days_per_month`` None removes the quota (soft delete); returns None then.

    Raises: ValidationError (negative), NotFoundError, PermissionDeniedError (not an
    admin of this location).
    """
    _require_location_admin(uow, location_id, "Kontingent festlegen")
    if days_per_month is not None and not 0 <= days_per_month <= 31:
        raise ValidationError(
            "Das Kontingent liegt zwischen 0 und 31 Platztagen im Monat.", field="days_per_month"
        )
    with uow:
        location = uow.session.get(Location, location_id)
        if location is None or location.deleted_at is not None:
            raise NotFoundError(entity="Der Standort")
        if organisation_id is not None:
            found = uow.session.get(Organisation, organisation_id)
            if found is None or found.deleted_at is not None:
                raise NotFoundError(entity="Die Organisation")
        row = desk_repo.find_quota(
            uow.session, location_id=location_id, organisation_id=organisation_id
        )
        if days_per_month is None:
            if row is not None:
                row.deleted_at = uow.clock.now()
                audit.record(
                    uow, entity="desk_quota", entity_id=row.id, action=AuditAction.DELETE,
                    changes={"days_per_month": row.days_per_month},
                )  # fmt: skip
                uow.commit()
            return None
        if row is None:
            row = DeskQuota(
                location_id=location_id, organisation_id=organisation_id,
                days_per_month=days_per_month,
            )  # fmt: skip
            uow.session.add(row)
            uow.session.flush()
            action, changes = (
                AuditAction.CREATE,
                audit.snapshot(row, ("location_id", "organisation_id", "days_per_month")),
            )
        else:
            before = audit.snapshot(row, ("days_per_month",))
            row.days_per_month = days_per_month
            action = AuditAction.UPDATE
            changes = audit.diff(before, audit.snapshot(row, ("days_per_month",)))
        audit.record(uow, entity="desk_quota", entity_id=row.id, action=action, changes=changes)
        uow.commit()
        return _quota_dto(uow, row)


# --- ranges ----------------------------------------------------------------------------


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


def _closed_reasons(
    session: Session, location: Location, start: date, end: date
) -> dict[date, str]:
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
) -> DeskRangeResult:
    """Book a desk on every day in [start, end] (only ``weekdays``, ISO 1–7, if given).

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
    reason = _override_reason(uow, override_quota_reason)
    with uow:
        desk, organisation = _bookable(uow, desk_id, organisation_id, contact_id)
        location = uow.session.get_one(Location, desk.location_id)
        candidates = _range_days(location, start, end, weekdays)
        closed = _closed_reasons(uow.session, location, start, end)
        booked: list[DeskBookingDTO] = []
        skipped: list[tuple[date, str]] = []
        refused: list[DeskRefusalDTO] = []
        for day in candidates:
            if day in closed:
                skipped.append((day, closed[day]))
                continue
            try:
                row = _book_one(
                    uow, desk=desk, organisation=organisation, contact_id=contact_id,
                    person_name=clean_person, day=day, slot=slot,
                    status=BookingStatus.CONFIRMED, override_reason=reason,
                )  # fmt: skip
            except ConflictError as refusal:
                refused.append(DeskRefusalDTO(day, refusal.message))
                continue
            booked.append(_booking_dto(row, desk.label, organisation.name))
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
) -> list[DeskBookingDTO]:
    """Cancel the live bookings of a desk and/or an organisation on days in [start, end].

    At least one of ``desk_id`` and ``organisation_id`` narrows the range, so a slip
    cannot empty the whole location. Returns the cancelled bookings.

    Raises: ValidationError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Arbeitsplatzbuchungen stornieren")
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
            _cancel(uow, row, reason=None)
            cancelled.append(_booking_dto(row, label, organisation_name))
        uow.commit()
        return cancelled


def _cancel(uow: UnitOfWork, row: DeskBooking, *, reason: str | None) -> None:
    before = audit.snapshot(row, ("status",))
    row.status = BookingStatus.CANCELLED
    changes = audit.diff(before, audit.snapshot(row, ("status",)))
    if reason is not None:
        changes["reason"] = reason
    audit.record(
        uow, entity="desk_booking", entity_id=row.id, action=AuditAction.CANCEL, changes=changes
    )


# --- no-shows --------------------------------------------------------------------------


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
            _cancel(uow, row, reason=NO_SHOW_REASON)
            released.append(_booking_dto(row, *_names(uow, row)))
        uow.commit()
        return released


# --- the board -------------------------------------------------------------------------


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


def desk_board(
    uow: UnitOfWork, *, location_id: uuid.UUID, start: date, end: date | None = None
) -> DeskBoardDTO:
    """Desks, live bookings and closed days of the location for [start, end], in one go.

    Raises: NotFoundError, ValidationError (more than 31 days).
    """
    last = end or start
    if last < start or (last - start).days > 31:
        raise ValidationError("Die Übersicht umfasst 1 bis 31 Tage.", field="end")
    with uow:
        location = uow.session.get(Location, location_id)
        if location is None or location.deleted_at is not None:
            raise NotFoundError(entity="Der Standort")
        desks = tuple(_desk_dto(row) for row in repo.list_desks_at(uow.session, location_id))
        rows = desk_repo.list_board_rows_between(
            uow.session, location_id=location_id, start=start, end=last
        )
        return DeskBoardDTO(
            location_id=location_id,
            start=start,
            end=last,
            desks=desks,
            bookings=tuple(
                DeskBookingDTO(
                    id=r.id,
                    desk_id=r.desk_id,
                    desk_label=r.label,
                    organisation_id=r.organisation_id,
                    organisation_name=r.name,
                    contact_id=r.contact_id,
                    person_name=r.person_name,
                    day=r.day,
                    slot=DeskSlot(r.slot),
                    status=BookingStatus(r.status),
                    checked_in_at=r.checked_in_at,
                )
                for r in rows
            ),
            closed=_closed_reasons(uow.session, location, start, last),
            release_time=location.desk_release_time or DEFAULT_RELEASE_TIME,
        )
