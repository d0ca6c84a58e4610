"""Canonical JSON for column values, driven by the ORM metadata both ends share.

- uuid: ``"0190…"`` with dashes; datetime: ISO 8601 in UTC with microseconds and
  ``+00:00``; date ``YYYY-MM-DD``; time ``HH:MM:SS`` (``.ffffff`` when non-zero);
  booleans, integers and strings as JSON; JSON columns as their JSON value; None as null.
- ``from_canonical`` is lenient: it also reads PostgreSQL's ``to_jsonb(row)`` output
  (any UTC offset, fewer fraction digits) and SQLite's stored text, so the server's change
  log can store ``to_jsonb(NEW)`` and a replica still decodes it exactly.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, Enum, Integer, Table, Time, Uuid
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import TypeEngine

from hor_desktop.store.base import Base, UTCDateTime

_SQLITE = sqlite.dialect()


def _kind(type_: TypeEngine[Any]) -> str:
    if isinstance(type_, Uuid):
        return "uuid"
    if isinstance(type_, UTCDateTime):
        return "datetime"
    if isinstance(type_, Date):
        return "date"
    if isinstance(type_, Time):
        return "time"
    if isinstance(type_, Boolean):
        return "bool"
    if isinstance(type_, Integer):
        return "int"
    if isinstance(type_, JSON):
        return "json"
    if isinstance(type_, Enum):
        return "str"
    return "str"


@cache
def column_kinds(table_name: str) -> dict[str, str]:
    """``{column: kind}`` for a table of ``Base.metadata``."""
    table = table_of(table_name)
    return {column.name: _kind(column.type) for column in table.columns}


def table_of(table_name: str) -> Table:
    """Raises: KeyError for a table this program does not know."""
    import hor_desktop.store.models  # noqa: F401, PLC0415 (registers every table)

    return Base.metadata.tables[table_name]


def to_canonical(kind: str, value: Any) -> Any:
    """A Python value (as the ORM holds it) to its canonical JSON value."""
    if value is None:
        return None
    if kind == "uuid":
        return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
    if kind == "datetime":
        if value.tzinfo is None:
            raise ValueError("naive datetime in a synced column")
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if kind in ("date", "time"):
        return value.isoformat()
    if kind == "bool":
        return bool(value)
    if kind == "int":
        return int(value)
    if kind == "json":
        return value
    return value.value if hasattr(value, "value") else str(value)


def from_canonical(kind: str, value: Any) -> Any:
    """A canonical (or PostgreSQL ``to_jsonb``) value to the Python value the ORM expects."""
    if value is None:
        return None
    if kind == "uuid":
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    if kind == "datetime":
        if isinstance(value, datetime):
            parsed = value
        else:
            parsed = datetime.fromisoformat(str(value).replace(" ", "T"))
        if parsed.tzinfo is None:  # SQLite's stored text is naive UTC
            parsed = parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)
    if kind == "date":
        return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    if kind == "time":
        return value if isinstance(value, time) else time.fromisoformat(str(value))
    if kind == "bool":
        return bool(value)
    if kind == "int":
        return int(value)
    if kind == "json":
        return json.loads(value) if isinstance(value, str) else value
    return str(value)


def canonical_row(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """Re-encode a row of canonical-or-lenient values canonically (unknown columns dropped)."""
    kinds = column_kinds(table_name)
    return {
        name: to_canonical(kind, from_canonical(kind, row[name]))
        for name, kind in kinds.items()
        if name in row
    }


def python_row(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """Canonical values to Python values for the known columns (newer columns ignored)."""
    kinds = column_kinds(table_name)
    return {
        name: from_canonical(kinds[name], value) for name, value in row.items() if name in kinds
    }


@cache
def _sqlite_processors(table_name: str) -> dict[str, Any]:
    table = table_of(table_name)
    processors: dict[str, Any] = {}
    for column in table.columns:
        processor = column.type.dialect_impl(_SQLITE).result_processor(_SQLITE, None)
        processors[column.name] = processor
    return processors


def from_sqlite_raw(table_name: str, column: str, raw: Any) -> Any:
    """A value as SQLite stores it (what a capture trigger records) to its canonical value."""
    kinds = column_kinds(table_name)
    kind = kinds[column]
    processor = _sqlite_processors(table_name)[column]
    value = processor(raw) if processor is not None and raw is not None else raw
    if kind == "json" and isinstance(value, str):
        value = json.loads(value)
    return to_canonical(kind, value)


def column_names(table_name: str) -> list[str]:
    return [column.name for column in table_of(table_name).columns]


def is_json_column(column: Column[Any]) -> bool:
    return _kind(column.type) == "json"


def canonical_table_hash(rows: Iterable[dict[str, Any]]) -> str:
    """sha256 over canonical rows sorted by id: equal on server and replicas once converged.

    ``rows`` must already be canonical (``canonical_row`` on PostgreSQL, ``from_sqlite_raw``
    on a replica); every column counts.
    """
    ordered = sorted(rows, key=lambda row: str(row["id"]))
    text = json.dumps(ordered, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
