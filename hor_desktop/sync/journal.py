"""The engine's records in the replica's sync_state: last sync, errors, clock, sync log.

Read without network, so the status bar and ``hor-admin sync --status`` show the truth of
the last round even while the shared database is unreachable.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from hor_desktop.store.database import Database
from hor_desktop.store.models.sync import SyncConflict, sync_state
from hor_desktop.sync import local
from hor_desktop.sync.status import (
    RoundReport,
    SyncLogEntry,
    SyncStatus,
    append_log,
    read_log,
)

# The engine's own keys (local.py owns node, server id, cursor and bootstrap progress).
LAST_SYNC_AT = "engine.last_sync_at"
LAST_ERROR = "engine.last_error"
PAUSED = "engine.paused_reason"
CLOCK_OFFSET = "engine.clock_offset_ms"
LAST_ROUND = "engine.last_round"
LOG = "engine.log"

_ROUND_KEYS = (
    "pushed", "applied", "superseded", "refused", "quarantined", "pulled",
    "conflicts_open", "duration_ms", "error", "pending",
)  # fmt: skip


def record_round(db: Database, report: RoundReport, *, reached_server: bool, now: datetime) -> None:
    """Store the outcome of a round and append it to the sync log, in one transaction.

    Offset and pause reason are only replaced by a round that talked to the server;
    ``last_sync_at`` only by one that finished without an error.
    """
    values: dict[str, str | None] = {
        LAST_ERROR: report.error,
        LAST_ROUND: json.dumps({key: getattr(report, key) for key in _ROUND_KEYS}),
    }
    if reached_server:
        offset = report.clock_offset_ms
        values[CLOCK_OFFSET] = None if offset is None else str(offset)
        values[PAUSED] = report.paused_reason
        if report.error is None:
            values[LAST_SYNC_AT] = now.isoformat()
    entry = SyncLogEntry(
        at=report.started_at or now,
        summary=report.summary(),
        error=report.error,
        pushed=report.pushed,
        pulled=report.pulled,
        duration_ms=report.duration_ms,
    )
    with db.engine.begin() as conn:
        current = conn.execute(select(sync_state.c.value).where(sync_state.c.key == LOG))
        values[LOG] = append_log(current.scalar(), entry)
        _write(conn, values)


def read_status(db: Database, *, online: bool | None = None, running: bool = False) -> SyncStatus:
    """The replica's sync status from its local database (no network)."""
    values = _read(db)
    last_sync = values.get(LAST_SYNC_AT)
    offset = values.get(CLOCK_OFFSET)
    return SyncStatus(
        online=online,
        running=running,
        pending=local.pending_count(db),
        conflicts_open=count_open_conflicts(db),
        last_sync_at=datetime.fromisoformat(last_sync) if last_sync else None,
        last_error=values.get(LAST_ERROR),
        paused_reason=values.get(PAUSED),
        clock_offset_ms=int(offset) if offset else None,
        bootstrap_complete=not local.needs_bootstrap(db),
    )


def read_sync_log(db: Database, limit: int | None = None) -> list[SyncLogEntry]:
    """The recorded rounds, newest first."""
    entries = read_log(_read(db).get(LOG))
    return entries[:limit] if limit is not None else entries


def count_open_conflicts(db: Database) -> int:
    query = select(func.count()).where(
        SyncConflict.status == "open", SyncConflict.deleted_at.is_(None)
    )
    with db.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def _read(db: Database) -> dict[str, str]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(sync_state.c.key, sync_state.c.value).where(sync_state.c.key.like("engine.%"))
        ).all()
    return {key: value for key, value in rows if value}


def _write(conn: Connection, values: dict[str, Any]) -> None:
    statement = sqlite_insert(sync_state)
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=[sync_state.c.key], set_={"value": statement.excluded.value}
        ),
        [{"key": key, "value": value} for key, value in values.items()],
    )
