"""One sync round of a replica: initial load, push the outbox, pull the change log, record.

The order matters for "nothing is lost": an op leaves the outbox only after the server has
committed it (a reply lost on the way only means the op is sent again, and the server answers
it from its applied-op table), and the pull cursor moves in the same SQLite transaction as
the rows it covers. Offline is a normal outcome of a round, never an exception.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

from hor_desktop.core.clock import Clock
from hor_desktop.core.errors import HorError
from hor_desktop.store.base import SYNCED_TABLES
from hor_desktop.store.database import Database
from hor_desktop.store.migrate import HEAD_REVISION
from hor_desktop.sync import journal, local, server
from hor_desktop.sync.connection import create_shared_engine
from hor_desktop.sync.faults import Faults, hit
from hor_desktop.sync.ops import OpResult, SchemaSkewError
from hor_desktop.sync.status import (
    OFFLINE,
    RoundReport,
    SyncLogEntry,
    SyncStatus,
)

log = logging.getLogger(__name__)

PUSH_BATCH_OPS = 1000
PULL_PAGE = 1000
BOOTSTRAP_CHUNK = 1000


class NotAReplicaError(HorError):
    code = "sync_not_a_replica"
    template = (
        "Diese Datenbank ist kein Replikat; bitte zuerst „hor-admin replica init "
        "--shared URL --location KÜRZEL“ ausführen"
    )


class WrongServerError(HorError):
    code = "sync_wrong_server"
    template = (
        "Dieses Replikat gehört zu einer anderen gemeinsamen Datenbank "
        "(erwartet {expected}, erreicht {actual})"
    )


class UnknownLocationError(HorError):
    code = "sync_unknown_location"
    template = "Standort „{code}“ gibt es in der gemeinsamen Datenbank nicht (vorhanden: {known})"


def init_replica(db: Database, shared: Engine, *, location_code: str) -> str:
    """Make ``db`` a replica of ``shared`` for a location; returns its node name.

    The first ``run_once`` then loads it. A replica of the same server is left as it is
    (an interrupted load resumes).

    Raises: UnknownLocationError; local.ReplicaError when ``db`` already holds data or
    belongs to another server; offline errors of the driver.
    """
    code = location_code.upper()
    with shared.connect() as conn:
        info = server.server_info(conn)
        rows = conn.execute(
            text("SELECT id, code FROM location WHERE deleted_at IS NULL ORDER BY code")
        ).all()
    location_id = next((str(row_id) for row_id, row_code in rows if row_code == code), None)
    if location_id is None:
        known = ", ".join(str(row[1]) for row in rows) or "keine"
        raise UnknownLocationError(code=code, known=known)
    existing = local.get_state(db, local.STATE_NODE) if local.is_replica(db) else None
    node = existing or local.new_node_name(code)
    local.make_replica(db, node, info.server_id, location_id)
    return node


def is_offline_error(exc: BaseException) -> bool:
    """A lost or refused connection or a timeout to the shared database (not a bug)."""
    if isinstance(exc, ConnectionError | TimeoutError | PoolTimeoutError):
        return True
    if isinstance(exc, DBAPIError):
        import psycopg  # noqa: PLC0415 (only a replica loads the driver)

        if exc.connection_invalidated:
            return True
        # OperationalError covers refused/broken connections and statement timeouts.
        return isinstance(exc.orig, psycopg.OperationalError)
    return False


def error_line(exc: BaseException) -> str:
    """The first line of what the driver said (connection refused, timeout, TLS, …)."""
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__


def skew_reason(client_revision: str, server_revision: str | None, pending: int) -> str:
    """The German explanation when this program and the server differ in schema."""
    kept = f"die {pending} wartenden Änderungen bleiben erhalten"
    if server_revision is None or server_revision > client_revision:
        return (
            f"Die gemeinsame Datenbank hat einen neueren Schemastand ({server_revision or '?'}) "
            f"als dieses Programm ({client_revision}). Bitte HoR Desk aktualisieren; {kept}."
        )
    return (
        f"Dieses Programm hat einen neueren Schemastand ({client_revision}) als die gemeinsame "
        f"Datenbank ({server_revision}). Bitte die gemeinsame Datenbank aktualisieren "
        f"(hor-admin migrate --shared URL); {kept}."
    )


@dataclass
class _Round:
    """The counters of a round in progress."""

    pushed: int = 0
    applied: int = 0
    superseded: int = 0
    refused: int = 0
    quarantined: int = 0
    pulled: int = 0
    bootstrapped: int = 0
    bootstrap_complete: bool = True
    clamped: bool = False
    reached_server: bool = False
    error: str | None = None
    offline_reason: str | None = None
    paused_reason: str | None = None
    clock_offset_ms: int | None = None


class SyncEngine:
    """Runs sync rounds for one replica; thread-safe (one round at a time)."""

    def __init__(
        self,
        db: Database,
        shared: str | Engine,
        *,
        location_id: str | None = None,
        clock: Clock | None = None,
        faults: Faults | None = None,
        push_batch: int = PUSH_BATCH_OPS,
        pull_page: int = PULL_PAGE,
        bootstrap_chunk: int = BOOTSTRAP_CHUNK,
    ):
        self.db = db
        self._owns_shared = isinstance(shared, str)
        self.shared = create_shared_engine(shared) if isinstance(shared, str) else shared
        self._location_id = location_id
        self.clock = clock or db.clock
        self.faults = faults
        self.push_batch = push_batch
        self.pull_page = pull_page
        self.bootstrap_chunk = bootstrap_chunk
        self._round_lock = threading.Lock()
        self._running = False
        self.online: bool | None = None  # None until the first round or probe

    # -- public -------------------------------------------------------------------------

    def run_once(self) -> RoundReport:
        """One round. Offline, schema skew and data problems end up in the report.

        Raises: NotAReplicaError when the local database is not a replica; any other
        exception is a bug (the scheduler logs it and keeps running).
        """
        if not local.is_replica(self.db):
            raise NotAReplicaError()
        with self._round_lock:
            self._running = True
            started = time.perf_counter()
            started_at = self.clock.now()
            state = _Round()
            try:
                self._round(state)
            except Exception as exc:
                if is_offline_error(exc):
                    log.info("sync round offline: %s", exc)
                    state.error = OFFLINE
                    state.offline_reason = error_line(exc)
                elif isinstance(exc, HorError):
                    state.error = exc.message
                elif isinstance(exc, DBAPIError):  # e.g. permission denied on the server
                    log.exception("sync round failed")
                    state.error = error_line(exc)
                else:
                    raise
            finally:
                self._running = False
            self.online = state.error != OFFLINE
            report = RoundReport(
                pushed=state.pushed,
                applied=state.applied,
                superseded=state.superseded,
                refused=state.refused,
                quarantined=state.quarantined,
                pulled=state.pulled,
                conflicts_open=journal.count_open_conflicts(self.db),
                duration_ms=round((time.perf_counter() - started) * 1000),
                error=state.error,
                offline_reason=state.offline_reason,
                paused_reason=state.paused_reason,
                clock_offset_ms=state.clock_offset_ms,
                bootstrapped=state.bootstrapped,
                bootstrap_complete=state.bootstrap_complete,
                clamped=state.clamped,
                pending=local.pending_count(self.db),
                started_at=started_at,
            )
            self._record(report, reached_server=state.reached_server)
            return report

    def probe(self) -> bool:
        """Whether the shared database answers now (a cheap ``SELECT 1``)."""
        try:
            hit(self.faults, "connect")
            with self.shared.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:
            if not is_offline_error(exc):
                raise
            self.online = False
            return False
        self.online = True
        return True

    def status(self) -> SyncStatus:
        """Where this replica stands, from the local database only."""
        return journal.read_status(self.db, online=self.online, running=self._running)

    def sync_log(self, limit: int | None = None) -> list[SyncLogEntry]:
        """The recorded rounds, newest first."""
        return journal.read_sync_log(self.db, limit)

    def close(self) -> None:
        if self._owns_shared:
            self.shared.dispose()

    # -- the round ------------------------------------------------------------------------

    def _round(self, state: _Round) -> None:
        hit(self.faults, "connect")
        before_ms = self.clock.now().timestamp() * 1000
        with self.shared.connect() as conn:
            info = server.server_info(conn)
        after_ms = self.clock.now().timestamp() * 1000
        state.reached_server = True
        state.clock_offset_ms = round(info.server_time_ms - (before_ms + after_ms) / 2)
        expected = local.get_state(self.db, local.STATE_SERVER)
        if expected and str(info.server_id) != expected:
            raise WrongServerError(expected=expected, actual=str(info.server_id))
        if local.needs_bootstrap(self.db):
            state.bootstrap_complete = False
            self._bootstrap(state, str(info.server_id))
            state.bootstrap_complete = True
        if info.schema_revision != HEAD_REVISION:
            state.paused_reason = skew_reason(
                HEAD_REVISION, info.schema_revision, local.pending_count(self.db)
            )
        else:
            self._push(state)
        self._recheck()
        self._pull(state)

    def _push(self, state: _Round) -> None:
        node = local.get_state(self.db, local.STATE_NODE) or self.db.hlc.node
        location_id = self._location_id or local.get_state(self.db, local.STATE_LOCATION)
        previous_first: str | None = None
        while True:
            ops = local.pending_ops(self.db, self.push_batch)
            if not ops:
                return
            if ops[0].op_id == previous_first:
                raise RuntimeError(f"outbox did not move past op {previous_first}")
            previous_first = ops[0].op_id
            hit(self.faults, "push.before_server")
            try:
                with self.shared.begin() as conn:
                    reply = server.apply_push(
                        conn,
                        node=node,
                        location_id=location_id,
                        schema_revision=HEAD_REVISION,
                        ops=ops,
                    )
            except SchemaSkewError as exc:
                state.paused_reason = skew_reason(
                    exc.client_revision, exc.server_revision, local.pending_count(self.db)
                )
                return
            hit(self.faults, "push.after_server_commit")
            rows = {op.op_id: (op.table, op.row_id) for op in ops}
            local.mark_recheck(
                self.db,
                [rows[item.op_id] for item in reply.replies if item.result is not OpResult.APPLIED],
            )
            local.ack(self.db, [item.op_id for item in reply.replies])
            hit(self.faults, "push.after_ack")
            state.pushed += len(reply.replies)
            state.clamped = state.clamped or reply.clamped
            for item in reply.replies:
                if item.result is OpResult.APPLIED:
                    state.applied += 1
                elif item.result is OpResult.SUPERSEDED:
                    state.superseded += 1
                elif item.result is OpResult.REFUSED:
                    state.refused += 1
                else:
                    state.quarantined += 1

    def _recheck(self) -> None:
        """Replace local values that lost on the server with the server's, once no op of
        theirs waits (see ``local.mark_recheck``)."""
        rows = local.rows_to_recheck(self.db)
        if not rows:
            return
        by_table: dict[str, list[str]] = {}
        for table, row_id in rows:
            by_table.setdefault(table, []).append(row_id)
        fresh: list[tuple[str, dict[str, Any]]] = []
        with self.shared.connect() as conn:
            for table, ids in by_table.items():
                if table in SYNCED_TABLES:
                    fresh.extend((table, row) for row in server.read_rows(conn, table, ids))
        local.refresh_rows(self.db, fresh, rows)

    def _pull(self, state: _Round) -> None:
        with self.shared.connect() as conn:
            while True:
                cursor = local.get_cursor(self.db)
                changes = server.read_changes(conn, cursor, self.pull_page)
                conn.rollback()  # end the read transaction: no snapshot held while applying
                hit(self.faults, "pull.after_read")
                if not changes:
                    return
                local.apply_changes(self.db, changes, changes[-1].seq)
                state.pulled += len(changes)
                hit(self.faults, "pull.after_apply")
                if len(changes) < self.pull_page:
                    return

    def _bootstrap(self, state: _Round, server_id: str) -> None:
        """Load a new replica table by table; every chunk commits with its progress.

        The rows are read in one REPEATABLE READ snapshot. A resumed load keeps the first
        snapshot's seq (``local.bootstrap_begin``), so the pull afterwards replays every
        change since and rows read from a later snapshot are simply brought up to date.
        """
        with self.shared.connect() as conn:
            snapshot_seq = server.snapshot(conn)
            progress = local.bootstrap_begin(self.db, server_id, snapshot_seq)
            hit(self.faults, "bootstrap.after_begin")
            for table, start in progress.remaining():
                after_id = start
                while True:
                    rows = server.read_table(conn, table, after_id, self.bootstrap_chunk)
                    complete = len(rows) < self.bootstrap_chunk
                    after_id = None if complete else str(rows[-1]["id"])
                    local.bootstrap_rows(self.db, table, rows, after_id)
                    state.bootstrapped += len(rows)
                    hit(self.faults, "bootstrap.after_chunk")
                    if complete:
                        break
            conn.rollback()
        local.bootstrap_done(self.db)
        hit(self.faults, "bootstrap.after_done")

    # -- bookkeeping ----------------------------------------------------------------------

    def _record(self, report: RoundReport, *, reached_server: bool) -> None:
        journal.record_round(self.db, report, reached_server=reached_server, now=self.clock.now())
