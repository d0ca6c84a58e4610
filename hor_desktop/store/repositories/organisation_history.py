"""Queries behind duplicates, merges and the history of an organisation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import LoanState, OrganisationStatus
from hor_desktop.store.models import (
    BookingSeries,
    CallLogEntry,
    Contact,
    Desk,
    DeskBooking,
    Loan,
    Organisation,
    Room,
    RoomBooking,
)


@dataclass(frozen=True)
class DuplicateCandidate:
    id: uuid.UUID
    name: str
    city: str | None
    status: OrganisationStatus
    emails: frozenset[str]  # casefolded, of the organisation and its contacts
    phones: tuple[str, ...]


def list_duplicate_candidates(session: Session) -> list[DuplicateCandidate]:
    """Every live, not merged organisation with the e-mails and phones of its contacts.

    Two set-based queries; a register of a few thousand organisations fits in memory.
    """
    orgs = session.execute(
        select(
            Organisation.id, Organisation.name, Organisation.city, Organisation.status,
            Organisation.email, Organisation.phone,
        ).where(Organisation.deleted_at.is_(None), Organisation.status != OrganisationStatus.MERGED)
    ).all()  # fmt: skip
    emails: dict[uuid.UUID, set[str]] = {}
    phones: dict[uuid.UUID, list[str]] = {}
    for oid, _name, _city, _status, email, phone in orgs:
        emails[oid] = {email.casefold()} if email else set()
        phones[oid] = [phone] if phone else []
    contacts = session.execute(
        select(Contact.organisation_id, Contact.email, Contact.phone).where(
            Contact.deleted_at.is_(None), Contact.anonymised_at.is_(None)
        )
    ).all()
    for oid, email, phone in contacts:
        if oid in emails:
            if email:
                emails[oid].add(email.casefold())
            if phone:
                phones[oid].append(phone)
    return [
        DuplicateCandidate(
            oid, name, city, OrganisationStatus(status), frozenset(emails[oid]), tuple(phones[oid])
        )
        for oid, name, city, status, _email, _phone in orgs
    ]


# Every table whose rows belong to an organisation: a merge moves them all.
HISTORY_MODELS: tuple[Any, ...] = (
    Loan, RoomBooking, BookingSeries, DeskBooking, Contact, CallLogEntry,
)  # fmt: skip


def move_history(
    session: Session, *, from_id: uuid.UUID, to_id: uuid.UUID, now: datetime, row_hlc: str
) -> dict[str, int]:
    """Re-point every row of ``from_id`` to ``to_id``; rows per table.

    Bulk updates bypass the unit of work's stamping, so they set the sync columns here.
    """
    moved: dict[str, int] = {}
    for model in HISTORY_MODELS:
        result = session.execute(
            update(model)
            .where(model.organisation_id == from_id)
            .values(organisation_id=to_id, updated_at=now, row_hlc=row_hlc)
            .execution_options(synchronize_session=False)
        )
        moved[model.__tablename__] = int(getattr(result, "rowcount", 0) or 0)
    session.expire_all()
    return moved


def list_history(
    session: Session, organisation_id: uuid.UUID, *, limit: int
) -> list[tuple[uuid.UUID, str, str, Any, Any, str, str | None]]:
    """(id, kind, reference, starts, ends, state, contact or person name), newest first.

    Three indexed queries (by organisation), each stopping at ``limit``; merged in Python.
    """
    loans = session.execute(
        select(Loan.id, Loan.receipt_no, Loan.start_date, Loan.due_date, Loan.state, Contact.name)
        .join(Contact, Contact.id == Loan.contact_id)
        .where(Loan.organisation_id == organisation_id, Loan.deleted_at.is_(None))
        .order_by(Loan.start_date.desc())
        .limit(limit)
    ).all()
    rooms = session.execute(
        select(
            RoomBooking.id,
            Room.name,
            RoomBooking.title,
            RoomBooking.starts_at,
            RoomBooking.ends_at,
            RoomBooking.status,
            Contact.name,
        )
        .join(Room, Room.id == RoomBooking.room_id)
        .outerjoin(Contact, Contact.id == RoomBooking.contact_id)
        .where(RoomBooking.organisation_id == organisation_id, RoomBooking.deleted_at.is_(None))
        .order_by(RoomBooking.starts_at.desc())
        .limit(limit)
    ).all()
    desks = session.execute(
        select(
            DeskBooking.id,
            Desk.label,
            DeskBooking.slot,
            DeskBooking.day,
            DeskBooking.status,
            DeskBooking.person_name,
        )
        .join(Desk, Desk.id == DeskBooking.desk_id)
        .where(DeskBooking.organisation_id == organisation_id, DeskBooking.deleted_at.is_(None))
        .order_by(DeskBooking.day.desc())
        .limit(limit)
    ).all()
    rows: list[tuple[uuid.UUID, str, str, Any, Any, str, str | None]] = []
    for lid, receipt, start, due, state, contact in loans:
        kind = "reservation" if state == LoanState.RESERVED else "loan"
        rows.append((lid, kind, receipt, start, due, str(state), contact))
    for rid, room, title, starts, ends, status, contact in rooms:
        rows.append((rid, "room", f"{room}: {title}", starts, ends, str(status), contact))
    for did, label, slot, day, status, person in desks:
        rows.append((did, f"desk_{slot}", label, day, day, str(status), person))

    def moment(row: tuple[Any, ...]) -> datetime:
        start = row[3]
        if isinstance(start, datetime):
            return start
        return datetime.combine(start, time(), BERLIN)

    rows.sort(key=moment, reverse=True)
    return rows[:limit]
