"""Inventory use cases: categories, items, item status and kits."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import AuditAction, ItemStatus, Role
from hor_desktop.core.errors import NotFoundError, ValidationError
from hor_desktop.core.validation import inventory_no as valid_inventory_no
from hor_desktop.core.validation import optional_text, required_text, search_key
from hor_desktop.services import audit
from hor_desktop.store.models import EquipmentCategory, EquipmentItem, Kit, KitItem, Location
from hor_desktop.store.repositories import equipment as repo
from hor_desktop.store.repositories import loans as loan_repo
from hor_desktop.store.uow import UnitOfWork

_CATEGORY_FIELDS = ("name", "default_loan_days", "deposit_cents", "checklist")
_ITEM_FIELDS = (
    "inventory_no", "name", "category_id", "home_location_id", "serial_no", "accessories",
    "condition", "value_cents", "notes",
)  # fmt: skip
_STATUS_FIELDS = ("status", "status_reason", "status_until")


@dataclass(frozen=True)
class CategoryDTO:
    id: uuid.UUID
    name: str
    default_loan_days: int
    deposit_cents: int
    checklist: tuple[str, ...]


@dataclass(frozen=True)
class ItemDTO:
    id: uuid.UUID
    inventory_no: str
    name: str
    category_id: uuid.UUID
    home_location_id: uuid.UUID
    current_location_id: uuid.UUID
    serial_no: str | None
    accessories: str | None
    condition: str | None
    status: ItemStatus
    status_reason: str | None
    status_until: date | None
    value_cents: int | None
    notes: str | None


@dataclass(frozen=True)
class AffectedReservationDTO:
    loan_id: uuid.UUID
    receipt_no: str
    start_date: date
    due_date: date


@dataclass(frozen=True)
class StatusChangeDTO:
    item: ItemDTO
    affected_reservations: tuple[AffectedReservationDTO, ...]


@dataclass(frozen=True)
class KitDTO:
    id: uuid.UUID
    name: str
    item_ids: tuple[uuid.UUID, ...]


def _category_dto(row: EquipmentCategory) -> CategoryDTO:
    return CategoryDTO(
        row.id, row.name, row.default_loan_days, row.deposit_cents, tuple(row.checklist)
    )


def item_dto(row: EquipmentItem) -> ItemDTO:
    return ItemDTO(
        id=row.id, inventory_no=row.inventory_no, name=row.name, category_id=row.category_id,
        home_location_id=row.home_location_id, current_location_id=row.current_location_id,
        serial_no=row.serial_no, accessories=row.accessories, condition=row.condition,
        status=ItemStatus(row.status), status_reason=row.status_reason,
        status_until=row.status_until, value_cents=row.value_cents, notes=row.notes,
    )  # fmt: skip


def _non_negative(value: int | None, *, field: str, label: str) -> None:
    if value is not None and value < 0:
        raise ValidationError(f"{label} darf nicht negativ sein.", field=field)


def _category_values(
    name: str, default_loan_days: int, deposit_cents: int, checklist: Sequence[str]
) -> dict[str, Any]:
    if not 1 <= default_loan_days <= 365:
        raise ValidationError(
            "Die Leihdauer liegt zwischen 1 und 365 Tagen.", field="default_loan_days"
        )
    _non_negative(deposit_cents, field="deposit_cents", label="Die Kaution")
    return {
        "name": required_text(name, field="name", label="Der Name", max_len=100),
        "default_loan_days": default_loan_days,
        "deposit_cents": deposit_cents,
        "checklist": [entry.strip() for entry in checklist if entry.strip()],
    }


def create_category(
    uow: UnitOfWork, *, name: str, default_loan_days: int = 7, deposit_cents: int = 0,
    checklist: Sequence[str] = (),
) -> CategoryDTO:  # fmt: skip
    """Raises: ValidationError, PermissionDeniedError."""
    uow.actor.require(Role.LOCATION_ADMIN, action="Kategorie anlegen")
    values = _category_values(name, default_loan_days, deposit_cents, checklist)
    with uow:
        row = EquipmentCategory(**values)
        uow.session.add(row)
        uow.session.flush()
        audit.record(
            uow, entity="equipment_category", entity_id=row.id, action=AuditAction.CREATE,
            changes=values,
        )  # fmt: skip
        uow.commit()
        return _category_dto(row)


def edit_category(
    uow: UnitOfWork, *, category_id: uuid.UUID, name: str, default_loan_days: int,
    deposit_cents: int, checklist: Sequence[str],
) -> CategoryDTO:  # fmt: skip
    """Raises: ValidationError, NotFoundError, PermissionDeniedError."""
    uow.actor.require(Role.LOCATION_ADMIN, action="Kategorie bearbeiten")
    values = _category_values(name, default_loan_days, deposit_cents, checklist)
    with uow:
        row = repo.get_category(uow.session, category_id)
        if row is None:
            raise NotFoundError(entity="Kategorie")
        before = audit.snapshot(row, _CATEGORY_FIELDS)
        for key, value in values.items():
            setattr(row, key, value)
        audit.record(
            uow, entity="equipment_category", entity_id=row.id, action=AuditAction.UPDATE,
            changes=audit.diff(before, audit.snapshot(row, _CATEGORY_FIELDS)),
        )  # fmt: skip
        uow.commit()
        return _category_dto(row)


def _item_values(
    *, inventory_no: str, name: str, category_id: uuid.UUID, home_location_id: uuid.UUID,
    serial_no: str | None, accessories: str | None, condition: str | None,
    value_cents: int | None, notes: str | None,
) -> dict[str, Any]:  # fmt: skip
    _non_negative(value_cents, field="value_cents", label="Der Wert")
    return {
        "inventory_no": valid_inventory_no(inventory_no),
        "name": required_text(name, field="name", label="Der Name"),
        "category_id": category_id,
        "home_location_id": home_location_id,
        "serial_no": optional_text(serial_no, max_len=100),
        "accessories": optional_text(accessories),
        "condition": optional_text(condition, max_len=200),
        "value_cents": value_cents,
        "notes": optional_text(notes),
    }


def _check_item_refs(
    session: Session, values: dict[str, Any], *, except_id: uuid.UUID | None = None
) -> None:
    if repo.inventory_no_taken(session, values["inventory_no"], except_id=except_id):
        raise ValidationError(
            f"Die Inventarnummer {values['inventory_no']} ist schon vergeben.",
            field="inventory_no",
        )
    if repo.get_category(session, values["category_id"]) is None:
        raise ValidationError("Die Kategorie gibt es nicht.", field="category_id")
    location = session.get(Location, values["home_location_id"])
    if location is None or location.deleted_at is not None:
        raise ValidationError("Den Standort gibt es nicht.", field="home_location_id")


def create_item(
    uow: UnitOfWork, *, inventory_no: str, name: str, category_id: uuid.UUID,
    home_location_id: uuid.UUID, serial_no: str | None = None, accessories: str | None = None,
    condition: str | None = None, value_cents: int | None = None, notes: str | None = None,
) -> ItemDTO:  # fmt: skip
    """Add an item; it starts available at its home location.

    Raises: ValidationError (also for a duplicate inventory no.), PermissionDeniedError.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Gerät anlegen")
    values = _item_values(
        inventory_no=inventory_no, name=name, category_id=category_id,
        home_location_id=home_location_id, serial_no=serial_no, accessories=accessories,
        condition=condition, value_cents=value_cents, notes=notes,
    )  # fmt: skip
    with uow:
        _check_item_refs(uow.session, values)
        row = EquipmentItem(
            **values, name_key=search_key(values["name"]),
            current_location_id=home_location_id, status=ItemStatus.AVAILABLE,
        )  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        audit.record(
            uow, entity="equipment_item", entity_id=row.id, action=AuditAction.CREATE,
            changes=values,
        )  # fmt: skip
        uow.commit()
        return item_dto(row)


def edit_item(
    uow: UnitOfWork, *, item_id: uuid.UUID, inventory_no: str, name: str,
    category_id: uuid.UUID, home_location_id: uuid.UUID, serial_no: str | None = None,
    accessories: str | None = None, condition: str | None = None,
    value_cents: int | None = None, notes: str | None = None,
) -> ItemDTO:  # fmt: skip
    """Edit an item's master data; status and current location have their own use cases.

    Raises: ValidationError, NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Gerät bearbeiten")
    values = _item_values(
        inventory_no=inventory_no, name=name, category_id=category_id,
        home_location_id=home_location_id, serial_no=serial_no, accessories=accessories,
        condition=condition, value_cents=value_cents, notes=notes,
    )  # fmt: skip
    with uow:
        row = repo.get_item(uow.session, item_id)
        if row is None:
            raise NotFoundError(entity="Gerät")
        _check_item_refs(uow.session, values, except_id=row.id)
        before = audit.snapshot(row, _ITEM_FIELDS)
        for key, value in values.items():
            setattr(row, key, value)
        row.name_key = search_key(values["name"])
        audit.record(
            uow, entity="equipment_item", entity_id=row.id, action=AuditAction.UPDATE,
            changes=audit.diff(before, audit.snapshot(row, _ITEM_FIELDS)),
        )  # fmt: skip
        uow.commit()
        return item_dto(row)


def set_item_status(
    uow: UnitOfWork, *, item_id: uuid.UUID, status: ItemStatus, reason: str | None = None,
    until: date | None = None,
) -> StatusChangeDTO:  # fmt: skip
    """Change an item's status and list the reservations it now endangers.

    Desk staff may send an item to maintenance and back; retiring it or writing it off
    as lost is for location admins.

    Raises: ValidationError, NotFoundError, PermissionDeniedError.
    """
    if status in (ItemStatus.RETIRED, ItemStatus.LOST):
        uow.actor.require(Role.LOCATION_ADMIN, action="Gerät ausmustern")
    else:
        uow.actor.require(Role.DESK, action="Gerätestatus ändern")
    reason = optional_text(reason)
    if status is ItemStatus.MAINTENANCE and not reason:
        raise ValidationError("Bitte angeben, was an dem Gerät zu tun ist.", field="reason")
    with uow:
        row = repo.get_item(uow.session, item_id)
        if row is None:
            raise NotFoundError(entity="Gerät")
        today = local_today(uow.clock)
        if until is not None and until < today:
            raise ValidationError("Das Datum „bis“ liegt in der Vergangenheit.", field="until")
        dto = apply_status(uow, row, status, reason, until)
        affected: tuple[AffectedReservationDTO, ...] = ()
        if status is not ItemStatus.AVAILABLE:
            affected = tuple(
                AffectedReservationDTO(loan.id, loan.receipt_no, loan.start_date, loan.due_date)
                for loan in loan_repo.list_reservations_with_item(uow.session, row.id, today=today)
            )
        uow.commit()
        return StatusChangeDTO(dto, affected)


def apply_status(
    uow: UnitOfWork, row: EquipmentItem, status: ItemStatus, reason: str | None,
    until: date | None,
) -> ItemDTO:  # fmt: skip
    """Set the status inside an open unit of work; lending uses it for damaged returns."""
    before = audit.snapshot(row, _STATUS_FIELDS)
    row.status = status
    row.status_reason = None if status is ItemStatus.AVAILABLE else reason
    row.status_until = None if status is ItemStatus.AVAILABLE else until
    audit.record(
        uow, entity="equipment_item", entity_id=row.id, action=AuditAction.STATUS,
        changes=audit.diff(before, audit.snapshot(row, _STATUS_FIELDS)),
    )  # fmt: skip
    return item_dto(row)


def get_item_by_inventory_no(uow: UnitOfWork, inventory_no: str) -> ItemDTO:
    """Raises: ValidationError for a malformed number, NotFoundError."""
    number = valid_inventory_no(inventory_no)
    with uow:
        row = repo.get_by_inventory_no(uow.session, number)
        if row is None:
            raise NotFoundError(entity=f"Gerät {number}")
        return item_dto(row)


def _kit_item_ids(session: Session, item_ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    unique = list(dict.fromkeys(item_ids))
    if not unique:
        raise ValidationError("Ein Set braucht mindestens ein Gerät.", field="item_ids")
    if len(repo.list_items_by_ids(session, unique)) != len(unique):
        raise ValidationError("Ein Gerät des Sets gibt es nicht.", field="item_ids")
    return unique


def create_kit(
    uow: UnitOfWork, *, name: str, item_ids: Sequence[uuid.UUID],
    home_location_id: uuid.UUID | None = None,
) -> KitDTO:  # fmt: skip
    """A named set of items lent together (e.g. beamer, screen, cable drum).

    Raises: ValidationError, PermissionDeniedError.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Set anlegen")
    name = required_text(name, field="name", label="Der Name")
    with uow:
        ids = _kit_item_ids(uow.session, item_ids)
        kit = Kit(name=name, home_location_id=home_location_id)
        uow.session.add(kit)
        uow.session.flush()
        uow.session.add_all([KitItem(kit_id=kit.id, item_id=item_id) for item_id in ids])
        audit.record(
            uow, entity="kit", entity_id=kit.id, action=AuditAction.CREATE,
            changes={"name": name, "item_ids": [str(item_id) for item_id in ids]},
        )  # fmt: skip
        uow.commit()
        return KitDTO(kit.id, kit.name, tuple(ids))


def edit_kit(
    uow: UnitOfWork, *, kit_id: uuid.UUID, name: str, item_ids: Sequence[uuid.UUID]
) -> KitDTO:
    """Rename a kit and replace its items (removed links are soft-deleted).

    Raises: ValidationError, NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Set bearbeiten")
    name = required_text(name, field="name", label="Der Name")
    with uow:
        kit = repo.get_kit(uow.session, kit_id)
        if kit is None:
            raise NotFoundError(entity="Set")
        ids = _kit_item_ids(uow.session, item_ids)
        links = repo.list_kit_links(uow.session, kit.id)
        old_ids = [link.item_id for link in links]
        now = uow.clock.now()
        for link in links:
            if link.item_id not in ids:
                link.deleted_at = now
        uow.session.add_all(
            [KitItem(kit_id=kit.id, item_id=item_id) for item_id in ids if item_id not in old_ids]
        )
        changes: dict[str, Any] = {}
        if kit.name != name:
            changes["name"] = [kit.name, name]
            kit.name = name
        if set(old_ids) != set(ids):
            changes["item_ids"] = [[str(i) for i in old_ids], [str(i) for i in ids]]
        audit.record(
            uow, entity="kit", entity_id=kit.id, action=AuditAction.UPDATE, changes=changes
        )
        uow.commit()
        return KitDTO(kit.id, kit.name, tuple(ids))


def list_categories(uow: UnitOfWork) -> list[CategoryDTO]:
    with uow:
        rows = uow.session.scalars(
            select(EquipmentCategory)
            .where(EquipmentCategory.deleted_at.is_(None))
            .order_by(EquipmentCategory.name)
        )
        return [_category_dto(row) for row in rows]
