"""Helpers the register's service tests share: row counts, audit trail, a bare loan row."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import func, select

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import LoanState
from hor_desktop.services import contacts
from hor_desktop.store.database import Database
from hor_desktop.store.models import AuditEvent, Contact, Loan, Organisation


def counts(db: Database) -> tuple[int, int, int]:
    """Organisations, contacts and audit events: unchanged after a refused call."""
    with db.engine.connect() as connection:
        return tuple(  # type: ignore[return-value]
            connection.scalar(select(func.count()).select_from(model))
            for model in (Organisation, Contact, AuditEvent)
        )


def audit_actions(db: Database, entity_id: uuid.UUID) -> list[str]:
    with db.engine.connect() as connection:
        return list(
            connection.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.entity_id == entity_id)
                .order_by(AuditEvent.occurred_at, AuditEvent.id)
            )
        )


def add_loan(
    db: Database, actor: Actor, contact: contacts.ContactDTO, state: LoanState, n: int,
    *,
    start: date = date(2026, 11, 2),
) -> None:  # fmt: skip
    """A loan row of the contact, written directly: lending has its own tests."""
    with db.unit_of_work(actor) as uow:
        uow.session.add(
            Loan(
                receipt_no=f"CCH-2026-{n:05d}",
                organisation_id=contact.organisation_id,
                contact_id=contact.id,
                start_date=start,
                due_date=start + timedelta(days=7),
                state=state,
                location_out_id=actor.location_id,
            )
        )
        uow.commit()
