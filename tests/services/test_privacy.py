"""DSGVO of contacts: Datenauskunft, anonymisation, retention check, information notice."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import LoanState, Role
from hor_desktop.core.errors import ConflictError, PermissionDeniedError
from hor_desktop.services import contacts, personal_data, privacy
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database, open_database
from hor_desktop.store.models import Contact, Loan
from tests.printing.pdf_text import all_text
from tests.services.register_helpers import add_loan, audit_actions

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


def test_datenauskunft_has_json_and_pdf_with_the_persons_data(
    db: Database, desk_actor: Actor, person: contacts.ContactDTO
) -> None:
    add_loan(db, desk_actor, person, LoanState.RETURNED, 1)
    export = personal_data.export_personal_data(
        db.unit_of_work(desk_actor), contact_id=person.id, house_name="HoR Köln"
    )
    data = json.loads(export.json_text)
    assert data["kontaktperson"]["name"] == SECRET_NAME
    assert data["kontaktperson"]["email"] == SECRET_MAIL
    assert data["organisation"]["name"] == "Müller e.V."
    assert [loan["leihschein"] for loan in data["ausleihen"]] == ["CCH-2026-00001"]
    assert export.pdf.startswith(b"%PDF")
    assert export.file_stem == "datenauskunft-xaverius-quendolin"
    assert audit_actions(db, person.id)[-1] == "export"


def test_anonymise_is_refused_while_responsible_for_an_open_loan(
    db: Database, desk_actor: Actor, location_admin: Actor, person: contacts.ContactDTO
) -> None:
    add_loan(db, desk_actor, person, LoanState.OUT, 1)
    with pytest.raises(ConflictError, match="CCH-2026-00001"):
        privacy.anonymise_contact(db.unit_of_work(location_admin), contact_id=person.id)
    with pytest.raises(PermissionDeniedError):
        privacy.anonymise_contact(db.unit_of_work(desk_actor), contact_id=person.id)


def test_anonymise_keeps_loan_statistics_and_refuses_later_edits(
    db: Database, desk_actor: Actor, location_admin: Actor, person: contacts.ContactDTO
) -> None:
    for n in range(3):
        add_loan(db, desk_actor, person, LoanState.RETURNED, n + 1)
    done = privacy.anonymise_contact(db.unit_of_work(location_admin), contact_id=person.id)
    assert (done.name, done.email, done.phone, done.anonymised) == (
        "anonymisiert", None, None, True,
    )  # fmt: skip
    with db.engine.connect() as connection:
        loans = connection.scalar(
            select(func.count()).select_from(Loan).where(Loan.contact_id == person.id)
        )
        key = connection.scalar(select(Contact.name_key).where(Contact.id == person.id))
    assert (loans, key) == (3, "")
    assert audit_actions(db, person.id)[-1] == "anonymise"
    with pytest.raises(ConflictError):
        contacts.edit_contact(db.unit_of_work(desk_actor), contact_id=person.id, name="Neu")


def test_anonymised_name_is_not_in_the_sqlite_file_bytes(
    tmp_path: Path, clock: FixedClock, locations: Any
) -> None:
    # A database of its own, so the file holds nothing but this story.
    path = tmp_path / "dsgvo.sqlite"
    db = open_database(f"sqlite:///{path}", clock=clock)
    try:
        from hor_desktop.services.locations import seed_cologne_locations

        admin = Actor(location_id=None, role=Role.ADMIN)
        seed_cologne_locations(db.unit_of_work(admin))
        org = orgs.create_organisation(db.unit_of_work(admin), name="Verein Z")
        person = contacts.add_contact(
            db.unit_of_work(admin), organisation_id=org.id, name=SECRET_NAME, email=SECRET_MAIL,
            phone="+49 221 7777777",
        )  # fmt: skip
        contacts.edit_contact(
            db.unit_of_work(admin), contact_id=person.id, name=SECRET_NAME, email=SECRET_MAIL,
            role="Vorsitz",
        )  # fmt: skip
        privacy.anonymise_contact(db.unit_of_work(admin), contact_id=person.id)
        with db.engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        db.close()
    files = [p for p in tmp_path.iterdir() if p.name.startswith("dsgvo.sqlite")]
    content = b"".join(p.read_bytes() for p in files)
    assert len(content) > 0
    for secret in (SECRET_NAME, SECRET_MAIL, "7777777", "xaverius"):
        assert secret.encode() not in content, secret


def test_retention_lists_only_contacts_without_recent_activity(
    db: Database,
    clock: FixedClock,
    desk_actor: Actor,
    location_admin: Actor,
    verein: orgs.OrganisationDTO,
) -> None:
    clock.advance(timedelta(days=-4 * 365))
    old = contacts.add_contact(db.unit_of_work(desk_actor), organisation_id=verein.id, name="Alt")
    busy = contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=verein.id, name="Aktiv"
    )
    lent = contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=verein.id, name="Leiht noch"
    )
    clock.advance(timedelta(days=4 * 365))
    add_loan(db, desk_actor, busy, LoanState.RETURNED, 1, start=date(2026, 1, 10))
    add_loan(db, desk_actor, lent, LoanState.OUT, 2, start=date(2022, 1, 10))
    found = privacy.list_inactive_contacts(db.unit_of_work(location_admin), years=3)
    assert [row.id for row in found] == [old.id]
    assert found[0].organisation_name == "Müller e.V."
    done = privacy.anonymise_contacts(
        db.unit_of_work(location_admin), contact_ids=[row.id for row in found]
    )
    assert done == 1
    assert privacy.list_inactive_contacts(db.unit_of_work(location_admin), years=3) == []


def test_privacy_notice_is_a_pdf_in_the_organisations_language(
    db: Database, desk_actor: Actor, location_admin: Actor, person: contacts.ContactDTO
) -> None:
    pdf = privacy.render_privacy_notice(
        db.unit_of_work(desk_actor), contact_id=person.id, house_name="Haus der Ressourcen Köln"
    )
    text = all_text(pdf)
    assert "Datenschutzhinweis (Art. 13 DSGVO)" in text
    assert "Müller e.V." in text and SECRET_NAME in text and "Art. 6 Abs. 1 lit. b" in text
    privacy.anonymise_contact(db.unit_of_work(location_admin), contact_id=person.id)
    with pytest.raises(ConflictError):
        privacy.render_privacy_notice(db.unit_of_work(desk_actor), contact_id=person.id)
