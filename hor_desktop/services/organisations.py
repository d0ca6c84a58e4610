"""Organisations: create, edit, search, block and unblock, and their history.

Duplicates and merging live in ``merges``; contact people in ``contacts``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from hor_desktop.core import validation as v
from hor_desktop.core.enums import AuditAction, OrganisationStatus, Role
from hor_desktop.core.errors import ConflictError, ValidationError
from hor_desktop.core.names import phone_digits
from hor_desktop.store.models import Organisation
from hor_desktop.store.repositories import organisation_history as history
from hor_desktop.store.repositories import organisation_search as search
from hor_desktop.store.repositories import organisations as repo
from hor_desktop.store.uow import UnitOfWork

from . import audit
from .contacts import ContactDTO, contact_dto

DOCUMENT_LANGUAGES = ("de", "en")
_ORG_FIELDS = (
    "name", "name_key", "short_name", "legal_form", "register_no", "street", "postcode",
    "city", "email", "phone", "website", "document_language", "home_location_id", "notes",
)  # fmt: skip


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
    merged_into_id: uuid.UUID | None = None


@dataclass(frozen=True)
class OrganisationRowDTO:
    """One line of the organisation list; ``cursor`` asks for the page after it."""

    id: uuid.UUID
    name: str
    short_name: str | None
    legal_form: str | None
    postcode: str | None
    city: str | None
    email: str | None
    phone: str | None
    status: OrganisationStatus
    block_reason: str | None
    home_location_id: uuid.UUID | None
    cursor: tuple[str, str, uuid.UUID]


def _organisation_dto(row: Organisation, contacts: tuple[ContactDTO, ...]) -> OrganisationDTO:
    return OrganisationDTO(
        id=row.id, name=row.name, short_name=row.short_name, legal_form=row.legal_form,
        register_no=row.register_no, street=row.street, postcode=row.postcode, city=row.city,
        email=row.email, phone=row.phone, website=row.website,
        document_language=row.document_language, home_location_id=row.home_location_id,
        status=row.status, block_reason=row.block_reason, notes=row.notes, contacts=contacts,
        merged_into_id=row.merged_into_id,
    )  # fmt: skip


def organisation_with_contacts(uow: UnitOfWork, row: Organisation) -> OrganisationDTO:
    """The DTO of ``row`` with its contacts (inside an open unit of work)."""
    contacts = repo.list_contacts_of(uow.session, row.id)
    return _organisation_dto(row, tuple(contact_dto(c) for c in contacts))


def organisation_values(
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
    values = organisation_values(
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
    values = organisation_values(
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
        return organisation_with_contacts(uow, row)


def get_organisation(uow: UnitOfWork, *, organisation_id: uuid.UUID) -> OrganisationDTO:
    """Raises: NotFoundError."""
    with uow:
        row = repo.get_organisation(uow.session, organisation_id)
        return organisation_with_contacts(uow, row)


def search_filter(
    text: str,
    *,
    status: OrganisationStatus | None = None,
    location_id: uuid.UUID | None = None,
    legal_form: str | None = None,
    sort: str = "name",
    descending: bool = False,
    after: tuple[str, str, uuid.UUID] | None = None,
) -> search.SearchFilter:
    """What the typed text searches: names always; e-mail once it has "@" or "." without
    spaces (a bare "k" would match every "kontakt@…"); phone once it has four digits."""
    typed = text.strip()
    email_prefix = ""
    if "@" in typed or ("." in typed and " " not in typed):
        email_prefix = typed.casefold()
    fragment = ""
    digits = "".join(ch for ch in typed if ch.isdigit())
    if len(digits) >= 4 and all(ch.isdigit() or ch in " +-/()" for ch in typed):
        # Stored as "+49 221 …" or "0221 …": match the national number without its
        # leading 0 or country code, anywhere in the digits ("221 43" finds "+49 221 4367").
        national = phone_digits(typed) or digits
        fragment = national.lstrip("0") or national
    return search.SearchFilter(
        key=v.search_key(typed), short_prefix=typed, email_prefix=email_prefix,
        phone_fragment=fragment, status=status, location_id=location_id,
        legal_form=legal_form or None, sort=sort, descending=descending, after=after,
    )  # fmt: skip


def search_organisations(
    uow: UnitOfWork,
    *,
    text: str = "",
    status: OrganisationStatus | None = None,
    location_id: uuid.UUID | None = None,
    legal_form: str | None = None,
    sort: str = "name",
    descending: bool = False,
    after: tuple[str, str, uuid.UUID] | None = None,
    limit: int = 50,
) -> list[OrganisationRowDTO]:
    """One page of organisations matching ``text``, sorted by ``sort``.

    The text matches the start of the name or of one of its words, the short name, a
    contact's name, an e-mail address or a phone number (of the organisation or a
    contact). Accents and case do not matter ("muller" finds "Müller e.V.").
    Merged organisations appear only when asked for with ``status``. ``after`` is the
    ``cursor`` of the last row of the previous page.
    """
    if sort not in search.SORT_COLUMNS:
        raise ValidationError(f"Unbekannte Sortierung „{sort}“.", field="sort")
    flt = search_filter(
        text, status=status, location_id=location_id, legal_form=legal_form, sort=sort,
        descending=descending, after=after,
    )  # fmt: skip
    with uow:
        rows = search.search_organisations(uow.session, flt, limit=max(1, limit))
        return [
            OrganisationRowDTO(
                id=r.id,
                name=r.name,
                short_name=r.short_name,
                legal_form=r.legal_form,
                postcode=r.postcode,
                city=r.city,
                email=r.email,
                phone=r.phone,
                status=OrganisationStatus(r.status),
                block_reason=r.block_reason,
                home_location_id=r.home_location_id,
                cursor=(str(r.sort_value), r.name_key, r.id),
            )
            for r in rows
        ]


def list_legal_forms(uow: UnitOfWork) -> list[str]:
    """The legal forms in use, for the filter."""
    with uow:
        return search.list_legal_forms(uow.session)


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
        return organisation_with_contacts(uow, row)


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
        return organisation_with_contacts(uow, row)


@dataclass(frozen=True)
class HistoryRowDTO:
    """One loan, reservation, room or desk booking of an organisation."""

    id: uuid.UUID
    kind: str  # "loan", "reservation", "room", "desk"
    reference: str  # receipt number, room and title, desk label
    starts: datetime | date
    ends: datetime | date
    state: str
    contact_name: str | None


def get_history(
    uow: UnitOfWork, *, organisation_id: uuid.UUID, limit: int = 100
) -> list[HistoryRowDTO]:
    """The organisation's loans and bookings, newest first. Raises: NotFoundError."""
    with uow:
        repo.get_organisation(uow.session, organisation_id)
        rows = history.list_history(uow.session, organisation_id, limit=max(1, limit))
    return [HistoryRowDTO(*row) for row in rows]
