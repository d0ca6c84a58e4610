"""The desk's call log and reminder texts for loans that are due or overdue."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from hor_desktop.core.enums import AuditAction, Role
from hor_desktop.core.errors import NotFoundError, ValidationError
from hor_desktop.core.validation import required_text
from hor_desktop.services import audit
from hor_desktop.services.lending import LoanDTO
from hor_desktop.store.models import CallLogEntry, Contact, Loan, Organisation
from hor_desktop.store.uow import UnitOfWork

CHANNELS = ("phone", "email", "visit", "letter")


@dataclass(frozen=True)
class CallDTO:
    id: uuid.UUID
    organisation_id: uuid.UUID
    contact_id: uuid.UUID | None
    loan_id: uuid.UUID | None
    occurred_at: datetime
    staff_id: uuid.UUID | None
    channel: str
    note: str


def _dto(row: CallLogEntry) -> CallDTO:
    return CallDTO(
        row.id, row.organisation_id, row.contact_id, row.loan_id, row.occurred_at,
        row.staff_id, row.channel, row.note,
    )  # fmt: skip


def log_call(
    uow: UnitOfWork, *, organisation_id: uuid.UUID, contact_id: uuid.UUID | None = None,
    loan_id: uuid.UUID | None = None, channel: str, note: str,
) -> CallDTO:  # fmt: skip
    """Record a call, mail, visit or letter about an organisation (and maybe one loan).

    Raises: ValidationError (unknown channel, empty note, contact or loan of another
    organisation), NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Anruf erfassen")
    if channel not in CHANNELS:
        raise ValidationError(f"Unbekannter Kontaktweg „{channel}“.", field="channel")
    note = required_text(note, field="note", label="Die Notiz", max_len=4000)
    with uow:
        org = uow.session.get(Organisation, organisation_id)
        if org is None or org.deleted_at is not None:
            raise NotFoundError(entity="Die Organisation")
        if contact_id is not None:
            contact = uow.session.get(Contact, contact_id)
            if contact is None or contact.organisation_id != org.id:
                raise ValidationError(
                    f"Die Kontaktperson gehört nicht zu {org.name}.", field="contact_id"
                )
        if loan_id is not None:
            loan = uow.session.get(Loan, loan_id)
            if loan is None or loan.organisation_id != org.id:
                raise ValidationError(
                    f"Der Leihvorgang gehört nicht zu {org.name}.", field="loan_id"
                )
        row = CallLogEntry(
            organisation_id=org.id, contact_id=contact_id, loan_id=loan_id,
            occurred_at=uow.clock.now(), staff_id=uow.actor.staff_id, channel=channel, note=note,
        )  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        audit.record(
            uow, entity="call_log", entity_id=row.id, action=AuditAction.CREATE,
            changes={"organisation_id": org.id, "contact_id": contact_id, "loan_id": loan_id,
                     "channel": channel},
        )  # fmt: skip
        uow.commit()
        return _dto(row)


def list_calls(uow: UnitOfWork, *, organisation_id: uuid.UUID, limit: int = 50) -> list[CallDTO]:
    """The organisation's latest calls, newest first."""
    with uow:
        rows = uow.session.scalars(
            select(CallLogEntry)
            .where(
                CallLogEntry.organisation_id == organisation_id,
                CallLogEntry.deleted_at.is_(None),
            )
            .order_by(CallLogEntry.occurred_at.desc(), CallLogEntry.id.desc())
            .limit(max(1, limit))
        )
        return [_dto(row) for row in rows]


def reminder_text(loan: LoanDTO, *, today: date, house_name: str) -> str:
    """A polite German reminder about a loan that is due or overdue (for mail or phone).

    Only the items still out are listed: a partial return is not reminded twice.
    """
    items = "\n".join(
        f"  – {line.item_name} (Inventarnr. {line.inventory_no})"
        for line in loan.lines
        if line.returned_at is None
    )
    overdue = (today - loan.due_date).days
    if overdue > 1:
        when = (
            f"Die Rückgabe war am {loan.due_date:%d.%m.%Y} fällig; "
            f"das ist jetzt {overdue} Tage her."
        )
    elif overdue == 1:
        when = f"Die Rückgabe war gestern, am {loan.due_date:%d.%m.%Y}, fällig."
    elif overdue == 0:
        when = f"Die Rückgabe ist heute, am {loan.due_date:%d.%m.%Y}, fällig."
    else:
        when = f"Die Rückgabe ist am {loan.due_date:%d.%m.%Y} fällig."
    return (
        f"Guten Tag {loan.contact_name},\n\n"
        f"vielen Dank, dass {loan.organisation_name} bei uns Geräte ausgeliehen hat "
        f"(Leihschein {loan.receipt_no}):\n\n{items}\n\n{when} "
        "Bitte bringen Sie die Geräte zu unseren Öffnungszeiten zurück oder melden Sie sich, "
        "wenn Sie sie länger brauchen – dann finden wir gemeinsam eine Lösung.\n\n"
        f"Freundliche Grüße\n{house_name}"
    )
