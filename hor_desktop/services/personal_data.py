"""The Datenauskunft (Art. 15 DSGVO): everything stored about one contact, as JSON and PDF."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hor_desktop.core import validation as v
from hor_desktop.core.enums import Role
from hor_desktop.printing import render
from hor_desktop.printing.model import Letterhead
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
from .contacts import CONTACT_FIELDS


@dataclass(frozen=True)
class PersonalDataExport:
    """A "Datenauskunft" (Art. 15 DSGVO): the same data as JSON and as a readable PDF."""

    file_stem: str
    json_text: str
    pdf: bytes


def _personal_data(session: Session, row: Contact) -> dict[str, Any]:
    organisation = session.get_one(Organisation, row.organisation_id)
    loans = session.execute(
        select(Loan.receipt_no, Loan.start_date, Loan.due_date, Loan.state)
        .where(Loan.contact_id == row.id)
        .order_by(Loan.start_date)
    ).all()
    rooms = session.execute(
        select(RoomBooking.title, RoomBooking.starts_at, RoomBooking.ends_at, RoomBooking.status)
        .where(RoomBooking.contact_id == row.id)
        .order_by(RoomBooking.starts_at)
    ).all()
    desks = session.execute(
        select(DeskBooking.day, DeskBooking.slot, DeskBooking.person_name, DeskBooking.status)
        .where(DeskBooking.contact_id == row.id)
        .order_by(DeskBooking.day)
    ).all()
    calls = session.execute(
        select(CallLogEntry.occurred_at, CallLogEntry.channel, CallLogEntry.note)
        .where(CallLogEntry.contact_id == row.id)
        .order_by(CallLogEntry.occurred_at)
    ).all()
    events = session.execute(
        select(AuditEvent.occurred_at, AuditEvent.action, AuditEvent.changes)
        .where(AuditEvent.entity == "contact", AuditEvent.entity_id == row.id)
        .order_by(AuditEvent.occurred_at)
    ).all()
    return {
        "kontaktperson": {
            **audit.snapshot(row, CONTACT_FIELDS),
            "id": str(row.id),
            "angelegt": audit.snapshot(row, ("created_at",))["created_at"],
            "anonymisiert": audit.snapshot(row, ("anonymised_at",))["anonymised_at"],
        },
        "organisation": {"id": str(organisation.id), "name": organisation.name},
        "ausleihen": [
            {"leihschein": r[0], "von": r[1].isoformat(), "bis": r[2].isoformat(), "status": r[3]}
            for r in loans
        ],
        "raumbuchungen": [
            {"titel": r[0], "von": r[1].isoformat(), "bis": r[2].isoformat(), "status": r[3]}
            for r in rooms
        ],
        "arbeitsplatzbuchungen": [
            {"tag": r[0].isoformat(), "zeit": r[1], "name": r[2], "status": r[3]} for r in desks
        ],
        "anrufe": [{"zeit": r[0].isoformat(), "kanal": r[1], "notiz": r[2]} for r in calls],
        "protokoll": [
            {"zeit": r[0].isoformat(), "aktion": r[1], "felder": sorted(r[2].get("fields", r[2]))}
            for r in events
        ],
    }


def export_personal_data(
    uow: UnitOfWork, *, contact_id: uuid.UUID, house_name: str
) -> PersonalDataExport:
    """Everything stored about one person, as JSON and as a PDF for handing over.

    Raises: NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Datenauskunft erstellen")
    with uow:
        row = repo.get_contact(uow.session, contact_id)
        data = _personal_data(uow.session, row)
        location = (
            uow.session.get(Location, uow.actor.location_id) if uow.actor.location_id else None
        )
        issued = uow.clock.now()
        data["erstellt"] = issued.isoformat()
        audit.record(uow, entity="contact", entity_id=row.id, action="export")
        uow.commit()
    letterhead = Letterhead(house_name=house_name, location_name=location.name if location else "")
    stem = f"datenauskunft-{v.search_key(data['kontaktperson']['name']).replace(' ', '-')}"
    return PersonalDataExport(
        file_stem=stem,
        json_text=json.dumps(data, ensure_ascii=False, indent=2),
        pdf=render.data_export(data, letterhead, issued),
    )
