"""Duplicates in the organisation register: find look-alikes and merge one into another."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from hor_desktop.core.enums import OrganisationStatus, Role
from hor_desktop.core.errors import ValidationError
from hor_desktop.core.names import (
    SIMILARITY_THRESHOLD,
    name_similarity,
    normalise_organisation_name,
    phone_digits,
)
from hor_desktop.store.repositories import organisation_history as history
from hor_desktop.store.repositories import organisations as repo
from hor_desktop.store.uow import UnitOfWork

from . import audit
from .organisations import OrganisationDTO, organisation_with_contacts


@dataclass(frozen=True)
class SimilarOrganisationDTO:
    """An existing organisation that may be the one being entered, and why."""

    id: uuid.UUID
    name: str
    city: str | None
    status: OrganisationStatus
    score: float  # 1.0: same normalised name, same e-mail or same phone
    reasons: tuple[str, ...]  # "name", "similar_name", "email", "phone"


def find_similar(
    uow: UnitOfWork,
    *,
    name: str,
    email: str | None = None,
    phone: str | None = None,
    exclude_id: uuid.UUID | None = None,
    limit: int = 10,
) -> list[SimilarOrganisationDTO]:
    """Organisations that look like the one described: alike names ("Müller e.V." and
    "Mueller eV"), or the same e-mail or phone (of the organisation or a contact)."""
    key = normalise_organisation_name(name)
    mail = (email or "").strip().casefold() or None
    digits = phone_digits(phone)
    with uow:
        candidates = history.list_duplicate_candidates(uow.session)
    found: dict[uuid.UUID, tuple[float, set[str]]] = {}
    for cand in candidates:
        if cand.id == exclude_id:
            continue
        reasons: set[str] = set()
        score = name_similarity(key, normalise_organisation_name(cand.name)) if key else 0.0
        if score >= 1.0:
            reasons.add("name")
        elif score >= SIMILARITY_THRESHOLD:
            reasons.add("similar_name")
        if mail and mail in cand.emails:
            reasons.add("email")
        if digits and digits in {phone_digits(p) for p in cand.phones}:
            reasons.add("phone")
        if reasons:
            if reasons & {"email", "phone"}:
                score = 1.0
            found[cand.id] = (score, reasons)
    by_id = {cand.id: cand for cand in candidates}
    ranked = sorted(found.items(), key=lambda item: (-item[1][0], by_id[item[0]].name))
    return [
        SimilarOrganisationDTO(
            id=oid,
            name=by_id[oid].name,
            city=by_id[oid].city,
            status=by_id[oid].status,
            score=round(score, 3),
            reasons=tuple(sorted(reasons)),
        )
        for oid, (score, reasons) in ranked[:limit]
    ]


def merge_organisations(
    uow: UnitOfWork, *, keep_id: uuid.UUID, merge_id: uuid.UUID
) -> OrganisationDTO:
    """Merge a duplicate into the organisation that stays (admins only).

    All loans, bookings, series, desk bookings, contacts and calls move to ``keep_id``;
    the notes are appended; the duplicate becomes ``merged`` and points to the kept one.

    Raises: PermissionDeniedError, NotFoundError, ValidationError (same or merged one).
    """
    uow.actor.require(Role.ADMIN, action="Organisationen zusammenführen")
    if keep_id == merge_id:
        raise ValidationError(
            "Eine Organisation kann nicht mit sich selbst zusammengeführt werden.",
            field="merge_id",
        )
    with uow:
        keep = repo.get_organisation(uow.session, keep_id)
        other = repo.get_organisation(uow.session, merge_id)
        for row, field in ((keep, "keep_id"), (other, "merge_id")):
            if row.status is OrganisationStatus.MERGED:
                raise ValidationError(f"„{row.name}“ wurde bereits zusammengeführt.", field=field)
        moved = history.move_history(
            uow.session, from_id=other.id, to_id=keep.id, now=uow.clock.now(),
            row_hlc=uow.hlc.tick().encode(),
        )  # fmt: skip
        day = uow.clock.now().strftime("%d.%m.%Y")
        note = f"Zusammengeführt mit „{other.name}“ am {day}."
        if other.notes:
            note += "\n" + other.notes
        keep.notes = f"{keep.notes}\n\n{note}" if keep.notes else note
        other.status = OrganisationStatus.MERGED
        other.merged_into_id = keep.id
        audit.record(
            uow, entity="organisation", entity_id=keep.id, action="merge",
            changes={"merged_id": other.id, "moved": moved, "fields": ["notes"]},
        )  # fmt: skip
        audit.record(
            uow, entity="organisation", entity_id=other.id, action="merge",
            changes={"merged_into_id": keep.id, "status": OrganisationStatus.MERGED},
        )  # fmt: skip
        uow.commit()
        return organisation_with_contacts(uow, keep)
