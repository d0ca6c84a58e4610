"""Report periods: parsing dates, month/quarter/year presets and local bounds."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import String, type_coerce

from hor_desktop.core.clock import BERLIN
from hor_desktop.core.errors import ValidationError

MAX_DAYS = 3 * 366
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_GERMAN = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_day(text: str, *, field: str) -> date:
    """A date written as YYYY-MM-DD or DD.MM.YYYY.

    Raises: ValidationError naming the field when the text is no such date.
    """
    value = text.strip()
    try:
        if _ISO.match(value):
            return date.fromisoformat(value)
        match = _GERMAN.match(value)
        if match:
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise ValidationError(
        f"„{value}“ ist kein gültiges Datum (JJJJ-MM-TT oder TT.MM.JJJJ).", field=field
    )


def check_period(start: date, end: date) -> None:
    """Raises: ValidationError when the period is reversed or longer than three years."""
    if end < start:
        raise ValidationError("Das Ende des Zeitraums liegt vor seinem Beginn.", field="end")
    if (end - start).days >= MAX_DAYS:
        raise ValidationError("Bitte einen Zeitraum von höchstens drei Jahren wählen.", field="end")


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_period(day: date) -> tuple[date, date]:
    first = month_start(day)
    return first, next_month(first) - timedelta(days=1)


def quarter_period(day: date) -> tuple[date, date]:
    first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return first, next_month(next_month(next_month(first))) - timedelta(days=1)


def year_period(day: date) -> tuple[date, date]:
    return date(day.year, 1, 1), date(day.year, 12, 31)


def months_of(start: date, end: date) -> list[date]:
    """The first days of every month that [start, end] touches."""
    months, current = [], month_start(start)
    while current <= end:
        months.append(current)
        current = next_month(current)
    return months


def local_midnight(day: date) -> datetime:
    """The start of a day at the house, in UTC (what the database compares with)."""
    return datetime.combine(day, time(0, 0), tzinfo=BERLIN).astimezone(UTC)


def raw(column: Any) -> Any:
    """A column read without type conversion: ids and dates arrive as stored text on SQLite."""
    return type_coerce(column, String)


def raw_key(value: object) -> str:
    """A uuid as the hex text SQLite stores; reports read ids uncoerced (much cheaper)."""
    return value.hex if isinstance(value, uuid.UUID) else str(value)
