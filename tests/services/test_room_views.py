"""Room calendar views: the week of a location, and the free slot search."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import Role
from hor_desktop.core.errors import ValidationError
from hor_desktop.services import closing_days, contacts, room_blackouts, room_views, rooms
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database


@pytest.fixture
def admin(desk_actor: Actor) -> Actor:
    return Actor(location_id=desk_actor.location_id, role=Role.LOCATION_ADMIN, name="Leitung")


@pytest.fixture
def location_id(desk_actor: Actor) -> uuid.UUID:
    assert desk_actor.location_id is not None
    return desk_actor.location_id


@pytest.fixture
def verein(db: Database, desk_actor: Actor) -> uuid.UUID:
    created = orgs.create_organisation(db.unit_of_work(desk_actor), name="Verein X")
    contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=created.id, name="Ana", is_responsible=True
    )
    return created.id


def add_room(  # noqa: PLR0917 (reads best as add_room(db, admin, location, name, size))
    db: Database, admin: Actor, location_id: uuid.UUID, name: str, capacity: int, buffer: int = 0
) -> rooms.RoomDTO:
    return rooms.create_room(
        db.unit_of_work(admin), location_id=location_id, name=name, capacity=capacity,
        buffer_minutes=buffer,
    )  # fmt: skip


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), BERLIN)


def book(  # noqa: PLR0917
    db: Database, actor: Actor, room: rooms.RoomDTO, org: uuid.UUID, start: datetime,
    end: datetime,
) -> rooms.RoomBookingDTO:  # fmt: skip
    return rooms.book_room(
        db.unit_of_work(actor), room_id=room.id, organisation_id=org, title="Kurs",
        starts_at=start, ends_at=end,
    )  # fmt: skip


def test_week_view_runs_monday_to_sunday_with_bookings_in_berlin_time(
    db: Database, desk_actor: Actor, admin: Actor, location_id: uuid.UUID, verein: uuid.UUID
) -> None:
    room = add_room(db, admin, location_id, "Seminarraum 1", 12)
    book(db, desk_actor, room, verein, local(date(2027, 1, 6), 18), local(date(2027, 1, 6), 20))
    view = room_views.week_view(
        db.unit_of_work(desk_actor), location_id=location_id, week_start=date(2027, 1, 7)
    )
    assert (view.start, view.iso_week, len(view.days)) == (date(2027, 1, 4), 1, 7)
    [booking] = view.bookings_of(room.id, date(2027, 1, 6))
    assert (booking.starts_at.hour, booking.organisation_name) == (18, "Verein X")


def test_week_view_marks_holidays_and_half_closing_days(
    db: Database, desk_actor: Actor, admin: Actor, location_id: uuid.UUID
) -> None:
    closing_days.add_closing_day(
        db.unit_of_work(admin), day=date(2027, 2, 4), reason="Weiberfastnacht",
        closed_from=time(12),
    )  # fmt: skip
    view = room_views.week_view(
        db.unit_of_work(desk_actor), location_id=location_id, week_start=date(2027, 2, 1)
    )
    thursday = view.days[3]
    assert (thursday.closed_reason, thursday.closed_from) == ("Weiberfastnacht", time(12))
    newyear = room_views.week_view(
        db.unit_of_work(desk_actor), location_id=location_id, week_start=date(2026, 12, 28)
    ).days[4]
    assert newyear.day == date(2027, 1, 1)
    assert newyear.closed_reason is not None
    assert newyear.closed_from is None


def test_free_slots_no_longer_fail_on_detached_rooms_and_list_smallest_first(
    db: Database, desk_actor: Actor, admin: Actor, location_id: uuid.UUID, verein: uuid.UUID
) -> None:
    add_room(db, admin, location_id, "Büro", 4)
    small = add_room(db, admin, location_id, "Seminarraum 1", 12, buffer=30)
    add_room(db, admin, location_id, "Saal", 60)
    # Ends 17:45: inside the 30-minute buffer before 18:00, so the room is not free.
    book(
        db,
        desk_actor,
        small,
        verein,
        local(date(2027, 1, 12), 16),
        local(date(2027, 1, 12), 17, 45),
    )
    slots = room_views.find_free_slots(
        db.unit_of_work(desk_actor), location_id=location_id, attendees=10, weekday=2,
        window_start=time(18), window_end=time(21), from_day=date(2027, 1, 1), weeks=3,
    )  # fmt: skip
    assert [(s.day, s.room_name) for s in slots] == [
        (date(2027, 1, 5), "Seminarraum 1"), (date(2027, 1, 5), "Saal"),
        (date(2027, 1, 12), "Saal"),
        (date(2027, 1, 19), "Seminarraum 1"), (date(2027, 1, 19), "Saal"),
    ]  # fmt: skip
    assert slots[0].starts_at == local(date(2027, 1, 5), 18)


def test_free_slots_leave_out_closing_days_and_blackouts(
    db: Database, desk_actor: Actor, admin: Actor, location_id: uuid.UUID
) -> None:
    saal = add_room(db, admin, location_id, "Saal", 60)
    room_blackouts.create_blackout(
        db.unit_of_work(admin), room_id=saal.id, starts_at=local(date(2027, 1, 4), 8),
        ends_at=local(date(2027, 1, 4), 22), reason="Malerarbeiten",
    )  # fmt: skip
    slots = room_views.find_free_slots(
        db.unit_of_work(desk_actor), location_id=location_id, attendees=1, weekday=None,
        window_start=time(10), window_end=time(12), from_day=date(2026, 12, 31), weeks=1,
    )  # fmt: skip
    days = [s.day for s in slots]
    assert date(2027, 1, 1) not in days  # Neujahr
    assert date(2027, 1, 4) not in days  # blackout
    assert date(2026, 12, 31) in days


def test_free_slots_respect_bookable_hours_and_refuse_an_empty_window(
    db: Database, desk_actor: Actor, admin: Actor, location_id: uuid.UUID
) -> None:
    add_room(db, admin, location_id, "Saal", 60)  # bookable 08:00–22:00
    late = room_views.find_free_slots(
        db.unit_of_work(desk_actor), location_id=location_id, attendees=1, weekday=None,
        window_start=time(21), window_end=time(23), from_day=date(2027, 1, 4), weeks=1,
    )  # fmt: skip
    assert late == []
    with pytest.raises(ValidationError):
        room_views.find_free_slots(
            db.unit_of_work(desk_actor), location_id=location_id, attendees=1, weekday=None,
            window_start=time(12), window_end=time(12), from_day=date(2027, 1, 4),
        )  # fmt: skip
