"""Organisations and contacts by id, and the check whether one may borrow or book."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import overload

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hor_desktop.core.enums import OrganisationStatus
from hor_desktop.core.errors import ConflictError, ValidationError
from hor_desktop.store.models import Contact, Loan, Organisation
from hor_desktop.store.repositories import get_live


def get_organisation(session: Session, organisation_id: uuid.UUID) -> Organisation:
    """Raises: NotFoundError when the organisation does not exist or is deleted."""
    return get_live(session, Organisation, organisation_id, entity="Die Organisation")


def get_contact(session: Session, contact_id: uuid.UUID) -> Contact:
    """Raises: NotFoundError when the contact does not exist or is deleted."""
    return get_live(session, Contact, contact_id, entity="Die Kontaktperson")


def list_contacts_of(session: Session, organisation_id: uuid.UUID) -> Sequence[Contact]:
    return session.scalars(
        select(Contact)
        .where(Contact.organisation_id == organisation_id, Contact.deleted_at.is_(None))
        .order_by(Contact.is_responsible.desc(), Contact.name_key)
    ).all()


def has_responsible_contact(session: Session, organisation_id: uuid.UUID) -> bool:
    """Whether a live, not anonymised contact of the organisation is responsible."""
    found = session.scalar(
        select(Contact.id)
        .where(
            Contact.organisation_id == organisation_id,
            Contact.is_responsible.is_(True),
            Contact.deleted_at.is_(None),
            Contact.anonymised_at.is_(None),
        )
        .limit(1)
    )
    return found is not None


def count_loans_of_contact(session: Session, contact_id: uuid.UUID) -> int:
    return int(
        session.scalar(select(func.count()).select_from(Loan).where(Loan.contact_id == contact_id))
        or 0
    )


@overload
def require_can_borrow(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    contact_id: uuid.UUID,
    allow_blocked: bool = False,
) -> tuple[Organisation, Contact]: ...


@overload
def require_can_borrow(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    contact_id: None,
    allow_blocked: bool = False,
) -> tuple[Organisation, None]: ...


@overload
def require_can_borrow(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    contact_id: uuid.UUID | None,
    allow_blocked: bool = False,
) -> tuple[Organisation, Contact | None]: ...


def require_can_borrow(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    contact_id: uuid.UUID | None,
    allow_blocked: bool = False,
) -> tuple[Organisation, Contact | None]:
    """The organisation and contact, when the organisation may borrow or book.

    ``allow_blocked`` is for actions that must still work for a blocked organisation
    (taking equipment back, cancelling).

    Raises:
        NotFoundError: organisation or contact missing or deleted.
        ConflictError: the organisation is blocked (the message gives the reason).
        ValidationError: the organisation was merged or has no responsible contact
            (field organisation_id); the contact
            belongs to another organisation or is anonymised (field contact_id).
    """
    organisation = get_organisation(session, organisation_id)
    if organisation.status is OrganisationStatus.MERGED or organisation.merged_into_id:
        raise ValidationError(
            f"„{organisation.name}“ wurde mit einer anderen Organisation zusammengeführt; "
            "bitte die zusammengeführte Organisation wählen.",
            field="organisation_id",
        )
    if organisation.status is OrganisationStatus.BLOCKED and not allow_blocked:
        raise ConflictError(
            f"„{organisation.name}“ ist gesperrt: {organisation.block_reason or 'ohne Angabe'}",
            organisation=organisation.name,
            reason=organisation.block_reason,
        )
    if not has_responsible_contact(session, organisation.id):
        raise ValidationError(
            f"„{organisation.name}“ hat noch keine verantwortliche Kontaktperson. Bitte zuerst "
            "eine Kontaktperson als verantwortlich eintragen.",
            field="organisation_id",
        )
    if contact_id is None:
        return organisation, None
    contact = get_contact(session, contact_id)
    if contact.organisation_id != organisation.id:
        raise ValidationError(
            f"„{contact.name}“ gehört nicht zu „{organisation.name}“.", field="contact_id"
        )
    if contact.anonymised_at is not None:
        raise ValidationError(
            "Diese Kontaktperson wurde anonymisiert und kann nicht mehr eingetragen werden.",
            field="contact_id",
        )
    return organisation, contact
