"""Search of the organisation register: one cached, indexed query per filter combination."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Row,
    Select,
    String,
    bindparam,
    func,
    select,
    tuple_,
    union,
)
from sqlalchemy.orm import Session

from hor_desktop.core.enums import OrganisationStatus
from hor_desktop.store.models import Contact, Organisation

# Above every character a search key can hold, so [key, key + KEY_END) is exactly the
# set of keys starting with ``key`` under binary (code point / UTF-8) ordering.
KEY_END = "\U0010ffff"

ROW_COLUMNS = (
    Organisation.id,
    Organisation.name,
    Organisation.name_key,
    Organisation.short_name,
    Organisation.legal_form,
    Organisation.postcode,
    Organisation.city,
    Organisation.email,
    Organisation.phone,
    Organisation.status,
    Organisation.block_reason,
    Organisation.home_location_id,
)


SORT_COLUMNS: dict[str, Any] = {
    "name": Organisation.name_key,
    "short_name": Organisation.short_name,
    "legal_form": Organisation.legal_form,
    "city": Organisation.city,
    "status": Organisation.status,
    "email": Organisation.email,
    "phone": Organisation.phone,
}
# The usual separators only: every replace() costs, and the search must stay per keystroke.
_PHONE_CHARS = (" ", "-", "/", "+")


@dataclass(frozen=True)
class SearchFilter:
    """What the organisation list asks for; every part is optional."""

    key: str = ""  # search_key of the text: name and contact name prefixes
    short_prefix: str = ""  # the text as typed: short name prefix
    email_prefix: str = ""  # lower-cased; empty: no e-mail search
    phone_fragment: str = ""  # digits without leading 0 / +49; empty: no phone search
    status: OrganisationStatus | None = None
    location_id: uuid.UUID | None = None
    legal_form: str | None = None
    sort: str = "name"
    descending: bool = False
    after: tuple[str, str, uuid.UUID] | None = None  # keyset: (sort value, name_key, id)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _digits(column: Any) -> ColumnElement[str]:
    """The column with the usual phone punctuation removed (evaluated in SQL)."""
    expr = column
    for char in _PHONE_CHARS:
        expr = func.replace(expr, char, "")
    return cast(ColumnElement[str], expr)


def search_organisations(
    session: Session, flt: SearchFilter, *, limit: int
) -> Sequence[Row[*tuple[Any, ...]]]:
    """One page of organisations matching ``flt``, sorted in SQL, after ``flt.after``.

    Matches: name key prefix or word start, short name prefix, contact name prefix or
    word start, e-mail prefix and a run of phone digits, of the organisation or a contact.
    """
    params: dict[str, Any] = {
        "key_from": flt.key,
        "key_until": flt.key + KEY_END,
        "word_pattern": "% " + _like_escape(flt.key) + "%",
        "short_pattern": _like_escape(flt.short_prefix) + "%",
        "email_pattern": _like_escape(flt.email_prefix) + "%",
        "status": flt.status,
        "location_id": flt.location_id,
        "legal_form": flt.legal_form,
        "limit": limit,
        "phone_pattern": "%" + flt.phone_fragment + "%",
    }
    if flt.after is not None:
        params["after_value"], params["after_key"], params["after_id"] = flt.after
    shape = _Shape(
        by_text=bool(flt.key), by_email=bool(flt.email_prefix),
        by_phone=bool(flt.phone_fragment), by_status=flt.status is not None,
        by_location=flt.location_id is not None, by_legal_form=flt.legal_form is not None,
        sort=flt.sort, descending=flt.descending, by_after=flt.after is not None,
    )  # fmt: skip
    stmt = _search_statement(shape)
    return session.execute(stmt, params).all()


@dataclass(frozen=True)
class _Shape:
    """Which parts a search query has: the cache key of its statement."""

    by_text: bool
    by_email: bool
    by_phone: bool
    by_status: bool
    by_location: bool
    by_legal_form: bool
    sort: str
    descending: bool
    by_after: bool


@cache
def _search_statement(shape: _Shape) -> Select[*tuple[Any, ...]]:
    """The search query for one combination of filters, built once.

    Building the statement costs milliseconds of Python per call, more than running it,
    so it is cached and only its parameters change. The matching organisation ids come
    from a UNION of small arms (the name arms are ranges on ix_organisation_name_key and
    ix_contact_name_key), so no OR turns an indexed range into a table scan; filtering,
    sorting and keyset paging happen on the organisation rows of that set.
    """
    live: list[ColumnElement[bool]] = [Organisation.deleted_at.is_(None)]
    if shape.by_status:
        live.append(Organisation.status == bindparam("status"))
    else:
        # Merged organisations live on in their target; they are only listed on request.
        live.append(Organisation.status != OrganisationStatus.MERGED)
    if shape.by_location:
        live.append(Organisation.home_location_id == bindparam("location_id"))
    if shape.by_legal_form:
        live.append(Organisation.legal_form == bindparam("legal_form"))
    sort_column = SORT_COLUMNS.get(shape.sort, Organisation.name_key)
    sort_value = func.coalesce(sort_column, "")
    keys = (sort_value, Organisation.name_key, Organisation.id)
    if shape.by_after:
        after = tuple_(*keys)
        bound = tuple_(
            bindparam("after_value", type_=String),
            bindparam("after_key", type_=String),
            bindparam("after_id", type_=Organisation.id.type),
        )
        live.append(after < bound if shape.descending else after > bound)
    order = [key.desc() if shape.descending else key.asc() for key in keys]
    columns = (*ROW_COLUMNS, sort_value.label("sort_value"))
    limit = bindparam("limit", type_=Integer)
    if shape.by_text or shape.by_email or shape.by_phone:
        live.append(
            Organisation.id.in_(_matching_ids(shape.by_text, shape.by_email, shape.by_phone))
        )
    return select(*columns).where(*live).order_by(*order).limit(limit)


def _matching_ids(by_text: bool, by_email: bool, by_phone: bool) -> CompoundSelect[Any]:
    contact_live = (Contact.deleted_at.is_(None), Contact.anonymised_at.is_(None))
    arms: list[Select[Any]] = []
    if by_text:
        key_from = bindparam("key_from", type_=String)
        key_until = bindparam("key_until", type_=String)
        word = bindparam("word_pattern", type_=String)
        arms += [
            select(Organisation.id).where(
                Organisation.name_key >= key_from, Organisation.name_key < key_until
            ),
            select(Organisation.id).where(Organisation.name_key.like(word, escape="\\")),
            select(Organisation.id).where(
                Organisation.short_name.ilike(bindparam("short_pattern", type_=String), escape="\\")
            ),
            select(Contact.organisation_id).where(
                *contact_live, Contact.name_key >= key_from, Contact.name_key < key_until
            ),
            select(Contact.organisation_id).where(
                *contact_live, Contact.name_key.like(word, escape="\\")
            ),
        ]
    if by_email:
        pattern = bindparam("email_pattern", type_=String)
        arms += [
            select(Organisation.id).where(
                func.lower(Organisation.email).like(pattern, escape="\\")
            ),
            select(Contact.organisation_id).where(
                *contact_live, func.lower(Contact.email).like(pattern, escape="\\")
            ),
        ]
    if by_phone:
        for model, id_column in (
            (Organisation, Organisation.id),
            (Contact, Contact.organisation_id),
        ):
            match = _digits(model.phone).like(bindparam("phone_pattern", type_=String))
            where = (match, *contact_live) if model is Contact else (match,)
            arms.append(select(id_column).where(*where))
    return union(*arms)


def list_legal_forms(session: Session) -> list[str]:
    return [
        str(form)
        for form in session.scalars(
            select(Organisation.legal_form)
            .where(Organisation.deleted_at.is_(None), Organisation.legal_form.is_not(None))
            .distinct()
            .order_by(Organisation.legal_form)
        )
    ]
