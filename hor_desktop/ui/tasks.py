"""Background operations: run a function off the GUI thread, get the result back on it."""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

ErrorHandler = Callable[[BaseException], None]


class TaskRunner(Protocol):
    """What a tab needs: submit work, receive the result or the error on the GUI thread."""

    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: ErrorHandler | None = None,
    ) -> None: ...


def report_unexpected(error: BaseException) -> None:
    """Default for tasks without an error handler: a bug, so the crash dialog shows it."""
    sys.excepthook(type(error), error, error.__traceback__)


@dataclass
class _Pending:
    on_done: Callable[[Any], None]
    on_error: ErrorHandler


class _Signals(QObject):
    """Carries a finished task from the worker thread to the GUI thread (queued)."""

    finished = Signal(int, bool, object)  # task id, succeeded, result or exception


class _Task(QRunnable):
    def __init__(self, task_id: int, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._task_id = task_id
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # everything goes back to the GUI thread
            self._signals.finished.emit(self._task_id, False, exc)
        else:
            self._signals.finished.emit(self._task_id, True, result)


class ThreadPoolRunner(QObject):
    """Runs work on a QThreadPool; callbacks run on the thread that owns this runner.

    The signal object lives in the GUI thread, so Qt queues each emission from a worker
    and ``_deliver`` runs in the GUI event loop: no widget is ever touched off-thread.
    """

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._signals = _Signals(self)
        self._signals.finished.connect(self._deliver)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}

    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: ErrorHandler | None = None,
    ) -> None:
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(on_done, on_error or report_unexpected)
        self._pool.start(_Task(task_id, work, self._signals))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the workers are idle (shutdown and tests); results still queue."""
        return bool(self._pool.waitForDone(msecs))

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, succeeded: bool, payload: object) -> None:
        pending = self._pending.pop(task_id, None)
        if pending is None:
            log.warning("result for unknown task %s dropped", task_id)
            return
        if succeeded:
            pending.on_done(payload)
            return
        assert isinstance(payload, BaseException)
        pending.on_error(payload)


class ImmediateRunner:
    """Runs work at once on the calling thread: for tests and for trivial operations."""

    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: ErrorHandler | None = None,
    ) -> None:
        try:
            result = work()
        except Exception as exc:  # same contract as the pool: errors go to the handler
            (on_error or report_unexpected)(exc)
            return
        on_done(result)
