"""Contact people of organisations: add, edit and list them with their consent record.

Audit events of contacts name the changed fields only, never their values: an audit
trail that kept old names and e-mail addresses would undo every anonymisation (see
``privacy`` for anonymisation, retention and the Datenauskunft).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hor_desktop.core import validation as v
from hor_desktop.core.enums import AuditAction, Role
from hor_desktop.core.errors import ConflictError, ValidationError
from hor_desktop.store.models import Contact
from hor_desktop.store.repositories import organisations as repo
from hor_desktop.store.uow import UnitOfWork

from . import audit

LEGAL_BASES = ("consent", "contract", "legitimate_interest")
CONTACT_FIELDS = (
    "name", "role", "email", "phone", "is_responsible", "may_sign",
    "legal_basis", "consent_at", "consent_version", "consent_channel",
)  # fmt: skip


@dataclass(frozen=True)
class ContactDTO:
    id: uuid.UUID
    organisation_id: uuid.UUID
    name: str
    role: str | None
    email: str | None
    phone: str | None
    is_responsible: bool
    may_sign: bool
    legal_basis: str | None
    consent_at: datetime | None
    consent_version: str | None
    consent_channel: str | None
    anonymised: bool


def contact_dto(row: Contact) -> ContactDTO:
    return ContactDTO(
        id=row.id, organisation_id=row.organisation_id, name=row.name, role=row.role,
        email=row.email, phone=row.phone, is_responsible=row.is_responsible,
        may_sign=row.may_sign, legal_basis=row.legal_basis, consent_at=row.consent_at,
        consent_version=row.consent_version, consent_channel=row.consent_channel,
        anonymised=row.anonymised_at is not None,
    )  # fmt: skip


def _field_names(changes: dict[str, Any]) -> dict[str, Any]:
    return {"fields": sorted(changes)}


def contact_values(
    *,
    name: str,
    role: str | None,
    email: str | None,
    phone: str | None,
    is_responsible: bool,
    may_sign: bool,
    legal_basis: str | None,
    consent_at: datetime | None,
    consent_version: str | None,
    consent_channel: str | None,
) -> dict[str, Any]:
    """Validated column values; raises ValidationError naming the field."""
    clean_name = v.required_text(name, field="name", label="Der Name")
    if consent_at is not None and consent_at.tzinfo is None:
        raise ValidationError("Zeitangaben brauchen eine Zeitzone.", field="consent_at")
    basis = v.optional_text(legal_basis, max_len=50)
    if basis is not None and basis not in LEGAL_BASES:
        raise ValidationError(
            "Rechtsgrundlage: Einwilligung, Vertrag oder berechtigtes Interesse.",
            field="legal_basis",
        )
    if basis == "consent" and consent_at is None:
        raise ValidationError(
            "Bei Einwilligung bitte das Datum der Einwilligung angeben.", field="consent_at"
        )
    return {
        "name": clean_name,
        "name_key": v.search_key(clean_name),
        "role": v.optional_text(role, max_len=100),
        "email": v.email(email),
        "phone": v.phone(phone),
        "is_responsible": is_responsible,
        "may_sign": may_sign,
        "legal_basis": basis,
        "consent_at": consent_at,
        "consent_version": v.optional_text(consent_version, max_len=20),
        "consent_channel": v.optional_text(consent_channel, max_len=50),
    }


def add_contact(
    uow: UnitOfWork,
    *,
    organisation_id: uuid.UUID,
    name: str,
    role: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    is_responsible: bool = False,
    may_sign: bool = False,
    legal_basis: str | None = None,
    consent_at: datetime | None = None,
    consent_version: str | None = None,
    consent_channel: str | None = None,
) -> ContactDTO:
    """Add a contact person to an organisation.

    Raises: ValidationError, NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Kontaktperson anlegen")
    values = contact_values(
        name=name, role=role, email=email, phone=phone, is_responsible=is_responsible,
        may_sign=may_sign, legal_basis=legal_basis, consent_at=consent_at,
        consent_version=consent_version, consent_channel=consent_channel,
    )  # fmt: skip
    with uow:
        organisation = repo.get_organisation(uow.session, organisation_id)
        row = Contact(organisation_id=organisation.id, **values)
        uow.session.add(row)
        uow.session.flush()
        filled = {k: val for k, val in audit.snapshot(row, CONTACT_FIELDS).items() if val}
        audit.record(
            uow, entity="contact", entity_id=row.id, action=AuditAction.CREATE,
            changes={"organisation_id": organisation.id, **_field_names(filled)},
        )  # fmt: skip
        uow.commit()
        return contact_dto(row)


def edit_contact(
    uow: UnitOfWork,
    *,
    contact_id: uuid.UUID,
    name: str,
    role: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    is_responsible: bool = False,
    may_sign: bool = False,
    legal_basis: str | None = None,
    consent_at: datetime | None = None,
    consent_version: str | None = None,
    consent_channel: str | None = None,
) -> ContactDTO:
    """Replace a contact's data (the form sends every field).

    Raises: ValidationError, NotFoundError, ConflictError (anonymised), PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Kontaktperson bearbeiten")
    values = contact_values(
        name=name, role=role, email=email, phone=phone, is_responsible=is_responsible,
        may_sign=may_sign, legal_basis=legal_basis, consent_at=consent_at,
        consent_version=consent_version, consent_channel=consent_channel,
    )  # fmt: skip
    with uow:
        row = repo.get_contact(uow.session, contact_id)
        if row.anonymised_at is not None:
            # Writing personal data back into an anonymised row would undo the erasure.
            raise ConflictError("Diese Kontaktperson wurde anonymisiert.")
        before = audit.snapshot(row, CONTACT_FIELDS)
        for key, value in values.items():
            setattr(row, key, value)
        changes = audit.diff(before, audit.snapshot(row, CONTACT_FIELDS))
        if changes:
            audit.record(
                uow, entity="contact", entity_id=row.id, action=AuditAction.UPDATE,
                changes=_field_names(changes),
            )  # fmt: skip
        uow.commit()
        return contact_dto(row)


def list_contacts(uow: UnitOfWork, *, organisation_id: uuid.UUID) -> list[ContactDTO]:
    """The organisation's contacts, responsible people first. Raises: NotFoundError."""
    with uow:
        repo.get_organisation(uow.session, organisation_id)
        return [contact_dto(c) for c in repo.list_contacts_of(uow.session, organisation_id)]
