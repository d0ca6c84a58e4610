"""Read queries on categories, items and kits; soft-deleted rows are never returned."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, Select, and_, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from hor_desktop.core.enums import AuditAction, ItemStatus, LoanState
from hor_desktop.store.models import (
    AuditEvent,
    Contact,
    EquipmentCategory,
    EquipmentItem,
    Kit,
    KitItem,
    Loan,
    LoanLine,
    Location,
    Organisation,
    Staff,
)


def get_category(session: Session, category_id: uuid.UUID) -> EquipmentCategory | None:
    row = session.get(EquipmentCategory, category_id)
    return row if row is not None and row.deleted_at is None else None


def get_item(session: Session, item_id: uuid.UUID) -> EquipmentItem | None:
    row = session.get(EquipmentItem, item_id)
    return row if row is not None and row.deleted_at is None else None


def get_by_inventory_no(session: Session, inventory_no: str) -> EquipmentItem | None:
    return session.scalars(
        select(EquipmentItem).where(
            EquipmentItem.inventory_no == inventory_no, EquipmentItem.deleted_at.is_(None)
        )
    ).first()


def inventory_no_taken(
    session: Session, inventory_no: str, *, except_id: uuid.UUID | None = None
) -> bool:
    """Duplicate detection (not a constraint: offline locations cannot enforce uniqueness)."""
    query = select(func.count()).where(
        EquipmentItem.inventory_no == inventory_no, EquipmentItem.deleted_at.is_(None)
    )
    if except_id is not None:
        query = query.where(EquipmentItem.id != except_id)
    return bool(session.scalar(query))


def list_items_by_ids(
    session: Session, item_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, EquipmentItem]:
    """The non-deleted items among ``item_ids``, loaded in one query."""
    if not item_ids:
        return {}
    rows = session.scalars(
        select(EquipmentItem).where(
            EquipmentItem.id.in_(list(item_ids)), EquipmentItem.deleted_at.is_(None)
        )
    )
    return {row.id: row for row in rows}


def list_categories_by_ids(
    session: Session, category_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, EquipmentCategory]:
    if not category_ids:
        return {}
    rows = session.scalars(
        select(EquipmentCategory).where(
            EquipmentCategory.id.in_(list(category_ids)), EquipmentCategory.deleted_at.is_(None)
        )
    )
    return {row.id: row for row in rows}


def get_kit(session: Session, kit_id: uuid.UUID) -> Kit | None:
    row = session.get(Kit, kit_id)
    return row if row is not None and row.deleted_at is None else None


def list_kit_links(session: Session, kit_id: uuid.UUID) -> list[KitItem]:
    return list(
        session.scalars(
            select(KitItem)
            .where(KitItem.kit_id == kit_id, KitItem.deleted_at.is_(None))
            .order_by(KitItem.created_at, KitItem.id)
        )
    )


def list_kit_items(session: Session, kit_id: uuid.UUID) -> list[EquipmentItem]:
    """The kit's non-deleted items, ordered by inventory number."""
    return list(
        session.scalars(
            select(EquipmentItem)
            .join(KitItem, KitItem.item_id == EquipmentItem.id)
            .where(
                KitItem.kit_id == kit_id,
                KitItem.deleted_at.is_(None),
                EquipmentItem.deleted_at.is_(None),
            )
            .order_by(EquipmentItem.inventory_no)
        )
    )


# --- the Inventar list and item detail ---------------------------------------------------

ITEM_SORTS = ("inventory_no", "name", "category", "home", "current", "status")


def _lent_item_ids() -> Select[uuid.UUID]:
    """Items on an unreturned line of a loan that is out (reserved lines do not count)."""
    return (
        select(LoanLine.item_id)
        .join(Loan, Loan.id == LoanLine.loan_id)
        .where(
            LoanLine.returned_at.is_(None),
            LoanLine.deleted_at.is_(None),
            Loan.deleted_at.is_(None),
            Loan.state == LoanState.OUT,
        )
    )


def list_item_page(
    session: Session,
    *,
    text_key: str | None = None,
    location_id: uuid.UUID | None = None,
    category_id: uuid.UUID | None = None,
    status: ItemStatus | None = None,
    lent: bool = False,
    sort: str = "inventory_no",
    descending: bool = False,
    after: tuple[str, uuid.UUID] | None = None,
    limit: int = 200,
) -> Sequence[Row[uuid.UUID, str, str, str, uuid.UUID, str, str, ItemStatus, date | None, Any]]:
    """One page of items with category name and both location codes, keyset-paged.

    The order is (sort column, id) so the cursor ``after`` = (sort value, id) of the last
    row seen continues exactly where the page ended, whatever the sort column.
    ``location_id`` filters on the current location: where the item is now is what the
    desk asks about.
    """
    if sort not in ITEM_SORTS:
        raise ValueError(f"unknown item sort {sort!r}")
    home = aliased(Location, name="home_location")
    current = aliased(Location, name="current_location")
    columns: dict[str, InstrumentedAttribute[Any]] = {
        "inventory_no": EquipmentItem.inventory_no,
        "name": EquipmentItem.name_key,
        "category": EquipmentCategory.name,
        "home": home.code,
        "current": current.code,
        "status": EquipmentItem.status,
    }
    key = columns[sort]
    query = (
        select(
            EquipmentItem.id,
            EquipmentItem.inventory_no,
            EquipmentItem.name,
            EquipmentCategory.name.label("category_name"),
            EquipmentItem.home_location_id,
            home.code.label("home_code"),
            current.code.label("current_code"),
            EquipmentItem.status,
            EquipmentItem.status_until,
            key.label("sort_value"),
        )
        .join(EquipmentCategory, EquipmentCategory.id == EquipmentItem.category_id)
        .join(home, home.id == EquipmentItem.home_location_id)
        .join(current, current.id == EquipmentItem.current_location_id)
        .where(EquipmentItem.deleted_at.is_(None))
    )
    if text_key:
        query = query.where(
            or_(
                EquipmentItem.name_key.contains(text_key, autoescape=True),
                EquipmentItem.inventory_no.startswith(text_key, autoescape=True),
            )
        )
    if location_id is not None:
        query = query.where(EquipmentItem.current_location_id == location_id)
    if category_id is not None:
        query = query.where(EquipmentItem.category_id == category_id)
    if status is not None:
        query = query.where(EquipmentItem.status == status)
    if lent:
        query = query.where(EquipmentItem.id.in_(_lent_item_ids()))
    if after is not None:
        value, last_id = after
        if descending:
            query = query.where(or_(key < value, and_(key == value, EquipmentItem.id < last_id)))
        else:
            query = query.where(or_(key > value, and_(key == value, EquipmentItem.id > last_id)))
    if descending:
        query = query.order_by(key.desc(), EquipmentItem.id.desc())
    else:
        query = query.order_by(key, EquipmentItem.id)
    return session.execute(query.limit(limit)).all()


def list_open_dates(
    session: Session, item_ids: Collection[uuid.UUID], *, today: date
) -> tuple[dict[uuid.UUID, date], dict[uuid.UUID, date]]:
    """For a page of items: due date of the loan each is out on, next reservation start.

    Two set-based queries over the page's ids (ix_loan_line_item_id_returned_at).
    """
    if not item_ids:
        return {}, {}
    ids = list(item_ids)
    open_line = and_(
        LoanLine.item_id.in_(ids),
        LoanLine.returned_at.is_(None),
        LoanLine.deleted_at.is_(None),
        Loan.deleted_at.is_(None),
    )
    due = session.execute(
        select(LoanLine.item_id, func.max(Loan.due_date))
        .join(Loan, Loan.id == LoanLine.loan_id)
        .where(open_line, Loan.state == LoanState.OUT)
        .group_by(LoanLine.item_id)
    ).all()
    reserved = session.execute(
        select(LoanLine.item_id, func.min(Loan.start_date))
        .join(Loan, Loan.id == LoanLine.loan_id)
        .where(open_line, Loan.state == LoanState.RESERVED, Loan.due_date >= today)
        .group_by(LoanLine.item_id)
    ).all()
    return {row[0]: row[1] for row in due}, {row[0]: row[1] for row in reserved}


def list_item_loans(
    session: Session, item_id: uuid.UUID, *, limit: int = 50
) -> Sequence[Row[uuid.UUID, str, str, date, date, LoanState, datetime | None]]:
    """(loan id, receipt no, organisation, start, due, state, line returned at), newest first."""
    return session.execute(
        select(
            Loan.id,
            Loan.receipt_no,
            Organisation.name,
            Loan.start_date,
            Loan.due_date,
            Loan.state,
            LoanLine.returned_at,
        )
        .select_from(LoanLine)
        .join(Loan, Loan.id == LoanLine.loan_id)
        .join(Organisation, Organisation.id == Loan.organisation_id)
        .where(
            LoanLine.item_id == item_id,
            LoanLine.deleted_at.is_(None),
            Loan.deleted_at.is_(None),
        )
        .order_by(Loan.start_date.desc(), Loan.receipt_no.desc())
        .limit(limit)
    ).all()


def list_item_reservations(
    session: Session, item_id: uuid.UUID, *, today: date, limit: int = 50
) -> Sequence[Row[uuid.UUID, str, str, str, str | None, date, date]]:
    """(loan id, receipt no, organisation, contact, phone, start, due) of coming reservations."""
    return session.execute(
        select(
            Loan.id,
            Loan.receipt_no,
            Organisation.name,
            Contact.name,
            Contact.phone,
            Loan.start_date,
            Loan.due_date,
        )
        .select_from(LoanLine)
        .join(Loan, Loan.id == LoanLine.loan_id)
        .join(Organisation, Organisation.id == Loan.organisation_id)
        .join(Contact, Contact.id == Loan.contact_id)
        .where(
            LoanLine.item_id == item_id,
            LoanLine.returned_at.is_(None),
            LoanLine.deleted_at.is_(None),
            Loan.deleted_at.is_(None),
            Loan.state == LoanState.RESERVED,
            Loan.due_date >= today,
        )
        .order_by(Loan.start_date)
        .limit(limit)
    ).all()


def list_status_events(
    session: Session, item_id: uuid.UUID, *, limit: int = 50
) -> Sequence[Row[datetime, dict[str, Any], str]]:
    """(occurred at, changes, staff name) of the item's status changes, newest first."""
    return session.execute(
        select(AuditEvent.occurred_at, AuditEvent.changes, Staff.display_name)
        .outerjoin(Staff, Staff.id == AuditEvent.staff_id)
        .where(
            AuditEvent.entity == "equipment_item",
            AuditEvent.entity_id == item_id,
            AuditEvent.action == AuditAction.STATUS.value,
        )
        .order_by(AuditEvent.occurred_at.desc())
        .limit(limit)
    ).all()


def list_kits(session: Session) -> Sequence[Row[uuid.UUID, str, int]]:
    """(kit id, name, number of items) of all kits, by name; one grouped query."""
    count = (
        select(func.count())
        .select_from(KitItem)
        .join(EquipmentItem, EquipmentItem.id == KitItem.item_id)
        .where(
            KitItem.kit_id == Kit.id,
            KitItem.deleted_at.is_(None),
            EquipmentItem.deleted_at.is_(None),
        )
        .correlate(Kit)
        .scalar_subquery()
    )
    return session.execute(
        select(Kit.id, Kit.name, count).where(Kit.deleted_at.is_(None)).order_by(Kit.name, Kit.id)
    ).all()
