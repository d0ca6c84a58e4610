"""Desk bookings: slots, ranges, closing days, quotas, no-shows, check-in and listing."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import BookingStatus, DeskSlot, Role
from hor_desktop.core.errors import ConflictError, PermissionDeniedError, ValidationError
from hor_desktop.services import closing_days, contacts, desks
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database
from hor_desktop.store.models import AuditEvent, DeskBooking, Location

DAY = date(2026, 11, 25)  # the fixed clock's day


def counts(db: Database) -> tuple[int, int]:
    with db.engine.connect() as connection:
        return (
            connection.scalar(select(func.count()).select_from(DeskBooking)) or 0,
            connection.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


@pytest.fixture
def admin(desk_actor: Actor) -> Actor:
    return Actor(location_id=desk_actor.location_id, role=Role.LOCATION_ADMIN, name="Leitung")


@pytest.fixture
def verein(db: Database, desk_actor: Actor) -> orgs.OrganisationDTO:
    created = orgs.create_organisation(db.unit_of_work(desk_actor), name="Verein X")
    # Only an organisation with a responsible contact may book.
    contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=created.id, name="Ana", is_responsible=True
    )
    return created


@pytest.fixture
def desk(db: Database, admin: Actor) -> desks.DeskDTO:
    assert admin.location_id is not None
    return desks.create_desk(
        db.unit_of_work(admin), location_id=admin.location_id, label="A1", features=["Monitor"]
    )


def book(
    db: Database, actor: Actor, desk: desks.DeskDTO, org: orgs.OrganisationDTO, slot: DeskSlot,
    *, day: date = DAY, person: str = "Amina Yusuf",
) -> desks.DeskBookingDTO:  # fmt: skip
    return desks.book_desk(
        db.unit_of_work(actor), desk_id=desk.id, organisation_id=org.id, person_name=person,
        day=day, slot=slot,
    )  # fmt: skip


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


def test_range_skips_weekends_holidays_and_closing_days_and_lists_them(
    db: Database, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    closing_days.add_closing_day(
        db.unit_of_work(admin), day=date(2026, 12, 22), reason="Betriebsausflug",
        location_id=admin.location_id,
    )  # fmt: skip
    result = desks.book_desk_range(
        db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=verein.id,
        person_name="Amina", start=date(2026, 12, 21), end=date(2026, 12, 27),
        slot=DeskSlot.MORNING,
    )  # fmt: skip
    # Mon 21 to Sun 27: the weekend is no candidate; Tue 22 closed, Thu 24 Heiligabend is
    # only closed when seeded; Fri 25 is a public holiday.
    assert [b.day.day for b in result.booked] == [21, 23, 24]
    assert result.skipped_closed == (
        (date(2026, 12, 22), "Schließtag"), (date(2026, 12, 25), "Erster Weihnachtstag"),
    )  # fmt: skip
    assert result.refused == ()


def test_recurring_weekdays_book_only_those_days_and_refuse_taken_ones(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    book(db, desk_actor, desk, verein, DeskSlot.DAY, day=date(2026, 12, 9), person="Oleh")
    result = desks.book_desk_range(
        db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=verein.id,
        person_name="Amina", start=date(2026, 11, 30), end=date(2026, 12, 18),
        slot=DeskSlot.AFTERNOON, weekdays={1, 3},
    )  # fmt: skip
    assert [b.day for b in result.booked] == [
        date(2026, 11, 30), date(2026, 12, 2), date(2026, 12, 7), date(2026, 12, 14),
        date(2026, 12, 16),
    ]  # fmt: skip
    assert [r.day for r in result.refused] == [date(2026, 12, 9)]
    assert "bereits gebucht" in result.refused[0].message


def test_range_with_a_saturday_lists_it_as_closed(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    result = desks.book_desk_range(
        db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=verein.id,
        person_name="Amina", start=date(2026, 12, 4), end=date(2026, 12, 5),
        slot=DeskSlot.DAY, weekdays={5, 6},
    )  # fmt: skip
    assert [b.day for b in result.booked] == [date(2026, 12, 4)]
    assert result.skipped_closed == ((date(2026, 12, 5), "kein Öffnungstag"),)


def test_range_end_before_start_is_refused(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    with pytest.raises(ValidationError) as caught:
        desks.book_desk_range(
            db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=verein.id,
            person_name="A", start=DAY, end=DAY - timedelta(days=1), slot=DeskSlot.DAY,
        )  # fmt: skip
    assert caught.value.field == "end"


def test_cancel_range_cancels_only_that_desk_and_organisation_in_the_range(
    db: Database, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    assert admin.location_id is not None
    desks.book_desk_range(
        db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=verein.id,
        person_name="Amina", start=date(2026, 11, 30), end=date(2026, 12, 4),
        slot=DeskSlot.DAY,
    )  # fmt: skip
    cancelled = desks.cancel_desk_range(
        db.unit_of_work(desk_actor), location_id=admin.location_id, desk_id=desk.id,
        organisation_id=verein.id, start=date(2026, 12, 1), end=date(2026, 12, 3),
    )  # fmt: skip
    assert [b.day.day for b in cancelled] == [1, 2, 3]
    board = desks.desk_board(
        db.unit_of_work(desk_actor), location_id=admin.location_id, start=date(2026, 11, 30),
        end=date(2026, 12, 4),
    )  # fmt: skip
    assert [b.day.day for b in board.bookings] == [30, 4]


def test_cancel_range_needs_a_desk_or_an_organisation(db: Database, desk_actor: Actor) -> None:
    assert desk_actor.location_id is not None
    with pytest.raises(ValidationError):
        desks.cancel_desk_range(
            db.unit_of_work(desk_actor), location_id=desk_actor.location_id, start=DAY, end=DAY
        )


# --- quotas ----------------------------------------------------------------------------


def set_quota(db: Database, admin: Actor, org: orgs.OrganisationDTO | None, days: int) -> None:
    assert admin.location_id is not None
    desks.set_desk_quota(
        db.unit_of_work(admin), location_id=admin.location_id,
        organisation_id=org.id if org else None, days_per_month=days,
    )  # fmt: skip


def more_desks(db: Database, admin: Actor, count: int) -> list[desks.DeskDTO]:
    assert admin.location_id is not None
    return [
        desks.create_desk(db.unit_of_work(admin), location_id=admin.location_id, label=f"Q{i}")
        for i in range(count)
    ]


def test_booking_over_the_quota_is_refused_with_what_was_used(
    db: Database, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    set_quota(db, admin, None, 8)
    result = desks.book_desk_range(
        db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=verein.id,
        person_name="Amina", start=date(2026, 12, 1), end=date(2026, 12, 11), slot=DeskSlot.DAY,
    )  # fmt: skip
    assert len(result.booked) == 8 and [r.day.day for r in result.refused] == [11]
    before = counts(db)
    with pytest.raises(ConflictError) as caught:
        book(db, desk_actor, desk, verein, DeskSlot.MORNING, day=date(2026, 12, 14))
    assert caught.value.message == "Verein X hat im Dezember 2026 schon 8 von 8 Platztagen gebucht."
    assert counts(db) == before
    # Another month has its own quota.
    book(db, desk_actor, desk, verein, DeskSlot.DAY, day=date(2027, 1, 4))


def test_half_days_count_half_and_cancelled_ones_not_at_all(
    db: Database, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    assert admin.location_id is not None
    set_quota(db, admin, verein, 1)
    set_quota(db, admin, None, 10)  # the organisation's own row wins over the default
    (other,) = more_desks(db, admin, 1)
    morning = book(db, desk_actor, desk, verein, DeskSlot.MORNING)
    with pytest.raises(ConflictError, match="schon 0,5 von 1 Platztagen"):
        book(db, desk_actor, other, verein, DeskSlot.DAY)
    book(db, desk_actor, desk, verein, DeskSlot.AFTERNOON)
    with pytest.raises(ConflictError, match="schon 1 von 1 Platztagen"):
        book(db, desk_actor, other, verein, DeskSlot.MORNING)
    desks.cancel_desk_booking(db.unit_of_work(desk_actor), booking_id=morning.id)
    book(db, desk_actor, other, verein, DeskSlot.MORNING)
    usage = desks.quota_usage(
        db.unit_of_work(desk_actor), location_id=admin.location_id, organisation_id=verein.id,
        day=DAY,
    )  # fmt: skip
    assert (usage.used_desk_days, usage.days_per_month) == (1.0, 1)


def test_quota_override_needs_an_admin_and_is_audited(
    db: Database, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    set_quota(db, admin, verein, 0)
    with pytest.raises(PermissionDeniedError):
        desks.book_desk(
            db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=verein.id,
            person_name="A", day=DAY, slot=DeskSlot.DAY, override_quota_reason="Workshop",
        )  # fmt: skip
    booked = desks.book_desk(
        db.unit_of_work(admin), desk_id=desk.id, organisation_id=verein.id,
        person_name="A", day=DAY, slot=DeskSlot.DAY, override_quota_reason="Workshop",
    )  # fmt: skip
    with db.engine.connect() as conn:
        event = conn.execute(
            select(AuditEvent.changes).where(
                AuditEvent.entity_id == booked.id, AuditEvent.action == "override"
            )
        ).scalar_one()
    assert event["reason"] == "Workshop" and event["quota"] == 0


def test_only_location_admins_set_quotas(
    db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    assert desk_actor.location_id is not None
    with pytest.raises(PermissionDeniedError):
        desks.set_desk_quota(
            db.unit_of_work(desk_actor), location_id=desk_actor.location_id,
            organisation_id=verein.id, days_per_month=4,
        )  # fmt: skip


def test_quotas_are_listed_and_removed(
    db: Database, admin: Actor, verein: orgs.OrganisationDTO
) -> None:
    assert admin.location_id is not None
    set_quota(db, admin, verein, 4)
    set_quota(db, admin, None, 8)
    set_quota(db, admin, verein, 5)
    listed = desks.list_desk_quotas(db.unit_of_work(admin), location_id=admin.location_id)
    assert [(q.organisation_name, q.days_per_month) for q in listed] == [
        (None, 8), ("Verein X", 5),
    ]  # fmt: skip
    desks.set_desk_quota(
        db.unit_of_work(admin), location_id=admin.location_id, organisation_id=verein.id,
        days_per_month=None,
    )  # fmt: skip
    listed = desks.list_desk_quotas(db.unit_of_work(admin), location_id=admin.location_id)
    assert [q.organisation_name for q in listed] == [None]


_NOV_DEC_DAYS = [date(2026, 11, d) for d in (26, 27, 30)] + [date(2026, 12, d) for d in (1, 2, 3)]


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    quota=st.integers(min_value=0, max_value=3),
    steps=st.lists(
        st.tuples(
            st.sampled_from(_NOV_DEC_DAYS),
            st.sampled_from(DeskSlot),
            st.integers(0, 3),
            st.booleans(),
        ),
        max_size=14,
    ),
)
def test_quota_counting_matches_a_model_across_month_ends_and_cancellations(
    db: Database, admin: Actor, quota: int,
    steps: list[tuple[date, DeskSlot, int, bool]],
) -> None:  # fmt: skip
    """Fresh organisation and desks per example; the model counts half days per month."""
    assert admin.location_id is not None
    org = orgs.create_organisation(db.unit_of_work(admin), name="Quota e.V.")
    contacts.add_contact(
        db.unit_of_work(admin), organisation_id=org.id, name="R", is_responsible=True
    )
    set_quota(db, admin, org, quota)
    pool = more_desks(db, admin, 4)
    live: list[tuple[desks.DeskBookingDTO, int]] = []
    for day, slot, desk_index, cancel_first in steps:
        if cancel_first and live:
            booking, _ = live.pop(0)
            desks.cancel_desk_booking(db.unit_of_work(admin), booking_id=booking.id)
        month_used = sum(h for b, h in live if b.day.month == day.month)
        weight = 2 if slot is DeskSlot.DAY else 1
        taken = any(
            b.desk_id == pool[desk_index].id and b.day == day and b.slot.overlaps(slot)
            for b, _ in live
        )
        try:
            made = book(db, admin, pool[desk_index], org, slot, day=day, person="P")
        except ConflictError:
            assert taken or month_used + weight > 2 * quota
            continue
        assert not taken and month_used + weight <= 2 * quota
        live.append((made, weight))
    for month_day in (date(2026, 11, 1), date(2026, 12, 1)):
        usage = desks.quota_usage(
            db.unit_of_work(admin), location_id=admin.location_id, organisation_id=org.id,
            day=month_day,
        )  # fmt: skip
        expected = sum(h for b, h in live if b.day.month == month_day.month)
        assert usage.used_half_days == expected <= 2 * quota


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(
        st.one_of(
            st.tuples(st.just("book"), st.sampled_from(DeskSlot)),
            st.tuples(st.just("cancel"), st.integers(0, 5)),
        ),
        max_size=12,
    )
)
def test_random_book_and_cancel_never_leave_overlapping_bookings(
    db: Database, admin: Actor, verein: orgs.OrganisationDTO,
    steps: list[tuple[str, object]],
) -> None:  # fmt: skip
    assert admin.location_id is not None
    (fresh,) = more_desks(db, admin, 1)
    made: list[desks.DeskBookingDTO] = []
    for kind, arg in steps:
        if kind == "book":
            assert isinstance(arg, DeskSlot)
            with contextlib.suppress(ConflictError):
                made.append(book(db, admin, fresh, verein, arg, person="P"))
        elif made:
            assert isinstance(arg, int)
            target = made[arg % len(made)]
            with contextlib.suppress(ConflictError):
                desks.cancel_desk_booking(db.unit_of_work(admin), booking_id=target.id)
        active = [
            b for b in desks.list_desk_bookings(
                db.unit_of_work(admin), location_id=admin.location_id, day=DAY
            )
            if b.desk_id == fresh.id
        ]  # fmt: skip
        for i, first in enumerate(active):
            for second in active[i + 1 :]:
                assert not first.slot.overlaps(second.slot)


# --- no-shows --------------------------------------------------------------------------


def test_no_shows_are_released_after_the_release_time_with_a_reason(
    db: Database, *, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO, clock: FixedClock,
) -> None:  # fmt: skip
    assert admin.location_id is not None
    (second,) = more_desks(db, admin, 1)
    morning = book(db, desk_actor, desk, verein, DeskSlot.MORNING, person="Morgen")
    afternoon = book(db, desk_actor, desk, verein, DeskSlot.AFTERNOON, person="Mittag")
    arrived = book(db, desk_actor, second, verein, DeskSlot.DAY, person="Da")
    desks.check_in_desk_booking(db.unit_of_work(desk_actor), booking_id=arrived.id)
    clock.current = datetime(2026, 11, 25, 8, 59, tzinfo=UTC)  # 09:59 in Cologne
    assert desks.release_no_shows(
        db.unit_of_work(desk_actor), location_id=admin.location_id, day=DAY
    ) == []  # fmt: skip
    clock.current = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # 10:00
    released = desks.release_no_shows(
        db.unit_of_work(desk_actor), location_id=admin.location_id, day=DAY
    )
    assert [b.id for b in released] == [morning.id]
    assert released[0].status is BookingStatus.CANCELLED
    clock.current = datetime(2026, 11, 25, 13, 0, tzinfo=UTC)  # 14:00
    released = desks.release_no_shows(
        db.unit_of_work(desk_actor), location_id=admin.location_id, day=DAY
    )
    assert [b.id for b in released] == [afternoon.id]
    with db.engine.connect() as conn:
        reasons = conn.execute(
            select(AuditEvent.changes).where(
                AuditEvent.entity_id == morning.id, AuditEvent.action == "cancel"
            )
        ).scalar_one()
    assert reasons["reason"] == "nicht erschienen"


def test_no_show_release_uses_the_locations_release_time(
    db: Database, *, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO, clock: FixedClock,
) -> None:  # fmt: skip
    assert admin.location_id is not None
    with db.unit_of_work(admin) as uow:
        uow.session.get_one(Location, admin.location_id).desk_release_time = time(11, 30)
        uow.commit()
    book(db, desk_actor, desk, verein, DeskSlot.DAY)
    clock.current = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # 11:00
    assert desks.release_no_shows(
        db.unit_of_work(desk_actor), location_id=admin.location_id, day=DAY
    ) == []  # fmt: skip
    clock.current = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)  # 11:30
    assert len(
        desks.release_no_shows(db.unit_of_work(desk_actor), location_id=admin.location_id, day=DAY)
    ) == 1  # fmt: skip


def test_future_days_are_never_released(
    db: Database, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    assert admin.location_id is not None
    tomorrow = DAY + timedelta(days=1)
    book(db, desk_actor, desk, verein, DeskSlot.MORNING, day=tomorrow)
    assert desks.release_no_shows(
        db.unit_of_work(desk_actor), location_id=admin.location_id, day=tomorrow
    ) == []  # fmt: skip
