"""The replica's side of sync: identity, outbox, applying pulled pages, table hashes.

This is the API the sync engine calls; every function takes the opened
``store.database.Database`` of a SQLite replica. Capture itself (triggers and SQL
functions) lives in ``store.capture`` because the store refreshes it at open time;
loading a new replica lives in ``sync.bootstrap`` and is re-exported here.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, select, text

from hor_desktop.core.hlc import HybridLogicalClock, Timestamp
from hor_desktop.store import capture
from hor_desktop.store.base import SYNCED_TABLES
from hor_desktop.store.database import Database
from hor_desktop.store.models.sync import sync_outbox
from hor_desktop.sync import codec
from hor_desktop.sync.bootstrap import (
    BootstrapProgress,
    bootstrap_begin,
    bootstrap_done,
    bootstrap_progress,
    bootstrap_rows,
    read_progress,
    write_progress,
)
from hor_desktop.sync.ops import Change, Op
from hor_desktop.sync.replica_write import (
    STATE_BOOTSTRAPPED,
    STATE_CURSOR,
    STATE_LOCATION,
    STATE_NODE,
    STATE_RECHECK,
    STATE_SERVER,
    BootstrapRefusedError,
    ReplicaError,
    has_data,
    observe,
    require_sqlite,
    write_rows,
)

__all__ = [
    "STATE_CURSOR",
    "STATE_LOCATION",
    "STATE_NODE",
    "STATE_SERVER",
    "BootstrapProgress",
    "BootstrapRefusedError",
    "ReplicaError",
    "ack",
    "apply_changes",
    "bootstrap_begin",
    "bootstrap_done",
    "bootstrap_progress",
    "bootstrap_rows",
    "get_cursor",
    "get_state",
    "install_capture",
    "is_replica",
    "local_hash",
    "local_rows",
    "make_replica",
    "mark_recheck",
    "needs_bootstrap",
    "new_node_name",
    "pending_count",
    "pending_ops",
    "refresh_rows",
    "rows_to_recheck",
    "set_state",
]

_CHUNK = 500  # SQLite host parameters per IN (...) list


# --- identity and state ----------------------------------------------------------------


def new_node_name(location_code: str) -> str:
    """An HLC node name: the location code plus 6 random hex digits (no '-')."""
    code = "".join(ch for ch in location_code if ch.isalnum()) or "loc"
    return f"{code}{secrets.token_hex(3)}"


def is_replica(db: Database) -> bool:
    if db.dialect != "sqlite":
        return False
    with db.engine.connect() as connection:
        return capture.replica_node(connection) is not None


def get_state(db: Database, key: str) -> str | None:
    with db.engine.connect() as connection:
        return capture.read_state(connection, key)


def set_state(db: Database, key: str, value: str | None) -> None:
    """Store (or with None remove) one sync_state entry in its own transaction."""
    with db.engine.begin() as connection:
        capture.write_state(connection, key, value)


def get_cursor(db: Database) -> int:
    """The last server change-log seq applied here (0 before the first pull)."""
    value = get_state(db, STATE_CURSOR)
    return int(value) if value else 0


def make_replica(
    db: Database, node: str, server_id: str, location_id: uuid.UUID | str | None
) -> None:
    """Turn an empty (or freshly loaded) SQLite database into a capturing replica.

    On an empty file the replica then waits for its first load (``bootstrap_progress``
    is not None until ``bootstrap_done``). Idempotent for the same node and server.
    Afterwards ``db.hlc`` is the node's clock (read ``db.hlc`` anew, do not keep it).

    Raises:
        ReplicaError: PostgreSQL, a bad node name, another identity, or local data that
            never went through capture (it would never reach the server).
    """
    require_sqlite(db)
    server_id = str(server_id)
    if not node or "-" in node:
        raise ReplicaError(reason=f"ungültiger Knotenname „{node}“ (ohne „-“).")
    with db.engine.begin() as connection:
        existing = capture.replica_node(connection)
        if existing is not None:
            if existing != node or capture.read_state(connection, STATE_SERVER) != server_id:
                raise ReplicaError(
                    reason=f"die Datenbank ist schon Replikat „{existing}“ eines Servers."
                )
        else:
            progress = read_progress(connection)
            loaded_from = capture.read_state(connection, STATE_BOOTSTRAPPED)
            if progress is not None and progress.server_id != server_id:
                raise ReplicaError(reason="die Datenbank wird von einem anderen Server geladen.")
            if progress is None and loaded_from != server_id:
                if has_data(connection):
                    raise ReplicaError(
                        reason="die Datenbank enthält schon Daten, die nie synchronisiert wurden."
                    )
                write_progress(connection, BootstrapProgress(server_id))
        capture.write_state(connection, STATE_NODE, node)
        capture.write_state(connection, STATE_SERVER, server_id)
        capture.write_state(
            connection, STATE_LOCATION, None if location_id is None else str(location_id)
        )
        last = max(db.hlc.last, capture.last_known_hlc(connection) or db.hlc.last)
        db.hlc = HybridLogicalClock(db.clock, node, Timestamp(last.physical_ms, last.counter, node))
        capture.persist_hlc(connection, db.hlc)
        capture.install_capture(connection)


def install_capture(db: Database) -> bool:
    """(Re)install the capture triggers of a replica; returns whether anything changed."""
    require_sqlite(db)
    with db.engine.begin() as connection:
        return capture.install_capture(connection)


# --- outbox ------------------------------------------------------------------------------


def pending_count(db: Database) -> int:
    with db.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(sync_outbox)).scalar_one())


def _op(row: Any, node: str) -> Op:
    table = row.table_name
    kinds = codec.column_kinds(table)
    payload = json.loads(row.payload)
    values = {
        column: codec.from_sqlite_raw(table, column, raw) if column in kinds else raw
        for column, raw in payload.items()
    }
    return Op(
        op_id=row.op_id,
        tx_id=row.tx_id,
        node=node,
        table=table,
        row_id=codec.from_sqlite_raw(table, "id", row.row_id),
        kind=row.kind,
        values=values,
        hlc=row.hlc,
        base_hlc=row.base_hlc,
        local_seq=row.seq,
    )


def pending_ops(db: Database, limit_ops: int = 1000) -> list[Op]:
    """The oldest waiting ops, whole transactions only, in outbox (commit) order.

    A single transaction larger than ``limit_ops`` is returned whole on its own.
    """
    outbox = sync_outbox.c
    with db.engine.connect() as connection:
        node = capture.read_state(connection, STATE_NODE) or db.hlc.node
        rows = connection.execute(
            select(sync_outbox).order_by(outbox.seq).limit(limit_ops + 1)
        ).all()
        if len(rows) > limit_ops:
            cut_tx = rows[limit_ops - 1].tx_id if limit_ops > 0 else rows[0].tx_id
            batch = rows[:limit_ops]
            if rows[limit_ops].tx_id == cut_tx:
                batch = [row for row in batch if row.tx_id != cut_tx]
                if not batch:  # one transaction bigger than the limit: send it whole
                    batch = list(
                        connection.execute(
                            select(sync_outbox).where(outbox.tx_id == cut_tx).order_by(outbox.seq)
                        ).all()
                    )
            rows = batch
    return [_op(row, node) for row in rows]


def ack(db: Database, op_ids: Iterable[str]) -> int:
    """Remove answered ops from the outbox in one transaction; returns how many went."""
    ids = list(op_ids)
    removed = 0
    with db.engine.begin() as connection:
        for start in range(0, len(ids), _CHUNK):
            result = connection.execute(
                delete(sync_outbox).where(sync_outbox.c.op_id.in_(ids[start : start + _CHUNK]))
            )
            removed += result.rowcount
        # the outbox no longer remembers these HLCs; the clock must not forget them
        capture.persist_hlc(connection, db.hlc)
    return removed


# --- pulled changes ------------------------------------------------------------------------


def _pending_columns(
    connection: Connection, page: set[tuple[str, uuid.UUID]]
) -> dict[tuple[str, uuid.UUID], set[str]]:
    """The columns with a waiting local op, for the rows of ``page`` only."""
    raw_ids: dict[tuple[str, str], uuid.UUID] = {}
    for table, row_id in connection.execute(
        text("SELECT DISTINCT table_name, row_id FROM sync_outbox")
    ):
        key = (table, uuid.UUID(row_id))
        if key in page:
            raw_ids[(table, row_id)] = key[1]
    pending: dict[tuple[str, uuid.UUID], set[str]] = {}
    raw = sorted({row_id for _table, row_id in raw_ids})
    for start in range(0, len(raw), _CHUNK):
        rows = connection.execute(
            select(sync_outbox.c.table_name, sync_outbox.c.row_id, text("j.key"))
            .select_from(sync_outbox, text("json_each(sync_outbox.payload) AS j"))
            .where(sync_outbox.c.row_id.in_(raw[start : start + _CHUNK]))
        )
        for table, row_id, column in rows:
            if (table, row_id) in raw_ids:
                pending.setdefault((table, raw_ids[(table, row_id)]), set()).add(column)
    return pending


def apply_changes(db: Database, changes: Sequence[Change], new_cursor: int) -> int:
    """Apply one page of the server's change log and move the cursor, in one transaction.

    Changes are not captured. Columns with a still-pending local op keep their local value
    until the server has decided; tables and columns this program does not know (a newer
    server) are ignored. Returns the number of rows written.
    """
    require_sqlite(db)
    known = set(SYNCED_TABLES)
    latest: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    for change in changes:  # a row changed twice in one page: its last state wins
        if change.table in known:
            latest[(change.table, uuid.UUID(str(change.row_id)))] = change.row
    with db.engine.begin() as connection, capture.capture_paused(connection):
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        keep = _pending_columns(connection, set(latest))
        newest = write_rows(connection, ((t, row) for (t, _id), row in latest.items()), keep)
        observe(db, connection, newest)
        _remember_recheck(connection, keep)
        capture.write_state(connection, STATE_CURSOR, str(int(new_cursor)))
    return len(latest)


# --- rows whose local value was kept over the server's -----------------------------------
#
# A local value that lost on the server never comes back through the change log: an op
# that was superseded, refused or quarantined writes nothing there, and a pull that kept
# a column because its op was waiting has moved the cursor past the server's value. Such
# rows are read again from the server once no op of theirs waits any more.


def _read_recheck(connection: Connection) -> set[tuple[str, str]]:
    raw = capture.read_state(connection, STATE_RECHECK)
    return {(str(table), str(row_id)) for table, row_id in json.loads(raw)} if raw else set()


def _write_recheck(connection: Connection, rows: set[tuple[str, str]]) -> None:
    value = json.dumps(sorted([table, row_id] for table, row_id in rows)) if rows else None
    capture.write_state(connection, STATE_RECHECK, value)


def _remember_recheck(connection: Connection, kept: dict[tuple[str, uuid.UUID], set[str]]) -> None:
    if kept:
        rows = _read_recheck(connection)
        _write_recheck(connection, rows | {(table, str(row_id)) for table, row_id in kept})


def mark_recheck(db: Database, rows: Iterable[tuple[str, str]]) -> None:
    """Put rows on the recheck list: their op lost on the server (superseded, refused,
    quarantined), so the change log may never bring the server's value back."""
    wanted = {(table, str(uuid.UUID(str(row_id)))) for table, row_id in rows}
    if not wanted:
        return
    require_sqlite(db)
    with db.engine.begin() as connection:
        _write_recheck(connection, _read_recheck(connection) | wanted)


def rows_to_recheck(db: Database) -> list[tuple[str, str]]:
    """Rows whose kept local value must be replaced by the server's, now that no op of
    theirs waits any more (``(table, canonical row id)``)."""
    require_sqlite(db)
    with db.engine.connect() as connection:
        rows = _read_recheck(connection)
        if not rows:
            return []
        waiting = {
            (str(table), str(uuid.UUID(row_id)))
            for table, row_id in connection.execute(
                text("SELECT DISTINCT table_name, row_id FROM sync_outbox")
            )
        }
    return sorted(rows - waiting)


def refresh_rows(
    db: Database, rows: Sequence[tuple[str, dict[str, Any]]], checked: Iterable[tuple[str, str]]
) -> int:
    """Write the server's current ``rows`` (canonical) without moving the cursor, and take
    ``checked`` off the recheck list, in one transaction. A column whose op is waiting again
    keeps its local value (and the row stays on the list)."""
    require_sqlite(db)
    latest = {
        (table, uuid.UUID(str(row["id"]))): row for table, row in rows if table in SYNCED_TABLES
    }
    with db.engine.begin() as connection, capture.capture_paused(connection):
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        keep = _pending_columns(connection, set(latest))
        newest = write_rows(connection, ((t, row) for (t, _id), row in latest.items()), keep)
        observe(db, connection, newest)
        remaining = _read_recheck(connection) - set(checked)
        _write_recheck(connection, remaining | {(t, str(row_id)) for t, row_id in keep})
    return len(latest)


# --- hashes for convergence checks --------------------------------------------------------


def local_rows(db: Database, table: str) -> list[dict[str, Any]]:
    """Every row of a synced table as canonical values."""
    kinds = codec.column_kinds(table)
    with db.engine.connect() as connection:
        result = connection.execute(select(codec.table_of(table))).mappings().all()
    return [{name: codec.to_canonical(kinds[name], row[name]) for name in kinds} for row in result]


def local_hash(db: Database, table: str) -> str:
    return codec.canonical_table_hash(local_rows(db, table))


def needs_bootstrap(db: Database) -> bool:
    """Whether this replica still waits for (the rest of) its first load."""
    return bootstrap_progress(db) is not None
