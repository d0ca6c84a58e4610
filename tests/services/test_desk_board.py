"""The desk board and no-shows: release times, cancel reasons, released slots."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import BookingStatus, DeskSlot
from hor_desktop.core.errors import PermissionDeniedError
from hor_desktop.services import desk_board, desks
from hor_desktop.services import organisations as orgs
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from hor_desktop.store.models import AuditEvent, DeskBooking, Location

from . import desk_helpers
from .desk_helpers import DAY, book, more_desks

# The shared fixtures, under their names so pytest finds them here.
admin = desk_helpers.admin
verein = desk_helpers.verein
desk = desk_helpers.desk


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
    assert desk_board.release_no_shows(
        db.unit_of_work(desk_actor), location_id=admin.location_id, day=DAY
    ) == []  # fmt: skip
    clock.current = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # 10:00
    released = desk_board.release_no_shows(
        db.unit_of_work(desk_actor), location_id=admin.location_id, day=DAY
    )
    assert [b.id for b in released] == [morning.id]
    assert released[0].status is BookingStatus.CANCELLED
    clock.current = datetime(2026, 11, 25, 13, 0, tzinfo=UTC)  # 14:00
    released = desk_board.release_no_shows(
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
    assert desk_board.release_no_shows(
        db.unit_of_work(desk_actor), location_id=admin.location_id, day=DAY
    ) == []  # fmt: skip
    clock.current = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)  # 11:30
    released = desk_board.release_no_shows(
        db.unit_of_work(desk_actor), location_id=admin.location_id, day=DAY
    )
    assert len(released) == 1


def test_future_days_are_never_released(
    db: Database, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    assert admin.location_id is not None
    tomorrow = DAY + timedelta(days=1)
    book(db, desk_actor, desk, verein, DeskSlot.MORNING, day=tomorrow)
    assert desk_board.release_no_shows(
        db.unit_of_work(desk_actor), location_id=admin.location_id, day=tomorrow
    ) == []  # fmt: skip


def test_released_no_show_keeps_its_reason_and_shows_on_the_board(
    db: Database, *, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO, clock: FixedClock,
) -> None:  # fmt: skip
    assert admin.location_id is not None
    booked = book(db, desk_actor, desk, verein, DeskSlot.MORNING)
    clock.current = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)  # 10:30
    (released,) = desk_board.release_no_shows(
        db.unit_of_work(desk_actor), location_id=admin.location_id, day=DAY
    )
    assert released.cancel_reason == desk_board.NO_SHOW_REASON == "nicht erschienen"
    with db.engine.connect() as conn:
        stored = conn.scalar(select(DeskBooking.cancel_reason).where(DeskBooking.id == booked.id))
    assert stored == "nicht erschienen"
    board = desk_board.desk_board(
        db.unit_of_work(desk_actor), location_id=admin.location_id, start=DAY
    )
    assert board.bookings == ()
    assert [(b.id, b.cancel_reason) for b in board.released] == [(booked.id, "nicht erschienen")]


def test_cancelled_without_reason_is_not_listed_as_released(
    db: Database, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    assert admin.location_id is not None
    booked = book(db, desk_actor, desk, verein, DeskSlot.DAY)
    desks.cancel_desk_booking(db.unit_of_work(desk_actor), booking_id=booked.id)
    board = desk_board.desk_board(
        db.unit_of_work(desk_actor), location_id=admin.location_id, start=DAY
    )
    assert board.released == () and board.bookings == ()


def test_location_admin_sets_the_release_time_used_by_the_release(
    db: Database, *, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO, clock: FixedClock,
) -> None:  # fmt: skip
    assert admin.location_id is not None
    in_effect = desk_board.set_desk_release_time(
        db.unit_of_work(admin), location_id=admin.location_id, release=time(9, 0)
    )
    assert in_effect == time(9, 0)
    board = desk_board.desk_board(
        db.unit_of_work(desk_actor), location_id=admin.location_id, start=DAY
    )
    assert board.release_time == time(9, 0)
    book(db, desk_actor, desk, verein, DeskSlot.MORNING)
    clock.current = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # 09:00 in Cologne
    released = desk_board.release_no_shows(
        db.unit_of_work(desk_actor), location_id=admin.location_id, day=DAY
    )
    assert len(released) == 1
    reset = desk_board.set_desk_release_time(
        db.unit_of_work(admin), location_id=admin.location_id, release=None
    )
    assert reset == desk_board.DEFAULT_RELEASE_TIME


def test_reception_staff_cannot_set_the_release_time(db: Database, desk_actor: Actor) -> None:
    assert desk_actor.location_id is not None
    with pytest.raises(PermissionDeniedError):
        desk_board.set_desk_release_time(
            db.unit_of_work(desk_actor), location_id=desk_actor.location_id, release=time(9, 0)
        )


def test_location_admin_cannot_set_another_locations_release_time(
    db: Database, admin: Actor, locations: list[LocationDTO]
) -> None:
    other = next(loc for loc in locations if loc.id != admin.location_id)
    with pytest.raises(PermissionDeniedError):
        desk_board.set_desk_release_time(
            db.unit_of_work(admin), location_id=other.id, release=time(9, 0)
        )
