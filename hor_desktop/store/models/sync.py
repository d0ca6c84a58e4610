"""Sync bookkeeping: the conflicts inbox (synced) and the replica's outbox and state (local).

``sync_conflict`` is written by the shared server and travels to every replica like any other
row, so a conflict shows at both desks. ``sync_outbox`` and ``sync_state`` belong to one
replica and never leave it; they are marked ``info={"synced": False}``.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from hor_desktop.store.base import Base, SyncMixin

LOCAL_ONLY = {"synced": False}


class SyncConflict(SyncMixin, Base):
    """A double booking, an overlapping loan, a concurrent edit or a refused operation."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_status_starts_at", "status", "starts_at"),)

    # room_double | desk_double | item_double | field_edit | refused | quarantined
    kind: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(40))
    row_a_id: Mapped[uuid.UUID | None]  # keeps the resource / holds the winning value
    row_b_id: Mapped[uuid.UUID | None] = mapped_column(index=True)  # the row in conflict
    resource_id: Mapped[uuid.UUID | None]  # the room, desk or item both rows want
    location_a_id: Mapped[uuid.UUID | None]
    location_b_id: Mapped[uuid.UUID | None]
    starts_at: Mapped[datetime | None]  # urgency: the sooner, the higher in the inbox
    field_name: Mapped[str | None] = mapped_column(String(60))
    value_a: Mapped[dict[str, Any] | None]
    value_b: Mapped[dict[str, Any] | None]
    detail: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(
        String(20), default="open"
    )  # open|resolved|overridden|cleared
    resolution_note: Mapped[str | None] = mapped_column(Text)
    resolved_by_staff_id: Mapped[uuid.UUID | None]
    resolved_at: Mapped[datetime | None]


sync_outbox = Table(
    "sync_outbox",
    Base.metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("op_id", String(32), nullable=False, unique=True),
    Column("tx_id", String(32), nullable=False),
    Column("table_name", String(40), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("payload", Text, nullable=False),  # JSON of SQLite's raw values
    Column("hlc", String(40), nullable=False),
    Column("base_hlc", String(40)),
    Column("created_at", String(32), nullable=False),
    info=LOCAL_ONLY,
    sqlite_autoincrement=True,
)

sync_state = Table(
    "sync_state",
    Base.metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text),
    info=LOCAL_ONLY,
)
