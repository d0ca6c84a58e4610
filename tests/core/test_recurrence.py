"""Recurrence rules: dates, Berlin wall time across DST, ends, exceptions and closures."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import RecurrenceKind
from hor_desktop.core.recurrence import Closure, Rule, bookable, expand, rule_dates

WALL_TIMES = st.builds(time, st.integers(6, 20), st.sampled_from([0, 15, 30, 45]))


@st.composite
def rules(draw: st.DrawFn) -> Rule:
    kind = draw(st.sampled_from(list(RecurrenceKind)))
    first = draw(st.dates(date(2025, 1, 1), date(2028, 12, 31)))
    start = draw(WALL_TIMES)
    length = draw(st.integers(30, 180))
    end = (datetime.combine(first, start) + timedelta(minutes=length)).time()
    if end <= start:
        end = time(23, 59)
    use_count = draw(st.booleans())
    rule = Rule(
        kind=kind,
        first_date=first,
        local_start=start,
        local_end=end,
        weekday=draw(st.integers(1, 7)),
        interval=draw(st.integers(1, 4)),
        week_of_month=draw(st.sampled_from([1, 2, 3, 4, -1]))
        if kind is RecurrenceKind.MONTHLY_WEEKDAY
        else None,
        count=draw(st.integers(1, 60)) if use_count else None,
        until=None if use_count else first + timedelta(days=draw(st.integers(0, 800))),
    )
    dates = rule_dates(rule)
    exceptions = draw(st.sets(st.sampled_from(dates), max_size=5)) if dates else set()
    return Rule(**{**rule.__dict__, "exceptions": frozenset(exceptions)})


def weekly(**changes: object) -> Rule:
    values: dict[str, object] = {
        "kind": RecurrenceKind.WEEKLY, "first_date": date(2026, 3, 3),
        "local_start": time(18, 0), "local_end": time(20, 0), "weekday": 2, "count": 10,
    }  # fmt: skip
    values.update(changes)
    return Rule(**values)  # type: ignore[arg-type]


@given(rules())
def test_wall_time_is_stable_across_dst(rule: Rule) -> None:
    for occ in expand(rule):
        assert occ.starts_at.tzinfo is UTC or occ.starts_at.utcoffset() == timedelta(0)
        local = occ.starts_at.astimezone(BERLIN)
        assert (local.date(), local.time()) == (occ.day, rule.local_start)
        assert occ.ends_at.astimezone(BERLIN).time() == rule.local_end


@given(rules())
def test_count_and_until_are_respected(rule: Rule) -> None:
    dates = rule_dates(rule)
    if rule.count is not None:
        assert len(dates) <= rule.count
    if rule.until is not None:
        assert all(day <= rule.until for day in dates)
    assert all(day >= rule.first_date for day in dates)
    assert dates == sorted(set(dates))
    assert all(day.isoweekday() == rule.weekday for day in dates)


@given(rules())
def test_exceptions_are_removed(rule: Rule) -> None:
    days = [occ.day for occ in expand(rule)]
    assert not set(days) & rule.exceptions
    assert len(days) == len(rule_dates(rule)) - len(rule.exceptions)


@given(rules(), st.data())
def test_no_occurrence_on_a_closing_day_unless_forced(rule: Rule, data: st.DataObject) -> None:
    dates = rule_dates(rule)
    closed = data.draw(st.sets(st.sampled_from(dates), max_size=6)) if dates else set()
    forced = data.draw(st.sets(st.sampled_from(sorted(closed)), max_size=2)) if closed else set()
    closures = [Closure(day, "Schließtag") for day in closed]
    kept = bookable(expand(rule, closures, forced=forced))
    assert {occ.day for occ in kept} == (set(dates) - rule.exceptions - closed) | (
        forced - rule.exceptions
    )


def test_weekly_18_00_is_18_00_in_summer_and_winter() -> None:
    occs = expand(weekly(first_date=date(2026, 3, 17), count=3))  # DST starts 29 March
    assert [o.starts_at.hour for o in occs] == [17, 17, 16]  # UTC: CET, CET, CEST


def test_every_second_week() -> None:
    assert rule_dates(weekly(interval=2, count=3)) == [
        date(2026, 3, 3), date(2026, 3, 17), date(2026, 3, 31),
    ]  # fmt: skip


def test_monthly_last_friday() -> None:
    rule = Rule(
        kind=RecurrenceKind.MONTHLY_WEEKDAY, first_date=date(2026, 1, 1), weekday=5,
        week_of_month=-1, local_start=time(10), local_end=time(12), count=3,
    )  # fmt: skip
    assert rule_dates(rule) == [date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 27)]


def test_monthly_fifth_weekday_skips_short_months() -> None:
    rule = Rule(
        kind=RecurrenceKind.MONTHLY_WEEKDAY, first_date=date(2026, 1, 1), weekday=4,
        week_of_month=5, local_start=time(10), local_end=time(12), until=date(2026, 6, 30),
    )  # fmt: skip
    assert rule_dates(rule) == [date(2026, 1, 29), date(2026, 4, 30)]


def test_weiberfastnacht_blocks_the_afternoon_but_not_the_morning() -> None:
    closure = Closure(date(2026, 2, 12), "Weiberfastnacht", time(12, 0))
    morning = weekly(first_date=date(2026, 2, 12), weekday=4, local_start=time(9),
                     local_end=time(11), count=1)  # fmt: skip
    evening = weekly(first_date=date(2026, 2, 12), weekday=4, count=1)
    assert not expand(morning, [closure])[0].blocked
    assert expand(evening, [closure])[0].closure == closure


def test_rule_without_end_is_refused() -> None:
    with pytest.raises(ValueError, match="Enddatum"):
        rule_dates(weekly(count=None))
