"""Issued documents: every printed slip, record or confirmation is archived as a PDF."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from hor_desktop.store.base import Base, SyncMixin, fk


class IssuedDocument(SyncMixin, Base):
    """The PDF lives in the archive folder of the PC that issued it; the row says where."""

    __tablename__ = "issued_document"
    __table_args__ = (Index("ix_issued_document_reference", "reference"),)

    kind: Mapped[str] = mapped_column(String(20))  # lending_slip, return_record, booking, …
    reference: Mapped[str] = mapped_column(String(40))  # receipt or booking number
    loan_id: Mapped[uuid.UUID | None] = fk("loan.id", nullable=True)
    room_booking_id: Mapped[uuid.UUID | None] = fk("room_booking.id", nullable=True)
    desk_booking_id: Mapped[uuid.UUID | None] = fk("desk_booking.id", nullable=True)
    language: Mapped[str] = mapped_column(String(8))
    file_name: Mapped[str] = mapped_column(String(200))  # relative to the archive folder
    sha256: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = fk("staff.id", nullable=True)
    reprint_of_id: Mapped[uuid.UUID | None] = fk("issued_document.id", nullable=True)
