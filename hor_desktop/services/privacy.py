"""Data protection (DSGVO) of contact people: anonymisation, the retention check and
the information notice (the Datenauskunft is in ``personal_data``).

Audit events of contacts name the changed fields only, never their values: an audit
trail that kept old names and e-mail addresses would undo every anonymisation.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session

from hor_desktop.core.clock import BERLIN, local_today
from hor_desktop.core.enums import LoanState, Role
from hor_desktop.core.errors import ConflictError, ValidationError
from hor_desktop.printing import render
from hor_desktop.printing.model import Letterhead, PrivacyNotice
from hor_desktop.store.models import (
    AuditEvent,
    CallLogEntry,
    Contact,
    DeskBooking,
    Loan,
    Location,
    Organisation,
    RoomBooking,
)
from hor_desktop.store.repositories import organisations as repo
from hor_desktop.store.uow import UnitOfWork

from . import audit
from .contacts import ContactDTO, contact_dto
from .documents import DEFAULT_HOUSE_NAME

ANONYMISED_NAME = "anonymisiert"
DEFAULT_RETENTION_YEARS = 3
_OPEN_STATES = (LoanState.OUT, LoanState.RESERVED)


@dataclass(frozen=True)
class InactiveContactDTO:
    id: uuid.UUID
    name: str
    organisation_name: str
    last_activity: date


def _open_receipts(session: Session, contact_id: uuid.UUID) -> list[str]:
    return list(
        session.scalars(
            select(Loan.receipt_no)
            .where(
                Loan.contact_id == contact_id,
                Loan.state.in_(_OPEN_STATES),
                Loan.deleted_at.is_(None),
            )
            .order_by(Loan.receipt_no)
        )
    )


def _erase(uow: UnitOfWork, row: Contact) -> None:
    """Clear the personal data of one contact everywhere it was copied; keep the history."""
    session = uow.session  # SQLite connections run with secure_delete (store/engine.py)
    now, stamp = uow.clock.now(), uow.hlc.tick().encode()
    cleared = [f for f in ("name", "email", "phone") if getattr(row, f)]
    row.name, row.name_key, row.email, row.phone = ANONYMISED_NAME, "", None, None
    row.consent_version = row.consent_channel = None
    row.anonymised_at = now
    touched = {"updated_at": now, "row_hlc": stamp}
    desk_ids = list(session.scalars(select(DeskBooking.id).where(DeskBooking.contact_id == row.id)))
    session.execute(
        update(DeskBooking)
        .where(DeskBooking.contact_id == row.id)
        .values(person_name=ANONYMISED_NAME, **touched)
    )
    session.execute(
        update(CallLogEntry)
        .where(CallLogEntry.contact_id == row.id)
        .values(note=ANONYMISED_NAME, **touched)
    )
    # Older audit events (and desk bookings' creation events) may hold the values.
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.entity_id.in_([row.id, *desk_ids]))
    ).all()
    for event in events:
        kept = {k: val for k, val in event.changes.items() if k in ("organisation_id", "fields")}
        names = [k for k in event.changes if k not in kept]
        event.changes = {**kept, "fields": sorted({*kept.get("fields", []), *names})}
    audit.record(
        uow, entity="contact", entity_id=row.id, action="anonymise",
        changes={"fields": sorted(cleared)},
    )  # fmt: skip


def anonymise_contact(uow: UnitOfWork, *, contact_id: uuid.UUID) -> ContactDTO:
    """Erase a contact's personal data; loans and bookings stay for the statistics.

    Raises: NotFoundError, ConflictError (already anonymised, or responsible for open
    loans), PermissionDeniedError.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Kontaktperson anonymisieren")
    with uow:
        row = repo.get_contact(uow.session, contact_id)
        if row.anonymised_at is not None:
            raise ConflictError("Diese Kontaktperson wurde bereits anonymisiert.")
        receipts = _open_receipts(uow.session, row.id)
        if receipts:
            raise ConflictError(
                f"{row.name} ist für offene Ausleihen verantwortlich ({', '.join(receipts)}). "
                "Bitte erst zurücknehmen oder eine andere Person eintragen.",
                receipts=receipts,
            )
        _erase(uow, row)
        uow.commit()
        return contact_dto(row)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def list_inactive_contacts(
    uow: UnitOfWork, *, years: int = DEFAULT_RETENTION_YEARS
) -> list[InactiveContactDTO]:
    """Contacts without loans, bookings or edits for ``years`` years (retention check).

    Contacts responsible for open loans are never listed.
    """
    if years < 1:
        raise ValidationError("Die Frist ist mindestens ein Jahr.", field="years")
    with uow:
        cutoff_day = _years_before(local_today(uow.clock), years)
        cutoff = datetime.combine(cutoff_day, datetime.min.time(), BERLIN)
        last_loan = (
            select(func.max(Loan.start_date)).where(Loan.contact_id == Contact.id).scalar_subquery()
        )
        last_room = (
            select(func.max(RoomBooking.starts_at))
            .where(RoomBooking.contact_id == Contact.id)
            .scalar_subquery()
        )
        last_desk = (
            select(func.max(DeskBooking.day))
            .where(DeskBooking.contact_id == Contact.id)
            .scalar_subquery()
        )
        open_loan = exists().where(Loan.contact_id == Contact.id, Loan.state.in_(_OPEN_STATES))
        rows = uow.session.execute(
            select(
                Contact.id,
                Contact.name,
                Organisation.name,
                Contact.updated_at,
                last_loan,
                last_room,
                last_desk,
            )
            .join(Organisation, Organisation.id == Contact.organisation_id)
            .where(
                Contact.deleted_at.is_(None),
                Contact.anonymised_at.is_(None),
                Contact.updated_at < cutoff,
                ~open_loan,
            )
            .order_by(Organisation.name_key, Contact.name_key)
        ).all()
        result = []
        for cid, name, org_name, updated, loan_day, room_at, desk_day in rows:
            moments = [updated.astimezone(BERLIN).date()]
            moments += [d for d in (loan_day, desk_day) if d is not None]
            if room_at is not None:
                moments.append(room_at.astimezone(BERLIN).date())
            last = max(moments)
            if last < cutoff_day:
                result.append(InactiveContactDTO(cid, name, org_name, last))
        return result


def anonymise_contacts(uow: UnitOfWork, *, contact_ids: list[uuid.UUID]) -> int:
    """Anonymise several contacts in one transaction (after the retention check).

    Raises: ConflictError (one of them is responsible for an open loan: none is changed),
    NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Kontaktpersonen anonymisieren")
    with uow:
        done = 0
        for contact_id in contact_ids:
            row = repo.get_contact(uow.session, contact_id)
            if row.anonymised_at is not None:
                continue
            receipts = _open_receipts(uow.session, row.id)
            if receipts:
                raise ConflictError(
                    f"{row.name} ist für offene Ausleihen verantwortlich ({', '.join(receipts)}).",
                    receipts=receipts,
                )
            _erase(uow, row)
            done += 1
        uow.commit()
        return done


def render_privacy_notice(
    uow: UnitOfWork, *, contact_id: uuid.UUID, house_name: str = DEFAULT_HOUSE_NAME
) -> bytes:
    """The information notice (Art. 13 DSGVO) for one contact, in the organisation's
    document language, as a PDF to hand over or sign.

    Raises: NotFoundError, ConflictError (anonymised), PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Datenschutzhinweis drucken")
    with uow:
        row = repo.get_contact(uow.session, contact_id)
        if row.anonymised_at is not None:
            raise ConflictError("Diese Kontaktperson wurde anonymisiert.")
        organisation = uow.session.get_one(Organisation, row.organisation_id)
        location = (
            uow.session.get(Location, uow.actor.location_id) if uow.actor.location_id else None
        )
        texts_language = organisation.document_language
        today = local_today(uow.clock)
        person = (organisation.name, row.name, row.email, row.phone)
        location_name = location.name if location else ""
    letterhead = Letterhead(house_name=house_name, location_name=location_name)
    notice = PrivacyNotice(*person, day=today, language=texts_language)
    return render.privacy_notice(notice, letterhead)
