"""What the Inventar tab shows: the item list, an item's detail and the kit list."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import ItemStatus, LoanState
from hor_desktop.core.errors import NotFoundError
from hor_desktop.core.validation import search_key
from hor_desktop.services.equipment import ItemDTO, KitDTO, item_dto
from hor_desktop.store.models import EquipmentCategory, Location
from hor_desktop.store.repositories import equipment as repo
from hor_desktop.store.repositories.equipment import ITEM_SORTS
from hor_desktop.store.uow import UnitOfWork

ItemCursor = tuple[str, uuid.UUID]
"""Where a page ended: (value of the sort column, id) of its last row."""

ITEM_PAGE_SIZE = 200
DETAIL_LIMIT = 50


@dataclass(frozen=True)
class ItemRowDTO:
    """One line of the item list; dates are local (Europe/Berlin) calendar days."""

    id: uuid.UUID
    inventory_no: str
    name: str
    category_name: str
    home_location_id: uuid.UUID
    home_location_code: str
    current_location_code: str
    status: ItemStatus
    status_until: date | None
    lent_until: date | None  # due date while the item is out on a loan
    next_reservation: date | None  # start of the next reservation that holds it


@dataclass(frozen=True)
class ItemPage:
    rows: tuple[ItemRowDTO, ...]
    next_after: ItemCursor | None  # None: this was the last page


@dataclass(frozen=True)
class ItemLoanDTO:
    loan_id: uuid.UUID
    receipt_no: str
    organisation_name: str
    start_date: date
    due_date: date
    state: LoanState
    returned_at: datetime | None


@dataclass(frozen=True)
class ItemReservationDTO:
    loan_id: uuid.UUID
    receipt_no: str
    organisation_name: str
    contact_name: str
    contact_phone: str | None
    start_date: date
    due_date: date


@dataclass(frozen=True)
class StatusEventDTO:
    occurred_at: datetime
    old_status: ItemStatus | None
    new_status: ItemStatus | None
    reason: str | None
    until: date | None
    staff_name: str | None


@dataclass(frozen=True)
class ItemDetailDTO:
    item: ItemDTO
    category_name: str
    home_location_name: str
    current_location_name: str
    loans: tuple[ItemLoanDTO, ...]  # newest first, at most DETAIL_LIMIT
    reservations: tuple[ItemReservationDTO, ...]  # coming ones, soonest first
    status_history: tuple[StatusEventDTO, ...]  # newest first, at most DETAIL_LIMIT


@dataclass(frozen=True)
class KitSummaryDTO:
    id: uuid.UUID
    name: str
    item_count: int


def list_items(
    uow: UnitOfWork, *, text: str | None = None, location_id: uuid.UUID | None = None,
    category_id: uuid.UUID | None = None, status: ItemStatus | None = None, lent: bool = False,
    sort: str = "inventory_no", descending: bool = False, after: ItemCursor | None = None,
    limit: int = ITEM_PAGE_SIZE,
) -> ItemPage:  # fmt: skip
    """One page of the item list, filtered and sorted in SQL; ``after`` continues a page.

    ``text`` matches anywhere in the name (accent- and case-insensitive) or the start of
    the inventory number; ``location_id`` is where the item is now; ``lent`` keeps only
    items that are out on a loan. ``sort`` is one of ITEM_SORTS.
    """
    if sort not in ITEM_SORTS:
        raise ValueError(f"unknown item sort {sort!r}")
    text_key = search_key(text) if text else None
    with uow:
        rows = repo.list_item_page(
            uow.session, text_key=text_key or None, location_id=location_id,
            category_id=category_id, status=status, lent=lent, sort=sort,
            descending=descending, after=after, limit=limit + 1,
        )  # fmt: skip
        more = len(rows) > limit
        rows = rows[:limit]
        due, reserved = repo.list_open_dates(
            uow.session, [row.id for row in rows], today=local_today(uow.clock)
        )
    page = tuple(
        ItemRowDTO(
            id=row.id,
            inventory_no=row.inventory_no,
            name=row.name,
            category_name=row.category_name,
            home_location_id=row.home_location_id,
            home_location_code=row.home_code,
            current_location_code=row.current_code,
            status=ItemStatus(row.status),
            status_until=row.status_until,
            lent_until=due.get(row.id),
            next_reservation=reserved.get(row.id),
        )
        for row in rows
    )
    next_after = (str(rows[-1].sort_value), rows[-1].id) if more and rows else None
    return ItemPage(page, next_after)


def _status_event(
    occurred_at: datetime, changes: dict[str, Any], staff: str | None
) -> StatusEventDTO:
    def new_value(name: str) -> Any:
        pair = changes.get(name)
        return pair[1] if isinstance(pair, list) and len(pair) == 2 else None

    status_pair = changes.get("status")
    old = status_pair[0] if isinstance(status_pair, list) and len(status_pair) == 2 else None
    until = new_value("status_until")
    return StatusEventDTO(
        occurred_at=occurred_at,
        old_status=ItemStatus(old) if old else None,
        new_status=ItemStatus(new_value("status")) if new_value("status") else None,
        reason=new_value("status_reason"),
        until=date.fromisoformat(until) if isinstance(until, str) else None,
        staff_name=staff,
    )


def get_item_detail(uow: UnitOfWork, *, item_id: uuid.UUID) -> ItemDetailDTO:
    """Everything the detail pane shows, in a handful of bounded queries.

    Raises: NotFoundError.
    """
    with uow:
        row = repo.get_item(uow.session, item_id)
        if row is None:
            raise NotFoundError(entity="Gerät")
        category = uow.session.get(EquipmentCategory, row.category_id)
        home = uow.session.get(Location, row.home_location_id)
        current = uow.session.get(Location, row.current_location_id)
        today = local_today(uow.clock)
        loans = tuple(
            ItemLoanDTO(loan_id, receipt, org, start, due, LoanState(state), returned)
            for loan_id, receipt, org, start, due, state, returned in repo.list_item_loans(
                uow.session, row.id, limit=DETAIL_LIMIT
            )
        )
        reservations = tuple(
            ItemReservationDTO(*values)
            for values in repo.list_item_reservations(
                uow.session, row.id, today=today, limit=DETAIL_LIMIT
            )
        )
        history = tuple(
            _status_event(occurred_at, changes, staff)
            for occurred_at, changes, staff in repo.list_status_events(
                uow.session, row.id, limit=DETAIL_LIMIT
            )
        )
        return ItemDetailDTO(
            item=item_dto(row),
            category_name=category.name if category else "",
            home_location_name=home.name if home else "",
            current_location_name=current.name if current else "",
            loans=loans,
            reservations=reservations,
            status_history=history,
        )


def list_kits(uow: UnitOfWork) -> list[KitSummaryDTO]:
    with uow:
        return [
            KitSummaryDTO(kit_id, name, int(count or 0))
            for kit_id, name, count in repo.list_kits(uow.session)
        ]


def get_kit(uow: UnitOfWork, kit_id: uuid.UUID) -> KitDTO:
    """The kit with its items' ids (ordered by inventory number). Raises: NotFoundError."""
    with uow:
        kit = repo.get_kit(uow.session, kit_id)
        if kit is None:
            raise NotFoundError(entity="Set")
        items = repo.list_kit_items(uow.session, kit_id)
        return KitDTO(kit.id, kit.name, tuple(item.id for item in items))


def get_kit_items(uow: UnitOfWork, kit_id: uuid.UUID) -> list[ItemDTO]:
    """Raises: NotFoundError."""
    with uow:
        if repo.get_kit(uow.session, kit_id) is None:
            raise NotFoundError(entity="Set")
        return [item_dto(row) for row in repo.list_kit_items(uow.session, kit_id)]
