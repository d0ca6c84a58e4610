"""The role matrix, enforced by the services: each area's representative action is allowed
from its role up and refused below it."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import OrganisationStatus, Role
from hor_desktop.core.errors import PermissionDeniedError
from hor_desktop.core.validation import search_key
from hor_desktop.services import (
    desks,
    equipment,
    lending,
    locations,
    merges,
    privacy,
    returns,
    rooms,
    staff,
)
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from hor_desktop.store.models import Contact, Organisation

SYSTEM = Actor(location_id=None, role=Role.ADMIN)
ROLES = (Role.DESK, Role.LOCATION_ADMIN, Role.ADMIN)
_RANK = {role: rank for rank, role in enumerate(ROLES)}
_numbers = itertools.count(1)


@dataclass
class World:
    db: Database
    locations: list[LocationDTO]
    category_id: uuid.UUID
    room_id: uuid.UUID
    desk_id: uuid.UUID

    def actor(self, role: Role) -> Actor:
        return Actor(location_id=self.locations[0].id, role=role, name=role.value)

    def org(
        self, status: OrganisationStatus = OrganisationStatus.ACTIVE
    ) -> tuple[uuid.UUID, uuid.UUID]:
        name = f"Verein {next(_numbers)}"
        with self.db.unit_of_work(SYSTEM) as uow:
            blocked = status is OrganisationStatus.BLOCKED
            org = Organisation(name=name, name_key=search_key(name), status=status,
                               block_reason="Mahnung" if blocked else None)  # fmt: skip
            uow.session.add(org)
            uow.session.flush()
            contact = Contact(organisation_id=org.id, name="Amina Diallo",
                              name_key="amina diallo", is_responsible=True)  # fmt: skip
            uow.session.add(contact)
            uow.commit()
            return org.id, contact.id

    def item(self) -> uuid.UUID:
        admin = self.actor(Role.ADMIN)
        return equipment.create_item(
            self.db.unit_of_work(admin), inventory_no=f"{500000 + next(_numbers)}",
            name="Beamer", category_id=self.category_id, home_location_id=self.locations[0].id,
        ).id  # fmt: skip


@pytest.fixture
def world(db: Database, locations: list[LocationDTO]) -> World:
    admin = Actor(location_id=locations[0].id, role=Role.ADMIN)
    category = equipment.create_category(
        db.unit_of_work(admin), name="Beamer", default_loan_days=7, deposit_cents=0
    )
    room = rooms.create_room(db.unit_of_work(admin), location_id=locations[0].id, name="Saal",
                             capacity=20)  # fmt: skip
    desk = desks.create_desk(db.unit_of_work(admin), location_id=locations[0].id, label="A1")
    return World(db, locations, category.id, room.id, desk.id)


# --- desk: lending, returns, bookings -------------------------------------------------


def check_out(w: World, actor: Actor) -> object:
    org_id, contact_id = w.org()
    return lending.check_out(w.db.unit_of_work(actor), organisation_id=org_id,
                             contact_id=contact_id, item_ids=[w.item()])  # fmt: skip


def check_in(w: World, actor: Actor) -> object:
    org_id, contact_id = w.org()
    loan = lending.check_out(w.db.unit_of_work(w.actor(Role.ADMIN)), organisation_id=org_id,
                             contact_id=contact_id, item_ids=[w.item()])  # fmt: skip
    return returns.check_in(w.db.unit_of_work(actor), line_ids=[loan.lines[0].id])


def book_room(w: World, actor: Actor) -> object:
    org_id, contact_id = w.org()
    start = datetime(2026, 12, 2, 9, tzinfo=UTC)  # a Wednesday; each test has its own file
    return rooms.book_room(w.db.unit_of_work(actor), room_id=w.room_id, organisation_id=org_id,
                           contact_id=contact_id, title="Treffen", starts_at=start,
                           ends_at=start + timedelta(minutes=30))  # fmt: skip


# --- location admin: equipment, rooms, desks of the location, overrides -------------


def create_item(w: World, actor: Actor) -> object:
    return equipment.create_item(
        w.db.unit_of_work(actor), inventory_no=f"{700000 + next(_numbers)}", name="Lautsprecher",
        category_id=w.category_id, home_location_id=w.locations[0].id,
    )  # fmt: skip


def create_room(w: World, actor: Actor) -> object:
    return rooms.create_room(w.db.unit_of_work(actor), location_id=w.locations[0].id,
                             name=f"Raum {next(_numbers)}", capacity=8)  # fmt: skip


def create_desk(w: World, actor: Actor) -> object:
    return desks.create_desk(w.db.unit_of_work(actor), location_id=w.locations[0].id,
                             label=f"B{next(_numbers)}")  # fmt: skip


def create_desk_staff(w: World, actor: Actor) -> object:
    n = next(_numbers)
    return staff.create_staff(w.db.unit_of_work(actor), display_name=f"Kraft {n}",
                              initials="K" + "X" * (n % 6 + 1) + chr(65 + n % 26),
                              role=Role.DESK, home_location_id=w.locations[0].id,
                              pin="1234")  # fmt: skip


# --- admin: block override, DSGVO, merges, settings, admins -------------------------


def override_block(w: World, actor: Actor) -> object:
    org_id, contact_id = w.org(OrganisationStatus.BLOCKED)
    return lending.check_out(w.db.unit_of_work(actor), organisation_id=org_id,
                             contact_id=contact_id, item_ids=[w.item()],
                             override_block_reason="Vorstand hat zugestimmt")  # fmt: skip


def anonymise_contact(w: World, actor: Actor) -> object:
    _org_id, contact_id = w.org()
    return privacy.anonymise_contact(w.db.unit_of_work(actor), contact_id=contact_id)


def merge_organisations(w: World, actor: Actor) -> object:
    keep, _ = w.org()
    merge, _ = w.org()
    return merges.merge_organisations(w.db.unit_of_work(actor), keep_id=keep, merge_id=merge)


def update_location(w: World, actor: Actor) -> object:
    loc = w.locations[0]
    return locations.update_location(w.db.unit_of_work(actor), location_id=loc.id, code=loc.code,
                                     name=loc.name, association=loc.association)  # fmt: skip


def create_admin(w: World, actor: Actor) -> object:
    n = next(_numbers)
    return staff.create_staff(w.db.unit_of_work(actor), display_name=f"Admin {n}",
                              initials="AD" + chr(65 + n % 26) + chr(65 + n // 26 % 26),
                              role=Role.ADMIN, home_location_id=w.locations[0].id,
                              pin="1234")  # fmt: skip


# (action, lowest role allowed). Anonymising is a location admin's task in the privacy
# service (retention review at the location); the block override is the lending rule.
MATRIX: list[tuple[Callable[[World, Actor], object], Role]] = [
    (check_out, Role.DESK),
    (check_in, Role.DESK),
    (book_room, Role.DESK),
    (create_item, Role.LOCATION_ADMIN),
    (create_room, Role.LOCATION_ADMIN),
    (create_desk, Role.LOCATION_ADMIN),
    (create_desk_staff, Role.LOCATION_ADMIN),
    (anonymise_contact, Role.LOCATION_ADMIN),
    (override_block, Role.ADMIN),
    (merge_organisations, Role.ADMIN),
    (update_location, Role.ADMIN),
    (create_admin, Role.ADMIN),
]


@pytest.mark.parametrize(("action", "lowest"), MATRIX, ids=[a.__name__ for a, _ in MATRIX])
@pytest.mark.parametrize("role", ROLES, ids=[r.value for r in ROLES])
def test_role_may_or_may_not(
    world: World, action: Callable[[World, Actor], object], lowest: Role, role: Role
) -> None:
    actor = world.actor(role)
    if _RANK[role] >= _RANK[lowest]:
        assert action(world, actor) is not None
    else:
        with pytest.raises(PermissionDeniedError, match=f"Rolle {lowest.value}"):
            action(world, actor)


def test_location_admin_may_not_add_staff_at_another_location(world: World) -> None:
    lead = world.actor(Role.LOCATION_ADMIN)
    with pytest.raises(PermissionDeniedError, match="eigenen Standorts"):
        staff.create_staff(world.db.unit_of_work(lead), display_name="Fremd", initials="FR",
                           role=Role.DESK, home_location_id=world.locations[1].id,
                           pin="1234")  # fmt: skip
