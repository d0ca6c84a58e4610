"""Desk quotas: counting half and whole days per month, refusals, overrides, admin."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import DeskSlot
from hor_desktop.core.errors import ConflictError, PermissionDeniedError
from hor_desktop.services import contacts, desk_quotas, desk_ranges, desks
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database
from hor_desktop.store.models import AuditEvent

from . import desk_helpers
from .desk_helpers import DAY, book, counts, more_desks, set_quota

# The shared fixtures, under their names so pytest finds them here.
admin = desk_helpers.admin
verein = desk_helpers.verein
desk = desk_helpers.desk


def test_booking_over_the_quota_is_refused_with_what_was_used(
    db: Database, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    set_quota(db, admin, None, 8)
    result = desk_ranges.book_desk_range(
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
    usage = desk_quotas.quota_usage(
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
        desk_quotas.set_desk_quota(
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
    listed = desk_quotas.list_desk_quotas(db.unit_of_work(admin), location_id=admin.location_id)
    assert [(q.organisation_name, q.days_per_month) for q in listed] == [
        (None, 8), ("Verein X", 5),
    ]  # fmt: skip
    desk_quotas.set_desk_quota(
        db.unit_of_work(admin), location_id=admin.location_id, organisation_id=verein.id,
        days_per_month=None,
    )  # fmt: skip
    listed = desk_quotas.list_desk_quotas(db.unit_of_work(admin), location_id=admin.location_id)
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
        usage = desk_quotas.quota_usage(
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
