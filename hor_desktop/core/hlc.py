"""Hybrid logical clock: orders changes across replicas even when PC clocks disagree."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from hor_desktop.core.clock import Clock

_WIDTH_MS = 13
_WIDTH_COUNTER = 5


@dataclass(frozen=True, order=True)
class Timestamp:
    physical_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        """A string whose lexical order is the clock order (stored in ``row_hlc``)."""
        return f"{self.physical_ms:0{_WIDTH_MS}d}-{self.counter:0{_WIDTH_COUNTER}d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        physical, counter, node = text.split("-", 2)
        return cls(int(physical), int(counter), node)


class HybridLogicalClock:
    """Kulkarni et al.'s HLC: monotonic per node, never behind anything it has seen."""

    def __init__(self, clock: Clock, node: str, last: Timestamp | None = None):
        if "-" in node:
            raise ValueError("an HLC node name must not contain '-'")
        self._clock = clock
        self.node = node
        self._last = last or Timestamp(0, 0, node)
        # Units of work on several threads stamp rows; each tick must see the one before.
        self._lock = threading.Lock()

    @property
    def last(self) -> Timestamp:
        return self._last

    def _wall_ms(self) -> int:
        return int(self._clock.now().timestamp() * 1000)

    def tick(self) -> Timestamp:
        """A new timestamp for a local change."""
        with self._lock:
            return self._tick()

    def _tick(self) -> Timestamp:
        wall = self._wall_ms()
        if wall > self._last.physical_ms:
            self._last = Timestamp(wall, 0, self.node)
        else:
            self._last = Timestamp(self._last.physical_ms, self._last.counter + 1, self.node)
        return self._last

    def observe(self, remote: Timestamp) -> Timestamp:
        """Merge a timestamp received from elsewhere, so later local changes sort after it."""
        with self._lock:
            return self._observe(remote)

    def _observe(self, remote: Timestamp) -> Timestamp:
        wall = self._wall_ms()
        physical = max(wall, self._last.physical_ms, remote.physical_ms)
        if physical == self._last.physical_ms == remote.physical_ms:
            counter = max(self._last.counter, remote.counter) + 1
        elif physical == self._last.physical_ms:
            counter = self._last.counter + 1
        elif physical == remote.physical_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self._last = Timestamp(physical, counter, self.node)
        return self._last
