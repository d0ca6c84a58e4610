"""Read queries on categories, items and kits; soft-deleted rows are never returned."""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hor_desktop.store.models import EquipmentCategory, EquipmentItem, Kit, KitItem


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
