"""build_report (aggregated in SQL) against a plain day-by-day Python count, on random data.

Random loans (partial returns, overdue, cancelled), room bookings (over midnight and the
DST switch of 30.03.2025) and desk bookings between February and April 2025.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from hor_desktop.core import calendar
from hor_desktop.core.clock import BERLIN, FixedClock
from hor_desktop.core.enums import BookingStatus, DeskSlot, LoanState
from hor_desktop.reports.build import build_report
from hor_desktop.services.locations import list_locations, seed_cologne_locations
from hor_desktop.store.database import Database, open_database
from hor_desktop.store.models import (
    Contact,
    Desk,
    DeskBooking,
    EquipmentCategory,
    EquipmentItem,
    Loan,
    LoanLine,
    Organisation,
    Room,
    RoomBooking,
)
from tests.conftest import SYSTEM

FIRST = date(2025, 2, 10)
TODAY = datetime(2025, 3, 20, 9, 0, tzinfo=UTC)
ROOM_HOURS = ((time(8, 0), time(22, 0)), (time(9, 0), time(17, 30)))  # room 0 at A, 1 at B
DESKS = (0, 0, 1)  # two desks at A, one at B
T = TypeVar("T")


@dataclass(frozen=True)
class LoanSpec:
    org: int
    loc: int
    start: int  # days after FIRST
    due: int  # days after start
    cancelled: bool
    lines: tuple[tuple[int, int | None], ...]  # item, returned (minutes after the start day)


@dataclass(frozen=True)
class RoomSpec:
    room: int
    org: int
    start: int  # minutes after FIRST 00:00 local
    minutes: int
    cancelled: bool


@dataclass(frozen=True)
class DeskSpec:
    desk: int
    org: int
    day: int
    slot: DeskSlot
    cancelled: bool


loans = st.builds(
    LoanSpec, st.integers(0, 3), st.integers(0, 1), st.integers(0, 70), st.integers(0, 20),
    st.booleans(),
    st.lists(
        st.tuples(st.integers(0, 4), st.none() | st.integers(0, 30 * 24 * 60)),
        min_size=1, max_size=3, unique_by=lambda line: line[0],
    ).map(tuple),
)  # fmt: skip
rooms = st.builds(
    RoomSpec, st.integers(0, 1), st.integers(0, 3),
    st.integers(0, 75 * 96).map(lambda q: q * 15), st.integers(1, 40).map(lambda q: q * 45),
    st.booleans(),
)  # fmt: skip
desks = st.builds(
    DeskSpec, st.integers(0, len(DESKS) - 1), st.integers(0, 3), st.integers(0, 75),
    st.sampled_from(list(DeskSlot)), st.booleans(),
)  # fmt: skip
periods = st.tuples(st.integers(0, 75), st.integers(0, 45))


def local(minutes_after_first: int) -> datetime:
    """A wall time counted from FIRST 00:00 at the house, as datetime.combine reads it."""
    day, minute = divmod(minutes_after_first, 24 * 60)
    wall = time(minute // 60, minute % 60)
    return datetime.combine(FIRST + timedelta(days=day), wall, tzinfo=BERLIN).astimezone(UTC)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with locations, organisations, items, rooms and desks, but no bookings."""
    path = tmp_path_factory.mktemp("report_property") / "template.sqlite"
    db = open_database(f"sqlite:///{path}")
    seed_cologne_locations(db.unit_of_work(SYSTEM))
    locs = [loc.id for loc in list_locations(db.unit_of_work(SYSTEM))]
    with db.unit_of_work(SYSTEM) as uow:
        s = uow.session
        cat = EquipmentCategory(name="Beamer", checklist=[])
        s.add(cat)
        s.flush()
        for n in range(4):
            org = Organisation(name=f"Verein {n}", name_key=f"verein {n}")
            s.add(org)
            s.flush()
            s.add(Contact(organisation_id=org.id, name="Kontakt", name_key="kontakt"))
        for n in range(5):
            s.add(EquipmentItem(
                inventory_no=f"20000{n}", name=f"Gerät {n}", name_key=f"gerät {n}",
                category_id=cat.id, home_location_id=locs[n % 2], current_location_id=locs[n % 2],
            ))  # fmt: skip
        for n, (opens, closes) in enumerate(ROOM_HOURS):
            s.add(Room(location_id=locs[n], name=f"Raum {n}", capacity=10, features=[],
                       bookable_from=opens, bookable_until=closes))  # fmt: skip
        for n, loc in enumerate(DESKS):
            s.add(Desk(location_id=locs[loc], label=f"P{n}", features=[]))
        uow.commit()
    db.close()
    return path


def _rows(session: Session, model: type[T], order: Any) -> list[T]:
    return list(session.scalars(select(model).order_by(order)))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    loan_specs=st.lists(loans, max_size=6), room_specs=st.lists(rooms, max_size=6),
    desk_specs=st.lists(desks, max_size=6), period=periods,
)  # fmt: skip
def test_sql_figures_equal_a_day_by_day_count(  # noqa: PLR0917 (fixtures + strategies)
    template: Path, tmp_path: Path, loan_specs: list[LoanSpec], room_specs: list[RoomSpec],
    desk_specs: list[DeskSpec], period: tuple[int, int],
) -> None:  # fmt: skip
    path = tmp_path / f"example-{datetime.now().timestamp()}.sqlite"
    shutil.copy(template, path)
    db = open_database(f"sqlite:///{path}", clock=FixedClock(TODAY))
    try:
        _check(db, loan_specs, room_specs, desk_specs, period)
    finally:
        db.close()
        path.unlink()


def _check(
    db: Database, loan_specs: list[LoanSpec], room_specs: list[RoomSpec],
    desk_specs: list[DeskSpec], period: tuple[int, int],
) -> None:  # fmt: skip
    start = FIRST + timedelta(days=period[0])
    end = start + timedelta(days=period[1])
    today = TODAY.astimezone(BERLIN).date()
    locs = list_locations(db.unit_of_work(SYSTEM))
    with db.unit_of_work(SYSTEM) as uow:
        s = uow.session
        orgs = _rows(s, Organisation, Organisation.name)
        contacts = {c.organisation_id: c.id for c in _rows(s, Contact, Contact.name)}
        items = _rows(s, EquipmentItem, EquipmentItem.inventory_no)
        room_rows = _rows(s, Room, Room.name)
        desk_rows = _rows(s, Desk, Desk.label)
        for n, spec in enumerate(loan_specs):
            begin = FIRST + timedelta(days=spec.start)
            returns = [None if r is None else local(spec.start * 1440 + r) for _i, r in spec.lines]
            done = all(r is not None for r in returns)
            state = LoanState.CANCELLED if spec.cancelled else (
                LoanState.RETURNED if done else LoanState.OUT)  # fmt: skip
            loan = Loan(
                receipt_no=f"P-{n}", organisation_id=orgs[spec.org].id,
                contact_id=contacts[orgs[spec.org].id], start_date=begin,
                due_date=begin + timedelta(days=spec.due), state=state,
                location_out_id=locs[spec.loc].id,
                closed_at=max(r for r in returns if r) if done else None,  # type: ignore[type-var]
            )  # fmt: skip
            s.add(loan)
            s.flush()
            for (item, _r), returned in zip(spec.lines, returns, strict=True):
                s.add(LoanLine(loan_id=loan.id, item_id=items[item].id, returned_at=returned))
        for spec in room_specs:
            s.add(RoomBooking(
                room_id=room_rows[spec.room].id, organisation_id=orgs[spec.org].id, title="T",
                starts_at=local(spec.start),
                ends_at=local(spec.start) + timedelta(minutes=spec.minutes),
                status=BookingStatus.CANCELLED if spec.cancelled else BookingStatus.CONFIRMED,
            ))  # fmt: skip
        for spec in desk_specs:
            s.add(DeskBooking(
                desk_id=desk_rows[spec.desk].id, organisation_id=orgs[spec.org].id,
                person_name="P", day=FIRST + timedelta(days=spec.day), slot=spec.slot,
                status=BookingStatus.CANCELLED if spec.cancelled else BookingStatus.CONFIRMED,
            ))  # fmt: skip
        uow.commit()
    report = build_report(db.unit_of_work(SYSTEM), start=start, end=end)

    # --- the reference: every day, one by one ---
    period_days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    open_days = {
        n: {d for d in period_days if calendar.is_opening_day(d, locs[n].opening_hours)}
        for n in range(2)
    }
    served: set[int] = set()
    month_days: dict[date, int] = defaultdict(int)
    month_loans: dict[date, set[int]] = defaultdict(set)
    lent_items, lent_loans, equipment_days = set(), set(), 0
    for n, spec in enumerate(loan_specs):
        if spec.cancelled:
            continue
        begin = FIRST + timedelta(days=spec.start)
        for item, r in spec.lines:
            last = (local(spec.start * 1440 + r).astimezone(BERLIN).date() if r is not None
                    else max(begin + timedelta(days=spec.due), today))  # fmt: skip
            for d in period_days:
                if begin <= d <= last:
                    equipment_days += 1
                    lent_items.add(item)
                    lent_loans.add(n)
                    served.add(spec.org)
                    month_days[d.replace(day=1)] += 1
                    month_loans[d.replace(day=1)].add(n)
    lo = datetime.combine(start, time(0), tzinfo=BERLIN)
    hi = datetime.combine(end + timedelta(days=1), time(0), tzinfo=BERLIN)
    hours, used, count = [0.0, 0.0], [0.0, 0.0], [0, 0]
    for spec in room_specs:
        b_start = local(spec.start)
        b_end = b_start + timedelta(minutes=spec.minutes)
        if spec.cancelled or not (b_start < hi and b_end > lo):
            continue
        count[spec.room] += 1
        overlap = (min(b_end, hi) - max(b_start, lo)).total_seconds()
        hours[spec.room] += overlap / 3600
        served.add(spec.org)
        for d in open_days[spec.room]:  # room n is at location n
            w_from, w_until = (datetime.combine(d, t, tzinfo=BERLIN) for t in ROOM_HOURS[spec.room])
            used[spec.room] += (
                max(0.0, (min(b_end, w_until) - max(b_start, w_from)).total_seconds()) / 3600
            )
    desk_days = 0.0
    for spec in desk_specs:
        day = FIRST + timedelta(days=spec.day)
        if spec.cancelled or not start <= day <= end:
            continue
        served.add(spec.org)
        if day in open_days[DESKS[spec.desk]]:
            desk_days += 1.0 if spec.slot is DeskSlot.DAY else 0.5

    assert report.equipment_days == equipment_days
    assert report.loans == len(lent_loans)
    assert report.items_lent == len(lent_items)
    assert [(m.month, m.equipment_days, m.loans) for m in report.months] == [
        (m.month, month_days[m.month], len(month_loans[m.month])) for m in report.months
    ]
    assert [(r.bookings, r.hours, r.used_hours) for r in report.rooms] == [
        (count[n], round(hours[n], 4), round(used[n], 4)) for n in range(2)
    ]
    assert report.desk_days == desk_days
    assert report.organisations_served == len(served)
