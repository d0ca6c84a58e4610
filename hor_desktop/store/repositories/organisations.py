"""Queries about organisations and contacts, and the check whether one may borrow or book."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, overload

from sqlalchemy import ColumnElement, Row, select, union
from sqlalchemy.orm import Session

from hor_desktop.core.enums import OrganisationStatus
from hor_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from hor_desktop.store.models import Contact, Organisation

# Above every character a search key can hold, so [key, key + KEY_END) is exactly the
# set of keys starting with ``key`` under binary (code point / UTF-8) ordering.
KEY_END = "\U0010ffff"

ROW_COLUMNS = (
    Organisation.id,
    Organisation.name,
    Organisation.name_key,
    Organisation.short_name,
    Organisation.city,
    Organisation.email,
    Organisation.phone,
    Organisation.status,
    Organisation.block_reason,
    Organisation.home_location_id,
)


def get_organisation(session: Session, organisation_id: uuid.UUID) -> Organisation:
    """Raises: NotFoundError when the organisation does not exist or is deleted."""
    row = session.get(Organisation, organisation_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(entity="Die Organisation")
    return row


def get_contact(session: Session, contact_id: uuid.UUID) -> Contact:
    """Raises: NotFoundError when the contact does not exist or is deleted."""
    row = session.get(Contact, contact_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(entity="Die Kontaktperson")
    return row


def list_contacts_of(session: Session, organisation_id: uuid.UUID) -> Sequence[Contact]:
    return session.scalars(
        select(Contact)
        .where(Contact.organisation_id == organisation_id, Contact.deleted_at.is_(None))
        .order_by(Contact.is_responsible.desc(), Contact.name_key)
    ).all()


def search_by_prefix(
    session: Session,
    *,
    key: str,
    short_prefix: str,
    status: OrganisationStatus | None,
    location_id: uuid.UUID | None,
    limit: int,
) -> Sequence[Row[*tuple[Any, ...]]]:
    """Organisations whose name key or short name starts with the given prefix.

    The name part is a range on ix_organisation_name_key; the short-name part is a
    separate arm of a UNION so the OR does not turn the indexed range into a table scan.
    """

    live: list[ColumnElement[bool]] = [Organisation.deleted_at.is_(None)]
    if status is None:
        # Merged organisations live on in their target; they are only listed on request.
        live.append(Organisation.status != OrganisationStatus.MERGED)
    else:
        live.append(Organisation.status == status)
    if location_id is not None:
        live.append(Organisation.home_location_id == location_id)
    if not key:
        stmt = select(*ROW_COLUMNS).where(*live).order_by(Organisation.name_key).limit(limit)
        return session.execute(stmt).all()
    by_name = select(*ROW_COLUMNS).where(
        *live, Organisation.name_key >= key, Organisation.name_key < key + KEY_END
    )
    escaped = short_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    by_short = select(*ROW_COLUMNS).where(
        *live, Organisation.short_name.ilike(escaped + "%", escape="\\")
    )
    combined = union(by_name, by_short).subquery()
    return session.execute(
        select(combined).order_by(combined.c.name_key, combined.c.id).limit(limit)
    ).all()


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
        ValidationError: the organisation was merged (field organisation_id); the contact
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
