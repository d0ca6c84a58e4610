"""The desk's call log: reminders and calls about an organisation's loans."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hor_desktop.store.base import Base, SyncMixin, fk


class CallLogEntry(SyncMixin, Base):
    __tablename__ = "call_log"
    __table_args__ = (
        Index("ix_call_log_organisation_id_occurred_at", "organisation_id", "occurred_at"),
    )

    organisation_id: Mapped[uuid.UUID] = fk("organisation.id")
    contact_id: Mapped[uuid.UUID | None] = fk("contact.id", nullable=True)
    loan_id: Mapped[uuid.UUID | None] = fk("loan.id", nullable=True)
    occurred_at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = fk("staff.id", nullable=True)
    channel: Mapped[str] = mapped_column(String(20))  # phone, email, visit, letter
    note: Mapped[str] = mapped_column(Text)
