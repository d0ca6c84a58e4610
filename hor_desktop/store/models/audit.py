"""The append-only audit trail: who did what, where and when."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from hor_desktop.store.base import Base, SyncMixin, fk


class AuditEvent(SyncMixin, Base):
    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_entity_entity_id", "entity", "entity_id"),
        Index("ix_audit_event_occurred_at", "occurred_at"),
    )

    occurred_at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = fk("staff.id", nullable=True)
    location_id: Mapped[uuid.UUID | None] = fk("location.id", nullable=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID]
    action: Mapped[str] = mapped_column(String(30))
    changes: Mapped[dict[str, Any]]
