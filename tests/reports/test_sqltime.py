"""SqlTime: day numbers and Europe/Berlin in SQL agree with zoneinfo, around DST too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, literal_column, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from hor_desktop.core.clock import BERLIN
from hor_desktop.reports.sqltime import SqlTime, const, day_no, day_of, epoch_us

# Hours around the switches of 2025 are the interesting ones; draw them often.
SWITCHES = (datetime(2025, 3, 30, 1, tzinfo=UTC), datetime(2025, 10, 26, 1, tzinfo=UTC))
near_switch = st.builds(
    lambda base, minutes: base + timedelta(minutes=minutes),
    st.sampled_from(SWITCHES),
    st.integers(-26 * 60, 26 * 60),
)
any_moment = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(UTC)
)
moments = st.one_of(near_switch, any_moment)
PROPERTY = settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def session(request: pytest.FixtureRequest) -> Iterator[Session]:
    url = request.getfixturevalue("pg_url") if request.param == "postgres" else "sqlite://"
    engine: Engine = create_engine(url)
    with Session(engine) as s:
        yield s
    engine.dispose()


def _sql(session: Session) -> SqlTime:
    return SqlTime.for_session(session, date(2025, 1, 1), date(2025, 12, 31))


def _scalar(session: Session, expr: Any) -> Any:
    return session.execute(select(expr)).scalar_one()


@PROPERTY
@given(moment=moments)
def test_local_day_is_the_date_in_berlin(session: Session, moment: datetime) -> None:
    got = _scalar(session, _sql(session).local_day(const(epoch_us(moment))))
    assert day_of(got) == moment.astimezone(BERLIN).date()


@PROPERTY
@given(moment=moments)
def test_local_day_of_a_stored_timestamp(session: Session, moment: datetime) -> None:
    if session.get_bind().dialect.name == "sqlite":
        stored = literal_column(f"'{moment.replace(tzinfo=None).isoformat(' ', 'microseconds')}'")
    else:
        stored = literal_column(f"TIMESTAMPTZ '{moment.isoformat()}'")
    sql = _sql(session)
    assert day_of(_scalar(session, sql.local_day_of(stored))) == moment.astimezone(BERLIN).date()
    assert _scalar(session, sql.epoch_us(stored)) == epoch_us(moment)


@PROPERTY
@given(
    day=st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31))
    | st.sampled_from([date(2025, 3, 30), date(2025, 10, 26)]),
    wall=st.times().map(lambda t: t.replace(fold=0)),
)
def test_a_wall_time_becomes_the_utc_moment_datetime_gives(
    session: Session, day: date, wall: time
) -> None:
    local_us = (day_no(day) * 86_400 + wall.hour * 3600 + wall.minute * 60 + wall.second) * 10**6
    local_us += wall.microsecond
    got = _scalar(session, _sql(session).utc_of_wall(const(local_us)))
    assert got == epoch_us(datetime.combine(day, wall, tzinfo=BERLIN))


def test_dates_and_times_of_columns(session: Session) -> None:
    sql = _sql(session)
    if session.get_bind().dialect.name == "sqlite":
        day, moment = literal_column("'2025-03-30'"), literal_column("'08:30:15.000001'")
    else:
        day, moment = literal_column("DATE '2025-03-30'"), literal_column("TIME '08:30:15.000001'")
    assert day_of(_scalar(session, sql.day_no(day))) == date(2025, 3, 30)
    assert _scalar(session, sql.time_us(moment)) == (8 * 3600 + 30 * 60 + 15) * 10**6 + 1
    assert _scalar(session, sql.least(const(3), const(5))) == 3
    assert _scalar(session, sql.greatest(const(3), const(5))) == 5
