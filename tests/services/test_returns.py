"""The return desk: scanning a returned item, full and partial returns, due and overdue."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import ItemStatus, LoanState
from hor_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from hor_desktop.services import equipment, returns
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from tests.services.test_lending import World, assert_refused, make_world


@pytest.fixture
def world(
    db: Database, clock: FixedClock, locations: list[LocationDTO], desk_actor: Actor
) -> World:
    return make_world(db, clock, locations, desk_actor)


def test_partial_return_keeps_the_loan_open(world: World) -> None:
    loan = world.check_out([world.projectors[0].id, world.cables[0].id])
    world.clock.advance(timedelta(days=1))
    [after] = returns.check_in(
        world.uow(), line_ids=[loan.lines[1].id], checklist_results={"Kabel": True}
    )
    assert after.state is LoanState.OUT
    assert after.lines[1].returned_at == world.clock.now()
    assert after.lines[0].returned_at is None
    [closed] = returns.check_in(world.uow(), line_ids=[loan.lines[0].id])
    assert closed.state is LoanState.RETURNED
    assert closed.closed_at == world.clock.now()


def test_return_at_another_location_moves_the_item_there(world: World) -> None:
    loan = world.check_out([world.projectors[0].id])
    returns.check_in(world.db.unit_of_work(world.at(2)), line_ids=[loan.lines[0].id])
    item = equipment.get_item_by_inventory_no(world.uow(), "100230")
    assert item.current_location_id == world.locations[2].id
    assert item.home_location_id == world.locations[0].id


def test_damage_note_sends_the_item_to_maintenance(world: World) -> None:
    loan = world.check_out([world.projectors[0].id])
    returns.check_in(
        world.uow(), line_ids=[loan.lines[0].id], condition_in="Gehäuse gesprungen",
        damage_note="Linse zerkratzt",
    )  # fmt: skip
    item = equipment.get_item_by_inventory_no(world.uow(), "100230")
    assert (item.status, item.status_reason) == (ItemStatus.MAINTENANCE, "Linse zerkratzt")


def test_returned_line_cannot_be_returned_again(world: World) -> None:
    loan = world.check_out([world.cables[0].id, world.cables[1].id])
    returns.check_in(world.uow(), line_ids=[loan.lines[0].id])
    assert_refused(
        world, ConflictError, "nicht \\(mehr\\) ausgeliehen",
        lambda: returns.check_in(world.uow(), line_ids=[loan.lines[0].id, loan.lines[1].id]),
    )  # fmt: skip


def test_return_desk_finds_the_open_line_by_scanned_number(world: World) -> None:
    loan = world.check_out([world.projectors[0].id], due=date(2026, 11, 26))
    world.clock.advance(timedelta(days=2))
    found = returns.find_open_line_by_inventory_no(world.uow(), "100230")
    assert found.line_id == loan.lines[0].id
    assert found.loan.receipt_no == loan.receipt_no
    assert found.checklist == ("Fernbedienung", "HDMI-Kabel")
    assert found.is_overdue
    with pytest.raises(ConflictError, match="nicht ausgeliehen"):
        returns.find_open_line_by_inventory_no(world.uow(), "100231")
    with pytest.raises(NotFoundError):
        returns.find_open_line_by_inventory_no(world.uow(), "999999")


def test_due_and_overdue_lists_per_location(world: World) -> None:
    due_friday = world.check_out([world.cables[0].id], due=date(2026, 11, 27))
    world.check_out([world.cables[1].id], due=date(2026, 11, 27), actor=world.at(1))
    late = world.check_out([world.projectors[0].id], due=date(2026, 11, 26))
    location = world.locations[0].id
    due = returns.list_due(world.uow(), location_id=location, on=date(2026, 11, 27))
    assert [loan.id for loan in due] == [due_friday.id]
    world.clock.advance(timedelta(days=2))
    overdue = returns.list_overdue(world.uow(), location_id=location)
    assert [loan.id for loan in overdue] == [late.id]


def test_malformed_scan_is_a_validation_error(world: World) -> None:
    with pytest.raises(ValidationError, match="4 bis 12 Ziffern"):
        returns.find_open_line_by_inventory_no(world.uow(), "12ab")


def test_reserved_item_is_not_found_at_the_return_desk(world: World) -> None:
    world.reserve([world.projectors[0].id], start=date(2026, 11, 27))
    with pytest.raises(ConflictError, match="nicht ausgeliehen"):
        returns.find_open_line_by_inventory_no(world.uow(), "100230")


def test_partially_returned_loan_still_finds_the_remaining_item(world: World) -> None:
    loan = world.check_out([world.projectors[0].id, world.cables[0].id])
    returns.check_in(world.uow(), line_ids=[loan.lines[0].id])
    found = returns.find_open_line_by_inventory_no(world.uow(), "200100")
    assert found.line_id == loan.lines[1].id
    assert found.loan.state is LoanState.OUT
    assert not found.is_overdue
    with pytest.raises(ConflictError):
        returns.find_open_line_by_inventory_no(world.uow(), "100230")


def test_empty_return_is_refused(world: World) -> None:
    assert_refused(
        world, ValidationError, "kein Gerät", lambda: returns.check_in(world.uow(), line_ids=[])
    )


def test_damaged_return_writes_nothing_when_another_line_is_refused(world: World) -> None:
    loan = world.check_out([world.cables[0].id, world.cables[1].id])
    returns.check_in(world.uow(), line_ids=[loan.lines[0].id])
    assert_refused(
        world, ConflictError, "nicht \\(mehr\\) ausgeliehen",
        lambda: returns.check_in(
            world.uow(), line_ids=[loan.lines[1].id, loan.lines[0].id], damage_note="Riss"
        ),
    )  # fmt: skip
    item = equipment.get_item_by_inventory_no(world.uow(), "200101")
    assert item.status is ItemStatus.AVAILABLE


def test_overdue_list_leaves_out_returned_loans(world: World) -> None:
    loan = world.check_out([world.cables[0].id], due=date(2026, 11, 26))
    world.clock.advance(timedelta(days=3))
    assert returns.list_overdue(world.uow(), location_id=world.locations[0].id)
    returns.check_in(world.uow(), line_ids=[loan.lines[0].id])
    assert returns.list_overdue(world.uow(), location_id=world.locations[0].id) == []


def test_unknown_line_is_refused(world: World) -> None:
    assert_refused(
        world, NotFoundError, "Leihposition",
        lambda: returns.check_in(world.uow(), line_ids=[uuid.uuid4()]),
    )  # fmt: skip
