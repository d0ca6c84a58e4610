"""Closing days: seeding the Cologne extras, editing, and the due dates they move."""

from __future__ import annotations

from datetime import date, time

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.core.errors import PermissionDeniedError, ValidationError
from hor_desktop.services import closing_days, equipment
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database


@pytest.fixture
def manager(locations: list[LocationDTO]) -> Actor:
    return Actor(location_id=locations[0].id, role=Role.LOCATION_ADMIN, name="Leitung")


@pytest.fixture
def week_category(db: Database, manager: Actor) -> equipment.CategoryDTO:
    return equipment.create_category(db.unit_of_work(manager), name="Beamer", default_loan_days=7)


def due(db: Database, actor: Actor, category: equipment.CategoryDTO, start: date) -> date:
    assert actor.location_id is not None
    return closing_days.default_due_date(
        db.unit_of_work(actor), category_id=category.id, location_id=actor.location_id, start=start
    )


def test_seeding_the_cologne_extras_is_idempotent(db: Database, manager: Actor) -> None:
    first = closing_days.seed_cologne_extras(db.unit_of_work(manager), years=[2026, 2027])
    again = closing_days.seed_cologne_extras(db.unit_of_work(manager), years=[2027])
    assert len(first) == 8
    assert again == []
    assert {row.reason for row in first} == {
        "Weiberfastnacht", "Rosenmontag", "Heiligabend", "Silvester"
    }  # fmt: skip


def test_due_date_moves_off_christmas_and_the_weekend(
    db: Database, manager: Actor, week_category: equipment.CategoryDTO
) -> None:
    # 25.12. and 26.12. are holidays, 27.12. is a Sunday
    assert due(db, manager, week_category, date(2026, 12, 18)) == date(2026, 12, 28)


def test_due_date_moves_off_rosenmontag_once_seeded(
    db: Database, manager: Actor, week_category: equipment.CategoryDTO
) -> None:
    assert due(db, manager, week_category, date(2027, 2, 1)) == date(2027, 2, 8)
    closing_days.seed_cologne_extras(db.unit_of_work(manager), years=[2027])
    assert due(db, manager, week_category, date(2027, 2, 1)) == date(2027, 2, 9)


def test_half_day_weiberfastnacht_does_not_move_the_due_date(
    db: Database, manager: Actor, week_category: equipment.CategoryDTO
) -> None:
    closing_days.seed_cologne_extras(db.unit_of_work(manager), years=[2027])
    assert due(db, manager, week_category, date(2027, 1, 28)) == date(2027, 2, 4)


def test_closing_day_of_one_location_leaves_the_others_open(
    db: Database, manager: Actor, locations: list[LocationDTO]
) -> None:
    closing_days.add_closing_day(
        db.unit_of_work(manager), day=date(2026, 12, 7), reason="Betriebsausflug",
        location_id=locations[0].id,
    )  # fmt: skip
    with db.unit_of_work(manager) as uow:
        mine = closing_days.closed_days(
            uow.session, location_id=locations[0].id, start=date(2026, 12, 1),
            end=date(2026, 12, 31),
        )  # fmt: skip
        other = closing_days.closed_days(
            uow.session, location_id=locations[1].id, start=date(2026, 12, 1),
            end=date(2026, 12, 31),
        )  # fmt: skip
    assert mine == {date(2026, 12, 7)}
    assert other == set()


def test_edit_and_remove_a_closing_day(db: Database, manager: Actor) -> None:
    added = closing_days.add_closing_day(
        db.unit_of_work(manager), day=date(2026, 12, 7), reason="Inventur"
    )
    edited = closing_days.edit_closing_day(
        db.unit_of_work(manager), closing_day_id=added.id, day=date(2026, 12, 8),
        reason="Inventur", closed_from=time(13, 0),
    )  # fmt: skip
    assert (edited.day, edited.closed_from) == (date(2026, 12, 8), time(13, 0))
    closing_days.remove_closing_day(db.unit_of_work(manager), closing_day_id=added.id)
    listed = closing_days.list_closing_days(
        db.unit_of_work(manager), start=date(2026, 12, 1), end=date(2026, 12, 31)
    )
    assert listed == []


def test_duplicate_closing_day_is_refused(db: Database, manager: Actor) -> None:
    closing_days.add_closing_day(db.unit_of_work(manager), day=date(2026, 12, 7), reason="Inventur")
    with pytest.raises(ValidationError, match=r"07\.12\.2026 \(Inventur\)"):
        closing_days.add_closing_day(
            db.unit_of_work(manager), day=date(2026, 12, 7), reason="Inventur"
        )


def test_desk_staff_may_not_add_closing_days(db: Database, desk_actor: Actor) -> None:
    with pytest.raises(PermissionDeniedError):
        closing_days.add_closing_day(db.unit_of_work(desk_actor), day=date(2026, 12, 7), reason="x")
