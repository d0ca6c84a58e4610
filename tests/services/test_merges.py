"""Duplicates: look-alike organisations and merging one into another."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import LoanState, OrganisationStatus
from hor_desktop.core.errors import (
    PermissionDeniedError,
    ValidationError,
)
from hor_desktop.services import contacts, merges
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database
from hor_desktop.store.models import Loan
from tests.services.register_helpers import audit_actions


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


def test_find_similar_by_name_variant_email_and_phone(
    db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    other = orgs.create_organisation(
        db.unit_of_work(desk_actor), name="Afrika Forum Köln", email="post@afk.de",
        phone="+49 221 123456",
    )  # fmt: skip
    orgs.create_organisation(db.unit_of_work(desk_actor), name="Ganz Anderes Projekt")

    def similar(**kw: Any) -> list[tuple[uuid.UUID, tuple[str, ...]]]:
        rows = merges.find_similar(db.unit_of_work(desk_actor), **kw)
        return [(r.id, r.reasons) for r in rows]

    assert similar(name="MUELLER  eV") == [(verein.id, ("name",))]
    assert similar(name="Afrika-Forum Koeln e.V.") == [(other.id, ("name",))]
    assert similar(name="Afrika Forum Kölnn") == [(other.id, ("similar_name",))]
    assert similar(name="Neu", email="POST@afk.de") == [(other.id, ("email",))]
    assert similar(name="Neu", phone="0221 123456") == [(other.id, ("phone",))]
    assert similar(name="Neu", phone="0221 123456", exclude_id=other.id) == []
    assert similar(name="Völlig neuer Verein") == []


def test_merge_moves_history_appends_notes_and_is_audited(
    db: Database, desk_actor: Actor, admin_actor: Actor, verein: orgs.OrganisationDTO
) -> None:
    dup = orgs.create_organisation(
        db.unit_of_work(desk_actor), name="Mueller eV", notes="Schlüssel Raum 2"
    )
    moved = contacts.add_contact(db.unit_of_work(desk_actor), organisation_id=dup.id, name="Ida")
    with db.unit_of_work(desk_actor) as uow:
        uow.session.add(
            Loan(
                receipt_no="CCH-2026-00001",
                organisation_id=dup.id,
                contact_id=moved.id,
                start_date=date(2026, 11, 2),
                due_date=date(2026, 11, 9),
                state=LoanState.RETURNED,
                location_out_id=desk_actor.location_id,
            )
        )
        uow.commit()
    with pytest.raises(PermissionDeniedError):
        merges.merge_organisations(db.unit_of_work(desk_actor), keep_id=verein.id, merge_id=dup.id)
    kept = merges.merge_organisations(
        db.unit_of_work(admin_actor), keep_id=verein.id, merge_id=dup.id
    )
    assert {c.name for c in kept.contacts} == {"Zoe Yilmaz", "Ida"}
    assert kept.notes is not None and "Schlüssel Raum 2" in kept.notes
    history = orgs.get_history(db.unit_of_work(desk_actor), organisation_id=verein.id)
    assert [(h.kind, h.reference, h.contact_name) for h in history] == [
        ("loan", "CCH-2026-00001", "Ida")
    ]
    gone = orgs.get_organisation(db.unit_of_work(desk_actor), organisation_id=dup.id)
    assert (gone.status, gone.merged_into_id) == (OrganisationStatus.MERGED, verein.id)
    assert audit_actions(db, verein.id)[-1] == "merge"
    assert audit_actions(db, dup.id)[-1] == "merge"
    assert orgs.search_organisations(db.unit_of_work(desk_actor), text="mueller") == []
    with pytest.raises(ValidationError):
        merges.merge_organisations(db.unit_of_work(admin_actor), keep_id=verein.id, merge_id=dup.id)
