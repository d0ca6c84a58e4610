"""Desk occupancy for the reports, checked against numbers counted by hand."""

from __future__ import annotations

from datetime import date

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import DeskSlot, Role
from hor_desktop.core.errors import ValidationError
from hor_desktop.services import closing_days, contacts, desk_stats, desks
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database

START, END = date(2026, 11, 23), date(2026, 12, 6)  # Monday to Sunday, two weeks


@pytest.fixture
def admin(desk_actor: Actor) -> Actor:
    return Actor(location_id=desk_actor.location_id, role=Role.LOCATION_ADMIN, name="Leitung")


@pytest.fixture
def dataset(db: Database, admin: Actor) -> tuple[desks.DeskDTO, desks.DeskDTO]:
    """A1: Mon 23 whole, Tue 24 morning, Mon 30 both halves, Wed 2 morning (the day is
    closed afterwards), Thu 3 afternoon, Fri 4 whole but cancelled. B1: Wed 25 whole."""
    assert admin.location_id is not None
    org = orgs.create_organisation(db.unit_of_work(admin), name="Verein X")
    contacts.add_contact(
        db.unit_of_work(admin), organisation_id=org.id, name="Ana", is_responsible=True
    )
    a1, b1 = (
        desks.create_desk(db.unit_of_work(admin), location_id=admin.location_id, label=label)
        for label in ("A1", "B1")
    )
    plan = [
        (a1, date(2026, 11, 23), DeskSlot.DAY), (a1, date(2026, 11, 24), DeskSlot.MORNING),
        (a1, date(2026, 11, 30), DeskSlot.MORNING), (a1, date(2026, 11, 30), DeskSlot.AFTERNOON),
        (a1, date(2026, 12, 2), DeskSlot.MORNING), (a1, date(2026, 12, 3), DeskSlot.AFTERNOON),
        (a1, date(2026, 12, 4), DeskSlot.DAY), (b1, date(2026, 11, 25), DeskSlot.DAY),
    ]  # fmt: skip
    made = [
        desks.book_desk(
            db.unit_of_work(admin),
            desk_id=desk.id,
            organisation_id=org.id,
            person_name="P",
            day=day,
            slot=slot,
        )
        for desk, day, slot in plan
    ]
    desks.cancel_desk_booking(db.unit_of_work(admin), booking_id=made[6].id)
    closing_days.add_closing_day(
        db.unit_of_work(admin), day=date(2026, 12, 2), reason="Inventur",
        location_id=admin.location_id,
    )  # fmt: skip
    return a1, b1


def table(rows: list[desk_stats.OccupancyRow]) -> list[tuple[str, str, int, float, int]]:
    return [
        (r.desk_label, r.month.strftime("%m"), r.weekday, r.booked_desk_days,
         r.available_desk_days)
        for r in rows
    ]  # fmt: skip


def test_occupancy_per_desk_month_and_weekday_matches_the_hand_count(
    db: Database, admin: Actor, dataset: tuple[desks.DeskDTO, desks.DeskDTO]
) -> None:
    rows = desk_stats.occupancy(
        db.unit_of_work(admin), start=START, end=END, location_id=admin.location_id
    )
    # Opening days: Nov 23-27, Nov 30, Dec 1, 3, 4 (Dec 2 closed, weekends closed).
    expected = []
    for label, a_booked in (("A1", (2.0, 0.5, 0.0)), ("B1", (0.0, 0.0, 1.0))):
        mon, tue, wed = a_booked
        expected += [
            (label, "11", 1, mon, 2), (label, "11", 2, tue, 1), (label, "11", 3, wed, 1),
            (label, "11", 4, 0.0, 1), (label, "11", 5, 0.0, 1),
            (label, "12", 2, 0.0, 1), (label, "12", 4, 0.5 if label == "A1" else 0.0, 1),
            (label, "12", 5, 0.0, 1),
        ]  # fmt: skip
    assert table(rows) == expected
    assert all(r.location_code == rows[0].location_code for r in rows)


def test_totals_and_rate(
    db: Database, admin: Actor, dataset: tuple[desks.DeskDTO, desks.DeskDTO]
) -> None:
    rows = desk_stats.occupancy(db.unit_of_work(admin), start=START, end=END)
    assert sum(r.booked_desk_days for r in rows) == 4.0  # 3 on A1 (Dec 2 closed), 1 on B1
    assert sum(r.available_desk_days for r in rows) == 18  # 9 opening days, two desks
    monday = next(r for r in rows if r.desk_label == "A1" and r.weekday == 1)
    assert monday.rate == 1.0


def test_all_locations_include_only_desks_that_exist(
    db: Database, admin: Actor, dataset: tuple[desks.DeskDTO, desks.DeskDTO]
) -> None:
    everywhere = desk_stats.occupancy(db.unit_of_work(admin), start=START, end=END)
    here = desk_stats.occupancy(
        db.unit_of_work(admin), start=START, end=END, location_id=admin.location_id
    )
    assert everywhere == here


def test_end_before_start_is_refused(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError):
        desk_stats.occupancy(db.unit_of_work(admin), start=END, end=START)
