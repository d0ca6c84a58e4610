"""Locations of the house: the four Cologne defaults, listing and editing."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import time
from enum import Enum
from typing import Any, Final, Literal

from sqlalchemy import select

from hor_desktop.core.calendar import DEFAULT_OPENING_HOURS
from hor_desktop.core.enums import AuditAction, Role
from hor_desktop.core.errors import NotFoundError, ValidationError
from hor_desktop.core.receipts import LOCATION_CODE
from hor_desktop.core.validation import optional_text, required_text
from hor_desktop.services import audit
from hor_desktop.store.models import Location
from hor_desktop.store.uow import UnitOfWork

# Editable defaults for the House of Resources Cologne (hor-admin init seeds them);
# addresses are left for the house to fill in.
COLOGNE_LOCATIONS: tuple[dict[str, str], ...] = (
    {"code": "MIG", "name": "HoR Köln – Migrafrica", "association": "Migrafrica", "city": "Köln"},
    {"code": "CCH", "name": "HoR Köln – Coach", "association": "Coach e.V.", "city": "Köln"},
    {"code": "IH", "name": "HoR Köln – Integrationshaus", "association": "Integrationshaus",
     "city": "Köln"},
    {"code": "JN", "name": "HoR Köln – Jama Nyeta", "association": "Jama Nyeta", "city": "Köln"},
)  # fmt: skip


@dataclass(frozen=True)
class LocationDTO:
    id: uuid.UUID
    code: str
    name: str
    association: str
    street: str | None
    postcode: str | None
    city: str | None
    opening_hours: dict[str, Any]
    # From when an unchecked desk booking may be released; None: the default 10:00.
    desk_release_time: time | None = None


class _Keep(Enum):
    """Marks an argument left out, where None is a meaningful value."""

    KEEP = "keep"


KEEP: Final = _Keep.KEEP


def _dto(row: Location) -> LocationDTO:
    return LocationDTO(
        id=row.id,
        code=row.code,
        name=row.name,
        association=row.association,
        street=row.street,
        postcode=row.postcode,
        city=row.city,
        opening_hours=dict(row.opening_hours),
        desk_release_time=row.desk_release_time,
    )


def seed_cologne_locations(uow: UnitOfWork) -> list[LocationDTO]:
    """Create the four Cologne locations unless any location exists; idempotent."""
    with uow:
        existing = uow.session.scalars(select(Location).where(Location.deleted_at.is_(None)))
        rows = list(existing)
        if rows:
            return [_dto(row) for row in rows]
        for spec in COLOGNE_LOCATIONS:
            row = Location(**spec, opening_hours=DEFAULT_OPENING_HOURS)
            uow.session.add(row)
            uow.session.flush()
            audit.record(
                uow, entity="location", entity_id=row.id, action=AuditAction.CREATE,
                changes=spec,
            )  # fmt: skip
            rows.append(row)
        uow.commit()
        return [_dto(row) for row in rows]


def list_locations(uow: UnitOfWork) -> list[LocationDTO]:
    with uow:
        rows = uow.session.scalars(
            select(Location).where(Location.deleted_at.is_(None)).order_by(Location.code)
        )
        return [_dto(row) for row in rows]


def get_by_code(uow: UnitOfWork, code: str) -> LocationDTO:
    """Raises: NotFoundError when no location has that code."""
    with uow:
        row = uow.session.scalars(
            select(Location).where(Location.code == code.upper(), Location.deleted_at.is_(None))
        ).first()
        if row is None:
            raise NotFoundError(entity=f"Standort {code}")
        return _dto(row)


def update_location(
    uow: UnitOfWork,
    *,
    location_id: uuid.UUID,
    code: str,
    name: str,
    association: str,
    street: str | None = None,
    postcode: str | None = None,
    city: str | None = None,
    opening_hours: dict[str, Any] | None = None,
    desk_release_time: time | Literal[_Keep.KEEP] | None = KEEP,
) -> LocationDTO:
    """Edit a location (admins only).

    ``desk_release_time`` is left as it is unless given; None resets it to the default.

    Raises: ValidationError, NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.ADMIN, action="Standort bearbeiten")
    code = code.strip().upper()
    if not LOCATION_CODE.match(code):
        raise ValidationError("Das Kürzel hat 2 bis 8 Großbuchstaben oder Ziffern.", field="code")
    values: dict[str, Any] = {
        "code": code,
        "name": required_text(name, field="name", label="Der Name"),
        "association": required_text(association, field="association", label="Der Träger"),
        "street": optional_text(street),
        "postcode": optional_text(postcode),
        "city": optional_text(city),
    }
    if opening_hours is not None:
        values["opening_hours"] = opening_hours
    if desk_release_time is not KEEP:
        values["desk_release_time"] = desk_release_time
    with uow:
        row = uow.session.get(Location, location_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(entity="Standort")
        before = audit.snapshot(row, values)
        for key, value in values.items():
            setattr(row, key, value)
        audit.record(
            uow, entity="location", entity_id=row.id, action=AuditAction.UPDATE,
            changes=audit.diff(before, audit.snapshot(row, values)),
        )  # fmt: skip
        uow.commit()
        return _dto(row)


def create_location(
    uow: UnitOfWork, *, code: str, name: str, association: str, city: str | None = None
) -> LocationDTO:
    """Add a location with the default opening hours (admins; the first-start wizard).

    Raises: ValidationError (code malformed or taken), PermissionDeniedError.
    """
    uow.actor.require(Role.ADMIN, action="Standort anlegen")
    code = code.strip().upper()
    if not LOCATION_CODE.match(code):
        raise ValidationError("Das Kürzel hat 2 bis 8 Großbuchstaben oder Ziffern.", field="code")
    values: dict[str, Any] = {
        "code": code,
        "name": required_text(name, field="name", label="Der Name"),
        "association": required_text(association, field="association", label="Der Träger"),
        "city": optional_text(city),
    }
    with uow:
        taken = uow.session.scalars(
            select(Location.id).where(Location.code == code, Location.deleted_at.is_(None))
        ).first()
        if taken is not None:
            raise ValidationError(f"Das Kürzel {code} ist schon vergeben.", field="code")
        row = Location(**values, opening_hours=DEFAULT_OPENING_HOURS)
        uow.session.add(row)
        uow.session.flush()
        audit.record(
            uow, entity="location", entity_id=row.id, action=AuditAction.CREATE, changes=values
        )
        uow.commit()
        return _dto(row)
