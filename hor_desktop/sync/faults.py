"""Fault points for sync tests: simulated lost connections, and SIGKILL for crash tests.

The engine calls ``hit(point)`` at named places of a round ("push.after_server_commit",
"pull.after_apply", "bootstrap.after_chunk", …). A test arms a ``Faults`` object to raise a
``ConnectionError`` there, the way a dropped network would; a crash test sets
``HOR_SYNC_CRASH_AT=<point>:<n>`` in a child process, which then kills itself with SIGKILL
at the n-th hit of that point, so nothing gets a chance to clean up.
"""

from __future__ import annotations

import os
import signal
import threading
from collections import Counter
from dataclasses import dataclass, field

ENV_CRASH_AT = "HOR_SYNC_CRASH_AT"

POINTS = (
    "connect",
    "push.before_server",
    "push.after_server_commit",
    "push.after_ack",
    "pull.after_read",
    "pull.after_apply",
    "bootstrap.after_begin",
    "bootstrap.after_chunk",
    "bootstrap.after_done",
)


class SimulatedConnectionError(ConnectionError):
    """Raised at an armed fault point: the engine must treat it like a dropped network."""


@dataclass
class Faults:
    """Armed fault points; each arming raises at the next ``times`` hits after ``skip`` hits."""

    hits: Counter[str] = field(default_factory=Counter)
    _armed: dict[str, list[int]] = field(default_factory=dict)  # point -> [skip, times]
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def arm(self, point: str, *, times: int = 1, skip: int = 0) -> None:
        if point not in POINTS:
            raise ValueError(f"unknown fault point {point!r}")
        with self._lock:
            self._armed[point] = [skip, times]

    def disarm(self, point: str | None = None) -> None:
        with self._lock:
            if point is None:
                self._armed.clear()
            else:
                self._armed.pop(point, None)

    def hit(self, point: str) -> None:
        """Raises: SimulatedConnectionError when ``point`` is armed."""
        with self._lock:
            self.hits[point] += 1
            plan = self._armed.get(point)
            if plan is None:
                return
            if plan[0] > 0:
                plan[0] -= 1
                return
            plan[1] -= 1
            if plan[1] <= 0:
                del self._armed[point]
        raise SimulatedConnectionError(f"simulated connection loss at {point}")


_crash_hits: Counter[str] = Counter()


def crash_if_planned(point: str, environ: dict[str, str] | None = None) -> None:
    """SIGKILL this process at the n-th hit of ``point`` when HOR_SYNC_CRASH_AT says so."""
    plan = (environ if environ is not None else os.environ).get(ENV_CRASH_AT)
    if not plan:
        return
    target, _, count = plan.rpartition(":")
    if target != point:
        return
    _crash_hits[point] += 1
    if _crash_hits[point] >= int(count or "1"):
        os.kill(os.getpid(), signal.SIGKILL)


def hit(faults: Faults | None, point: str) -> None:
    """The engine's single call per fault point: the crash hook, then the armed faults."""
    crash_if_planned(point)
    if faults is not None:
        faults.hit(point)
