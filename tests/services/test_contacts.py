"""Contacts: add, edit, list, validation, and an audit trail without personal values."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from hor_desktop.core.actor import Actor
from hor_desktop.core.errors import ValidationError
from hor_desktop.services import contacts
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database
from hor_desktop.store.models import AuditEvent
from tests.services.register_helpers import audit_actions, counts

SECRET_NAME = "Xaverius Quendolin"
SECRET_MAIL = "xaverius.quendolin@example.org"


@pytest.fixture
def verein(db: Database, desk_actor: Actor) -> orgs.OrganisationDTO:
    return orgs.create_organisation(db.unit_of_work(desk_actor), name="Müller e.V.")


@pytest.fixture
def person(db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO) -> contacts.ContactDTO:
    return contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=verein.id, name=SECRET_NAME,
        email=SECRET_MAIL, phone="+49 221 7777777", is_responsible=True, legal_basis="consent",
        consent_at=datetime(2026, 1, 5, 10, tzinfo=UTC), consent_version="2026-1",
        consent_channel="Papier",
    )  # fmt: skip


def test_contacts_are_added_edited_and_listed(
    db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    consent = datetime(2026, 11, 1, 10, tzinfo=UTC)
    helper = contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=verein.id, name="Ana Pop"
    )
    chair = contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=verein.id, name="Łukasz Wójcik",
        is_responsible=True, may_sign=True, email="lw@example.org", consent_at=consent,
        consent_version="2026-1", consent_channel="Papier", legal_basis="consent",
    )  # fmt: skip
    listed = contacts.list_contacts(db.unit_of_work(desk_actor), organisation_id=verein.id)
    assert [c.id for c in listed] == [chair.id, helper.id]  # responsible people first
    edited = contacts.edit_contact(
        db.unit_of_work(desk_actor), contact_id=helper.id, name="Ana Popescu", role="Kasse"
    )
    assert (edited.name, edited.role) == ("Ana Popescu", "Kasse")
    full = orgs.get_organisation(db.unit_of_work(desk_actor), organisation_id=verein.id)
    assert {c.name for c in full.contacts} == {"Ana Popescu", "Łukasz Wójcik"}
    assert audit_actions(db, helper.id) == ["create", "update"]


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("name", {"name": ""}),
        ("email", {"email": "ana@"}),
        ("consent_at", {"consent_at": datetime(2026, 11, 1, 10)}),  # naive
        ("legal_basis", {"legal_basis": "weil ja"}),
        ("consent_at", {"legal_basis": "consent"}),  # consent without its date
    ],
)
def test_add_contact_refuses_bad_input(
    db: Database,
    desk_actor: Actor,
    verein: orgs.OrganisationDTO,
    field: str,
    kwargs: dict[str, Any],
) -> None:
    before = counts(db)
    values: dict[str, Any] = {"name": "Ana"} | kwargs
    with pytest.raises(ValidationError) as caught:
        contacts.add_contact(db.unit_of_work(desk_actor), organisation_id=verein.id, **values)
    assert caught.value.field == field
    assert counts(db) == before


def test_contact_audit_names_fields_but_keeps_no_values(
    db: Database, desk_actor: Actor, person: contacts.ContactDTO
) -> None:
    contacts.edit_contact(
        db.unit_of_work(desk_actor), contact_id=person.id, name="Xaverius Q.", email=SECRET_MAIL,
        is_responsible=True,
    )  # fmt: skip
    with db.engine.connect() as connection:
        changes = list(
            connection.scalars(select(AuditEvent.changes).where(AuditEvent.entity_id == person.id))
        )
    assert "email" in changes[0]["fields"]
    assert "name" in changes[1]["fields"]
    assert SECRET_NAME not in json.dumps(changes)
    assert "Xaverius" not in json.dumps(changes)
