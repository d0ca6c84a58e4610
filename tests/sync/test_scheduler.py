"""The sync thread: a round soon after a commit, on reconnect, and never a dying thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from hor_desktop.store.database import Database
from hor_desktop.sync import local
from hor_desktop.sync.engine import SyncEngine
from hor_desktop.sync.faults import Faults
from hor_desktop.sync.scheduler import SyncScheduler
from hor_desktop.sync.status import OFFLINE, RoundReport, SyncStatus

from .engine_helpers import fresh_shared, new_replica
from .test_engine import book_a_room

pytestmark = pytest.mark.postgres


@pytest.fixture
def replica(tmp_path: Path, pg_url: str) -> Iterator[tuple[Database, SyncEngine]]:
    shared: Engine = fresh_shared(pg_url)
    db, engine = new_replica(tmp_path, shared, "IH", faults=Faults())
    assert engine.run_once().ok
    yield db, engine
    db.close()
    shared.dispose()


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> float:
    """Seconds until ``condition`` held; fails the test after ``timeout``."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            pytest.fail("condition not reached in time")
        time.sleep(0.02)
    return time.monotonic() - started


class Recorder:
    def __init__(self) -> None:
        self.reports: list[tuple[float, RoundReport]] = []
        self.statuses: list[SyncStatus] = []
        self.lock = threading.Lock()

    def on_round(self, report: RoundReport) -> None:
        with self.lock:
            self.reports.append((time.monotonic(), report))

    def on_status(self, status: SyncStatus) -> None:
        with self.lock:
            self.statuses.append(status)


def test_a_round_follows_a_local_commit_after_the_delay(
    replica: tuple[Database, SyncEngine],
) -> None:
    db, engine = replica
    seen = Recorder()
    scheduler = SyncScheduler(
        engine, interval_s=60, after_commit_s=0.5, probe_s=0.2,
        on_round=seen.on_round, on_status=seen.on_status,
    )  # fmt: skip
    scheduler.start()
    try:
        wait_for(lambda: len(seen.reports) == 1)  # the first round runs at once
        committed_at = time.monotonic()
        book_a_room(db)
        wait_for(lambda: any(s.pending > 0 for s in seen.statuses))  # shown waiting
        wait_for(lambda: len(seen.reports) == 2)
        time.sleep(0.7)  # room for a wrong extra round
        assert local.pending_count(db) == 0
        ran_at, report = seen.reports[1]
        assert report.ok and report.pushed > 0
        # Four commits, each restarting nothing: the round comes ~0.5 s after the first.
        assert 0.4 <= ran_at - committed_at < 3.0
        assert len(seen.reports) == 2  # one round for the four commits
        wait_for(lambda: seen.statuses[-1].pending == 0)
        assert seen.statuses[-1].online is True
    finally:
        scheduler.stop()
    assert not scheduler.is_running
    assert scheduler.notify_commit not in db.commit_listeners


def test_when_the_connection_comes_back_a_round_runs_at_once(
    replica: tuple[Database, SyncEngine],
) -> None:
    db, engine = replica
    assert engine.faults is not None
    engine.faults.arm("connect", times=3)  # the round and two probes fail
    hits_before = engine.faults.hits["connect"]
    book_a_room(db)
    seen = Recorder()
    scheduler = SyncScheduler(engine, interval_s=60, after_commit_s=60, probe_s=0.2,
                              on_round=seen.on_round)  # fmt: skip
    scheduler.start()
    try:
        wait_for(lambda: len(seen.reports) == 2)
    finally:
        scheduler.stop()
    (_, offline), (_, back) = seen.reports
    assert offline.error == OFFLINE and offline.pending > 0
    assert back.ok and back.pending == 0
    # round, probe, probe, probe (ok), round
    assert engine.faults.hits["connect"] - hits_before == 5


def test_an_exception_in_a_round_does_not_end_the_thread(
    replica: tuple[Database, SyncEngine], monkeypatch: pytest.MonkeyPatch
) -> None:
    _db, engine = replica
    calls: list[int] = []
    real_run_once = engine.run_once

    def broken_then_fine() -> RoundReport:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a bug")
        return real_run_once()

    monkeypatch.setattr(engine, "run_once", broken_then_fine)
    seen = Recorder()
    scheduler = SyncScheduler(engine, interval_s=0.2, on_round=seen.on_round)
    scheduler.start()
    try:
        wait_for(lambda: len(seen.reports) >= 2)
        assert scheduler.is_running
    finally:
        scheduler.stop()
    assert seen.reports[0][1].error == "RuntimeError: a bug"
    assert seen.reports[1][1].ok
