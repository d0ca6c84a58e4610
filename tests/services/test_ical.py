"""iCal export: valid RFC 5545, VTIMEZONE, stable UIDs, series as RRULE with EXDATEs."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import RecurrenceKind, Role
from hor_desktop.core.errors import ValidationError
from hor_desktop.core.recurrence import Rule
from hor_desktop.services import contacts, ical, room_series, rooms
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database


@pytest.fixture
def setup(db: Database, desk_actor: Actor) -> tuple[rooms.RoomDTO, uuid.UUID, Actor]:
    admin = Actor(location_id=desk_actor.location_id, role=Role.LOCATION_ADMIN, name="L")
    assert admin.location_id is not None
    room = rooms.create_room(
        db.unit_of_work(admin), location_id=admin.location_id, name="Seminarraum 1", capacity=12
    )
    org = orgs.create_organisation(db.unit_of_work(desk_actor), name="Verein X")
    contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=org.id, name="Ana", is_responsible=True
    )
    return room, org.id, desk_actor


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def expanded_starts(event: object) -> set[datetime]:
    """The RRULE expanded with dateutil, minus the EXDATEs, in UTC."""
    start = event["dtstart"].dt  # type: ignore[index]
    rule = event["rrule"].to_ical().decode()  # type: ignore[index]
    starts = {d.astimezone(UTC) for d in rrulestr(f"RRULE:{rule}", dtstart=start)}
    exdates = event.get("exdate", [])  # type: ignore[attr-defined]
    for group in exdates if isinstance(exdates, list) else [exdates]:
        starts -= {d.dt.astimezone(UTC) for d in group.dts}
    return starts


def test_series_across_dst_expands_to_the_booked_dates(
    db: Database, setup: tuple[rooms.RoomDTO, uuid.UUID, Actor]
) -> None:
    room, org_id, actor = setup
    # A single booking on 31 March takes one Tuesday: skipped, becomes an EXDATE.
    rooms.book_room(
        db.unit_of_work(actor), room_id=room.id, organisation_id=org_id, title="Fest",
        starts_at=datetime(2027, 3, 30, 17, tzinfo=BERLIN),
        ends_at=datetime(2027, 3, 30, 21, tzinfo=BERLIN),
    )  # fmt: skip
    series = room_series.create_series(
        db.unit_of_work(actor), room_id=room.id, organisation_id=org_id, title="Kurs",
        rule=Rule(RecurrenceKind.WEEKLY, date(2027, 3, 16), time(18), time(20), 2, count=5),
        skip_conflicts=True,
    )  # fmt: skip
    cal = parse(ical.export_ics(db.unit_of_work(actor), location_id=room.location_id))
    assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    series_event = events[ical.series_uid(series.id)]
    assert expanded_starts(series_event) == {b.starts_at.astimezone(UTC) for b in series.booked}
    # 18:00 on both sides of the change to summer time (28 March 2027).
    assert {d.astimezone(BERLIN).time() for d in expanded_starts(series_event)} == {time(18)}
    assert {d.astimezone(UTC).hour for d in expanded_starts(series_event)} == {17, 16}
    singles = [e for uid, e in events.items() if uid.startswith("booking-")]
    assert [str(e["summary"]) for e in singles] == ["Fest – Verein X"]
    assert all(uid.endswith("@hor-desk") for uid in events)


def test_uids_are_stable_between_exports(
    db: Database, setup: tuple[rooms.RoomDTO, uuid.UUID, Actor]
) -> None:
    room, org_id, actor = setup
    rooms.book_room(
        db.unit_of_work(actor), room_id=room.id, organisation_id=org_id, title="Fest",
        starts_at=datetime(2027, 1, 7, 10, tzinfo=BERLIN),
        ends_at=datetime(2027, 1, 7, 12, tzinfo=BERLIN),
    )  # fmt: skip

    def uids() -> list[str]:
        data = ical.export_ics(db.unit_of_work(actor), organisation_id=org_id)
        return [str(e["uid"]) for e in parse(data).walk("VEVENT")]

    assert uids() == uids()


def test_a_moved_date_is_its_own_event_and_an_exdate(
    db: Database, setup: tuple[rooms.RoomDTO, uuid.UUID, Actor]
) -> None:
    room, org_id, actor = setup
    series = room_series.create_series(
        db.unit_of_work(actor), room_id=room.id, organisation_id=org_id, title="Kurs",
        rule=Rule(RecurrenceKind.WEEKLY, date(2027, 1, 5), time(18), time(20), 2, count=3),
    )  # fmt: skip
    moved = room_series.edit_occurrence(
        db.unit_of_work(actor), booking_id=series.booked[1].id,
        starts_at=datetime(2027, 1, 13, 18, tzinfo=BERLIN),
        ends_at=datetime(2027, 1, 13, 20, tzinfo=BERLIN),
    )  # fmt: skip
    cal = parse(ical.export_ics(db.unit_of_work(actor), room_id=room.id))
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert len(expanded_starts(events[ical.series_uid(series.id)])) == 2
    assert events[ical.booking_uid(moved.id)]["dtstart"].dt == datetime(
        2027, 1, 13, 18, tzinfo=BERLIN
    )


def test_export_without_scope_is_refused(db: Database, desk_actor: Actor) -> None:
    with pytest.raises(ValidationError):
        ical.export_ics(db.unit_of_work(desk_actor))
