"""The background thread that runs sync rounds: on a timer, after commits, on reconnect.

Qt-free: the callbacks run on the scheduler's thread, so a UI must hand them over to its
own thread (a queued signal). No exception leaves the thread; a failing round is logged and
reported, and the next one comes as planned.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from hor_desktop.sync.engine import SyncEngine
from hor_desktop.sync.status import OFFLINE, RoundReport, SyncStatus

log = logging.getLogger(__name__)

ROUND_INTERVAL_S = 30.0
AFTER_COMMIT_S = 2.0
OFFLINE_PROBE_S = 5.0

StatusCallback = Callable[[SyncStatus], None]
RoundCallback = Callable[[RoundReport], None]


class SyncScheduler:
    """Runs ``engine.run_once()`` every ``interval_s``, ``after_commit_s`` after a local
    commit, and as soon as a probe (every ``probe_s`` while offline) reaches the server."""

    def __init__(
        self,
        engine: SyncEngine,
        *,
        interval_s: float = ROUND_INTERVAL_S,
        after_commit_s: float = AFTER_COMMIT_S,
        probe_s: float = OFFLINE_PROBE_S,
        on_status: StatusCallback | None = None,
        on_round: RoundCallback | None = None,
        watch_commits: bool = True,
    ):
        self.engine = engine
        self.interval_s = interval_s
        self.after_commit_s = after_commit_s
        self.probe_s = probe_s
        self._status_callbacks: list[StatusCallback] = [on_status] if on_status else []
        self._round_callbacks: list[RoundCallback] = [on_round] if on_round else []
        self._watch_commits = watch_commits
        self._wake = threading.Condition()
        self._stopping = False
        self._next_at = 0.0  # monotonic time of the next planned round (0: at once)
        self._commit_at: float | None = None  # a round asked for by a commit
        self._requested = False  # "sync now", also while a round is running
        self._status_due = True
        self._offline = False
        self._thread: threading.Thread | None = None
        self.last_report: RoundReport | None = None
        self.rounds = 0  # rounds run so far (tests and the log dialog)

    # -- control --------------------------------------------------------------------------

    def start(self) -> None:
        """Start the thread; the first round runs at once."""
        if self._thread is not None:
            raise RuntimeError("the sync scheduler is already running")
        if self._watch_commits:
            self.engine.db.commit_listeners.append(self.notify_commit)
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="hor-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop after the round in progress (if any) and wait for the thread."""
        if self._watch_commits and self.notify_commit in self.engine.db.commit_listeners:
            self.engine.db.commit_listeners.remove(self.notify_commit)
        with self._wake:
            self._stopping = True
            self._wake.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("sync thread did not stop within %.0f s", timeout)
            self._thread = None

    @property
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def request_round(self) -> None:
        """Run a round now ("Jetzt synchronisieren")."""
        with self._wake:
            self._requested = True
            self._wake.notify_all()

    def notify_commit(self) -> None:
        """A local change was committed: sync it soon; the status shows it waiting at once."""
        with self._wake:
            if self._commit_at is None:
                self._commit_at = time.monotonic() + self.after_commit_s
            self._status_due = True
            self._wake.notify_all()

    def add_status_callback(self, callback: StatusCallback) -> None:
        self._status_callbacks.append(callback)

    def add_round_callback(self, callback: RoundCallback) -> None:
        self._round_callbacks.append(callback)

    # -- the thread -----------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._stopping:
                    delay = self._due_at() - time.monotonic()
                    if delay <= 0 or self._status_due:
                        break
                    self._wake.wait(delay)
                if self._stopping:
                    return
                round_due = self._due_at() <= time.monotonic()
                if round_due:
                    self._commit_at = None  # this round takes every commit made so far
                    self._requested = False
                self._status_due = False
            if round_due:
                self._tick()
            self._emit_status()

    def _tick(self) -> None:
        if self._offline and not self._probe():
            self._plan(self.probe_s)
            return
        report = self._run_round()
        self._offline = report.error == OFFLINE
        self._plan(self.probe_s if self._offline else self.interval_s)
        for callback in list(self._round_callbacks):
            try:
                callback(report)
            except Exception:
                log.exception("sync round callback failed")

    def _due_at(self) -> float:
        if self._requested:
            return 0.0
        return self._next_at if self._commit_at is None else min(self._next_at, self._commit_at)

    def _plan(self, delay: float) -> None:
        with self._wake:
            self._next_at = time.monotonic() + delay

    def _probe(self) -> bool:
        try:
            return self.engine.probe()
        except Exception:
            log.exception("sync probe failed")
            return False

    def _run_round(self) -> RoundReport:
        try:
            report = self.engine.run_once()
        except Exception as exc:  # a bug: logged with its traceback, the thread goes on
            log.exception("sync round failed")
            message = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
            report = RoundReport(error=message)
        self.rounds += 1
        self.last_report = report
        return report

    def _emit_status(self) -> None:
        if not self._status_callbacks:
            return
        try:
            status = self.engine.status()
        except Exception:
            log.exception("reading the sync status failed")
            return
        for callback in list(self._status_callbacks):
            try:
                callback(status)
            except Exception:
                log.exception("sync status callback failed")
