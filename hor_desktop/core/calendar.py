"""Closing days and opening days: NRW public holidays plus the house's own closing days."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import lru_cache

from dateutil.easter import easter

# Opening hours: ISO weekday (1 = Monday) -> list of (open, close) as "HH:MM" strings.
OpeningHours = Mapping[str, Sequence[Sequence[str]]]

DEFAULT_OPENING_HOURS: dict[str, list[list[str]]] = {
    "1": [["09:00", "18:00"]],
    "2": [["09:00", "18:00"]],
    "3": [["09:00", "18:00"]],
    "4": [["09:00", "20:00"]],
    "5": [["09:00", "16:00"]],
}


@dataclass(frozen=True)
class ClosingDayRule:
    """A closing day that is not a public holiday (stored, editable per house)."""

    day: date
    reason: str
    closed_from: time | None = None  # None: closed all day; else closed from this time on


@lru_cache(maxsize=32)
def nrw_public_holidays(year: int) -> dict[date, str]:
    """The public holidays of North Rhine-Westphalia, in German."""
    import holidays  # noqa: PLC0415 (slow to import: it loads every country's module)

    calendar = holidays.country_holidays("DE", subdiv="NW", years=year, language="de")
    return {day: str(name) for day, name in calendar.items()}


def cologne_extras(year: int) -> list[ClosingDayRule]:
    """The Cologne defaults the house may edit: carnival, Christmas Eve, New Year's Eve."""
    easter_sunday = easter(year)
    return [
        ClosingDayRule(easter_sunday - timedelta(days=52), "Weiberfastnacht", time(12, 0)),
        ClosingDayRule(easter_sunday - timedelta(days=48), "Rosenmontag"),
        ClosingDayRule(date(year, 12, 24), "Heiligabend"),
        ClosingDayRule(date(year, 12, 31), "Silvester"),
    ]


def is_open_weekday(day: date, opening_hours: OpeningHours) -> bool:
    return bool(opening_hours.get(str(day.isoweekday())))


def is_opening_day(
    day: date, opening_hours: OpeningHours, closed_days: Iterable[date] = ()
) -> bool:
    """Open on that weekday, not a public holiday and not closed all day by the house."""
    if not is_open_weekday(day, opening_hours):
        return False
    if day in nrw_public_holidays(day.year):
        return False
    return day not in set(closed_days)


def next_opening_day(
    day: date, opening_hours: OpeningHours, closed_days: Iterable[date] = ()
) -> date:
    """The day itself when the location is open, else the next day it is.

    Raises: ValueError when the location has no opening day at all.
    """
    closed = set(closed_days)
    if not any(opening_hours.get(str(weekday)) for weekday in range(1, 8)):
        raise ValueError("the location has no opening hours")
    candidate = day
    for _ in range(366):
        if is_opening_day(candidate, opening_hours, closed):
            return candidate
        candidate += timedelta(days=1)
    raise ValueError("no opening day within a year")


def default_due_date(
    start: date, loan_days: int, opening_hours: OpeningHours, closed_days: Iterable[date] = ()
) -> date:
    """Start plus the category's loan days, moved to the next opening day."""
    return next_opening_day(start + timedelta(days=loan_days), opening_hours, closed_days)
