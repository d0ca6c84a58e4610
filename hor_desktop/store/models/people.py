"""Locations, staff, organisations and their contact people."""

from __future__ import annotations

import uuid
from datetime import datetime, time
from typing import Any

from sqlalchemy import Enum, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hor_desktop.core.enums import OrganisationStatus, Role
from hor_desktop.store.base import Base, SyncMixin, fk


def str_enum(cls: type[Any]) -> Enum:
    """Store an enum by value as a short string, without a database-side enum type."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=20,
        values_callable=lambda members: [member.value for member in members],
    )


class Location(SyncMixin, Base):
    __tablename__ = "location"

    code: Mapped[str] = mapped_column(String(8), index=True)
    name: Mapped[str] = mapped_column(String(200))
    association: Mapped[str] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    opening_hours: Mapped[dict[str, Any]]
    # A desk booking without check-in may be released from this local time on.
    desk_release_time: Mapped[time | None]


class Staff(SyncMixin, Base):
    __tablename__ = "staff"

    display_name: Mapped[str] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(8), index=True)
    role: Mapped[Role] = mapped_column(str_enum(Role))
    home_location_id: Mapped[uuid.UUID] = fk("location.id")
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)


class Organisation(SyncMixin, Base):
    __tablename__ = "organisation"
    __table_args__ = (Index("ix_organisation_name_key", "name_key"),)

    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))  # search_key(name), for prefix search
    short_name: Mapped[str | None] = mapped_column(String(50))
    legal_form: Mapped[str | None] = mapped_column(String(50))
    register_no: Mapped[str | None] = mapped_column(String(30))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(String(200))
    document_language: Mapped[str] = mapped_column(String(8), default="de")
    home_location_id: Mapped[uuid.UUID | None] = fk("location.id", nullable=True)
    status: Mapped[OrganisationStatus] = mapped_column(
        str_enum(OrganisationStatus), default=OrganisationStatus.ACTIVE
    )
    block_reason: Mapped[str | None] = mapped_column(Text)
    merged_into_id: Mapped[uuid.UUID | None] = fk("organisation.id", nullable=True)
    notes: Mapped[str | None] = mapped_column(Text)


class Contact(SyncMixin, Base):
    __tablename__ = "contact"

    organisation_id: Mapped[uuid.UUID] = fk("organisation.id")
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    role: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    is_responsible: Mapped[bool] = mapped_column(default=False)
    may_sign: Mapped[bool] = mapped_column(default=False)
    legal_basis: Mapped[str | None] = mapped_column(String(50))
    consent_at: Mapped[datetime | None]
    consent_version: Mapped[str | None] = mapped_column(String(20))
    consent_channel: Mapped[str | None] = mapped_column(String(50))
    anonymised_at: Mapped[datetime | None]
