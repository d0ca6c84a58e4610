"""Organisations and contacts: validation, prefix search, blocking and the borrowing check."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import event, select, text

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import OrganisationStatus
from hor_desktop.core.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from hor_desktop.core.validation import search_key
from hor_desktop.services import contacts, privacy
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database
from hor_desktop.store.models import AuditEvent, Organisation
from hor_desktop.store.repositories.organisations import require_can_borrow
from tests.services.register_helpers import audit_actions, counts


@pytest.fixture
def verein(db: Database, desk_actor: Actor) -> orgs.OrganisationDTO:
    created = orgs.create_organisation(
        db.unit_of_work(desk_actor), name="Müller e.V.", short_name="MEV", postcode="50667"
    )
    contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=created.id, name="Zoe Yilmaz",
        is_responsible=True,
    )  # fmt: skip
    return created


def test_create_organisation_stores_key_and_audits(db: Database, desk_actor: Actor) -> None:
    created = orgs.create_organisation(
        db.unit_of_work(desk_actor),
        name="  Afrikanischer Kulturverein Köln  ",
        legal_form="e.V.",
        register_no="VR 12345",
        email="info@akv.de",
        phone="+49 221 123456",
        postcode="50667",
        document_language="en",
        home_location_id=desk_actor.location_id,
    )
    assert created.name == "Afrikanischer Kulturverein Köln"
    assert created.status is OrganisationStatus.ACTIVE
    with db.engine.connect() as connection:
        key = connection.scalar(select(Organisation.name_key).where(Organisation.id == created.id))
    assert key == "afrikanischer kulturverein koln"
    assert audit_actions(db, created.id) == ["create"]


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("name", {"name": "   "}),
        ("email", {"email": "kein-at-zeichen.de"}),
        ("postcode", {"postcode": "5066"}),
        ("register_no", {"register_no": "12345"}),
        ("phone", {"phone": "abc"}),
        ("document_language", {"document_language": "fr"}),
    ],
)
def test_create_organisation_refuses_bad_input_with_field(
    db: Database, desk_actor: Actor, field: str, kwargs: dict[str, Any]
) -> None:
    before = counts(db)
    values: dict[str, Any] = {"name": "Verein"} | kwargs
    with pytest.raises(ValidationError) as caught:
        orgs.create_organisation(db.unit_of_work(desk_actor), **values)
    assert caught.value.field == field
    assert counts(db) == before


def test_edit_organisation_records_only_changed_fields(
    db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    edited = orgs.edit_organisation(
        db.unit_of_work(desk_actor),
        organisation_id=verein.id,
        name="Müller und Söhne e.V.",
        short_name="MEV",
        postcode="50667",
        city="Köln",
    )
    assert (edited.name, edited.city) == ("Müller und Söhne e.V.", "Köln")
    with db.engine.connect() as connection:
        changes = connection.scalars(
            select(AuditEvent.changes).where(
                AuditEvent.entity_id == verein.id, AuditEvent.action == "update"
            )
        ).one()
    assert set(changes) == {"name", "name_key", "city"}


def test_edit_organisation_with_bad_email_changes_nothing(
    db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    before = counts(db)
    with pytest.raises(ValidationError) as caught:
        orgs.edit_organisation(
            db.unit_of_work(desk_actor), organisation_id=verein.id, name="X", email="x@y"
        )
    assert caught.value.field == "email"
    assert counts(db) == before
    assert orgs.get_organisation(db.unit_of_work(desk_actor), organisation_id=verein.id).name == (
        "Müller e.V."
    )


def test_edit_unknown_organisation_is_not_found(db: Database, desk_actor: Actor) -> None:
    with pytest.raises(NotFoundError):
        orgs.edit_organisation(db.unit_of_work(desk_actor), organisation_id=uuid.uuid4(), name="X")


def test_search_ignores_case_and_diacritics(
    db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    orgs.create_organisation(db.unit_of_work(desk_actor), name="Mullah Kulturzentrum")
    orgs.create_organisation(db.unit_of_work(desk_actor), name="Ömer Şahin Stiftung")
    found = orgs.search_organisations(db.unit_of_work(desk_actor), text="muller")
    assert [row.name for row in found] == ["Müller e.V."]
    found = orgs.search_organisations(db.unit_of_work(desk_actor), text="OMER SA")
    assert [row.name for row in found] == ["Ömer Şahin Stiftung"]


def test_search_finds_cyrillic_prefix(db: Database, desk_actor: Actor) -> None:
    orgs.create_organisation(db.unit_of_work(desk_actor), name="Объединение Украинцев Кёльна")
    orgs.create_organisation(db.unit_of_work(desk_actor), name="Общество друзей")
    found = orgs.search_organisations(db.unit_of_work(desk_actor), text="объед")
    assert [row.name for row in found] == ["Объединение Украинцев Кёльна"]


def test_search_finds_short_name_prefix(
    db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    assert [r.id for r in orgs.search_organisations(db.unit_of_work(desk_actor), text="me")] == [
        verein.id
    ]


def test_search_filters_by_status_and_location(
    db: Database, desk_actor: Actor, location_admin: Actor, verein: orgs.OrganisationDTO
) -> None:
    other = orgs.create_organisation(
        db.unit_of_work(desk_actor), name="Mütter-Netzwerk", home_location_id=desk_actor.location_id
    )
    orgs.block_organisation(db.unit_of_work(location_admin), organisation_id=verein.id, reason="x")
    blocked = orgs.search_organisations(
        db.unit_of_work(desk_actor), text="mu", status=OrganisationStatus.BLOCKED
    )
    assert [r.id for r in blocked] == [verein.id]
    here = orgs.search_organisations(
        db.unit_of_work(desk_actor), text="mu", location_id=desk_actor.location_id
    )
    assert [r.id for r in here] == [other.id]


def test_search_treats_like_wildcards_literally(
    db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    assert orgs.search_organisations(db.unit_of_work(desk_actor), text="%") == []


def test_search_on_2000_organisations_uses_the_index_and_is_fast(
    db: Database, desk_actor: Actor
) -> None:
    with db.unit_of_work(desk_actor) as uow:
        for n in range(2000):
            name = f"Verein {n:04d} Köln"
            uow.session.add(
                Organisation(name=name, name_key=search_key(name), document_language="de")
            )
        uow.commit()
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        if "FROM organisation" in statement:
            statements.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        found = orgs.search_organisations(db.unit_of_work(desk_actor), text="verein 01")
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    assert [r.name for r in found][:2] == ["Verein 0100 Köln", "Verein 0101 Köln"]
    assert len(found) == 50
    statement, params = statements[-1]
    with db.engine.connect() as connection:
        plan = " ".join(
            str(row[-1])
            for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)
        )
    assert "USING INDEX ix_organisation_name_key (name_key>? AND name_key<?)" in plan.replace(
        "COVERING ", ""
    )


def test_block_needs_reason_and_changes_nothing_without(
    db: Database, location_admin: Actor, verein: orgs.OrganisationDTO
) -> None:
    before = counts(db)
    with pytest.raises(ValidationError) as caught:
        orgs.block_organisation(
            db.unit_of_work(location_admin), organisation_id=verein.id, reason=" "
        )
    assert caught.value.field == "reason"
    assert counts(db) == before


def test_desk_actor_may_not_block(
    db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    before = counts(db)
    with pytest.raises(PermissionDeniedError):
        orgs.block_organisation(
            db.unit_of_work(desk_actor), organisation_id=verein.id, reason="Schaden"
        )
    assert counts(db) == before


def test_block_and_unblock_are_audited(
    db: Database, location_admin: Actor, verein: orgs.OrganisationDTO
) -> None:
    blocked = orgs.block_organisation(
        db.unit_of_work(location_admin), organisation_id=verein.id, reason="Beamer beschädigt"
    )
    assert (blocked.status, blocked.block_reason) == (
        OrganisationStatus.BLOCKED,
        "Beamer beschädigt",
    )
    unblocked = orgs.unblock_organisation(
        db.unit_of_work(location_admin), organisation_id=verein.id
    )
    assert (unblocked.status, unblocked.block_reason) == (OrganisationStatus.ACTIVE, None)
    assert audit_actions(db, verein.id) == ["create", "block", "unblock"]
    with pytest.raises(ConflictError):
        orgs.unblock_organisation(db.unit_of_work(location_admin), organisation_id=verein.id)


def test_require_can_borrow_names_the_block_reason(
    db: Database, desk_actor: Actor, location_admin: Actor, verein: orgs.OrganisationDTO
) -> None:
    orgs.block_organisation(
        db.unit_of_work(location_admin), organisation_id=verein.id, reason="Offene Rechnung"
    )
    with db.unit_of_work(desk_actor) as uow:
        with pytest.raises(ConflictError, match=r"„Müller e\.V\.“ ist gesperrt: Offene Rechnung"):
            require_can_borrow(uow.session, organisation_id=verein.id, contact_id=None)
        organisation, contact = require_can_borrow(
            uow.session, organisation_id=verein.id, contact_id=None, allow_blocked=True
        )
        assert (organisation.id, contact) == (verein.id, None)


def test_require_can_borrow_refuses_foreign_and_anonymised_contacts(
    db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    other = orgs.create_organisation(db.unit_of_work(desk_actor), name="Anderer Verein")
    stranger = contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=other.id, name="Bo"
    )
    own = contacts.add_contact(db.unit_of_work(desk_actor), organisation_id=verein.id, name="Cem")
    with db.unit_of_work(desk_actor) as uow:
        with pytest.raises(ValidationError, match="gehört nicht zu") as caught:
            require_can_borrow(uow.session, organisation_id=verein.id, contact_id=stranger.id)
        assert caught.value.field == "contact_id"
        _, contact = require_can_borrow(uow.session, organisation_id=verein.id, contact_id=own.id)
        assert contact.id == own.id
        contact.anonymised_at = db.clock.now()
        with pytest.raises(ValidationError) as caught:
            require_can_borrow(uow.session, organisation_id=verein.id, contact_id=own.id)
        assert caught.value.field == "contact_id"


def test_require_can_borrow_refuses_merged_and_deleted_organisations(
    db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    target = orgs.create_organisation(db.unit_of_work(desk_actor), name="Ziel e.V.")
    with db.unit_of_work(desk_actor) as uow:
        row = uow.session.get_one(Organisation, verein.id)
        row.status, row.merged_into_id = OrganisationStatus.MERGED, target.id
        with pytest.raises(ValidationError) as caught:
            require_can_borrow(uow.session, organisation_id=verein.id, contact_id=None)
        assert caught.value.field == "organisation_id"
        row.deleted_at = db.clock.now()
        with pytest.raises(NotFoundError):
            require_can_borrow(uow.session, organisation_id=verein.id, contact_id=None)


def test_deleted_organisations_are_invisible(
    db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    with db.unit_of_work(desk_actor) as uow:
        uow.session.execute(
            text("UPDATE organisation SET deleted_at = :now"), {"now": "2026-11-25 09:00:00.000000"}
        )
        uow.commit()
    assert orgs.search_organisations(db.unit_of_work(desk_actor), text="mu") == []
    with pytest.raises(NotFoundError):
        orgs.get_organisation(db.unit_of_work(desk_actor), organisation_id=verein.id)


def test_require_can_borrow_needs_a_responsible_contact(
    db: Database, desk_actor: Actor, location_admin: Actor
) -> None:
    bare = orgs.create_organisation(db.unit_of_work(desk_actor), name="Ohne Leitung e.V.")
    helper = contacts.add_contact(db.unit_of_work(desk_actor), organisation_id=bare.id, name="Bo")
    with db.unit_of_work(desk_actor) as uow:
        with pytest.raises(ValidationError, match="verantwortliche Kontaktperson") as caught:
            require_can_borrow(uow.session, organisation_id=bare.id, contact_id=helper.id)
        assert caught.value.field == "organisation_id"
    chair = contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=bare.id, name="Cem", is_responsible=True
    )
    with db.unit_of_work(desk_actor) as uow:
        require_can_borrow(uow.session, organisation_id=bare.id, contact_id=helper.id)
    privacy.anonymise_contact(db.unit_of_work(location_admin), contact_id=chair.id)
    with db.unit_of_work(desk_actor) as uow, pytest.raises(ValidationError):
        require_can_borrow(uow.session, organisation_id=bare.id, contact_id=helper.id)


def test_search_finds_contact_names_emails_and_phones(
    db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    other = orgs.create_organisation(
        db.unit_of_work(desk_actor), name="Anderer Verein", email="Info@Anderer.de",
        phone="0221 555 12 34",
    )  # fmt: skip
    contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=other.id, name="Şenay Öztürk",
        email="senay@example.org", phone="+49 160 9876543",
    )  # fmt: skip

    def found(typed: str) -> list[uuid.UUID]:
        return [r.id for r in orgs.search_organisations(db.unit_of_work(desk_actor), text=typed)]

    assert found("senay") == [other.id]  # contact name, without accents
    assert found("ozt") == [other.id]  # start of the contact's second name
    assert found("zoe") == [verein.id]  # the responsible contact of the fixture
    assert found("info@and") == [other.id]  # organisation e-mail, any case
    assert found("senay@") == [other.id]  # contact e-mail
    assert found("0221 5551") == [other.id]  # organisation phone, spaces ignored
    assert found("0160 987") == [other.id]  # +49 160 … typed nationally
    assert found("verein") == [other.id]  # a word of the name
    assert found("0999") == []


def test_search_sorts_and_pages_in_sql(db: Database, desk_actor: Actor) -> None:
    for n, city in enumerate(("Köln", "Bonn", "Aachen", "Düren", "Bonn")):
        orgs.create_organisation(db.unit_of_work(desk_actor), name=f"Verein {n}", city=city)
    first = orgs.search_organisations(
        db.unit_of_work(desk_actor), text="verein", sort="city", limit=3
    )
    rest = orgs.search_organisations(
        db.unit_of_work(desk_actor), text="verein", sort="city", limit=3, after=first[-1].cursor
    )
    assert [(r.city, r.name) for r in first + rest] == [
        ("Aachen", "Verein 2"), ("Bonn", "Verein 1"), ("Bonn", "Verein 4"),
        ("Düren", "Verein 3"), ("Köln", "Verein 0"),
    ]  # fmt: skip
    down = orgs.search_organisations(db.unit_of_work(desk_actor), sort="city", descending=True)
    assert down[0].city == "Köln"
