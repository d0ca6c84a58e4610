"""Writing server rows into a replica (pulled pages and bootstrap chunks) and its state keys."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, bindparam, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from hor_desktop.core.errors import HorError
from hor_desktop.core.hlc import Timestamp
from hor_desktop.store import capture
from hor_desktop.store.base import SYNCED_TABLES
from hor_desktop.store.database import Database
from hor_desktop.sync import codec

STATE_NODE = capture.STATE_NODE
STATE_SERVER = "server_id"
STATE_LOCATION = "location_id"
STATE_CURSOR = "cursor"
STATE_BOOTSTRAP = "bootstrap"  # JSON of an unfinished BootstrapProgress
STATE_BOOTSTRAPPED = "bootstrapped_from"  # server id, once a load has finished
STATE_RECHECK = "recheck"  # JSON [[table, row id], …] kept over the server during a pull


class ReplicaError(HorError):
    code = "replica"
    template = "Das Replikat kann so nicht eingerichtet werden: {reason}"


class BootstrapRefusedError(HorError):
    code = "bootstrap_refused"
    template = (
        "Diese Datenbank wird nicht überschrieben: {reason} "
        "Für ein neues Replikat bitte eine leere Datenbankdatei wählen."
    )


def require_sqlite(db: Database) -> None:
    if db.dialect != "sqlite":
        raise ReplicaError(reason="nur eine SQLite-Datei kann ein Replikat sein.")


def has_data(connection: Connection) -> bool:
    """Whether any synced table has a row or any op waits (data a load must not touch)."""
    for name in SYNCED_TABLES:
        if connection.execute(text(f'SELECT 1 FROM "{name}" LIMIT 1')).first() is not None:
            return True
    return connection.execute(text("SELECT 1 FROM sync_outbox LIMIT 1")).first() is not None


def upsert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Full-row upserts of rows that share one column set."""
    columns = [name for name in rows[0] if name != "id"]
    statement = sqlite_insert(table)
    if columns:
        statement = statement.on_conflict_do_update(
            index_elements=["id"], set_={name: statement.excluded[name] for name in columns}
        )
    else:
        statement = statement.on_conflict_do_nothing(index_elements=["id"])
    connection.execute(statement, rows)


def update_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Partial updates of existing rows that share one column set.

    Not an upsert: SQLite checks NOT NULL on the INSERT half before it sees the conflict.
    """
    columns = [name for name in rows[0] if name != "id"]
    if not columns:
        return
    statement = (
        update(table)
        .where(table.c.id == bindparam("k_id", type_=table.c.id.type))
        .values({name: bindparam(f"v_{name}", type_=table.c[name].type) for name in columns})
    )
    connection.execute(
        statement, [{f"{'k' if k == 'id' else 'v'}_{k}": v for k, v in row.items()} for row in rows]
    )


def write_rows(
    connection: Connection,
    rows: Iterable[tuple[str, dict[str, Any]]],
    keep: dict[tuple[str, uuid.UUID], set[str]],
) -> str | None:
    """Write canonical rows (grouped by column set); returns the newest row_hlc seen.

    Rows with columns in ``keep`` (a pending local op) exist locally and are updated
    without those columns; all others are upserted whole.
    """
    upserts: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
    updates: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
    newest: str | None = None
    for table_name, canonical in rows:
        row = codec.python_row(table_name, canonical)
        hlc = canonical.get("row_hlc")
        if isinstance(hlc, str) and (newest is None or hlc > newest):
            newest = hlc
        local = keep.get((table_name, row["id"]))
        if local:
            row = {name: value for name, value in row.items() if name == "id" or name not in local}
            updates.setdefault((table_name, tuple(row)), []).append(row)
        else:
            upserts.setdefault((table_name, tuple(row)), []).append(row)
    for (table_name, _columns), group in upserts.items():
        upsert(connection, codec.table_of(table_name), group)
    for (table_name, _columns), group in updates.items():
        update_rows(connection, codec.table_of(table_name), group)
    return newest


def observe(db: Database, connection: Connection, newest: str | None) -> None:
    if newest is not None:
        db.hlc.observe(Timestamp.decode(newest))
    capture.persist_hlc(connection, db.hlc)
