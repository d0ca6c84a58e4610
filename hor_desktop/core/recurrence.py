"""Recurrence rules of room booking series: dates, wall times in Berlin, closures, exceptions."""

from __future__ import annotations

import calendar as _cal
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import RecurrenceKind

# A series longer than this is almost certainly a typo in the end date.
MAX_OCCURRENCES = 520


@dataclass(frozen=True)
class Rule:
    """When a series meets: a weekday every n weeks, or the nth (-1: last) weekday monthly.

    ``count`` counts generated dates before exceptions and closures (as COUNT in
    RFC 5545 does), so an exported RRULE with EXDATEs means the same dates.
    """

    kind: RecurrenceKind
    first_date: date
    local_start: time
    local_end: time
    weekday: int  # ISO 1 (Monday) .. 7
    interval: int = 1  # every n weeks (weekly) or n months (monthly_weekday)
    week_of_month: int | None = None  # 1..5 or -1 (last), monthly_weekday only
    until: date | None = None
    count: int | None = None
    exceptions: frozenset[date] = field(default_factory=frozenset)

    def problems(self) -> list[tuple[str, str]]:
        """(field, German message) for every reason the rule cannot be used."""
        found: list[tuple[str, str]] = []
        if not 1 <= self.weekday <= 7:
            found.append(("weekday", "Der Wochentag fehlt."))
        if not 1 <= self.interval <= 52:
            found.append(("interval", "Der Abstand liegt zwischen 1 und 52."))
        if self.local_end <= self.local_start:
            found.append(("local_end", "Das Ende muss nach dem Beginn liegen."))
        if self.kind is RecurrenceKind.MONTHLY_WEEKDAY and self.week_of_month not in (
            1, 2, 3, 4, 5, -1,
        ):  # fmt: skip
            found.append(("week_of_month", "Bitte die Woche im Monat wählen (1.–5. oder letzte)."))
        if self.until is None and self.count is None:
            found.append(("until", "Die Serie braucht ein Enddatum oder eine Anzahl."))
        if self.until is not None and self.until < self.first_date:
            found.append(("until", "Das Enddatum liegt vor dem ersten Termin."))
        if self.count is not None and not 1 <= self.count <= MAX_OCCURRENCES:
            found.append(("count", f"Die Anzahl liegt zwischen 1 und {MAX_OCCURRENCES}."))
        return found


@dataclass(frozen=True)
class Closure:
    """The house is closed on ``day``: all day, or (``closed_from`` set) from that time on."""

    day: date
    reason: str
    closed_from: time | None = None

    def blocks(self, local_start: time, local_end: time) -> bool:
        # Weiberfastnacht closes at noon: a morning booking stays, an afternoon one does not.
        return self.closed_from is None or local_end > self.closed_from


@dataclass(frozen=True)
class Occurrence:
    day: date
    starts_at: datetime  # UTC
    ends_at: datetime  # UTC
    closure: Closure | None = None  # the closure that hits this date, if any
    forced: bool = False  # kept on a closing day because staff said so

    @property
    def blocked(self) -> bool:
        return self.closure is not None and not self.forced


def wall_time_utc(day: date, wall: time) -> datetime:
    """The UTC instant of a Berlin wall time; a time skipped by DST falls to the later side."""
    local = datetime.combine(day, wall, BERLIN)
    return local.astimezone(UTC)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    days_in_month = _cal.monthrange(year, month)[1]
    if nth == -1:
        last = date(year, month, days_in_month)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    candidate = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    return candidate if candidate.month == month else None


def _raw_dates(rule: Rule) -> Iterator[date]:
    """Every date the rule generates from ``first_date`` on, without an end."""
    if rule.kind is RecurrenceKind.WEEKLY:
        day = rule.first_date + timedelta(days=(rule.weekday - rule.first_date.isoweekday()) % 7)
        while True:
            yield day
            day += timedelta(weeks=rule.interval)
    else:
        assert rule.week_of_month is not None
        year, month = rule.first_date.year, rule.first_date.month
        while True:
            day_or_none = _nth_weekday(year, month, rule.weekday, rule.week_of_month)
            if day_or_none is not None and day_or_none >= rule.first_date:
                yield day_or_none
            month += rule.interval
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1


def rule_dates(rule: Rule) -> list[date]:
    """The generated dates, ended by ``until`` and ``count`` (exceptions not removed).

    Raises: ValueError for a rule with problems().
    """
    if rule.problems():
        raise ValueError("; ".join(message for _field, message in rule.problems()))
    limit = min(rule.count or MAX_OCCURRENCES, MAX_OCCURRENCES)
    dates: list[date] = []
    for day in _raw_dates(rule):
        if rule.until is not None and day > rule.until:
            break
        dates.append(day)
        if len(dates) >= limit:
            break
    return dates


def expand(
    rule: Rule,
    closures: Iterable[Closure] = (),
    *,
    forced: Iterable[date] = (),
) -> list[Occurrence]:
    """The rule's occurrences without its exceptions, each marked with the closure it hits.

    ``forced`` dates stay bookable on a closing day (``blocked`` is False for them).
    Raises: ValueError for a rule with problems().
    """
    by_day: Mapping[date, Closure] = _closure_index(closures, rule.local_start, rule.local_end)
    forced_days = set(forced)
    result = []
    for day in rule_dates(rule):
        if day in rule.exceptions:
            continue
        result.append(
            Occurrence(
                day=day,
                starts_at=wall_time_utc(day, rule.local_start),
                ends_at=wall_time_utc(day, rule.local_end),
                closure=by_day.get(day),
                forced=day in forced_days and day in by_day,
            )
        )
    return result


def bookable(occurrences: Iterable[Occurrence]) -> list[Occurrence]:
    return [occ for occ in occurrences if not occ.blocked]


def _closure_index(closures: Iterable[Closure], start: time, end: time) -> dict[date, Closure]:
    """The closure that blocks a booking from ``start`` to ``end`` on each day, full days first."""
    index: dict[date, Closure] = {}
    for closure in closures:
        if not closure.blocks(start, end):
            continue
        current = index.get(closure.day)
        if current is None or (current.closed_from is not None and closure.closed_from is None):
            index[closure.day] = closure
    return index
