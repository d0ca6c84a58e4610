"""Queries about organisations and contacts, and the check whether one may borrow or book."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from functools import cache
from typing import Any, overload

from sqlalchemy import ColumnElement, Integer, Row, Select, String, bindparam, select, union
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
    """Organisations whose name key or short name starts with the given prefix, by key."""
    escaped = short_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    params: dict[str, Any] = {
        "key_from": key,
        "key_until": key + KEY_END,
        "short_pattern": escaped + "%",
        "status": status,
        "location_id": location_id,
        "limit": limit,
    }
    stmt = _search_statement(bool(key), status is not None, location_id is not None)
    return session.execute(stmt, params).all()


@cache
def _search_statement(
    by_text: bool, by_status: bool, by_location: bool
) -> Select[*tuple[Any, ...]]:
    """The search query for one combination of filters, built once.

    Building the UNION of subqueries costs several milliseconds of Python per call, more
    than running it, so the statement is cached and only its parameters change.
    The name part is a range on ix_organisation_name_key; the short-name part is a
    separate arm of a UNION so the OR does not turn the indexed range into a table scan.
    """
    live: list[ColumnElement[bool]] = [Organisation.deleted_at.is_(None)]
    if by_status:
        live.append(Organisation.status == bindparam("status"))
    else:
        # Merged organisations live on in their target; they are only listed on request.
        live.append(Organisation.status != OrganisationStatus.MERGED)
    if by_location:
        live.append(Organisation.home_location_id == bindparam("location_id"))
    limit = bindparam("limit", type_=Integer)
    if not by_text:
        return select(*ROW_COLUMNS).where(*live).order_by(Organisation.name_key).limit(limit)
    by_name = select(*ROW_COLUMNS).where(
        *live,
        Organisation.name_key >= bindparam("key_from", type_=String),
        Organisation.name_key < bindparam("key_until", type_=String),
    )
    by_short = select(*ROW_COLUMNS).where(
        *live, Organisation.short_name.ilike(bindparam("short_pattern", type_=String), escape="\\")
    )
    # Each arm stops after ``limit`` rows (the name arm by walking the index in order), so
    # a one-letter prefix does not materialise and sort half the table.
    arms = [
        select(arm.order_by(Organisation.name_key).limit(limit).subquery())
        for arm in (by_name, by_short)
    ]
    combined = union(*arms).subquery()
    return select(combined).order_by(combined.c.name_key, combined.c.id).limit(limit)


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
