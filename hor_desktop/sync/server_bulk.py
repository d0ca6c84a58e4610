"""Set-based reads and writes of canonical rows on PostgreSQL (one statement per batch).

Canonical values (see ``codec``) are exactly what ``jsonb_to_recordset`` parses into
uuid, timestamptz, date, time, boolean, integer, text and jsonb columns, so a batch of
rows goes to the server as one JSON document, typed by PostgreSQL itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.dialects import postgresql

from hor_desktop.core.hlc import Timestamp
from hor_desktop.core.ids import new_id
from hor_desktop.sync import codec

_PG = postgresql.dialect()  # type: ignore[no-untyped-call]
SERVER_NODE = "server"


def quote(name: str) -> str:
    return _PG.identifier_preparer.quote(name)


@cache
def _pg_types(table: str) -> dict[str, str]:
    return {
        column.name: column.type.compile(dialect=_PG) for column in codec.table_of(table).columns
    }


def _recordset(table: str, columns: Sequence[str]) -> str:
    types = _pg_types(table)
    spec = ", ".join(f"{quote(c)} {types[c]}" for c in columns)
    return f"jsonb_to_recordset(CAST(:rows AS jsonb)) AS x({spec})"


def insert_rows(conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """INSERT canonical rows that share one column set."""
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(quote(c) for c in columns)
    sql = f"INSERT INTO {quote(table)} ({names}) SELECT {names} FROM {_recordset(table, columns)}"
    conn.execute(text(sql), {"rows": json.dumps(rows)})


def update_rows(conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """UPDATE by ``id`` with canonical rows that share one column set (ids distinct)."""
    if not rows:
        return
    columns = list(rows[0])
    sets = ", ".join(f"{quote(c)} = x.{quote(c)}" for c in columns if c != "id")
    if not sets:
        return
    sql = (
        f"UPDATE {quote(table)} AS t SET {sets} FROM {_recordset(table, columns)} WHERE t.id = x.id"
    )
    conn.execute(text(sql), {"rows": json.dumps(rows)})


def load_rows(conn: Connection, table: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """``{id: canonical row}`` of the given rows that exist."""
    wanted = list(ids)
    if not wanted:
        return {}
    result = conn.execute(
        text(f"SELECT to_jsonb(t) FROM {quote(table)} AS t WHERE t.id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": wanted},
    )
    rows = (codec.canonical_row(table, raw) for (raw,) in result)
    return {row["id"]: row for row in rows}


class ServerClock:
    """HLC stamps for rows the server writes itself (conflicts): server time, then a counter."""

    def __init__(self, physical_ms: int):
        self._physical_ms = physical_ms
        self._counter = 0

    def stamp(self) -> str:
        self._counter += 1
        return Timestamp(self._physical_ms, self._counter, SERVER_NODE).encode()


def conflict_row(now_iso: str, clock: ServerClock, **fields: Any) -> dict[str, Any]:
    """A complete canonical ``sync_conflict`` row (status open unless given)."""
    row: dict[str, Any] = dict.fromkeys(codec.column_names("sync_conflict"))
    row.update(
        id=str(new_id()),
        created_at=now_iso,
        updated_at=now_iso,
        row_hlc=clock.stamp(),
        status="open",
    )
    row.update(fields)
    return row
