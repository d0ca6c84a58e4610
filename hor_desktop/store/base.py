"""Declarative base with a naming convention and the columns every synced table carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, MetaData, String, TypeDecorator, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from hor_desktop.core.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC on the way in and out, also on SQLite (which stores naive text)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; store timezone-aware UTC times only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class _JSONBWhenUsed(TypeDecorator[Any]):
    """JSONB, imported only when a PostgreSQL dialect first asks for it.

    Importing ``sqlalchemy.dialects.postgresql`` loads the modules of every PostgreSQL
    driver SQLAlchemy knows (~0.1 s), which every start on SQLite would otherwise pay
    before the first paint.
    The outer type stays ``JSON`` (``isinstance`` checks, ``None`` as JSON ``null``).
    """

    impl = JSON
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        from sqlalchemy.dialects.postgresql import JSONB  # noqa: PLC0415 (see docstring)

        return dialect.type_descriptor(JSONB())


JSONType = JSON().with_variant(_JSONBWhenUsed(), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads it as a class attribute)
        datetime: UTCDateTime(),
        uuid.UUID: Uuid(),
        dict[str, Any]: JSONType,
        list[Any]: JSONType,
    }


class SyncMixin:
    """The columns that make a row sync-ready: client id, timestamps, soft delete, origin, HLC.

    ``origin_location_id`` is deliberately not a foreign key: a replica may receive rows
    before the location row they came from.
    """

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]
    origin_location_id: Mapped[uuid.UUID | None]
    row_hlc: Mapped[str] = mapped_column(String(40))


def fk(target: str, *, nullable: bool = False, ondelete: str | None = None) -> Any:
    """A foreign-key column that is always indexed (ARCHITECTURE §3)."""
    return mapped_column(ForeignKey(target, ondelete=ondelete), index=True, nullable=nullable)


SYNCED_TABLES: list[str] = []  # filled by models/__init__, in dependency order
