"""Demo data: counts as reported, deterministic per seed, no double bookings, many scripts."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hor_desktop.core.enums import BookingStatus, DeskSlot, LoanState
from hor_desktop.core.errors import ConflictError
from hor_desktop.services.locations import seed_cologne_locations
from hor_desktop.store.database import Database, open_database
from hor_desktop.store.demo_data import DemoSummary, generate_demo_data
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
    Staff,
)
from tests.conftest import SYSTEM

TODAY = date(2026, 11, 25)


@pytest.fixture
def summary(db: Database) -> DemoSummary:
    return generate_demo_data(db, scale="S", seed=7, today=TODAY)


def _count(db: Database, model: type) -> int:
    with db.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(model)) or 0)


def test_counts_match_the_summary(db: Database, summary: DemoSummary) -> None:
    expected = {
        Staff: summary.staff,
        Organisation: summary.organisations,
        Contact: summary.contacts,
        EquipmentCategory: summary.categories,
        EquipmentItem: summary.items,
        Room: summary.rooms,
        Desk: summary.desks,
        Loan: summary.loans,
        LoanLine: summary.loan_lines,
        RoomBooking: summary.room_bookings,
        DeskBooking: summary.desk_bookings,
    }
    assert {model: _count(db, model) for model in expected} == expected
    assert (summary.organisations, summary.items) == (20, 40)
    assert summary.loans >= 95
    assert summary.room_bookings == summary.desk_bookings == 100


def _dump(path: Path, seed: int) -> list[tuple[object, ...]]:
    database = open_database(f"sqlite:///{path}")
    try:
        seed_cologne_locations(database.unit_of_work(SYSTEM))
        generate_demo_data(database, scale="S", seed=seed, today=TODAY)
        with database.engine.connect() as conn:
            rows = conn.execute(
                select(
                    Loan.receipt_no, Loan.state, Loan.start_date, Loan.due_date, Loan.id
                ).order_by(Loan.receipt_no)
            ).all()
            orgs = conn.execute(
                select(Organisation.name, Organisation.id).order_by(Organisation.id)
            )
            return [tuple(row) for row in rows] + [tuple(row) for row in orgs]
    finally:
        database.close()


def test_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    assert _dump(tmp_path / "a.sqlite", 3) == _dump(tmp_path / "b.sqlite", 3)


def test_other_seed_gives_other_data(tmp_path: Path) -> None:
    assert _dump(tmp_path / "a.sqlite", 3) != _dump(tmp_path / "b.sqlite", 4)


def test_every_loan_state_occurs(db: Database, summary: DemoSummary) -> None:
    with db.engine.connect() as conn:
        states = set(conn.scalars(select(Loan.state).distinct()))
        overdue = conn.scalar(
            select(func.count()).where(Loan.state == LoanState.OUT, Loan.due_date < TODAY)
        )
    assert states == set(LoanState)
    assert overdue


def test_no_item_is_in_two_overlapping_active_loans(db: Database, summary: DemoSummary) -> None:
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(LoanLine.item_id, Loan.start_date, Loan.due_date)
            .join(Loan, Loan.id == LoanLine.loan_id)
            .where(Loan.state.in_([LoanState.OUT, LoanState.RESERVED]))
            .order_by(LoanLine.item_id, Loan.start_date)
        ).all()
    assert rows
    periods: dict[object, list[tuple[date, date]]] = defaultdict(list)
    for item_id, start, due in rows:
        periods[item_id].append((start, due))
    for spans in periods.values():
        for (_, first_due), (second_start, _) in itertools.pairwise(spans):
            assert first_due < second_start


def test_no_room_is_double_booked(db: Database, summary: DemoSummary) -> None:
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(RoomBooking.room_id, RoomBooking.starts_at, RoomBooking.ends_at).order_by(
                RoomBooking.room_id, RoomBooking.starts_at
            )
        ).all()
    assert len(rows) == 100
    for (room, _, first_end), (other_room, second_start, _) in itertools.pairwise(rows):
        if room == other_room:
            assert first_end <= second_start


def test_no_desk_slot_is_double_booked(db: Database, summary: DemoSummary) -> None:
    with db.engine.connect() as conn:
        rows = conn.execute(select(DeskBooking.desk_id, DeskBooking.day, DeskBooking.slot)).all()
    by_desk_day: dict[tuple[object, date], list[DeskSlot]] = defaultdict(list)
    for desk, day, slot in rows:
        for other in by_desk_day[(desk, day)]:
            assert not DeskSlot(slot).overlaps(DeskSlot(other))
        by_desk_day[(desk, day)].append(slot)


def test_receipt_numbers_count_up_per_location_and_year(db: Database, summary: DemoSummary) -> None:
    with db.engine.connect() as conn:
        receipts = list(conn.scalars(select(Loan.receipt_no)))
    sequences: dict[str, list[int]] = defaultdict(list)
    for receipt in receipts:
        prefix, _, number = receipt.rpartition("-")
        assert len(number) == 5
        sequences[prefix].append(int(number))
    for numbers in sequences.values():
        assert sorted(numbers) == list(range(1, len(numbers) + 1))


def test_names_come_in_several_scripts(db: Database) -> None:
    generate_demo_data(db, scale="M", seed=1, today=TODAY)
    with db.engine.connect() as conn:
        names = " ".join(conn.scalars(select(Organisation.name)))
        people = " ".join(conn.scalars(select(Contact.name)))
    assert any("\u0400" <= ch <= "\u04ff" for ch in names)  # Cyrillic
    assert any("\u0600" <= ch <= "\u06ff" for ch in names)  # Arabic
    for letter in "ÄÖÜäöüłşğă":
        assert letter in names + people, letter
    assert " e.V." in names


def test_rows_carry_every_sync_column(db: Database, summary: DemoSummary) -> None:
    with db.engine.connect() as conn:
        row = conn.execute(select(LoanLine).limit(1)).one()
        cancelled = conn.scalar(
            select(func.count()).where(RoomBooking.status == BookingStatus.CANCELLED)
        )
    assert row.id.version == 7
    assert row.created_at.tzinfo is not None
    assert row.origin_location_id is not None
    assert row.row_hlc.endswith("-demo")
    assert cancelled is not None


def test_a_database_with_data_is_refused(db: Database, summary: DemoSummary) -> None:
    with pytest.raises(ConflictError):
        generate_demo_data(db, scale="S", seed=7, today=TODAY)
