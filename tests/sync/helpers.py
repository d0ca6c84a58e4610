"""Shared helpers of the sync acceptance tests (convergence, oracle, clock skew, crashes).

A module-wide shared PostgreSQL is installed once and emptied between examples by
``reset_shared`` (TRUNCATE … RESTART IDENTITY and the change-log counter back to 0; the
four seeded locations stay), so a hypothesis example does not pay for a migration.
Replicas are copies of one migrated SQLite template, made replicas and loaded by a real
sync round.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import Clock
from hor_desktop.core.enums import Role
from hor_desktop.core.hlc import Timestamp
from hor_desktop.store.base import SYNCED_TABLES
from hor_desktop.store.database import Database, open_database
from hor_desktop.sync import codec, local, server
from hor_desktop.sync.engine import SyncEngine, init_replica
from hor_desktop.sync.faults import Faults
from hor_desktop.sync.ops import Op, OpResult, PushReply
from hor_desktop.sync.status import RoundReport

SERVER_WORK_TABLES = (
    "sync_change_log",
    "sync_applied_op",
    "sync_field_clock",
    "sync_quarantine",
    "sync_item_claim",
)


def reset_shared(shared: Engine) -> None:
    """Empty every synced table except ``location`` and the server's sync bookkeeping.

    The seeded locations keep their rows but leave the change log: a replica loads them
    by its initial load (the snapshot), exactly like a server set up long ago.
    """
    tables = [name for name in SYNCED_TABLES if name != "location"]
    with shared.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join([*tables, *SERVER_WORK_TABLES])} RESTART IDENTITY"))
        conn.execute(text("UPDATE sync_seq_counter SET last = 0 WHERE id = 1"))


def location_ids(shared: Engine) -> dict[str, uuid.UUID]:
    with shared.connect() as conn:
        rows = conn.execute(text("SELECT code, id FROM location WHERE deleted_at IS NULL"))
        return {str(code): uuid.UUID(str(row_id)) for code, row_id in rows}


@dataclass
class SkewedClock:
    """The real time plus an offset a test may change (a PC clock that is wrong or jumps)."""

    offset: timedelta = timedelta(0)

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset


def make_template(directory: Path) -> Path:
    """A migrated, empty SQLite file to copy (migrating each replica costs ~0.3 s)."""
    path = directory / "template.sqlite"
    if not path.exists():
        open_database(f"sqlite:///{path}").close()
    return path


@dataclass
class Replica:
    code: str
    db: Database
    engine: SyncEngine
    actor: Actor
    clock: Clock

    @property
    def faults(self) -> Faults:
        assert self.engine.faults is not None
        return self.engine.faults


def open_replica(
    template: Path, directory: Path, shared: Engine, code: str, clock: Clock
) -> Replica:
    """A new replica of ``shared`` for location ``code``, loaded (its first round ran)."""
    path = directory / f"{code}-{uuid.uuid4().hex[:8]}.sqlite"
    shutil.copyfile(template, path)
    db = open_database(f"sqlite:///{path}", clock=clock)
    init_replica(db, shared, location_code=code)
    engine = SyncEngine(db, shared, faults=Faults())
    first = engine.run_once()
    assert first.ok and first.bootstrap_complete, first.summary()
    location_id = local.get_state(db, local.STATE_LOCATION)
    assert location_id is not None
    actor = Actor(uuid.UUID(location_id), Role.LOCATION_ADMIN, name=f"Test {code}")
    return Replica(code, db, engine, actor, clock)


def sync_until_quiet(replicas: Iterable[Replica], *, max_passes: int = 8) -> list[RoundReport]:
    """Rounds for every replica, again and again, until a whole pass moves nothing.

    Returns the reports of the last pass. Fails when a round errs or nothing settles.
    """
    everyone = list(replicas)
    for _ in range(max_passes):
        reports = [replica.engine.run_once() for replica in everyone]
        for replica, report in zip(everyone, reports, strict=True):
            assert report.ok, f"{replica.code}: {report.summary()}"
        if all(r.pushed == 0 and r.pulled == 0 and r.pending == 0 for r in reports):
            return reports
    raise AssertionError(f"no quiet pass after {max_passes} passes of sync rounds")


def server_row(shared: Engine, table: str, row_id: str) -> dict[str, Any] | None:
    with shared.connect() as conn:
        raw = conn.execute(
            text(f'SELECT to_jsonb(t) FROM "{table}" AS t WHERE t.id = CAST(:id AS uuid)'),
            {"id": row_id},
        ).scalar()
    return None if raw is None else codec.canonical_row(table, raw)


def sqlite_integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of a SQLite file, read without the app (plain sqlite3)."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    conn.close()
    return "; ".join(str(row[0]) for row in rows)


# --- the oracle of "nothing acknowledged is lost" ------------------------------------------

# Fields the server owns (its domain decisions write them; a replica's value is ignored):
# confirmed_at of bookings and loans, and row_hlc (the server keeps the highest effective
# HLC of the row, checked separately). Booking ``status`` is server-owned except for
# "cancelled": only a cancel is the replica's to decide, tentative/confirmed/conflict are
# the server's verdict.
SERVER_OWNED = {
    "room_booking": frozenset({"confirmed_at"}),
    "desk_booking": frozenset({"confirmed_at"}),
    "loan": frozenset({"confirmed_at"}),
}
BOOKING_TABLES = frozenset({"room_booking", "desk_booking"})
ACTIVE_BOOKING = frozenset({"tentative", "confirmed", "conflict"})
MAX_AHEAD_MS = 5 * 60 * 1000  # the server clamps HLCs further ahead of its clock


class Oracle:
    """Every op a replica committed locally, read from its outbox, and what it must cause.

    ``effective`` maps op ids to the HLC the server decided with: the op's own HLC, or for
    an op more than 5 minutes ahead of the server clock, the clamped stamp (server time,
    then a counter per push) — recorded by ``recording_apply_push`` from the push reply.
    """

    def __init__(self) -> None:
        self.ops: dict[str, Op] = {}
        self.effective: dict[str, str] = {}
        # node -> [current tx id, newest HLC of its earlier transactions, newest in current]
        self.clocks: dict[str, list[Any]] = {}

    def observe(self, db: Database) -> None:
        """Record the outbox (call after every local commit and before every push).

        Also checks the replica's HLC never goes backwards: every op sorts after every op
        of the node's earlier transactions. (Inside one transaction the outbox follows the
        flush order, parents first, not the order the rows were stamped in.)
        """
        for op in local.pending_ops(db, 1_000_000):
            if op.op_id in self.ops:
                continue
            clock = self.clocks.setdefault(op.node, [None, "", ""])
            if op.tx_id != clock[0]:
                clock[0], clock[1], clock[2] = op.tx_id, max(clock[1], clock[2]), ""
            assert op.hlc > clock[1], f"HLC of {op.node} went backwards: {op.hlc} after {clock[1]}"
            clock[2] = max(clock[2], op.hlc)
            self.ops[op.op_id] = op

    def record_push(self, ops: list[Op], done: set[str], reply: PushReply) -> None:
        """The server's effective HLC of each op this push applied for the first time."""
        counter = 0
        for op, answer in zip(ops, reply.replies, strict=True):
            if op.op_id in done or answer.result is OpResult.QUARANTINED:
                continue
            stamp = Timestamp.decode(op.hlc)
            if stamp.physical_ms <= reply.server_time_ms + MAX_AHEAD_MS:
                effective = op.hlc
            else:
                counter += 1
                effective = Timestamp(reply.server_time_ms, counter, stamp.node).encode()
            self.effective.setdefault(op.op_id, effective)

    def check(self, shared: Engine) -> int:
        """Assert every op reached the server and every field holds its winning write.

        Returns the number of fields checked.
        """
        with shared.connect() as conn:
            results = dict(
                conn.execute(
                    text(
                        "SELECT op_id, result FROM sync_applied_op "
                        "WHERE op_id = ANY(CAST(:ids AS text[]))"
                    ),
                    {"ids": list(self.ops)},
                ).all()
            )
        lost = sorted(set(self.ops) - set(results))
        assert not lost, f"{len(lost)} committed ops never reached the server: {lost[:5]}"
        bad = {k: v for k, v in results.items() if v not in ("applied", "superseded")}
        assert not bad, f"ops not applied: {bad}"
        unknown = sorted(set(self.ops) - set(self.effective))
        assert not unknown, f"ops whose push the oracle did not see: {unknown[:5]}"
        winners: dict[tuple[str, str, str], tuple[str, Any]] = {}
        newest: dict[tuple[str, str], str] = {}
        inserted: set[tuple[str, str]] = set()
        for op_id, op in self.ops.items():
            hlc = self.effective[op_id]
            key = (op.table, op.row_id)
            newest[key] = max(newest.get(key, hlc), hlc)
            if op.kind == "insert":
                inserted.add(key)
            for column, value in op.values.items():
                if column in ("id", "row_hlc") or column in SERVER_OWNED.get(op.table, ()):
                    continue
                field_key = (op.table, op.row_id, column)
                if field_key not in winners or hlc > winners[field_key][0]:
                    winners[field_key] = (hlc, value)
        rows = _server_rows(shared, {table for table, _ in newest})
        for (table, row_id), hlc in newest.items():
            row = rows[table].get(row_id)
            assert row is not None, f"{table} {row_id} missing on the server"
            if (table, row_id) in inserted:
                assert row["row_hlc"] == hlc, f"{table} {row_id}: row_hlc {row['row_hlc']} != {hlc}"
        for (table, row_id, column), (hlc, value) in winners.items():
            actual = rows[table][row_id][column]
            if table in BOOKING_TABLES and column == "status" and value in ACTIVE_BOOKING:
                assert actual in ACTIVE_BOOKING, f"{table} {row_id}: status {actual}, not active"
                continue
            assert actual == value, (
                f"{table} {row_id}.{column} = {actual!r}, winning write {value!r} ({hlc})"
            )
        return len(winners)


def _server_rows(shared: Engine, tables: set[str]) -> dict[str, dict[str, dict[str, Any]]]:
    rows: dict[str, dict[str, dict[str, Any]]] = {}
    with shared.connect() as conn:
        for table in tables:
            found: dict[str, dict[str, Any]] = {}
            after: str | None = None
            while True:
                page = server.read_table(conn, table, after, 5000)
                found.update((row["id"], row) for row in page)
                if len(page) < 5000:
                    break
                after = page[-1]["id"]
            rows[table] = found
    return rows


def recording_apply_push(real: Callable[..., PushReply], oracle_of: Callable[[], Oracle | None]):
    """Wrap ``server.apply_push`` so the oracle learns each op's effective HLC."""

    def apply_push(conn: Connection, *, ops: list[Op], **kwargs: Any) -> PushReply:
        done = set(
            conn.execute(
                text("SELECT op_id FROM sync_applied_op WHERE op_id = ANY(CAST(:ids AS text[]))"),
                {"ids": [op.op_id for op in ops]},
            ).scalars()
        )
        reply = real(conn, ops=ops, **kwargs)
        oracle = oracle_of()
        if oracle is not None:
            oracle.record_push(ops, done, reply)
        return reply

    return apply_push
