"""Acceptance 4: a replica process killed (SIGKILL) during push, pull or its initial load.

Replica processes are real ``python -m hor_desktop.cli --db … sync --once`` runs. Most are
killed by the engine's crash hook (``HOR_SYNC_CRASH_AT=<point>:<n>``) at the fault points
of push, pull and bootstrap; some by the test after a random delay, wherever they are.
The server holds a few thousand rows, so a load and a pull take several chunks and pages
(the n-th hit of a point is a different place). After every kill:

- SQLite's ``PRAGMA integrity_check`` is ok;
- the cursor is never ahead of the applied data: every server change with seq ≤ cursor is
  in the local row (its row_hlc ≥ the change's), unless a local op on that row waits;
- no op waiting before the run is gone from the outbox without being on the server.

At the end a clean run of each replica and rounds until nothing moves converge everything,
and every op that ever waited in an outbox is in the server's applied-op table.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import SystemClock
from hor_desktop.core.enums import Role
from hor_desktop.services import contacts
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import open_database
from hor_desktop.sync import local
from hor_desktop.sync.engine import SyncEngine, init_replica
from hor_desktop.sync.faults import ENV_CRASH_AT, Faults
from tests.conftest import pg_url_or_skip

from .engine_helpers import fresh_shared
from .helpers import (
    Replica,
    make_template,
    open_replica,
    sqlite_integrity,
    sync_until_quiet,
)
from .test_engine import assert_converged

pytestmark = pytest.mark.postgres

KILLS_WANTED = 50
BULK_ROWS = 1300  # > one page/chunk of 1000: a load and a pull take two of them
PUSH_POINTS = ("connect", "push.before_server", "push.after_server_commit", "push.after_ack")
PULL_POINTS = ("pull.after_read", "pull.after_apply")
LOAD_POINTS = ("bootstrap.after_begin", "bootstrap.after_chunk", "bootstrap.after_done")


@dataclass
class Crashes:
    shared: Engine
    url: str
    directory: Path
    seed: int
    kills: dict[str, int] = field(default_factory=dict)
    waited: set[str] = field(default_factory=set)  # every op id seen waiting in an outbox
    startup_s: float = 1.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def note(self, what: str) -> None:
        with self.lock:
            self.kills[what] = self.kills.get(what, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.kills.values())

    @property
    def delay_kills(self) -> int:
        return self.kills.get("random delay", 0)


@pytest.fixture(scope="module")
def shared() -> Iterator[tuple[Engine, str]]:
    url = pg_url_or_skip()
    engine = fresh_shared(url)
    yield engine, url
    engine.dispose()


def add_bulk(shared: Engine, rows: int = BULK_ROWS) -> None:
    """Rows another location wrote (straight on the server; the triggers log them)."""
    with shared.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_event (id, occurred_at, entity, entity_id, action, changes, "
                "created_at, updated_at, row_hlc) "
                "SELECT gen_random_uuid(), now(), 'test', gen_random_uuid(), 'create', "
                "CAST('{}' AS json), now(), now(), "
                "lpad(CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS bigint)::text,"
                " 13, '0') || '-' || lpad(g::text, 5, '0') || '-bulk' "
                "FROM generate_series(1, :n) AS g"
            ),
            {"n": rows},
        )


def run_replica(
    crashes: Crashes, path: Path, *, crash_at: str | None = None, kill_after: float | None = None
) -> int:
    """One ``sync --once`` in a child process; returns its exit code (-9: killed)."""
    env = {k: v for k, v in os.environ.items() if k not in (ENV_CRASH_AT, "HOR_DATABASE_URL")}
    env["XDG_CONFIG_HOME"] = str(crashes.directory / "config")
    if crash_at:
        env[ENV_CRASH_AT] = crash_at
    command = [sys.executable, "-m", "hor_desktop.cli", "--db", f"sqlite:///{path}"]
    process = subprocess.Popen(
        [*command, "sync", "--once", "--shared", crashes.url],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    if kill_after is not None:
        try:
            process.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
    _, err = process.communicate(timeout=120)
    if process.returncode not in (0, 1, -signal.SIGKILL):
        raise AssertionError(f"replica run failed ({process.returncode}): {err.decode()[-2000:]}")
    return process.returncode


def waiting_ops(path: Path) -> dict[str, tuple[str, str]]:
    """``{op_id: (table, row_id)}`` of the outbox, read with plain sqlite3."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT op_id, table_name, row_id FROM sync_outbox").fetchall()
    conn.close()
    return {op_id: (table, str(uuid.UUID(row_id))) for op_id, table, row_id in rows}


def check_after_kill(crashes: Crashes, path: Path, before: dict[str, tuple[str, str]]) -> None:
    """Integrity, cursor not ahead of the data, no unanswered op gone."""
    where = f"{path.name} (seed {crashes.seed}, kill {crashes.total})"
    assert sqlite_integrity(path) == "ok", where
    outbox = waiting_ops(path)
    with sqlite3.connect(path) as conn:
        cursor_row = conn.execute("SELECT value FROM sync_state WHERE key = 'cursor'").fetchone()
        cursor = int(cursor_row[0]) if cursor_row else 0
    conn.close()
    gone = set(before) - set(outbox)
    with crashes.shared.connect() as server:
        if gone:
            on_server = set(
                server.execute(
                    text(
                        "SELECT op_id FROM sync_applied_op WHERE op_id = ANY(CAST(:ids AS text[]))"
                    ),
                    {"ids": sorted(gone)},
                ).scalars()
            )
            assert gone <= on_server, f"{where}: ops left the outbox unanswered"
        changes = server.execute(
            text(
                "SELECT DISTINCT ON (table_name, row_id) table_name, row_id, row->>'row_hlc' "
                "FROM sync_change_log WHERE seq <= :cursor ORDER BY table_name, row_id, seq DESC"
            ),
            {"cursor": cursor},
        ).all()
    pending = set(outbox.values())
    by_table: dict[str, list[tuple[str, str]]] = {}
    for table, row_id, hlc in changes:
        if (table, str(row_id)) not in pending:
            by_table.setdefault(table, []).append((str(row_id), hlc))
    local: dict[tuple[str, str], str] = {}
    with sqlite3.connect(path) as conn:
        for table, wanted in by_table.items():
            rows = conn.execute(f'SELECT id, row_hlc FROM "{table}"').fetchall()
            local.update(((table, str(uuid.UUID(row_id))), hlc) for row_id, hlc in rows)
            for row_id, hlc in wanted:
                have = local.get((table, row_id))
                assert have is not None and have >= hlc, (
                    f"{where}: cursor {cursor} ahead of {table} {row_id} ({have} < {hlc})"
                )
    conn.close()


def local_writes(path: Path, count: int) -> None:
    """A few committed transactions at a replica file (while no sync process runs)."""
    with open_database(f"sqlite:///{path}") as db:
        location = local.get_state(db, local.STATE_LOCATION)
        assert location is not None
        actor = Actor(uuid.UUID(location), Role.LOCATION_ADMIN, name="Test")
        for _ in range(count):
            org = orgs.create_organisation(
                db.unit_of_work(actor), name=f"Verein {uuid.uuid4().hex[:6]}"
            )
            contacts.add_contact(db.unit_of_work(actor), organisation_id=org.id, name="Ana")
            orgs.edit_organisation(
                db.unit_of_work(actor), organisation_id=org.id, name=org.name, city="Köln"
            )
            orgs.block_organisation(db.unit_of_work(actor), organisation_id=org.id, reason="Test")


def crash_run(
    crashes: Crashes, path: Path, *, point: str | None = None, delay: float | None = None
) -> None:
    """Run a replica that is meant to be killed, then check what it left behind."""
    before = waiting_ops(path)
    with crashes.lock:
        crashes.waited.update(before)
    code = run_replica(crashes, path, crash_at=point, kill_after=delay)
    if code == -signal.SIGKILL:
        crashes.note(point.rsplit(":", 1)[0] if point else "random delay")
    check_after_kill(crashes, path, before)


def new_replica_file(crashes: Crashes, template: Path, code: str) -> Path:
    """A replica made (not yet loaded): its first ``sync --once`` runs the initial load."""
    path = crashes.directory / f"{code}-{uuid.uuid4().hex[:6]}.sqlite"
    shutil.copyfile(template, path)
    with open_database(f"sqlite:///{path}") as db:
        init_replica(db, crashes.shared, location_code=code)
    return path


def test_replicas_killed_during_push_pull_and_load_stay_sound_and_converge(
    shared: tuple[Engine, str], tmp_path: Path
) -> None:
    engine, url = shared
    seed = int(os.environ.get("HOR_CRASH_SEED", time.time_ns() % 1_000_000))
    crashes = Crashes(engine, url, tmp_path, seed)
    template = make_template(tmp_path)
    writer = open_replica(template, tmp_path, engine, "JN", SystemClock())
    local_writes_in_process(writer, 3)
    sync_until_quiet([writer])
    add_bulk(engine)

    # the start-up of a replica process, for the random kills
    first = new_replica_file(crashes, template, "IH")
    assert run_replica(crashes, first) == 0
    started = time.perf_counter()
    assert run_replica(crashes, first) == 0
    crashes.startup_s = time.perf_counter() - started
    replicas = [first] + [new_replica_file(crashes, template, c) for c in ("MIG", "CCH", "IH")]

    def lane(index: int, path: Path, rng: random.Random) -> None:
        if index > 0:  # killed during its initial load, resumed by the next run
            crash_run(crashes, path, point="bootstrap.after_begin:1")
            for _ in range(2):
                crash_run(crashes, path, point=f"bootstrap.after_chunk:{rng.randint(1, 4)}")
            crash_run(crashes, path, point="bootstrap.after_done:1")
        plan: list[str | None] = [f"{point}:1" for point in (*PUSH_POINTS, *PULL_POINTS)]
        plan.append(None)  # a kill after a random delay
        rng.shuffle(plan)
        for _ in range(40):
            if not plan and crashes.total >= KILLS_WANTED + 4 and crashes.delay_kills >= 3:
                return
            local_writes(path, rng.randint(1, 2))  # work waiting on both sides
            if rng.random() < 0.5:
                with crashes.lock:
                    local_writes_in_process(writer, 1)
                    assert writer.engine.run_once().ok
            if rng.random() < 0.15:
                add_bulk(engine)
            if plan:
                point = plan.pop()
            else:
                choice = rng.random()
                if choice < 0.35:
                    point = f"{rng.choice(PUSH_POINTS)}:1"
                elif choice < 0.7:
                    point = f"{rng.choice(PULL_POINTS)}:{rng.randint(1, 2)}"
                else:
                    point = None
            if point is None:
                crash_run(crashes, path, delay=crashes.startup_s * rng.uniform(0.3, 1.0))
            else:
                crash_run(crashes, path, point=point)

    with ThreadPoolExecutor(len(replicas)) as pool:
        lanes = [
            pool.submit(lane, index, path, random.Random(seed + index))
            for index, path in enumerate(replicas)
        ]
        for running in lanes:
            running.result()

    assert crashes.total >= KILLS_WANTED, (crashes.total, crashes.kills)
    for point in (*PUSH_POINTS, *PULL_POINTS, *LOAD_POINTS, "random delay"):
        assert crashes.kills.get(point, 0) > 0, (point, crashes.kills)

    # a clean run of each killed replica, then rounds until nothing moves
    for path in replicas:
        crashes.waited.update(waiting_ops(path))
        assert run_replica(crashes, path) == 0
        assert sqlite_integrity(path) == "ok"
    opened = [writer]
    try:
        for path in replicas:
            db = open_database(f"sqlite:///{path}")
            opened.append(Replica(path.stem, db, SyncEngine(db, engine, faults=Faults()),
                                  writer.actor, SystemClock()))  # fmt: skip
        sync_until_quiet(opened)
        assert_converged(engine, *(replica.db for replica in opened))
    finally:
        for replica in opened:
            replica.db.close()
    with engine.connect() as conn:
        on_server = set(
            conn.execute(
                text("SELECT op_id FROM sync_applied_op WHERE op_id = ANY(CAST(:ids AS text[]))"),
                {"ids": sorted(crashes.waited)},
            ).scalars()
        )
    assert crashes.waited and crashes.waited <= on_server


def local_writes_in_process(replica: Replica, count: int) -> None:
    for _ in range(count):
        org = orgs.create_organisation(
            replica.db.unit_of_work(replica.actor), name=f"Verein {uuid.uuid4().hex[:6]}"
        )
        orgs.edit_organisation(
            replica.db.unit_of_work(replica.actor), organisation_id=org.id, name=org.name,
            city="Bonn",
        )  # fmt: skip


def test_the_checks_after_a_kill_notice_a_cursor_ahead_and_a_lost_op(
    shared: tuple[Engine, str], tmp_path: Path
) -> None:
    """The checks can fail: a cursor moved past unapplied changes, an op gone unanswered."""
    engine, url = shared
    crashes = Crashes(engine, url, tmp_path, 0)
    template = make_template(tmp_path)
    writer = open_replica(template, tmp_path, engine, "JN", SystemClock())
    path = new_replica_file(crashes, template, "IH")
    assert run_replica(crashes, path) == 0
    check_after_kill(crashes, path, {})  # sound as it is
    local_writes_in_process(writer, 1)
    assert writer.engine.run_once().ok
    with engine.connect() as conn:
        last = conn.execute(text("SELECT last FROM sync_seq_counter")).scalar_one()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE sync_state SET value = ? WHERE key = 'cursor'", (str(last),))
    conn.close()
    with pytest.raises(AssertionError, match="ahead of"):
        check_after_kill(crashes, path, {})
    with pytest.raises(AssertionError, match="unanswered"):
        check_after_kill(crashes, path, {"f" * 32: ("organisation", str(uuid.uuid4()))})
    writer.db.close()
