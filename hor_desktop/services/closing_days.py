"""Closing days of the house (beyond NRW holidays) and the due dates they move."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from hor_desktop.core import calendar
from hor_desktop.core.enums import AuditAction, Role
from hor_desktop.core.errors import NotFoundError, ValidationError
from hor_desktop.core.validation import optional_text, required_text
from hor_desktop.services import audit
from hor_desktop.store.models import ClosingDay, EquipmentCategory, Location
from hor_desktop.store.uow import UnitOfWork

_FIELDS = ("location_id", "day", "reason", "closed_from", "notes")
# Closed days are read this far beyond the raw due date, enough for any run of closures.
_LOOKAHEAD = timedelta(days=60)


@dataclass(frozen=True)
class ClosingDayDTO:
    id: uuid.UUID
    location_id: uuid.UUID | None  # None: all locations
    day: date
    reason: str
    closed_from: time | None  # None: closed all day
    notes: str | None


def _dto(row: ClosingDay) -> ClosingDayDTO:
    return ClosingDayDTO(row.id, row.location_id, row.day, row.reason, row.closed_from, row.notes)


def closed_days(
    session: Session, *, location_id: uuid.UUID | None, start: date, end: date
) -> set[date]:
    """Days in [start, end] on which the location (or all locations) closes all day.

    A half day (``closed_from`` set, like Weiberfastnacht from noon) still counts as open.
    """
    query = select(ClosingDay.day).where(
        ClosingDay.deleted_at.is_(None),
        ClosingDay.day >= start,
        ClosingDay.day <= end,
        ClosingDay.closed_from.is_(None),
    )
    scope: ColumnElement[bool] = ClosingDay.location_id.is_(None)
    if location_id is not None:
        scope = or_(scope, ClosingDay.location_id == location_id)
    return set(session.scalars(query.where(scope)))


def due_date_for(session: Session, *, location_id: uuid.UUID, start: date, loan_days: int) -> date:
    """Start plus loan days, moved to the location's next opening day.

    Raises: NotFoundError for an unknown location, ValidationError when it never opens.
    """
    location = session.get(Location, location_id)
    if location is None or location.deleted_at is not None:
        raise NotFoundError(entity="Standort")
    raw = start + timedelta(days=loan_days)
    closed = closed_days(session, location_id=location_id, start=raw, end=raw + _LOOKAHEAD)
    try:
        return calendar.default_due_date(start, loan_days, location.opening_hours, closed)
    except ValueError as exc:
        raise ValidationError(
            f"Standort {location.code} hat keine Öffnungszeiten; bitte ein Rückgabedatum angeben.",
            field="due",
        ) from exc


def default_due_date(
    uow: UnitOfWork, *, category_id: uuid.UUID, location_id: uuid.UUID, start: date
) -> date:
    """The category's default due date for a loan starting at ``start`` at that location.

    Raises: NotFoundError, ValidationError.
    """
    with uow:
        category = uow.session.get(EquipmentCategory, category_id)
        if category is None or category.deleted_at is not None:
            raise NotFoundError(entity="Kategorie")
        return due_date_for(
            uow.session, location_id=location_id, start=start, loan_days=category.default_loan_days
        )


def _exists(
    session: Session, *, location_id: uuid.UUID | None, day: date, reason: str,
    except_id: uuid.UUID | None = None,
) -> bool:  # fmt: skip
    query = select(ClosingDay.id).where(
        ClosingDay.deleted_at.is_(None),
        ClosingDay.day == day,
        ClosingDay.reason == reason,
        ClosingDay.location_id.is_(None)
        if location_id is None
        else ClosingDay.location_id == location_id,
    )
    if except_id is not None:
        query = query.where(ClosingDay.id != except_id)
    return session.scalars(query.limit(1)).first() is not None


def seed_cologne_extras(uow: UnitOfWork, *, years: Iterable[int]) -> list[ClosingDayDTO]:
    """Add carnival, Christmas Eve and New Year's Eve for all locations; idempotent.

    Returns only the rows added now.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Schließtage anlegen")
    rules = [rule for year in sorted(set(years)) for rule in calendar.cologne_extras(year)]
    with uow:
        added: list[ClosingDay] = []
        for rule in rules:
            if _exists(uow.session, location_id=None, day=rule.day, reason=rule.reason):
                continue
            row = ClosingDay(
                location_id=None, day=rule.day, reason=rule.reason, closed_from=rule.closed_from
            )
            uow.session.add(row)
            uow.session.flush()
            audit.record(
                uow, entity="closing_day", entity_id=row.id, action=AuditAction.CREATE,
                changes=audit.snapshot(row, _FIELDS),
            )  # fmt: skip
            added.append(row)
        uow.commit()
        return [_dto(row) for row in added]


def _values(
    *, location_id: uuid.UUID | None, day: date, reason: str, closed_from: time | None,
    notes: str | None,
) -> dict[str, Any]:  # fmt: skip
    return {
        "location_id": location_id,
        "day": day,
        "reason": required_text(reason, field="reason", label="Der Grund"),
        "closed_from": closed_from,
        "notes": optional_text(notes),
    }


def add_closing_day(
    uow: UnitOfWork,
    *,
    day: date,
    reason: str,
    location_id: uuid.UUID | None = None,
    closed_from: time | None = None,
    notes: str | None = None,
) -> ClosingDayDTO:
    """Add a closing day for one location or (``location_id`` None) all of them.

    Raises: ValidationError (also for a duplicate), PermissionDeniedError.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Schließtage anlegen")
    values = _values(
        location_id=location_id, day=day, reason=reason, closed_from=closed_from, notes=notes
    )
    with uow:
        if _exists(uow.session, location_id=location_id, day=day, reason=values["reason"]):
            raise ValidationError(
                f"Der Schließtag {day:%d.%m.%Y} ({values['reason']}) ist schon eingetragen.",
                field="day",
            )
        row = ClosingDay(**values)
        uow.session.add(row)
        uow.session.flush()
        audit.record(
            uow, entity="closing_day", entity_id=row.id, action=AuditAction.CREATE,
            changes=audit.snapshot(row, _FIELDS),
        )  # fmt: skip
        uow.commit()
        return _dto(row)


def _get(session: Session, closing_day_id: uuid.UUID) -> ClosingDay:
    row = session.get(ClosingDay, closing_day_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(entity="Schließtag")
    return row


def edit_closing_day(
    uow: UnitOfWork,
    *,
    closing_day_id: uuid.UUID,
    day: date,
    reason: str,
    location_id: uuid.UUID | None = None,
    closed_from: time | None = None,
    notes: str | None = None,
) -> ClosingDayDTO:
    """Raises: ValidationError, NotFoundError, PermissionDeniedError."""
    uow.actor.require(Role.LOCATION_ADMIN, action="Schließtage bearbeiten")
    values = _values(
        location_id=location_id, day=day, reason=reason, closed_from=closed_from, notes=notes
    )
    with uow:
        row = _get(uow.session, closing_day_id)
        if _exists(
            uow.session, location_id=location_id, day=day, reason=values["reason"],
            except_id=row.id,
        ):  # fmt: skip
            raise ValidationError(
                f"Der Schließtag {day:%d.%m.%Y} ({values['reason']}) ist schon eingetragen.",
                field="day",
            )
        before = audit.snapshot(row, _FIELDS)
        for key, value in values.items():
            setattr(row, key, value)
        audit.record(
            uow, entity="closing_day", entity_id=row.id, action=AuditAction.UPDATE,
            changes=audit.diff(before, audit.snapshot(row, _FIELDS)),
        )  # fmt: skip
        uow.commit()
        return _dto(row)


def remove_closing_day(uow: UnitOfWork, *, closing_day_id: uuid.UUID) -> None:
    """Soft-delete a closing day. Raises: NotFoundError, PermissionDeniedError."""
    uow.actor.require(Role.LOCATION_ADMIN, action="Schließtage entfernen")
    with uow:
        row = _get(uow.session, closing_day_id)
        row.deleted_at = uow.clock.now()
        audit.record(
            uow, entity="closing_day", entity_id=row.id, action=AuditAction.DELETE,
            changes=audit.snapshot(row, _FIELDS),
        )  # fmt: skip
        uow.commit()


def list_closing_days(
    uow: UnitOfWork, *, start: date, end: date, location_id: uuid.UUID | None = None
) -> list[ClosingDayDTO]:
    """Stored closing days in [start, end] for the location and for all locations."""
    with uow:
        scope: ColumnElement[bool] = ClosingDay.location_id.is_(None)
        if location_id is not None:
            scope = or_(scope, ClosingDay.location_id == location_id)
        rows = uow.session.scalars(
            select(ClosingDay)
            .where(
                ClosingDay.deleted_at.is_(None),
                ClosingDay.day >= start,
                ClosingDay.day <= end,
                scope,
            )
            .order_by(ClosingDay.day)
        )
        return [_dto(row) for row in rows]
