"""Fixtures of the room calendar UI tests: a room, an organisation, a location admin."""

from __future__ import annotations

import dataclasses

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.services import contacts, rooms
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database
from hor_desktop.ui.context import DeskContext


@pytest.fixture
def admin_context(desk_context: DeskContext) -> DeskContext:
    admin = Actor(location_id=desk_context.location.id, role=Role.LOCATION_ADMIN, name="L")
    return dataclasses.replace(desk_context, actor=admin)


@pytest.fixture
def room(db: Database, admin_context: DeskContext) -> rooms.RoomDTO:
    return rooms.create_room(
        admin_context.uow(), location_id=admin_context.location.id, name="Seminarraum 1",
        capacity=12,
    )  # fmt: skip


@pytest.fixture
def org(db: Database, desk_context: DeskContext) -> orgs.OrganisationDTO:
    created = orgs.create_organisation(desk_context.uow(), name="Verein X")
    contacts.add_contact(
        desk_context.uow(), organisation_id=created.id, name="Ana", is_responsible=True,
        phone="0221 123456",
    )  # fmt: skip
    return created
