"""NRW holidays, Cologne extras and the next opening day."""

from __future__ import annotations

from datetime import date, time

import pytest

from hor_desktop.core import calendar
from hor_desktop.core.calendar import DEFAULT_OPENING_HOURS


def test_nrw_holidays_include_corpus_christi_and_all_saints() -> None:
    holidays = calendar.nrw_public_holidays(2026)
    assert date(2026, 6, 4) in holidays  # Fronleichnam
    assert date(2026, 11, 1) in holidays  # Allerheiligen
    assert date(2026, 10, 31) not in holidays  # Reformationstag is not a holiday in NRW


def test_cologne_extras_follow_easter() -> None:
    extras = {rule.reason: rule for rule in calendar.cologne_extras(2027)}
    assert extras["Rosenmontag"].day == date(2027, 2, 8)
    assert extras["Weiberfastnacht"].day == date(2027, 2, 4)
    assert extras["Weiberfastnacht"].closed_from == time(12, 0)
    assert extras["Rosenmontag"].closed_from is None


def test_next_opening_day_skips_holidays_and_weekend() -> None:
    assert calendar.next_opening_day(date(2026, 12, 25), DEFAULT_OPENING_HOURS) == date(
        2026, 12, 28
    )


def test_next_opening_day_skips_house_closing_days() -> None:
    closed = [date(2026, 12, 28), date(2026, 12, 29)]
    assert calendar.next_opening_day(date(2026, 12, 25), DEFAULT_OPENING_HOURS, closed) == date(
        2026, 12, 30
    )


def test_default_due_date_adds_loan_days_first() -> None:
    assert calendar.default_due_date(date(2026, 12, 18), 7, DEFAULT_OPENING_HOURS) == date(
        2026, 12, 28
    )


def test_location_without_opening_hours_has_no_opening_day() -> None:
    with pytest.raises(ValueError, match="no opening hours"):
        calendar.next_opening_day(date(2026, 12, 1), {})
