"""Loading a new replica from the shared server: resumable chunks, never over existing data.

States (in sync_state): a replica made on an empty file waits for its load (progress with
``started=False``); ``bootstrap_begin`` starts it at a server snapshot; ``bootstrap_rows``
loads one chunk per transaction and records how far it got; ``bootstrap_done`` moves the
pull cursor to the snapshot and clears the progress (``bootstrap_progress`` is then None).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import Connection

from hor_desktop.store import capture
from hor_desktop.store.base import SYNCED_TABLES
from hor_desktop.store.database import Database
from hor_desktop.sync.replica_write import (
    STATE_BOOTSTRAP,
    STATE_BOOTSTRAPPED,
    STATE_CURSOR,
    STATE_SERVER,
    BootstrapRefusedError,
    has_data,
    observe,
    require_sqlite,
    write_rows,
)

_NOT_RUNNING = "es läuft kein Laden vom Server."


@dataclass(frozen=True)
class BootstrapProgress:
    """How far loading this replica from the server got.

    Tables load in SYNCED_TABLES (dependency) order, each by ascending id. ``table`` is
    the table of the last chunk and ``last_id`` its last id; None means that table is
    complete.
    """

    server_id: str
    snapshot_seq: int | None = None  # the change-log seq the loaded rows are as of
    started: bool = False
    table: str | None = None
    last_id: str | None = None
    rows_loaded: int = 0

    @property
    def done(self) -> bool:
        """Always False: a finished load leaves no progress behind (``bootstrap_progress``
        is then None); kept so callers may ask either way."""
        return False

    def table_done(self, table: str) -> bool:
        if self.table is None or self.table not in SYNCED_TABLES:
            return False
        mine, last = SYNCED_TABLES.index(table), SYNCED_TABLES.index(self.table)
        return mine < last or (mine == last and self.last_id is None)

    def after_id(self, table: str) -> str | None:
        """Where loading ``table`` continues (None: from its start)."""
        return self.last_id if table == self.table else None

    def remaining(self) -> list[tuple[str, str | None]]:
        """``(table, after_id)`` still to load, in order."""
        return [(name, self.after_id(name)) for name in SYNCED_TABLES if not self.table_done(name)]


def read_progress(connection: Connection) -> BootstrapProgress | None:
    value = capture.read_state(connection, STATE_BOOTSTRAP)
    return BootstrapProgress(**json.loads(value)) if value else None


def write_progress(connection: Connection, progress: BootstrapProgress | None) -> None:
    value = None if progress is None else json.dumps(asdict(progress))
    capture.write_state(connection, STATE_BOOTSTRAP, value)


def bootstrap_progress(db: Database) -> BootstrapProgress | None:
    """The unfinished load, or None (never started on a plain file, or finished)."""
    if db.dialect != "sqlite":
        return None
    with db.engine.connect() as connection:
        return read_progress(connection)


def bootstrap_begin(db: Database, server_id: str, snapshot_seq: int) -> BootstrapProgress:
    """Start loading from the server, or resume an unfinished load of the same server.

    A resumed load keeps its first snapshot's seq: pulling from there replays every
    change since, which rows loaded earlier may have missed. A replica made on an empty
    file may have local (captured) writes before its first load; they are kept.

    Raises:
        BootstrapRefusedError: the database has data of its own, is a finished replica,
            or belongs to another server. It is never overwritten.
    """
    require_sqlite(db)
    server_id = str(server_id)
    with db.engine.begin() as connection:
        progress = read_progress(connection)
        if progress is not None:
            if progress.server_id != server_id:
                raise BootstrapRefusedError(
                    reason="sie gehört zu einem anderen Server oder wurde zum Teil von "
                    "einem anderen Server geladen."
                )
            if not progress.started:
                progress = replace(progress, started=True, snapshot_seq=int(snapshot_seq))
                write_progress(connection, progress)
            return progress
        if capture.read_state(connection, STATE_BOOTSTRAPPED) is not None:
            raise BootstrapRefusedError(reason="sie ist bereits ein fertiges Replikat.")
        replica_server = capture.read_state(connection, STATE_SERVER)
        if replica_server is not None and replica_server != server_id:
            raise BootstrapRefusedError(reason="sie ist Replikat eines anderen Servers.")
        if has_data(connection):
            raise BootstrapRefusedError(reason="sie enthält bereits Daten.")
        progress = BootstrapProgress(server_id, int(snapshot_seq), started=True)
        write_progress(connection, progress)
        return progress


def bootstrap_rows(
    db: Database, table: str, rows: Sequence[dict[str, Any]], last_id: str | None
) -> BootstrapProgress:
    """Load one chunk of canonical server rows and record the progress, in one transaction.

    ``last_id`` is the id of the chunk's last row, or None when ``table`` is complete
    with this chunk (which may then be empty). Loaded rows are not captured.

    Foreign keys are off during the chunk: a table refers to itself across chunks
    (organisation.merged_into_id); the server's snapshot is consistent as a whole.

    Raises:
        BootstrapRefusedError: no load was begun.
    """
    require_sqlite(db)
    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # ignored inside a transaction
        try:
            with connection.begin(), capture.capture_paused(connection):
                progress = read_progress(connection)
                if progress is None or not progress.started:
                    raise BootstrapRefusedError(reason=_NOT_RUNNING)
                observe(db, connection, write_rows(connection, ((table, r) for r in rows), {}))
                progress = replace(
                    progress,
                    table=table,
                    last_id=None if last_id is None else str(last_id),
                    rows_loaded=progress.rows_loaded + len(rows),
                )
                write_progress(connection, progress)
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    return progress


def bootstrap_done(db: Database) -> None:
    """Finish the load: the pull cursor starts at the snapshot's seq.

    Raises:
        BootstrapRefusedError: no load was begun.
    """
    require_sqlite(db)
    with db.engine.begin() as connection:
        progress = read_progress(connection)
        if progress is None or not progress.started:
            raise BootstrapRefusedError(reason=_NOT_RUNNING)
        capture.write_state(connection, STATE_CURSOR, str(progress.snapshot_seq or 0))
        capture.write_state(connection, STATE_BOOTSTRAPPED, progress.server_id)
        write_progress(connection, None)
        if capture.replica_node(connection) is not None:
            capture.install_capture(connection)
