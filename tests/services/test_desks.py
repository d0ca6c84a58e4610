"""Desks and single desk bookings: slots, clashes, check-in, cancelling, listing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import BookingStatus, DeskSlot
from hor_desktop.core.errors import ConflictError, PermissionDeniedError, ValidationError
from hor_desktop.services import contacts, desks
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database

from . import desk_helpers
from .desk_helpers import DAY, book, counts

# The shared fixtures, under their names so pytest finds them here.
admin = desk_helpers.admin
verein = desk_helpers.verein
desk = desk_helpers.desk


@given(st.sampled_from(DeskSlot), st.sampled_from(DeskSlot))
def test_slot_overlap_is_symmetric(a: DeskSlot, b: DeskSlot) -> None:
    assert a.overlaps(b) == b.overlaps(a)


@given(st.sampled_from([DeskSlot.MORNING, DeskSlot.AFTERNOON]))
def test_half_day_and_whole_day_always_conflict(half: DeskSlot) -> None:
    assert half.overlaps(DeskSlot.DAY)
    assert DeskSlot.DAY.overlaps(half)
    assert half.overlaps(half)


def test_create_desk_needs_location_admin(db: Database, desk_actor: Actor) -> None:
    assert desk_actor.location_id is not None
    with pytest.raises(PermissionDeniedError):
        desks.create_desk(
            db.unit_of_work(desk_actor), location_id=desk_actor.location_id, label="B"
        )


def test_create_desk_needs_a_label(db: Database, admin: Actor) -> None:
    assert admin.location_id is not None
    with pytest.raises(ValidationError) as caught:
        desks.create_desk(db.unit_of_work(admin), location_id=admin.location_id, label=" ")
    assert caught.value.field == "label"


def test_list_desks(db: Database, admin: Actor, desk: desks.DeskDTO) -> None:
    assert admin.location_id is not None
    assert desks.list_desks(db.unit_of_work(admin), location_id=admin.location_id) == [desk]


def test_morning_and_afternoon_share_a_desk(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    morning = book(db, desk_actor, desk, verein, DeskSlot.MORNING)
    afternoon = book(db, desk_actor, desk, verein, DeskSlot.AFTERNOON, person="Oleh")
    assert (morning.status, afternoon.status) == (BookingStatus.CONFIRMED,) * 2
    assert (morning.desk_label, morning.organisation_name) == ("A1", "Verein X")


@pytest.mark.parametrize(
    ("first", "second"),
    [(DeskSlot.MORNING, DeskSlot.DAY), (DeskSlot.DAY, DeskSlot.AFTERNOON),
     (DeskSlot.AFTERNOON, DeskSlot.AFTERNOON), (DeskSlot.DAY, DeskSlot.DAY)],
)  # fmt: skip
def test_overlapping_slots_are_refused(
    db: Database, *, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO,
    first: DeskSlot, second: DeskSlot,
) -> None:  # fmt: skip
    book(db, desk_actor, desk, verein, first)
    before = counts(db)
    with pytest.raises(ConflictError, match=r"„A1“ ist am 25\.11\.2026 .* bereits gebucht"):
        book(db, desk_actor, desk, verein, second, person="Oleh")
    assert counts(db) == before


def test_other_day_is_free(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    book(db, desk_actor, desk, verein, DeskSlot.DAY)
    book(db, desk_actor, desk, verein, DeskSlot.DAY, day=DAY + timedelta(days=1))


def test_cancelled_booking_frees_the_desk(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    first = book(db, desk_actor, desk, verein, DeskSlot.DAY)
    desks.cancel_desk_booking(db.unit_of_work(desk_actor), booking_id=first.id)
    book(db, desk_actor, desk, verein, DeskSlot.MORNING)
    with pytest.raises(ConflictError):
        desks.cancel_desk_booking(db.unit_of_work(desk_actor), booking_id=first.id)


def test_inactive_desk_is_refused(
    db: Database, admin: Actor, desk_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    assert admin.location_id is not None
    broken = desks.create_desk(
        db.unit_of_work(admin), location_id=admin.location_id, label="B2", active=False
    )
    before = counts(db)
    with pytest.raises(ConflictError, match="außer Betrieb"):
        book(db, desk_actor, broken, verein, DeskSlot.MORNING)
    assert counts(db) == before


def test_blocked_organisation_cannot_book_a_desk(
    db: Database, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    orgs.block_organisation(db.unit_of_work(admin), organisation_id=verein.id, reason="Hausverbot")
    before = counts(db)
    with pytest.raises(ConflictError, match="gesperrt: Hausverbot"):
        book(db, desk_actor, desk, verein, DeskSlot.MORNING)
    assert counts(db) == before


def test_contact_of_another_organisation_is_refused(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    other = orgs.create_organisation(db.unit_of_work(desk_actor), name="Y")
    stranger = contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=other.id, name="Bo"
    )
    before = counts(db)
    with pytest.raises(ValidationError) as caught:
        desks.book_desk(
            db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=verein.id,
            contact_id=stranger.id, person_name="Bo", day=DAY, slot=DeskSlot.DAY,
        )  # fmt: skip
    assert caught.value.field == "contact_id"
    assert counts(db) == before


def test_person_name_is_required(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    with pytest.raises(ValidationError) as caught:
        book(db, desk_actor, desk, verein, DeskSlot.DAY, person="")
    assert caught.value.field == "person_name"


def test_check_in_sets_time_once_and_only_on_the_day(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO,
    clock: FixedClock,
) -> None:  # fmt: skip
    today = book(db, desk_actor, desk, verein, DeskSlot.MORNING)
    tomorrow = book(db, desk_actor, desk, verein, DeskSlot.MORNING, day=DAY + timedelta(days=1))
    checked = desks.check_in_desk_booking(db.unit_of_work(desk_actor), booking_id=today.id)
    assert checked.checked_in_at == clock.now()
    with pytest.raises(ConflictError, match="bereits eingecheckt"):
        desks.check_in_desk_booking(db.unit_of_work(desk_actor), booking_id=today.id)
    with pytest.raises(ConflictError, match=r"26\.11\.2026"):
        desks.check_in_desk_booking(db.unit_of_work(desk_actor), booking_id=tomorrow.id)


def test_list_desk_bookings_of_a_day(
    db: Database, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    assert admin.location_id is not None
    b1 = desks.create_desk(db.unit_of_work(admin), location_id=admin.location_id, label="B1")
    afternoon = book(db, desk_actor, desk, verein, DeskSlot.AFTERNOON)
    morning = book(db, desk_actor, desk, verein, DeskSlot.MORNING)
    whole = book(db, desk_actor, b1, verein, DeskSlot.DAY)
    cancelled = book(db, desk_actor, b1, verein, DeskSlot.DAY, day=DAY + timedelta(days=1))
    desks.cancel_desk_booking(db.unit_of_work(desk_actor), booking_id=cancelled.id)
    listed = desks.list_desk_bookings(
        db.unit_of_work(desk_actor), location_id=admin.location_id, day=DAY
    )
    assert [r.id for r in listed] == [morning.id, afternoon.id, whole.id]
    later = desks.list_desk_bookings(
        db.unit_of_work(desk_actor), location_id=admin.location_id, day=DAY + timedelta(days=1)
    )
    assert later == []


# --- closing days and ranges -----------------------------------------------------------


def test_single_booking_on_a_holiday_is_refused(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    with pytest.raises(ConflictError, match=r"25\.12\.2026 .*geschlossen \(Erster Weihnachtstag\)"):
        book(db, desk_actor, desk, verein, DeskSlot.DAY, day=date(2026, 12, 25))


def test_cancel_records_the_reason_given(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    booked = book(db, desk_actor, desk, verein, DeskSlot.MORNING)
    cancelled = desks.cancel_desk_booking(
        db.unit_of_work(desk_actor), booking_id=booked.id, reason="  krank  "
    )
    assert cancelled.cancel_reason == "krank"
    assert cancelled.status is BookingStatus.CANCELLED


def test_cancel_without_reason_leaves_it_empty(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    booked = book(db, desk_actor, desk, verein, DeskSlot.MORNING)
    assert booked.cancel_reason is None
    cancelled = desks.cancel_desk_booking(db.unit_of_work(desk_actor), booking_id=booked.id)
    assert cancelled.cancel_reason is None
