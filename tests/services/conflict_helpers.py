"""Shared fixtures of the conflicts inbox tests: a house with rooms and rows a sync leaves."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import BookingStatus
from hor_desktop.services import contacts, rooms
from hor_desktop.services import organisations as orgs
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from hor_desktop.store.models import RoomBooking, SyncConflict

BERLIN = ZoneInfo("Europe/Berlin")
DAY = date(2026, 12, 2)  # a Wednesday; the fixed clock says 25.11.2026


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


@dataclass
class House:
    db: Database
    desk: Actor
    admin: Actor
    location: LocationDTO
    org_a: uuid.UUID
    org_b: uuid.UUID
    contact_b: uuid.UUID
    big: rooms.RoomDTO
    small: rooms.RoomDTO
    tiny: rooms.RoomDTO

    def uow(self, actor: Actor | None = None) -> Any:
        return self.db.unit_of_work(actor or self.desk)


def _org(db: Database, actor: Actor, name: str) -> tuple[uuid.UUID, uuid.UUID]:
    created = orgs.create_organisation(db.unit_of_work(actor), name=name)
    contact = contacts.add_contact(
        db.unit_of_work(actor), organisation_id=created.id, name="Ana", is_responsible=True
    )
    return created.id, contact.id


@pytest.fixture
def house(
    db: Database, desk_actor: Actor, admin_actor: Actor, locations: list[LocationDTO]
) -> House:
    org_a, _ = _org(db, desk_actor, "Afrika Forum e. V.")
    org_b, contact_b = _org(db, desk_actor, "Bildungsverein Köln")
    made = [
        rooms.create_room(
            db.unit_of_work(admin_actor), location_id=locations[0].id, name=name, capacity=cap
        )
        for name, cap in (("Saal", 40), ("Seminarraum", 12), ("Besprechung", 4))
    ]
    return House(db, desk_actor, admin_actor, locations[0], org_a, org_b, contact_b, *made)


def pulled_double_room(
    house: House, *, start: datetime, end: datetime, attendees: int = 10,
    room: rooms.RoomDTO | None = None,
) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:  # fmt: skip
    """Two bookings of one room at one time, as a sync leaves them, and their conflict row."""
    room = room or house.small
    a = rooms.book_room(
        house.uow(), room_id=room.id, organisation_id=house.org_a, title="Vorstand",
        starts_at=start, ends_at=end, attendees=attendees,
    )  # fmt: skip
    with house.uow() as uow:  # what the pull writes: the other location's row in our room
        b = RoomBooking(
            room_id=room.id, organisation_id=house.org_b, title="Sprachkurs", starts_at=start,
            ends_at=end, attendees=attendees, status=BookingStatus.CONFLICT,
        )  # fmt: skip
        uow.session.add(b)
        uow.session.flush()
        conflict = SyncConflict(
            kind="room_double", table_name="room_booking", row_a_id=a.id, row_b_id=b.id,
            resource_id=room.id, location_a_id=house.location.id,
            location_b_id=house.location.id, starts_at=start,
        )  # fmt: skip
        uow.session.add(conflict)
        uow.commit()
        return conflict.id, a.id, b.id


def add_conflict(house: House, **values: Any) -> uuid.UUID:
    values.setdefault("location_a_id", house.location.id)
    with house.uow() as uow:
        row = SyncConflict(**values)
        uow.session.add(row)
        uow.commit()
        return row.id


def conflict_row(house: House, conflict_id: uuid.UUID) -> SyncConflict:
    with house.uow() as uow:
        row = uow.session.get_one(SyncConflict, conflict_id)
        uow.session.expunge(row)  # readable after the unit of work closes
        return row
