"""Hands the sync scheduler's news from its thread to the GUI thread, and requests rounds.

The window creates the bridge at once; app.py attaches the scheduler after the first paint
(importing the sync engine is not free). Until then, and in direct mode where nothing
syncs, the bridge simply has no scheduler and the widgets show what they know.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from hor_desktop.sync.status import SyncLogEntry, SyncStatus


class SchedulerLike(Protocol):
    """What the bridge needs of ``sync.scheduler.SyncScheduler`` (tests pass a fake)."""

    engine: Any

    def add_status_callback(self, callback: Any) -> None: ...
    def add_round_callback(self, callback: Any) -> None: ...
    def request_round(self) -> None: ...


class SyncBridge(QObject):
    """Lives on the GUI thread; its signals reach slots there from the sync thread (Qt
    queues an emission whose receiver lives in another thread)."""

    status_changed = Signal(object)  # SyncStatus
    round_finished = Signal(object)  # RoundReport
    attached = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scheduler: SchedulerLike | None = None
        self.last_status: SyncStatus | None = None
        self.status_changed.connect(self._remember)

    def attach(self, scheduler: SchedulerLike) -> None:
        self.scheduler = scheduler
        scheduler.add_status_callback(self.status_changed.emit)
        scheduler.add_round_callback(self.round_finished.emit)
        self.attached.emit()

    @property
    def syncing(self) -> bool:
        return self.scheduler is not None

    def request_round(self) -> bool:
        """Ask for a round now; False when nothing syncs here (local or direct mode)."""
        if self.scheduler is None:
            return False
        self.scheduler.request_round()
        return True

    def sync_log(self) -> list[SyncLogEntry]:
        """The recorded rounds, newest first (reads the local database: call off-thread)."""
        if self.scheduler is None:
            return []
        entries: list[SyncLogEntry] = self.scheduler.engine.sync_log()
        return entries

    def _remember(self, status: SyncStatus) -> None:
        self.last_status = status
