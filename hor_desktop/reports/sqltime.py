"""Date and time arithmetic inside SQL, the same on SQLite and PostgreSQL.

The reports aggregate in the database, so days and local dates are computed there:
dates become day numbers (days since 1970-01-01), timestamps become microseconds since
the epoch (UTC), and Europe/Berlin is applied through a CASE over the year's DST
transitions, computed here with zoneinfo. Integers keep every figure exact. The few
functions that differ between the dialects are chosen by ``SqlTime.for_session``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    BigInteger,
    Integer,
    String,
    Uuid,
    cast,
    extract,
    func,
    literal,
    literal_column,
    null,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from hor_desktop.core.clock import BERLIN

US_PER_DAY = 86_400_000_000
US_PER_HOUR = 3_600_000_000
_EPOCH = date(1970, 1, 1)
_EPOCH_ORDINAL = _EPOCH.toordinal()

Expr = ColumnElement[Any]


def day_no(day: date) -> int:
    """Days since 1970-01-01."""
    return day.toordinal() - _EPOCH_ORDINAL


def day_of(number: int) -> date:
    return date.fromordinal(number + _EPOCH_ORDINAL)


def epoch_us(moment: datetime) -> int:
    """Microseconds since the epoch (a timezone-aware moment)."""
    delta = moment.astimezone(UTC) - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def local_midnight_us(day: date) -> int:
    """The start of a day at the house, in microseconds since the epoch."""
    return epoch_us(datetime.combine(day, datetime.min.time(), tzinfo=BERLIN))


def no_id() -> Expr:
    """A typed NULL for an id column of a UNION (PostgreSQL cannot guess its type).

    Read as text: a UNION's column takes its Python type from the first SELECT, and
    converting every id of the other SELECTs into a uuid object costs more than the query.
    """
    return type_coerce(cast(null(), Uuid()), String)


def no_number() -> Expr:
    return cast(null(), BigInteger)


def const(value: int) -> Expr:
    """An integer written into the SQL (computed here, never user input)."""
    return literal_column(str(int(value)), BigInteger)


@lru_cache(maxsize=16)
def _transitions(first_year: int, last_year: int) -> tuple[tuple[int, int, int], ...]:
    """(moment in µs, offset before, offset after) of every Berlin offset change."""

    def offset(us: int) -> int:
        moment = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=us)
        delta = moment.astimezone(BERLIN).utcoffset()
        assert delta is not None
        return int(delta.total_seconds()) * 1_000_000

    result = []
    day = epoch_us(datetime(first_year, 1, 1, tzinfo=UTC))
    stop = epoch_us(datetime(last_year + 1, 1, 1, tzinfo=UTC))
    while day < stop:
        before, after = offset(day), offset(day + US_PER_DAY)
        if before != after:
            lo, hi = 0, 86_400  # seconds into the day: offset(lo) is before, offset(hi) after
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if offset(day + mid * 1_000_000) == before:
                    lo = mid
                else:
                    hi = mid
            result.append((day + hi * 1_000_000, before, after))
        day += US_PER_DAY
    return tuple(result)


@dataclass(frozen=True)
class SqlTime:
    """Dialect-specific SQL for one report period (the DST table covers it, plus a year)."""

    dialect: str
    first_year: int
    last_year: int

    @classmethod
    def for_session(cls, session: Session, start: date, end: date) -> SqlTime:
        return cls(session.get_bind().dialect.name, start.year - 1, end.year + 1)

    @property
    def postgres(self) -> bool:
        return self.dialect == "postgresql"

    def least(self, a: Any, b: Any) -> Expr:
        return func.least(a, b) if self.postgres else func.min(a, b)

    def greatest(self, a: Any, b: Any) -> Expr:
        return func.greatest(a, b) if self.postgres else func.max(a, b)

    def day_no(self, column: Any) -> Expr:
        """A date column as days since 1970-01-01."""
        if self.postgres:
            return cast(column - literal_column("DATE '1970-01-01'"), Integer)
        # julianday() of a date is exact (n + 0.5), so the difference is a whole number.
        return cast(func.julianday(type_coerce(column, String)) - 2440587.5, Integer)

    def epoch_us(self, column: Any) -> Expr:
        """A UTC timestamp column as microseconds since the epoch."""
        if self.postgres:
            return cast(extract("epoch", column) * 1_000_000, BigInteger)
        # SQLite stores "YYYY-MM-DD HH:MM:SS.ffffff" (UTC). The fraction is cut off before
        # strftime, which would round .9995 up to the next second.
        text = type_coerce(column, String)
        seconds = cast(func.strftime("%s", func.substr(text, 1, 19)), BigInteger)
        return seconds * 1_000_000 + cast(func.substr(text, 21, 6), BigInteger)

    def time_us(self, column: Any) -> Expr:
        """A time-of-day column as microseconds after midnight."""
        if self.postgres:
            return cast(extract("epoch", column) * 1_000_000, BigInteger)
        text = type_coerce(column, String)  # stored as "HH:MM:SS.ffffff"
        whole = literal("1970-01-01 ", String) + func.substr(text, 1, 8)
        seconds = cast(func.strftime("%s", whole), BigInteger)
        return seconds * 1_000_000 + cast(func.substr(text, 10, 6), BigInteger)

    def _offset(self, value: Expr, *, wall: bool) -> Expr:
        transitions = _transitions(self.first_year, self.last_year)
        if not transitions:
            return const(_fixed_offset(self.first_year))
        whens = []
        for moment, before, after in transitions:
            # A wall time in a gap or in the repeated hour takes the earlier offset, as
            # datetime does with fold=0: the switch is at the later of its two wall times.
            threshold = moment + max(before, after) if wall else moment
            whens.append((value < const(threshold), const(before)))
        return sql_case(*whens, else_=const(transitions[-1][2]))

    def local_day(self, us: Expr) -> Expr:
        """The local (Europe/Berlin) day number of a moment given in µs since the epoch."""
        return (us + self._offset(us, wall=False)) // const(US_PER_DAY)

    def row_key(self, table: Any) -> Expr:
        """A key to count distinct rows by: SQLite compares its integer rowid much faster
        than the 32-character id text."""
        return table.c.id if self.postgres else literal_column(f"{table.name}.rowid", Integer)

    def local_day_of(self, column: Any) -> Expr:
        """The local day number of a UTC timestamp column."""
        if self.postgres:
            return self.local_day(self.epoch_us(column))
        # Cheaper on SQLite: compare the stored text, let date() add the offset exactly.
        text = type_coerce(column, String)
        transitions = _transitions(self.first_year, self.last_year)
        whens = [
            (text < _stored(moment), literal(f"{before // 1_000_000:+d} seconds", String))
            for moment, before, _after in transitions
        ]
        last = transitions[-1][2] if transitions else _fixed_offset(self.first_year)
        shift = sql_case(*whens, else_=literal(f"{last // 1_000_000:+d} seconds", String))
        return cast(func.julianday(func.date(text, shift)) - 2440587.5, Integer)

    def utc_of_wall(self, wall_us: Expr) -> Expr:
        """A local wall time (µs since the local epoch) as a UTC moment in µs."""
        return wall_us - self._offset(wall_us, wall=True)


def _stored(us: int) -> str:
    """A moment as SQLite stores a UTC timestamp (comparable as text)."""
    moment = datetime(1970, 1, 1) + timedelta(microseconds=us)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _fixed_offset(year: int) -> int:
    delta = datetime(year, 1, 1, tzinfo=BERLIN).utcoffset()
    assert delta is not None
    return int(delta.total_seconds()) * 1_000_000


@dataclass(frozen=True)
class Months:
    """The report's months: ``cte`` has index m, the first and last day number inside the
    period (mf, ml) and the period-clipped month as [lo_us, hi_us) in UTC microseconds."""

    cte: Any
    last_days: tuple[int, ...]

    def index_of(self, day_number: Any) -> Expr:
        """The index of the month holding a day number of the period (no join needed)."""
        if len(self.last_days) == 1:
            return const(0)
        whens = [(day_number <= const(last), const(m)) for m, last in enumerate(self.last_days)]
        return sql_case(*whens[:-1], else_=const(len(self.last_days) - 1))


def months_table(months: list[date], start: date, end: date) -> Months:
    """The months [start, end] touches (first days given in ``months``), clipped to it."""
    selects, last_days = [], []
    for index, first in enumerate(months):
        lo = max(first, start)
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        hi = min(following - timedelta(days=1), end)
        last_days.append(day_no(hi))
        selects.append(
            select(
                const(index).label("m"),
                const(day_no(lo)).label("mf"),
                const(day_no(hi)).label("ml"),
                const(local_midnight_us(lo)).label("lo_us"),
                const(local_midnight_us(hi + timedelta(days=1))).label("hi_us"),
            )
        )
    return Months(union_all(*selects).cte("months"), tuple(last_days))


def per_month_of(source: Any, keys: list[str], months: Months, sql: SqlTime, name: str) -> Any:
    """The rows of ``source`` (with lo..hi day numbers) once per month they touch, with
    their days in it; most lie in one month and need no join."""
    spans = select(
        source,
        months.index_of(source.c.lo).label("m_lo"),
        months.index_of(source.c.hi).label("m_hi"),
    ).cte(f"{name}_spans")
    table = months.cte
    columns = [spans.c[key] for key in keys]
    return union_all(
        select(
            spans.c.m_lo.label("m"), *columns, (spans.c.hi - spans.c.lo + 1).label("days")
        ).where(spans.c.m_lo == spans.c.m_hi),
        select(
            table.c.m,
            *columns,
            sql.least(spans.c.hi, table.c.ml) - sql.greatest(spans.c.lo, table.c.mf) + 1,
        )
        .join_from(spans, table, (table.c.m >= spans.c.m_lo) & (table.c.m <= spans.c.m_hi))
        .where(spans.c.m_lo < spans.c.m_hi),
    ).subquery(name)
