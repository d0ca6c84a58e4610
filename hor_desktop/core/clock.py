"""Injectable clocks: services ask a clock for the time instead of calling ``datetime.now()``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock for tests and benchmarks: stands still unless advanced."""

    current: datetime = field(default_factory=lambda: datetime(2026, 11, 25, 9, 0, tzinfo=UTC))

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> None:
        self.current += delta


def local_today(clock: Clock) -> date:
    """Today's date at the house (Europe/Berlin), which is what due dates are about."""
    return clock.now().astimezone(BERLIN).date()


def to_local(moment: datetime) -> datetime:
    return moment.astimezone(BERLIN)
