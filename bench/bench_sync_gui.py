"""Benchmark: the GUI event loop keeps running while a replica pulls 20,000 changes.

Usage: python bench/bench_sync_gui.py [--db POSTGRESQL_URL] [--runs N] [--changes N]
The real main window of a replica (``app.build_window``, offscreen) is shown, with „Heute“
and the conflicts tab built; sync starts as in the app (``app.start_sync``: the engine is
built on the task runner, then the ``SyncScheduler`` thread runs its first round at once).
A QTimer on the GUI thread ticks every 10 ms from just before the start until the round's
report has reached the window and the refreshes it triggers have finished; the figure is the
largest gap between two ticks, the 10 ms interval included (the median over the runs;
the 99th percentile of the gaps is printed too). Each run first adds ``--changes``
new organisations on the server (with the GUI idle), so every run pulls and applies them.
Works in a throwaway database beside the one ``--db`` names (default, and for a SQLite
``--db`` from run_all.py: HOR_BENCH_PG_URL, else the server's ``postgres`` database) and
drops it afterwards. ``--diagnose`` prints the garbage collector's long passes and every
thread's stack while the GUI thread is late.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import SYSTEM, report
from bench_sync import add_organisations, throwaway_database
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from hor_desktop.app import Startup, build_window, start_sync
from hor_desktop.config import Settings
from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.services.locations import get_by_code, seed_cologne_locations
from hor_desktop.store.database import Database, open_database
from hor_desktop.sync import local, server
from hor_desktop.sync.connection import create_shared_engine
from hor_desktop.sync.engine import SyncEngine, init_replica
from hor_desktop.sync.status import RoundReport
from hor_desktop.ui.main_window import MainWindow

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
CHANGES = 20_000
TARGET_MS = 100
TICK_MS = 10
SETTLE_MS = 300  # probing goes on this long after the last refresh the round triggered
ROUND_TIMEOUT_MS = 180_000
LOCATION = "IH"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench_sync_gui.py", description="Benchmark: GUI responsiveness during a pull"
    )
    parser.add_argument(
        "--db", metavar="URL", help="PostgreSQL server to work on (a throwaway database)"
    )
    parser.add_argument("--runs", type=int, default=3, help="pulls measured (default 3)")
    parser.add_argument("--changes", type=int, default=CHANGES, help="changes per pull")
    parser.add_argument("--scale", help="ignored (run_all.py compatibility)")
    parser.add_argument(
        "--diagnose", action="store_true", help="print where the GUI thread was during stalls"
    )
    args = parser.parse_args(argv)
    fallback = os.environ.get("HOR_BENCH_PG_URL", DEFAULT_URL)
    if not args.db or not args.db.startswith("postgresql"):
        if args.db:  # run_all.py hands every benchmark its SQLite file
            print(f"bench_sync_gui: {args.db} is not PostgreSQL; using {fallback}", file=sys.stderr)
        args.db = fallback
    return args


class StallProbe:
    """Ticks every ``TICK_MS`` on the GUI thread and keeps the gaps between ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.last_ns = 0
        self.gaps_ms: list[float] = []
        self.last_tick = time.monotonic()

    def start(self) -> None:
        self.gaps_ms = []
        self.clock.start()
        self.last_ns = 0
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._tick()  # a stall right before the stop counts too

    def _tick(self) -> None:
        self.last_tick = time.monotonic()
        now = self.clock.nsecsElapsed()
        self.gaps_ms.append((now - self.last_ns) / 1e6)
        self.last_ns = now

    @property
    def span_s(self) -> float:
        return self.last_ns / 1e9

    @property
    def max_ms(self) -> float:
        return max(self.gaps_ms)

    @property
    def p99_ms(self) -> float:
        ordered = sorted(self.gaps_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


class GcLog:
    """--diagnose: the garbage collector's passes that took longer than 20 ms."""

    def __init__(self) -> None:
        self.started = 0.0
        self.passes: list[tuple[float, int, float, str]] = []  # at, generation, ms, thread
        self.origin = time.monotonic()

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        now = time.monotonic()
        if phase == "start":
            self.started = now
            return
        took = (now - self.started) * 1000
        if took >= 20:
            thread = threading.current_thread().name
            self.passes.append((self.started - self.origin, info["generation"], took, thread))


class Watchdog(threading.Thread):
    """--diagnose: samples every thread's stack while the GUI thread is late by 40 ms."""

    def __init__(self, probe: StallProbe) -> None:
        super().__init__(name="bench-watchdog", daemon=True)
        self.probe = probe
        self.stopping = False
        self.samples: list[tuple[float, float, dict[str, list[str]]]] = []
        self.gc_log = GcLog()

    def run(self) -> None:
        gc.callbacks.append(self.gc_log)
        while not self.stopping:
            time.sleep(0.005)
            late = time.monotonic() - self.probe.last_tick
            if late < 0.04:
                continue
            names = {t.ident: t.name for t in threading.enumerate()}
            stacks = {
                names.get(ident, str(ident)): [
                    f"{f.filename.rsplit('/', 2)[-1]}:{f.lineno} {f.name}"
                    for f in traceback.extract_stack(frame)[-6:]
                ]
                for ident, frame in sys._current_frames().items()
                if ident != self.ident
            }
            self.samples.append((time.monotonic() - self.gc_log.origin, late * 1000, stacks))

    def print_summary(self) -> None:
        for at, generation, took, thread in self.gc_log.passes:
            print(
                f"--- gc gen {generation} at {at:.2f} s took {took:.0f} ms [{thread}]",
                file=sys.stderr,
            )
        for at, late, stacks in self.samples:
            if late < 60:
                continue
            print(f"--- GUI thread late {late:.0f} ms at {at:.2f} s", file=sys.stderr)
            for name, lines in stacks.items():
                print(f"  [{name}] " + " <- ".join(reversed(lines[-4:])), file=sys.stderr)


def wait_until(app: QApplication, done: Callable[[], bool], timeout_ms: int) -> None:
    """Run the event loop (not a busy wait) until ``done()`` holds."""
    clock = QElapsedTimer()
    clock.start()
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(5)
    check.timeout.connect(lambda: loop.quit() if done() else None)
    check.start()
    while not done():
        if clock.elapsed() > timeout_ms:
            raise SystemExit(f"bench_sync_gui: timed out after {timeout_ms} ms")
        loop.exec()
    check.stop()
    app.processEvents()


def open_window(db: Database, db_url: str, shared_url: str) -> tuple[Startup, MainWindow]:
    location = get_by_code(db.unit_of_work(SYSTEM), LOCATION)
    settings = Settings(
        mode="replica", database_url=db_url, location_code=LOCATION, shared_url=shared_url
    )
    actor = Actor(location_id=location.id, role=Role.DESK, name="Empfang")
    startup = Startup(settings=settings, database=db, location=location, actor=actor)
    window = build_window(startup)
    window.show()
    window.conflicts_tab.refresh()  # built now, so it refreshes after the round as well
    return startup, window


def _add_on_server(url: str, changes: int) -> None:
    """In a child process: ``changes`` new organisations on the server (one change each)."""
    direct = open_database(url, migrate=False, exclusive=False)
    try:
        add_organisations(direct, SYSTEM, changes, 2_000)
    finally:
        direct.close()


def add_on_server(url: str, changes: int) -> None:
    """The other locations' work comes from other processes: the GUI process's heap and
    garbage-collector state stay those of the app (a full collection is part of what the
    probe measures)."""
    child = multiprocessing.get_context("spawn").Process(target=_add_on_server, args=(url, changes))
    child.start()
    child.join()
    if child.exitcode != 0:
        raise SystemExit(f"bench_sync_gui: generating changes failed (exit {child.exitcode})")


def measure_pull(
    app: QApplication,
    startup: Startup,
    window: MainWindow,
    url: str,
    changes: int,
    *,
    diagnose: bool = False,
) -> tuple[StallProbe, RoundReport]:
    add_on_server(url, changes)  # the GUI is idle meanwhile
    wait_until(app, lambda: not window.runner.busy, 30_000)  # type: ignore[attr-defined]
    reports: list[RoundReport] = []
    window.sync_bridge.round_finished.connect(reports.append)
    probe = StallProbe()
    probe.start()
    watchdog = Watchdog(probe) if diagnose else None
    if watchdog is not None:
        watchdog.start()
    start_sync(startup, window)
    try:
        wait_until(app, lambda: bool(reports), ROUND_TIMEOUT_MS)
        # the round's report triggers refreshes of „Heute“ and the conflicts (task runner)
        wait_until(app, lambda: not window.runner.busy, 30_000)  # type: ignore[attr-defined]
        settle = QElapsedTimer()
        settle.start()
        wait_until(app, lambda: settle.elapsed() >= SETTLE_MS, 10_000)
    finally:
        probe.stop()
        if watchdog is not None:
            watchdog.stopping = True
            watchdog.join()
            gc.callbacks.remove(watchdog.gc_log)
            watchdog.print_summary()
        window.sync_bridge.round_finished.disconnect(reports.append)
        scheduler: Any = startup.scheduler
        if scheduler is not None:
            scheduler.stop()
            scheduler.engine.close()
            scheduler.engine.shared.dispose()  # built from the settings: not owned
            startup.scheduler = None
    return probe, reports[0]


def prepare_server(url: str) -> None:
    """The shared schema and the four locations."""
    shared = create_shared_engine(url)
    try:
        server.install_shared(shared)
    finally:
        shared.dispose()
    direct = open_database(url, migrate=False, exclusive=False)
    try:
        seed_cologne_locations(direct.unit_of_work(SYSTEM))
    finally:
        direct.close()


def load_replica(db: Database, url: str) -> None:
    """A replica of the location, loaded before the window opens (as after set-up)."""
    shared = create_shared_engine(url)
    try:
        init_replica(db, shared, location_code=LOCATION)
        loaded = SyncEngine(db, shared).run_once()
        assert loaded.ok, loaded
    finally:
        shared.dispose()


def run(args: argparse.Namespace) -> None:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    with throwaway_database(args.db) as url, tempfile.TemporaryDirectory() as tmp:
        prepare_server(url)
        db_url = f"sqlite:///{Path(tmp) / 'replica.sqlite'}"
        db = open_database(db_url)
        window: MainWindow | None = None
        try:
            load_replica(db, url)
            startup, window = open_window(db, db_url, url)
            dashboard = window.dashboard_tab
            wait_until(app, lambda: dashboard.overview is not None, 30_000)
            maxima, p99s = [], []
            for number in range(1, args.runs + 1):
                probe, done = measure_pull(
                    app, startup, window, url, args.changes, diagnose=args.diagnose
                )
                assert done.ok and done.pulled == args.changes, done
                maxima.append(probe.max_ms)
                p99s.append(probe.p99_ms)
                print(
                    f"bench_sync_gui: run {number}: round of {done.duration_ms} ms pulled "
                    f"{done.pulled}; {len(probe.gaps_ms)} ticks in {probe.span_s:.1f} s, "
                    f"max gap {probe.max_ms:.1f} ms, p99 {probe.p99_ms:.1f} ms",
                    file=sys.stderr,
                )
            assert local.pending_count(db) == 0
            report("sync_gui.max_event_loop_stall", statistics.median(maxima), TARGET_MS)
            report("sync_gui.p99_event_loop_gap", statistics.median(p99s), None)
        finally:
            if window is not None:
                window.runner.wait(10_000)  # type: ignore[attr-defined]
                window.close()
                window.deleteLater()
                app.processEvents()
            db.close()


def main(argv: list[str] | None = None) -> int:
    run(parse_args(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
