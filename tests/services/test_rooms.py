"""Room bookings: time checks, overlaps with buffer, borrowing rules, moving and cancelling."""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import BookingStatus, Role
from hor_desktop.core.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from hor_desktop.services import contacts, rooms
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database
from hor_desktop.store.models import AuditEvent, RoomBooking

BERLIN = ZoneInfo("Europe/Berlin")


def at(hour: int, minute: int = 0, day: int = 2) -> datetime:
    """A Berlin wall-clock time in December 2026 (CET, UTC+1)."""
    return datetime(2026, 12, day, hour, minute, tzinfo=BERLIN)


def counts(db: Database) -> tuple[int, int]:
    with db.engine.connect() as connection:
        return (
            connection.scalar(select(func.count()).select_from(RoomBooking)) or 0,
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


def make_room(
    db: Database, admin: Actor, *, buffer: int = 0, name: str = "Seminarraum 1"
) -> rooms.RoomDTO:
    assert admin.location_id is not None
    return rooms.create_room(
        db.unit_of_work(admin), location_id=admin.location_id, name=name, capacity=12,
        buffer_minutes=buffer, features=["Beamer", " "],
    )  # fmt: skip


@pytest.fixture
def room(db: Database, admin: Actor) -> rooms.RoomDTO:
    return make_room(db, admin)


def book(  # noqa: PLR0917 (the tests read best as book(db, actor, room, org, start, end))
    db: Database, actor: Actor, room: rooms.RoomDTO, org: orgs.OrganisationDTO,
    start: datetime, end: datetime, title: str = "Vorstandssitzung",
) -> rooms.RoomBookingDTO:  # fmt: skip
    return rooms.book_room(
        db.unit_of_work(actor), room_id=room.id, organisation_id=org.id, title=title,
        starts_at=start, ends_at=end,
    )  # fmt: skip


def test_create_room_needs_location_admin(db: Database, desk_actor: Actor) -> None:
    assert desk_actor.location_id is not None
    with pytest.raises(PermissionDeniedError):
        rooms.create_room(
            db.unit_of_work(desk_actor), location_id=desk_actor.location_id, name="R", capacity=2
        )


def test_create_room_and_list(db: Database, admin: Actor, room: rooms.RoomDTO) -> None:
    assert room.features == ("Beamer",)
    assert admin.location_id is not None
    assert rooms.list_rooms(db.unit_of_work(admin), location_id=admin.location_id) == [room]


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [("name", {"name": ""}), ("capacity", {"capacity": 0}),
     ("buffer_minutes", {"buffer_minutes": -5}),
     ("bookable_until", {"bookable_from": time(18), "bookable_until": time(9)})],
)  # fmt: skip
def test_create_room_refuses_bad_input(
    db: Database, admin: Actor, field: str, kwargs: dict[str, object]
) -> None:
    assert admin.location_id is not None
    values: dict[str, object] = {"name": "R", "capacity": 4} | kwargs
    with pytest.raises(ValidationError) as caught:
        rooms.create_room(db.unit_of_work(admin), location_id=admin.location_id, **values)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_book_room_confirms_and_audits(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: orgs.OrganisationDTO
) -> None:
    booking = book(db, desk_actor, room, verein, at(18), at(20))
    assert booking.status is BookingStatus.CONFIRMED
    assert booking.starts_at == datetime(2026, 12, 2, 17, tzinfo=UTC)
    assert (booking.room_name, booking.organisation_name) == ("Seminarraum 1", "Verein X")
    with db.engine.connect() as connection:
        actions = connection.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_id == booking.id)
        ).all()
    assert actions == ["create"]


def test_overlap_is_refused_with_local_times_and_names(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: orgs.OrganisationDTO
) -> None:
    book(db, desk_actor, room, verein, at(18), at(20))
    before = counts(db)
    with pytest.raises(ConflictError) as caught:
        book(db, desk_actor, room, verein, at(19), at(21), title="Chorprobe")
    assert caught.value.message == (
        "Raum „Seminarraum 1“ ist am 02.12.2026 von 18:00 bis 20:00 bereits gebucht "
        "(Verein X: Vorstandssitzung)."
    )
    assert counts(db) == before


def test_touching_bookings_are_allowed_without_buffer(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: orgs.OrganisationDTO
) -> None:
    book(db, desk_actor, room, verein, at(18), at(20))
    book(db, desk_actor, room, verein, at(20), at(21))
    book(db, desk_actor, room, verein, at(17), at(18))


def test_buffer_must_stay_free_between_bookings(
    db: Database, desk_actor: Actor, admin: Actor, verein: orgs.OrganisationDTO
) -> None:
    room = make_room(db, admin, buffer=30)
    book(db, desk_actor, room, verein, at(18), at(20))
    before = counts(db)
    for start, end in ((at(20), at(21)), (at(20, 15), at(21)), (at(16), at(17, 45))):
        with pytest.raises(ConflictError, match="30 Minuten frei"):
            book(db, desk_actor, room, verein, start, end)
    assert counts(db) == before
    book(db, desk_actor, room, verein, at(20, 30), at(21))
    book(db, desk_actor, room, verein, at(16), at(17, 30))


def test_cancelled_bookings_do_not_block(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: orgs.OrganisationDTO
) -> None:
    first = book(db, desk_actor, room, verein, at(18), at(20))
    cancelled = rooms.cancel_room_booking(db.unit_of_work(desk_actor), booking_id=first.id)
    assert cancelled.status is BookingStatus.CANCELLED
    book(db, desk_actor, room, verein, at(18), at(20))
    with pytest.raises(ConflictError, match="bereits storniert"):
        rooms.cancel_room_booking(db.unit_of_work(desk_actor), booking_id=first.id)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (at(20), at(18)),  # ends before it starts
        (at(18), at(18)),  # empty
        (datetime(2026, 12, 2, 18), datetime(2026, 12, 2, 20)),  # naive
    ],
)
def test_bad_times_are_refused(
    db: Database, *, desk_actor: Actor, room: rooms.RoomDTO, verein: orgs.OrganisationDTO,
    start: datetime, end: datetime,
) -> None:  # fmt: skip
    before = counts(db)
    with pytest.raises(ValidationError) as caught:
        book(db, desk_actor, room, verein, start, end)
    assert caught.value.field == "ends_at"
    assert counts(db) == before


@pytest.mark.parametrize(
    ("start", "end"),
    [(at(7, 30), at(9)), (at(21), at(22, 30)), (at(20), at(10, day=3))],
)
def test_outside_bookable_hours_is_refused(
    db: Database, *, desk_actor: Actor, room: rooms.RoomDTO, verein: orgs.OrganisationDTO,
    start: datetime, end: datetime,
) -> None:  # fmt: skip
    before = counts(db)
    with pytest.raises(ValidationError, match="08:00 bis 22:00"):
        book(db, desk_actor, room, verein, start, end)
    assert counts(db) == before


def test_bookable_hours_are_berlin_wall_time_in_summer(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: orgs.OrganisationDTO
) -> None:
    # 06:00 UTC is 08:00 in CEST: the first bookable minute of a summer day.
    start = datetime(2026, 7, 1, 6, tzinfo=UTC)
    book(db, desk_actor, room, verein, start, start + timedelta(hours=1))


def test_blocked_organisation_cannot_book(
    db: Database, desk_actor: Actor, admin: Actor, room: rooms.RoomDTO, verein: orgs.OrganisationDTO
) -> None:
    orgs.block_organisation(
        db.unit_of_work(admin), organisation_id=verein.id, reason="Schlüssel fehlt"
    )
    before = counts(db)
    with pytest.raises(ConflictError, match="ist gesperrt: Schlüssel fehlt"):
        book(db, desk_actor, room, verein, at(18), at(20))
    assert counts(db) == before


def test_contact_of_another_organisation_is_refused(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: orgs.OrganisationDTO
) -> None:
    other = orgs.create_organisation(db.unit_of_work(desk_actor), name="Y")
    stranger = contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=other.id, name="Bo"
    )
    before = counts(db)
    with pytest.raises(ValidationError) as caught:
        rooms.book_room(
            db.unit_of_work(desk_actor), room_id=room.id, organisation_id=verein.id,
            contact_id=stranger.id, title="T", starts_at=at(18), ends_at=at(20),
        )  # fmt: skip
    assert caught.value.field == "contact_id"
    assert counts(db) == before


def test_too_many_attendees_and_unknown_room_are_refused(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: orgs.OrganisationDTO
) -> None:
    with pytest.raises(ValidationError) as caught:
        rooms.book_room(
            db.unit_of_work(desk_actor), room_id=room.id, organisation_id=verein.id, title="T",
            starts_at=at(18), ends_at=at(20), attendees=13,
        )  # fmt: skip
    assert caught.value.field == "attendees"
    with pytest.raises(NotFoundError):
        rooms.book_room(
            db.unit_of_work(desk_actor), room_id=uuid.uuid4(), organisation_id=verein.id,
            title="T", starts_at=at(18), ends_at=at(20),
        )  # fmt: skip


def test_move_checks_overlap_but_not_against_itself(
    db: Database, desk_actor: Actor, admin: Actor, room: rooms.RoomDTO, verein: orgs.OrganisationDTO
) -> None:
    first = book(db, desk_actor, room, verein, at(18), at(20))
    book(db, desk_actor, room, verein, at(10), at(12), title="Sprachkurs")
    moved = rooms.move_room_booking(
        db.unit_of_work(desk_actor), booking_id=first.id, starts_at=at(19), ends_at=at(21)
    )
    assert moved.starts_at == at(19)
    before = counts(db)
    with pytest.raises(ConflictError, match="Sprachkurs"):
        rooms.move_room_booking(
            db.unit_of_work(desk_actor), booking_id=first.id, starts_at=at(11), ends_at=at(13)
        )
    assert counts(db) == before
    other_room = make_room(db, admin, name="Küche")
    moved = rooms.move_room_booking(
        db.unit_of_work(desk_actor), booking_id=first.id, starts_at=at(11), ends_at=at(13),
        room_id=other_room.id,
    )  # fmt: skip
    assert moved.room_name == "Küche"


def test_list_room_bookings_returns_rows_in_the_window(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: orgs.OrganisationDTO
) -> None:
    a = book(db, desk_actor, room, verein, at(10), at(12))
    b = book(db, desk_actor, room, verein, at(18), at(20))
    c = book(db, desk_actor, room, verein, at(10, day=3), at(12, day=3))
    rooms.cancel_room_booking(db.unit_of_work(desk_actor), booking_id=c.id)
    assert desk_actor.location_id is not None
    listed = rooms.list_room_bookings(
        db.unit_of_work(desk_actor), location_id=desk_actor.location_id,
        start=at(0), end=at(0, day=4),
    )  # fmt: skip
    assert [r.id for r in listed] == [a.id, b.id]
    assert listed[0].organisation_name == "Verein X"


# 15-minute steps between 08:00 and 22:00 Berlin time on one winter day.
_intervals = st.tuples(st.integers(32, 87), st.integers(1, 16)).map(
    lambda t: (
        at(0) + timedelta(minutes=15 * t[0]),
        at(0) + timedelta(minutes=15 * min(t[0] + t[1], 88)),
    )
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(intervals=st.lists(_intervals, min_size=1, max_size=8), buffer=st.sampled_from([0, 15, 30]))
def test_accepted_room_bookings_never_overlap(
    db: Database, *, desk_actor: Actor, admin: Actor, verein: orgs.OrganisationDTO,
    intervals: list[tuple[datetime, datetime]], buffer: int,
) -> None:  # fmt: skip
    room = make_room(db, admin, buffer=buffer, name=f"Raum {uuid.uuid4()}")  # fresh per example
    gap = timedelta(minutes=buffer)
    accepted: list[tuple[datetime, datetime]] = []
    for start, end in intervals:
        clashes = any(start < e + gap and s < end + gap for s, e in accepted)
        try:
            book(db, desk_actor, room, verein, start, end)
        except ConflictError:
            assert clashes, "refused although the room was free"
            continue
        assert not clashes, "accepted although the room was taken"
        accepted.append((start, end))
        for (s1, e1), (s2, e2) in itertools.combinations(accepted, 2):
            assert e1 + gap <= s2 or e2 + gap <= s1


def test_cancel_keeps_the_reason_on_the_booking(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: orgs.OrganisationDTO
) -> None:
    booked = book(db, desk_actor, room, verein, at(18), at(20))
    rooms.cancel_room_booking(
        db.unit_of_work(desk_actor), booking_id=booked.id, reason="  Referentin krank "
    )
    again = rooms.get_room_booking(db.unit_of_work(desk_actor), booking_id=booked.id)
    assert (again.status, again.cancel_reason) == (BookingStatus.CANCELLED, "Referentin krank")


def test_edit_changes_title_time_room_attendees_and_notes_in_one_step(
    db: Database, desk_actor: Actor, admin: Actor, room: rooms.RoomDTO,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    other = make_room(db, admin, name="Saal")
    booked = book(db, desk_actor, room, verein, at(18), at(20))
    edited = rooms.edit_room_booking(
        db.unit_of_work(desk_actor), booking_id=booked.id, title="Mitgliederversammlung",
        starts_at=at(17), ends_at=at(19), room_id=other.id, attendees=10, notes="Beamer",
    )  # fmt: skip
    assert (edited.room_name, edited.title, edited.starts_at, edited.attendees, edited.notes) == (
        "Saal", "Mitgliederversammlung", at(17), 10, "Beamer",
    )  # fmt: skip


def test_edit_refuses_a_taken_slot_and_too_many_attendees(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: orgs.OrganisationDTO
) -> None:
    book(db, desk_actor, room, verein, at(10), at(12))
    booked = book(db, desk_actor, room, verein, at(18), at(20))
    with pytest.raises(ConflictError, match="bereits gebucht"):
        rooms.edit_room_booking(
            db.unit_of_work(desk_actor), booking_id=booked.id, title="X", starts_at=at(11),
            ends_at=at(13),
        )  # fmt: skip
    with pytest.raises(ValidationError, match="höchstens 12"):
        rooms.edit_room_booking(
            db.unit_of_work(desk_actor), booking_id=booked.id, title="X", starts_at=at(18),
            ends_at=at(20), attendees=13,
        )  # fmt: skip
