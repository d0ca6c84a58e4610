"""Organisations and their contact people: create, edit, search, block and unblock."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hor_desktop.core import validation as v
from hor_desktop.core.enums import AuditAction, OrganisationStatus, Role
from hor_desktop.core.errors import ConflictError, ValidationError
from hor_desktop.store.models import Contact, Organisation
from hor_desktop.store.repositories import organisations as repo
from hor_desktop.store.uow import UnitOfWork

from . import audit

DOCUMENT_LANGUAGES = ("de", "en")
_ORG_FIELDS = (
    "name", "name_key", "short_name", "legal_form", "register_no", "street", "postcode",
    "city", "email", "phone", "website", "document_language", "home_location_id", "notes",
)  # fmt: skip
_CONTACT_FIELDS = (
    "name", "name_key", "role", "email", "phone", "is_responsible", "may_sign",
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


@dataclass(frozen=True)
class OrganisationDTO:
    id: uuid.UUID
    name: str
    short_name: str | None
    legal_form: str | None
    register_no: str | None
    street: str | None
    postcode: str | None
    city: str | None
    email: str | None
    phone: str | None
    website: str | None
    document_language: str
    home_location_id: uuid.UUID | None
    status: OrganisationStatus
    block_reason: str | None
    notes: str | None
    contacts: tuple[ContactDTO, ...]


@dataclass(frozen=True)
class OrganisationRowDTO:
    """One line of the organisation list."""

    id: uuid.UUID
    name: str
    short_name: str | None
    city: str | None
    email: str | None
    phone: str | None
    status: OrganisationStatus
    block_reason: str | None
    home_location_id: uuid.UUID | None


def _contact_dto(row: Contact) -> ContactDTO:
    return ContactDTO(
        id=row.id, organisation_id=row.organisation_id, name=row.name, role=row.role,
        email=row.email, phone=row.phone, is_responsible=row.is_responsible,
        may_sign=row.may_sign, legal_basis=row.legal_basis, consent_at=row.consent_at,
        consent_version=row.consent_version, consent_channel=row.consent_channel,
        anonymised=row.anonymised_at is not None,
    )  # fmt: skip


def _organisation_dto(row: Organisation, contacts: tuple[ContactDTO, ...]) -> OrganisationDTO:
    return OrganisationDTO(
        id=row.id, name=row.name, short_name=row.short_name, legal_form=row.legal_form,
        register_no=row.register_no, street=row.street, postcode=row.postcode, city=row.city,
        email=row.email, phone=row.phone, website=row.website,
        document_language=row.document_language, home_location_id=row.home_location_id,
        status=row.status, block_reason=row.block_reason, notes=row.notes, contacts=contacts,
    )  # fmt: skip


def _with_contacts(uow: UnitOfWork, row: Organisation) -> OrganisationDTO:
    contacts = repo.list_contacts_of(uow.session, row.id)
    return _organisation_dto(row, tuple(_contact_dto(c) for c in contacts))


def _organisation_values(
    *,
    name: str,
    short_name: str | None,
    legal_form: str | None,
    register_no: str | None,
    street: str | None,
    postcode: str | None,
    city: str | None,
    email: str | None,
    phone: str | None,
    website: str | None,
    document_language: str,
    home_location_id: uuid.UUID | None,
    notes: str | None,
) -> dict[str, Any]:
    """Validated column values; raises ValidationError naming the field."""
    clean_name = v.required_text(name, field="name", label="Der Name")
    if document_language not in DOCUMENT_LANGUAGES:
        raise ValidationError(
            "Die Dokumentsprache ist Deutsch (de) oder Englisch (en).",
            field="document_language",
        )
    return {
        "name": clean_name,
        "name_key": v.search_key(clean_name),
        "short_name": v.optional_text(short_name, max_len=50),
        "legal_form": v.optional_text(legal_form, max_len=50),
        "register_no": v.register_no(register_no),
        "street": v.optional_text(street, max_len=200),
        "postcode": v.postcode(postcode),
        "city": v.optional_text(city, max_len=100),
        "email": v.email(email),
        "phone": v.phone(phone),
        "website": v.optional_text(website, max_len=200),
        "document_language": document_language,
        "home_location_id": home_location_id,
        "notes": v.optional_text(notes),
    }


def create_organisation(
    uow: UnitOfWork,
    *,
    name: str,
    short_name: str | None = None,
    legal_form: str | None = None,
    register_no: str | None = None,
    street: str | None = None,
    postcode: str | None = None,
    city: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    website: str | None = None,
    document_language: str = "de",
    home_location_id: uuid.UUID | None = None,
    notes: str | None = None,
) -> OrganisationDTO:
    """Register a new organisation.

    Raises: ValidationError (with the field), PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Organisation anlegen")
    values = _organisation_values(
        name=name, short_name=short_name, legal_form=legal_form, register_no=register_no,
        street=street, postcode=postcode, city=city, email=email, phone=phone,
        website=website, document_language=document_language,
        home_location_id=home_location_id, notes=notes,
    )  # fmt: skip
    with uow:
        row = Organisation(**values, status=OrganisationStatus.ACTIVE)
        uow.session.add(row)
        uow.session.flush()
        audit.record(
            uow, entity="organisation", entity_id=row.id, action=AuditAction.CREATE,
            changes=audit.snapshot(row, _ORG_FIELDS),
        )  # fmt: skip
        uow.commit()
        return _organisation_dto(row, ())


def edit_organisation(
    uow: UnitOfWork,
    *,
    organisation_id: uuid.UUID,
    name: str,
    short_name: str | None = None,
    legal_form: str | None = None,
    register_no: str | None = None,
    street: str | None = None,
    postcode: str | None = None,
    city: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    website: str | None = None,
    document_language: str = "de",
    home_location_id: uuid.UUID | None = None,
    notes: str | None = None,
) -> OrganisationDTO:
    """Replace the master data of an organisation (the form sends every field).

    Raises: ValidationError, NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Organisation bearbeiten")
    values = _organisation_values(
        name=name, short_name=short_name, legal_form=legal_form, register_no=register_no,
        street=street, postcode=postcode, city=city, email=email, phone=phone,
        website=website, document_language=document_language,
        home_location_id=home_location_id, notes=notes,
    )  # fmt: skip
    with uow:
        row = repo.get_organisation(uow.session, organisation_id)
        before = audit.snapshot(row, _ORG_FIELDS)
        for key, value in values.items():
            setattr(row, key, value)
        changes = audit.diff(before, audit.snapshot(row, _ORG_FIELDS))
        if changes:
            audit.record(
                uow, entity="organisation", entity_id=row.id, action=AuditAction.UPDATE,
                changes=changes,
            )  # fmt: skip
        uow.commit()
        return _with_contacts(uow, row)


def get_organisation(uow: UnitOfWork, *, organisation_id: uuid.UUID) -> OrganisationDTO:
    """Raises: NotFoundError."""
    with uow:
        row = repo.get_organisation(uow.session, organisation_id)
        return _with_contacts(uow, row)


def search_organisations(
    uow: UnitOfWork,
    *,
    text: str = "",
    status: OrganisationStatus | None = None,
    location_id: uuid.UUID | None = None,
    limit: int = 50,
) -> list[OrganisationRowDTO]:
    """Organisations whose name or short name starts with ``text``, by name.

    Accents and case do not matter for the name ("muller" finds "Müller e.V.").
    Merged organisations appear only when asked for with ``status``.
    """
    with uow:
        rows = repo.search_by_prefix(
            uow.session, key=v.search_key(text), short_prefix=text.strip(), status=status,
            location_id=location_id, limit=max(1, limit),
        )  # fmt: skip
        return [
            OrganisationRowDTO(
                id=r.id,
                name=r.name,
                short_name=r.short_name,
                city=r.city,
                email=r.email,
                phone=r.phone,
                status=OrganisationStatus(r.status),
                block_reason=r.block_reason,
                home_location_id=r.home_location_id,
            )
            for r in rows
        ]


def block_organisation(
    uow: UnitOfWork, *, organisation_id: uuid.UUID, reason: str
) -> OrganisationDTO:
    """Stop an organisation from borrowing and booking (location admins).

    Raises: ValidationError (reason), NotFoundError, ConflictError, PermissionDeniedError.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Organisation sperren")
    clean_reason = v.required_text(reason, field="reason", label="Der Sperrgrund", max_len=500)
    with uow:
        row = repo.get_organisation(uow.session, organisation_id)
        if row.status is OrganisationStatus.MERGED:
            raise ConflictError(
                f"„{row.name}“ wurde zusammengeführt und kann nicht gesperrt werden."
            )
        before = audit.snapshot(row, ("status", "block_reason"))
        row.status = OrganisationStatus.BLOCKED
        row.block_reason = clean_reason
        audit.record(
            uow, entity="organisation", entity_id=row.id, action=AuditAction.BLOCK,
            changes=audit.diff(before, audit.snapshot(row, ("status", "block_reason"))),
        )  # fmt: skip
        uow.commit()
        return _with_contacts(uow, row)


def unblock_organisation(uow: UnitOfWork, *, organisation_id: uuid.UUID) -> OrganisationDTO:
    """Lift a block (location admins).

    Raises: NotFoundError, ConflictError (not blocked), PermissionDeniedError.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Sperre aufheben")
    with uow:
        row = repo.get_organisation(uow.session, organisation_id)
        if row.status is not OrganisationStatus.BLOCKED:
            raise ConflictError(f"„{row.name}“ ist nicht gesperrt.")
        before = audit.snapshot(row, ("status", "block_reason"))
        row.status = OrganisationStatus.ACTIVE
        row.block_reason = None
        audit.record(
            uow, entity="organisation", entity_id=row.id, action=AuditAction.UNBLOCK,
            changes=audit.diff(before, audit.snapshot(row, ("status", "block_reason"))),
        )  # fmt: skip
        uow.commit()
        return _with_contacts(uow, row)


def _contact_values(
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
    return {
        "name": clean_name,
        "name_key": v.search_key(clean_name),
        "role": v.optional_text(role, max_len=100),
        "email": v.email(email),
        "phone": v.phone(phone),
        "is_responsible": is_responsible,
        "may_sign": may_sign,
        "legal_basis": v.optional_text(legal_basis, max_len=50),
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
    values = _contact_values(
        name=name, role=role, email=email, phone=phone, is_responsible=is_responsible,
        may_sign=may_sign, legal_basis=legal_basis, consent_at=consent_at,
        consent_version=consent_version, consent_channel=consent_channel,
    )  # fmt: skip
    with uow:
        organisation = repo.get_organisation(uow.session, organisation_id)
        row = Contact(organisation_id=organisation.id, **values)
        uow.session.add(row)
        uow.session.flush()
        audit.record(
            uow, entity="contact", entity_id=row.id, action=AuditAction.CREATE,
            changes={"organisation_id": organisation.id, **audit.snapshot(row, _CONTACT_FIELDS)},
        )  # fmt: skip
        uow.commit()
        return _contact_dto(row)


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
    values = _contact_values(
        name=name, role=role, email=email, phone=phone, is_responsible=is_responsible,
        may_sign=may_sign, legal_basis=legal_basis, consent_at=consent_at,
        consent_version=consent_version, consent_channel=consent_channel,
    )  # fmt: skip
    with uow:
        row = repo.get_contact(uow.session, contact_id)
        if row.anonymised_at is not None:
            # Writing personal data back into an anonymised row would undo the erasure.
            raise ConflictError("Diese Kontaktperson wurde anonymisiert.")
        before = audit.snapshot(row, _CONTACT_FIELDS)
        for key, value in values.items():
            setattr(row, key, value)
        changes = audit.diff(before, audit.snapshot(row, _CONTACT_FIELDS))
        if changes:
            audit.record(
                uow, entity="contact", entity_id=row.id, action=AuditAction.UPDATE,
                changes=changes,
            )  # fmt: skip
        uow.commit()
        return _contact_dto(row)


def list_contacts(uow: UnitOfWork, *, organisation_id: uuid.UUID) -> list[ContactDTO]:
    """The organisation's contacts, responsible people first. Raises: NotFoundError."""
    with uow:
        repo.get_organisation(uow.session, organisation_id)
        return [_contact_dto(c) for c in repo.list_contacts_of(uow.session, organisation_id)]
