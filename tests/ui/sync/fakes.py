"""A stand-in for the sync scheduler: records requests and lets a test play its callbacks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from hor_desktop.sync.status import RoundReport, SyncLogEntry, SyncStatus


def status(**values: Any) -> SyncStatus:
    base: dict[str, Any] = {
        "online": True, "running": False, "pending": 0, "conflicts_open": 0,
        "last_sync_at": datetime(2026, 11, 26, 2, 5, tzinfo=UTC), "last_error": None,
        "paused_reason": None, "clock_offset_ms": 120,
    }  # fmt: skip
    return SyncStatus(**{**base, **values})


class FakeScheduler:
    def __init__(self, log: list[SyncLogEntry] | None = None) -> None:
        self.log = log or []
        self.engine = SimpleNamespace(sync_log=lambda: list(self.log))
        self.status_callbacks: list[Callable[[SyncStatus], None]] = []
        self.round_callbacks: list[Callable[[RoundReport], None]] = []
        self.requested = 0

    def add_status_callback(self, callback: Callable[[SyncStatus], None]) -> None:
        self.status_callbacks.append(callback)

    def add_round_callback(self, callback: Callable[[RoundReport], None]) -> None:
        self.round_callbacks.append(callback)

    def request_round(self) -> None:
        self.requested += 1

    def emit_status(self, value: SyncStatus) -> None:
        for callback in self.status_callbacks:
            callback(value)

    def finish_round(self, report: RoundReport | None = None) -> None:
        for callback in self.round_callbacks:
            callback(report or RoundReport(pulled=1))
