"""Monthly desk quotas of organisations at a location and how much of them is used.

Quota rule: an organisation may book ``DeskQuota.days_per_month`` desk-days per calendar
month at a location. A morning or an afternoon counts 0.5 desk-days, a whole day 1.
The month is the calendar month of the booked day, which is already a date in
Europe/Berlin. Cancelled (and released) bookings do not count. The organisation's own
quota row wins over the location's default row (``organisation_id`` None); without
either there is no limit. A location admin may book over the quota with a reason,
recorded as an ``override`` audit event (see :mod:`hor_desktop.services.desks`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from hor_desktop.core.enums import AuditAction, Role
from hor_desktop.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from hor_desktop.store.models import DeskQuota, Location, Organisation
from hor_desktop.store.repositories import desks as desk_repo
from hor_desktop.store.uow import UnitOfWork

from . import audit

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")  # fmt: skip


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


def month_bounds(day: date) -> tuple[date, date]:
    """The first and the last day of the month of ``day``."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def _quota_days(session: Session, location_id: uuid.UUID, organisation_id: uuid.UUID) -> int | None:
    own = desk_repo.find_quota(session, location_id=location_id, organisation_id=organisation_id)
    if own is None:
        own = desk_repo.find_quota(session, location_id=location_id, organisation_id=None)
    return None if own is None else own.days_per_month


def usage_in_month(
    uow: UnitOfWork, location_id: uuid.UUID, organisation: Organisation, day: date
) -> QuotaUsageDTO:
    """The usage inside an open unit of work (no permission check, no commit)."""
    first, last = month_bounds(day)
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
        return usage_in_month(uow, location_id, organisation, day)


def _quota_dto(uow: UnitOfWork, row: DeskQuota) -> DeskQuotaDTO:
    name = None
    if row.organisation_id is not None:
        name = uow.session.get_one(Organisation, row.organisation_id).name
    return DeskQuotaDTO(row.id, row.location_id, row.organisation_id, name, row.days_per_month)


def list_desk_quotas(uow: UnitOfWork, *, location_id: uuid.UUID) -> list[DeskQuotaDTO]:
    """The location's quotas: its default first, then per organisation."""
    with uow:
        return [_quota_dto(uow, row) for row in desk_repo.list_quotas_at(uow.session, location_id)]


def require_location_admin(uow: UnitOfWork, location_id: uuid.UUID, action: str) -> None:
    """Raises: PermissionDeniedError unless an admin or this location's admin."""
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
    require_location_admin(uow, location_id, "Kontingent festlegen")
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
