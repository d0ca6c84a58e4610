"""What can go where: free items, the scanned cart at the desk, kits, transfers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from hor_desktop.core.clock import local_today
from hor_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from hor_desktop.core.validation import inventory_no as valid_inventory_no
from hor_desktop.core.validation import period, search_key
from hor_desktop.services.closing_days import due_date_for
from hor_desktop.services.lending import actor_location, check_available
from hor_desktop.store.models import EquipmentItem, Kit, Location
from hor_desktop.store.repositories import equipment as item_repo
from hor_desktop.store.repositories import loans as repo
from hor_desktop.store.uow import UnitOfWork


@dataclass(frozen=True)
class FreeItemDTO:
    id: uuid.UUID
    inventory_no: str
    name: str
    category_name: str
    location_code: str


def free_items(
    uow: UnitOfWork, *, start: date, end: date, category_id: uuid.UUID | None = None,
    location_id: uuid.UUID | None = None, text: str | None = None, limit: int | None = None,
) -> list[FreeItemDTO]:  # fmt: skip
    """Available items with no reservation or loan in [start, end], at any location.

    Raises: ValidationError when the period ends before it starts.
    """
    period(start, end, field="end")
    key = search_key(text) if text else None
    with uow:
        rows = repo.list_free_items(
            uow.session, start=start, end=end, today=local_today(uow.clock),
            category_id=category_id, location_id=location_id, text_key=key, limit=limit,
        )  # fmt: skip
        return [FreeItemDTO(id_, number, name, cat, code) for id_, number, name, cat, code in rows]


# --- the cart at the desk ----------------------------------------------------------------


@dataclass(frozen=True)
class CartItemDTO:
    """A scanned item that may go into the cart, with the period it was checked for."""

    id: uuid.UUID
    inventory_no: str
    name: str
    category_id: uuid.UUID
    category_name: str
    default_loan_days: int
    deposit_cents: int
    location_code: str
    checked_due: date


@dataclass(frozen=True)
class CartCheckDTO:
    """One item of a kit: the checked item, or why it cannot go into the cart."""

    inventory_no: str
    name: str
    item: CartItemDTO | None
    problem: str | None


@dataclass(frozen=True)
class KitChoiceDTO:
    id: uuid.UUID
    name: str


def _cart_item(
    uow: UnitOfWork, item: EquipmentItem, *, start: date, due: date | None, loan_days: int | None
) -> CartItemDTO:
    """Raises: ConflictError when the item is out of service or busy in the period."""
    category = item_repo.get_category(uow.session, item.category_id)
    if category is None:
        raise NotFoundError(entity=f"Die Kategorie von Gerät {item.inventory_no}")
    location = uow.session.get(Location, item.current_location_id)
    if due is None:
        days = min(category.default_loan_days, loan_days or category.default_loan_days)
        due = due_date_for(uow.session, location_id=actor_location(uow).id, start=start,
                           loan_days=days)  # fmt: skip
    period(start, due, field="due")
    check_available(uow, [item], start=start, due=due)
    return CartItemDTO(
        item.id, item.inventory_no, item.name, category.id, category.name,
        category.default_loan_days, category.deposit_cents, location.code if location else "?",
        due,
    )  # fmt: skip


def item_for_cart(
    uow: UnitOfWork, *, inventory_no: str, start: date, due: date | None = None,
    loan_days: int | None = None,
) -> CartItemDTO:  # fmt: skip
    """A scanned item, checked live against loans and reservations at every location.

    Without ``due`` the period ends at the default due date of the shorter of
    ``loan_days`` (the cart so far) and the item's category, as check-out would set it.

    Raises: ValidationError (malformed number), NotFoundError, ConflictError (out of
    service, or busy in the period: the message says until when and under which receipt).
    """
    number = valid_inventory_no(inventory_no)
    with uow:
        item = item_repo.get_by_inventory_no(uow.session, number)
        if item is None:
            raise NotFoundError(entity=f"Gerät {number}")
        return _cart_item(uow, item, start=start, due=due, loan_days=loan_days)


def kit_for_cart(
    uow: UnitOfWork, *, kit_id: uuid.UUID, start: date, due: date | None = None,
    loan_days: int | None = None,
) -> list[CartCheckDTO]:  # fmt: skip
    """The kit's items, each checked as a scan would be; problems are reported, not raised.

    Raises: NotFoundError for an unknown kit.
    """
    with uow:
        if item_repo.get_kit(uow.session, kit_id) is None:
            raise NotFoundError(entity="Set")
        checks: list[CartCheckDTO] = []
        for item in item_repo.list_kit_items(uow.session, kit_id):
            try:
                checked = _cart_item(uow, item, start=start, due=due, loan_days=loan_days)
            except ConflictError as exc:
                checks.append(CartCheckDTO(item.inventory_no, item.name, None, exc.message))
            else:
                checks.append(CartCheckDTO(item.inventory_no, item.name, checked, None))
        return checks


def list_kits(uow: UnitOfWork, *, text: str = "") -> list[KitChoiceDTO]:
    """Kits whose name contains ``text`` (accents and case ignored), by name."""
    key = search_key(text)
    with uow:
        rows = uow.session.execute(
            select(Kit.id, Kit.name).where(Kit.deleted_at.is_(None)).order_by(Kit.name)
        ).all()
        return [KitChoiceDTO(id_, name) for id_, name in rows if key in search_key(name)]


# --- transfers between locations ---------------------------------------------------------


@dataclass(frozen=True)
class TransferDTO:
    """An item that must move to the reserving location before the reservation starts."""

    loan_id: uuid.UUID
    receipt_no: str
    start_date: date
    organisation_name: str
    item_id: uuid.UUID
    inventory_no: str
    item_name: str
    from_location_code: str
    to_location_code: str


def list_transfers(uow: UnitOfWork, *, days: int = 14) -> list[TransferDTO]:
    """Reserved items starting within ``days`` that are at another location, by start.

    Raises: ValidationError for a negative number of days.
    """
    if days < 0:
        raise ValidationError("Die Anzahl der Tage darf nicht negativ sein.", field="days")
    with uow:
        today = local_today(uow.clock)
        rows = repo.list_transfer_rows(
            uow.session, start_from=today, start_to=today + timedelta(days=days)
        )
        return [TransferDTO(*row) for row in rows]
