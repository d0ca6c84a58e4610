"""Shared fixtures and helpers of the desk service tests (bookings, ranges, quotas, board)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import DeskSlot, Role
from hor_desktop.services import contacts, desk_quotas, desks
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database
from hor_desktop.store.models import AuditEvent, DeskBooking

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


def set_quota(db: Database, admin: Actor, org: orgs.OrganisationDTO | None, days: int) -> None:
    assert admin.location_id is not None
    desk_quotas.set_desk_quota(
        db.unit_of_work(admin), location_id=admin.location_id,
        organisation_id=org.id if org else None, days_per_month=days,
    )  # fmt: skip


def more_desks(db: Database, admin: Actor, count: int) -> list[desks.DeskDTO]:
    assert admin.location_id is not None
    return [
        desks.create_desk(db.unit_of_work(admin), location_id=admin.location_id, label=f"Q{i}")
        for i in range(count)
    ]
