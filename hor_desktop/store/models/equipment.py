"""Equipment: categories, items, kits, loans and their lines."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hor_desktop.core.enums import ItemStatus, LoanState
from hor_desktop.store.base import Base, SyncMixin, fk
from hor_desktop.store.models.people import str_enum


class EquipmentCategory(SyncMixin, Base):
    __tablename__ = "equipment_category"

    name: Mapped[str] = mapped_column(String(100), index=True)
    default_loan_days: Mapped[int] = mapped_column(default=7)
    deposit_cents: Mapped[int] = mapped_column(default=0)
    checklist: Mapped[list[Any]]  # return checklist items, e.g. ["Kabel", "Fernbedienung"]


class EquipmentItem(SyncMixin, Base):
    __tablename__ = "equipment_item"
    __table_args__ = (Index("ix_equipment_item_name_key", "name_key"),)

    inventory_no: Mapped[str] = mapped_column(String(12), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[uuid.UUID] = fk("equipment_category.id")
    home_location_id: Mapped[uuid.UUID] = fk("location.id")
    current_location_id: Mapped[uuid.UUID] = fk("location.id")
    serial_no: Mapped[str | None] = mapped_column(String(100))
    accessories: Mapped[str | None] = mapped_column(Text)
    condition: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[ItemStatus] = mapped_column(
        str_enum(ItemStatus), default=ItemStatus.AVAILABLE, index=True
    )
    status_reason: Mapped[str | None] = mapped_column(Text)
    status_until: Mapped[date | None]
    value_cents: Mapped[int | None]
    notes: Mapped[str | None] = mapped_column(Text)


class Kit(SyncMixin, Base):
    __tablename__ = "kit"

    name: Mapped[str] = mapped_column(String(200))
    home_location_id: Mapped[uuid.UUID | None] = fk("location.id", nullable=True)
    notes: Mapped[str | None] = mapped_column(Text)


class KitItem(SyncMixin, Base):
    __tablename__ = "kit_item"

    kit_id: Mapped[uuid.UUID] = fk("kit.id")
    item_id: Mapped[uuid.UUID] = fk("equipment_item.id")


class Loan(SyncMixin, Base):
    __tablename__ = "loan"
    __table_args__ = (Index("ix_loan_state_due_date", "state", "due_date"),)

    # Unique: the location code in front keeps offline PCs from ever colliding.
    receipt_no: Mapped[str] = mapped_column(String(24), unique=True)
    organisation_id: Mapped[uuid.UUID] = fk("organisation.id")
    contact_id: Mapped[uuid.UUID] = fk("contact.id")
    start_date: Mapped[date]
    due_date: Mapped[date]
    purpose: Mapped[str | None] = mapped_column(Text)
    deposit_cents: Mapped[int] = mapped_column(default=0)
    state: Mapped[LoanState] = mapped_column(str_enum(LoanState))
    staff_out_id: Mapped[uuid.UUID | None] = fk("staff.id", nullable=True)
    location_out_id: Mapped[uuid.UUID] = fk("location.id")
    checked_out_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    confirmed_at: Mapped[datetime | None]  # set by the shared server (replica mode)
    # A reservation made together with a room booking ("Raum mit Beamer").
    room_booking_id: Mapped[uuid.UUID | None] = fk("room_booking.id", nullable=True)


class LoanLine(SyncMixin, Base):
    __tablename__ = "loan_line"
    __table_args__ = (Index("ix_loan_line_item_id_returned_at", "item_id", "returned_at"),)

    loan_id: Mapped[uuid.UUID] = fk("loan.id")
    item_id: Mapped[uuid.UUID] = fk("equipment_item.id")
    condition_out: Mapped[str | None] = mapped_column(String(200))
    accessories_out: Mapped[str | None] = mapped_column(Text)
    returned_at: Mapped[datetime | None]
    staff_in_id: Mapped[uuid.UUID | None] = fk("staff.id", nullable=True)
    location_in_id: Mapped[uuid.UUID | None] = fk("location.id", nullable=True)
    checklist_results: Mapped[dict[str, Any] | None]
    condition_in: Mapped[str | None] = mapped_column(String(200))
    damage_note: Mapped[str | None] = mapped_column(Text)
