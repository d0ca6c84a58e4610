"""The conflicts inbox: listing by urgency, free alternatives, move, cancel, swap, override."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import BookingStatus, DeskSlot, LoanState, Role
from hor_desktop.core.errors import (
    ConflictError,
    PermissionDeniedError,
    ValidationError,
)
from hor_desktop.printing.archive import DocumentArchive
from hor_desktop.services import (
    conflict_actions,
    conflict_alternatives,
    conflicts,
    desks,
    documents,
    equipment,
    lending,
    rooms,
)
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from hor_desktop.store.models import AuditEvent, DeskBooking, Loan, LoanLine, RoomBooking
from tests.printing.pdf_text import all_text
from tests.services.conflict_helpers import (
    DAY,
    House,
    add_conflict,
    at,
    conflict_row,
    house,
    pulled_double_room,
)

__all__ = ["house"]  # the fixture, imported for pytest

# --- listing -----------------------------------------------------------------------------


def test_open_conflicts_are_sorted_soonest_first_then_by_kind(house: House) -> None:
    later, *_ = pulled_double_room(house, start=at(18), end=at(20), room=house.small)
    sooner, *_ = pulled_double_room(
        house, start=at(9, day=DAY - timedelta(days=5)), end=at(10, day=DAY - timedelta(days=5)),
        room=house.big,
    )  # fmt: skip
    refused = add_conflict(
        house, kind="refused", table_name="organisation", starts_at=at(18), detail="FK"
    )
    undated = add_conflict(
        house, kind="field_edit", table_name="organisation", field_name="name",
        value_a={"value": "A"}, value_b={"value": "B"},
    )  # fmt: skip
    past = add_conflict(
        house, kind="refused", table_name="loan", starts_at=at(9, day=date(2026, 11, 1))
    )
    found = conflicts.list_open_conflicts(house.uow())
    assert [c.id for c in found] == [sooner, later, refused, undated, past]


def test_both_rows_are_described_side_by_side(house: House) -> None:
    conflict_id, a_id, b_id = pulled_double_room(house, start=at(18), end=at(21))
    (card,) = conflicts.list_open_conflicts(house.uow())
    assert card.id == conflict_id and card.kind_label == "Raum doppelt gebucht"
    assert card.a.row_id == a_id and card.b is not None and card.b.row_id == b_id
    assert (card.a.organisation_name, card.b.organisation_name) == (
        "Afrika Forum e. V.", "Bildungsverein Köln",
    )  # fmt: skip
    assert card.a.resource == card.b.resource == "Seminarraum"
    assert card.a.when == "Mi 02.12.2026, 18:00–21:00 Uhr"
    assert card.a.location == house.location.name
    assert (card.a.status, card.b.status) == ("bestätigt", "im Konflikt")


def test_settled_conflicts_and_other_locations_are_not_listed(
    house: House, locations: list[LocationDTO]
) -> None:
    add_conflict(house, kind="refused", table_name="loan", status="cleared")
    elsewhere = add_conflict(
        house, kind="refused", table_name="loan", location_a_id=locations[2].id,
        location_b_id=locations[3].id,
    )  # fmt: skip
    assert conflicts.list_open_conflicts(house.uow()) == []
    assert [c.id for c in conflicts.list_open_conflicts(house.uow(), everywhere=True)] == [
        elsewhere
    ]
    assert conflicts.count_open_conflicts(house.uow()) == 1


def test_field_edit_shows_both_values(house: House) -> None:
    add_conflict(
        house, kind="field_edit", table_name="organisation", row_a_id=house.org_a,
        row_b_id=house.org_a, field_name="name", value_a={"value": "Afrika Forum e. V."},
        value_b={"value": "Afrika-Forum"},
    )  # fmt: skip
    (card,) = conflicts.list_open_conflicts(house.uow())
    assert card.a.what == "Organisation „Afrika Forum e. V.“" and card.field_label == "Name"
    assert (card.a.value, card.b and card.b.value) == ("Afrika Forum e. V.", "Afrika-Forum")


# --- alternatives ------------------------------------------------------------------------


def test_alternatives_offer_free_rooms_big_enough_then_times_of_the_same_room(
    house: House,
) -> None:
    conflict_id, *_ = pulled_double_room(house, start=at(18), end=at(20), attendees=10)
    rooms.book_room(
        house.uow(), room_id=house.small.id, organisation_id=house.org_a, title="Chor",
        starts_at=at(16), ends_at=at(17, 30),
    )  # fmt: skip
    found = conflict_alternatives.suggest_alternatives(house.uow(), conflict_id=conflict_id)
    other_rooms = [a for a in found if a.kind == "room"]
    assert [a.target_id for a in other_rooms] == [house.big.id]  # the tiny room is too small
    assert other_rooms[0].starts_at == at(18)
    times = [(a.starts_at, a.ends_at) for a in found if a.kind == "time"]
    assert times[0] == (at(20), at(22))  # the nearest free two hours in the same room
    assert (at(16), at(18)) not in times and (at(17), at(19)) not in times
    assert all(a.target_id == house.small.id for a in found if a.kind == "time")


def test_alternatives_for_a_desk_are_free_desks_and_the_other_half_day(
    house: House, db: Database
) -> None:
    assert house.location.id
    d1, d2, d3 = (
        desks.create_desk(house.uow(house.admin), location_id=house.location.id, label=label)
        for label in ("A1", "A2", "A3")
    )
    a = desks.book_desk(house.uow(), desk_id=d1.id, organisation_id=house.org_a,
                        person_name="Amina", day=DAY, slot=DeskSlot.MORNING)  # fmt: skip
    b = desks.book_desk(house.uow(), desk_id=d2.id, organisation_id=house.org_b,
                        person_name="Bodo", day=DAY, slot=DeskSlot.MORNING)  # fmt: skip
    desks.book_desk(house.uow(), desk_id=d3.id, organisation_id=house.org_b,
                    person_name="Cem", day=DAY, slot=DeskSlot.DAY)  # fmt: skip
    with house.uow() as uow:
        uow.session.get_one(DeskBooking, b.id).desk_id = d1.id
        uow.commit()
    conflict_id = add_conflict(house, kind="desk_double", table_name="desk_booking",
                               row_a_id=a.id, row_b_id=b.id, resource_id=d1.id)  # fmt: skip
    found = conflict_alternatives.suggest_alternatives(house.uow(), conflict_id=conflict_id)
    assert [(x.kind, x.target_id, x.slot) for x in found] == [
        ("desk", d2.id, DeskSlot.MORNING),
        ("slot", d1.id, DeskSlot.AFTERNOON),
    ]
    done = conflict_actions.move_booking(house.uow(), conflict_id=conflict_id, alternative=found[0])
    assert "A2" in done
    with house.uow() as uow:
        moved = uow.session.get_one(DeskBooking, b.id)
        assert (moved.desk_id, moved.status) == (d2.id, BookingStatus.TENTATIVE)


@pytest.fixture
def items(house: House, locations: list[LocationDTO]) -> list[equipment.ItemDTO]:
    beamer = equipment.create_category(house.uow(house.admin), name="Beamer")
    other = equipment.create_category(house.uow(house.admin), name="Kabel")
    return [
        equipment.create_item(
            house.uow(house.admin),
            inventory_no=f"10023{n}",
            name=f"Beamer {n}",
            category_id=(beamer if n < 3 else other).id,
            home_location_id=locations[0].id,
        )
        for n in range(4)
    ]


def pulled_double_loan(house: House, items: list[equipment.ItemDTO]) -> tuple[uuid.UUID, Any, Any]:
    start, due = date(2026, 12, 1), date(2026, 12, 4)
    a = lending.reserve(house.uow(), organisation_id=house.org_b, contact_id=house.contact_b,
                        item_ids=[items[0].id], start=start, due=due)  # fmt: skip
    b = lending.reserve(house.uow(), organisation_id=house.org_b, contact_id=house.contact_b,
                        item_ids=[items[1].id, items[2].id], start=start, due=due)  # fmt: skip
    line_b = next(line for line in b.lines if line.item_id == items[1].id)
    with house.uow() as uow:
        uow.session.get_one(LoanLine, line_b.id).item_id = items[0].id
        uow.commit()
    conflict_id = add_conflict(
        house, kind="item_double", table_name="loan_line", row_a_id=a.lines[0].id,
        row_b_id=line_b.id, resource_id=items[0].id, starts_at=at(0, day=start),
    )  # fmt: skip
    return conflict_id, a, b


def test_item_alternatives_are_free_items_of_the_same_category(
    house: House, items: list[equipment.ItemDTO]
) -> None:
    conflict_id, _a, b = pulled_double_loan(house, items)
    (card,) = conflicts.list_open_conflicts(house.uow())
    assert card.a.resource == card.b.resource == "100230 Beamer 0"  # type: ignore[union-attr]
    assert card.b and card.b.what == b.receipt_no
    # Beamer 1 was freed by the pull, Beamer 2 is in loan b itself, 3 is another category.
    found = conflict_alternatives.suggest_alternatives(house.uow(), conflict_id=conflict_id)
    assert [x.target_id for x in found] == [items[1].id]
    conflict_actions.move_booking(house.uow(), conflict_id=conflict_id, alternative=found[0])
    loan = lending.get_loan(house.uow(), b.id)
    assert sorted(line.item_id for line in loan.lines) == sorted([items[1].id, items[2].id])


def test_cancel_takes_only_the_contested_item_off_a_larger_reservation(
    house: House, items: list[equipment.ItemDTO]
) -> None:
    conflict_id, _a, b = pulled_double_loan(house, items)
    conflict_actions.cancel_booking(house.uow(), conflict_id=conflict_id, reason="doppelt")
    loan = lending.get_loan(house.uow(), b.id)
    assert loan.state is LoanState.RESERVED
    assert [line.item_id for line in loan.lines] == [items[2].id]
    assert conflict_row(house, conflict_id).status == "resolved"


# --- actions -----------------------------------------------------------------------------


def test_move_puts_the_conflicting_booking_into_the_free_room_and_closes_the_card(
    house: House, desk_actor: Actor
) -> None:
    conflict_id, a_id, b_id = pulled_double_room(house, start=at(18), end=at(20))
    (big,) = [
        x for x in conflict_alternatives.suggest_alternatives(house.uow(), conflict_id=conflict_id)
        if x.kind == "room"
    ]  # fmt: skip
    conflict_actions.move_booking(house.uow(), conflict_id=conflict_id, alternative=big)
    with house.uow() as uow:
        b = uow.session.get_one(RoomBooking, b_id)
        assert (b.room_id, b.status) == (house.big.id, BookingStatus.TENTATIVE)
        assert uow.session.get_one(RoomBooking, a_id).room_id == house.small.id
        events = uow.session.scalars(
            select(AuditEvent.entity).where(AuditEvent.entity_id.in_([b_id, conflict_id]))
        ).all()
    row = conflict_row(house, conflict_id)
    assert row.status == "resolved" and row.resolved_at is not None
    assert "Saal" in (row.resolution_note or "")
    assert {"room_booking", "sync_conflict"} <= set(events)
    assert conflicts.list_open_conflicts(house.uow()) == []


def test_move_into_a_room_taken_meanwhile_changes_nothing(house: House) -> None:
    conflict_id, _a, b_id = pulled_double_room(house, start=at(18), end=at(20))
    (big,) = [
        x for x in conflict_alternatives.suggest_alternatives(house.uow(), conflict_id=conflict_id)
        if x.kind == "room"
    ]  # fmt: skip
    rooms.book_room(house.uow(), room_id=house.big.id, organisation_id=house.org_a,
                    title="Fest", starts_at=at(19), ends_at=at(22))  # fmt: skip
    with pytest.raises(ConflictError, match="bereits gebucht"):
        conflict_actions.move_booking(house.uow(), conflict_id=conflict_id, alternative=big)
    with house.uow() as uow:
        assert uow.session.get_one(RoomBooking, b_id).room_id == house.small.id
    assert conflict_row(house, conflict_id).status == "open"


def test_cancel_needs_a_reason_and_cancels_the_conflicting_booking(house: House) -> None:
    conflict_id, a_id, b_id = pulled_double_room(house, start=at(18), end=at(20))
    with pytest.raises(ValidationError):
        conflict_actions.cancel_booking(house.uow(), conflict_id=conflict_id, reason="  ")
    conflict_actions.cancel_booking(house.uow(), conflict_id=conflict_id, reason="abgesprochen")
    with house.uow() as uow:
        b = uow.session.get_one(RoomBooking, b_id)
        assert (b.status, b.cancel_reason) == (BookingStatus.CANCELLED, "abgesprochen")
        assert uow.session.get_one(RoomBooking, a_id).status is BookingStatus.CONFIRMED
    assert "abgesprochen" in (conflict_row(house, conflict_id).resolution_note or "")
    with pytest.raises(ConflictError, match="bereits erledigt"):
        conflict_actions.cancel_booking(house.uow(), conflict_id=conflict_id, reason="nochmal")


def test_swap_gives_the_slot_to_the_conflicting_booking_and_moves_the_other(
    house: House,
) -> None:
    conflict_id, a_id, b_id = pulled_double_room(house, start=at(18), end=at(20))
    (big,) = [
        x for x in conflict_alternatives.suggest_alternatives(
            house.uow(), conflict_id=conflict_id, side="a"
        ) if x.kind == "room"
    ]  # fmt: skip
    conflict_actions.swap_bookings(house.uow(), conflict_id=conflict_id, alternative=big)
    with house.uow() as uow:
        a = uow.session.get_one(RoomBooking, a_id)
        b = uow.session.get_one(RoomBooking, b_id)
        assert (a.room_id, b.room_id) == (house.big.id, house.small.id)
        assert b.status is BookingStatus.TENTATIVE
    assert conflict_row(house, conflict_id).status == "resolved"


def test_swap_refuses_when_the_conflicting_booking_still_does_not_fit(house: House) -> None:
    conflict_id, a_id, _b = pulled_double_room(house, start=at(18), end=at(20))
    # A third booking overlaps b's time in the contested room: a swap cannot help b.
    with house.uow() as uow:
        third = RoomBooking(
            room_id=house.small.id, organisation_id=house.org_a, title="Dritte",
            starts_at=at(19), ends_at=at(21), status=BookingStatus.CONFIRMED,
        )  # fmt: skip
        uow.session.add(third)
        uow.commit()
    alternative = conflict_alternatives.AlternativeDTO("room", "Saal", house.big.id, at(18), at(20))
    with pytest.raises(ConflictError):
        conflict_actions.swap_bookings(
            house.uow(), conflict_id=conflict_id, alternative=alternative
        )
    with house.uow() as uow:
        assert uow.session.get_one(RoomBooking, a_id).room_id == house.small.id
    assert conflict_row(house, conflict_id).status == "open"


def test_desk_role_may_not_override(house: House) -> None:
    conflict_id, *_ = pulled_double_room(house, start=at(18), end=at(20))
    with pytest.raises(PermissionDeniedError):
        conflicts.admin_override(house.uow(), conflict_id=conflict_id, reason="geteilt")
    assert conflict_row(house, conflict_id).status == "open"


def test_location_admin_override_keeps_both_rows_with_the_reason(
    house: House, location_admin: Actor
) -> None:
    conflict_id, a_id, b_id = pulled_double_room(house, start=at(18), end=at(20))
    with pytest.raises(ValidationError):
        conflicts.admin_override(house.uow(location_admin), conflict_id=conflict_id, reason="")
    conflicts.admin_override(
        house.uow(location_admin), conflict_id=conflict_id, reason="Gruppen teilen sich den Raum"
    )
    row = conflict_row(house, conflict_id)
    assert (row.status, row.resolution_note) == ("overridden", "Gruppen teilen sich den Raum")
    with house.uow() as uow:
        statuses = {uow.session.get_one(RoomBooking, i).status for i in (a_id, b_id)}
        override_events = uow.session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity_id == conflict_id, AuditEvent.action == "override"
            )
        ).all()
    assert BookingStatus.CANCELLED not in statuses
    assert len(override_events) == 1


def test_acknowledge_closes_a_refused_operation_but_not_a_double_booking(house: House) -> None:
    refused = add_conflict(house, kind="refused", table_name="loan", detail="FK verletzt")
    conflicts.acknowledge(house.uow(), conflict_id=refused, note="neu erfasst")
    assert conflict_row(house, refused).status == "resolved"
    double, *_ = pulled_double_room(house, start=at(18), end=at(20))
    with pytest.raises(ConflictError):
        conflicts.acknowledge(house.uow(), conflict_id=double)


def test_moving_a_loan_that_is_out_is_refused(house: House, items: list[equipment.ItemDTO]) -> None:
    conflict_id, _a, b = pulled_double_loan(house, items)
    with house.uow() as uow:
        uow.session.get_one(Loan, b.id).state = LoanState.OUT
        uow.commit()
    alternative = conflict_alternatives.AlternativeDTO("item", "Beamer 1", items[1].id)
    with pytest.raises(ConflictError, match="ausgegeben"):
        conflict_actions.move_booking(house.uow(), conflict_id=conflict_id, alternative=alternative)


def test_admin_sees_conflicts_of_every_role_but_desk_staff_can_act_too(
    house: House, desk_actor: Actor
) -> None:
    assert desk_actor.role is Role.DESK
    conflict_id, *_ = pulled_double_room(house, start=at(18), end=at(20))
    assert [c.id for c in conflicts.list_open_conflicts(house.uow(house.admin))] == [conflict_id]


def test_a_booking_in_conflict_prints_as_provisional_until_moved_and_confirmed(
    house: House, tmp_path: Path
) -> None:
    _conflict, a_id, b_id = pulled_double_room(house, start=at(18), end=at(20))
    archive = DocumentArchive(tmp_path / "archiv")
    in_conflict = documents.issue_booking_confirmation(
        house.uow(), room_booking_id=b_id, archive=archive
    )
    confirmed = documents.issue_booking_confirmation(
        house.uow(), room_booking_id=a_id, archive=archive
    )
    assert "VORLÄUFIG" in all_text(in_conflict.pdf)
    assert "VORLÄUFIG" not in all_text(confirmed.pdf)
