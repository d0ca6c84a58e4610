"""Lending use cases: check-out, reservation, pick-up, cancellation (availability and the
cart at the desk are in services/availability.py)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import AuditAction, ItemStatus, LoanState, OrganisationStatus, Role
from hor_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from hor_desktop.core.ids import new_id
from hor_desktop.core.receipts import ReceiptNo
from hor_desktop.core.validation import optional_text, period, required_text
from hor_desktop.services import audit
from hor_desktop.services.closing_days import due_date_for
from hor_desktop.store.models import (
    Contact,
    EquipmentItem,
    Loan,
    LoanLine,
    Location,
    Organisation,
)
from hor_desktop.store.repositories import equipment as item_repo
from hor_desktop.store.repositories import loans as repo
from hor_desktop.store.repositories import organisations as org_repo
from hor_desktop.store.uow import UnitOfWork

_STATUS_TEXT = {
    ItemStatus.MAINTENANCE: "in Wartung",
    ItemStatus.RETIRED: "ausgemustert",
    ItemStatus.LOST: "als verloren gemeldet",
}
_STATE_TEXT = {
    LoanState.RESERVED: "reserviert",
    LoanState.OUT: "verliehen",
    LoanState.RETURNED: "zurückgegeben",
    LoanState.CANCELLED: "storniert",
}


@dataclass(frozen=True)
class LoanLineDTO:
    id: uuid.UUID
    item_id: uuid.UUID
    inventory_no: str
    item_name: str
    accessories_out: str | None
    condition_out: str | None
    returned_at: datetime | None
    condition_in: str | None
    damage_note: str | None


@dataclass(frozen=True)
class LoanDTO:
    """Everything a lending slip (Leihschein) shows."""

    id: uuid.UUID
    receipt_no: str
    state: LoanState
    organisation_id: uuid.UUID
    organisation_name: str
    contact_id: uuid.UUID
    contact_name: str
    contact_phone: str | None
    start_date: date
    due_date: date
    purpose: str | None
    deposit_cents: int
    checked_out_at: datetime | None
    closed_at: datetime | None
    lines: tuple[LoanLineDTO, ...]
    contact_email: str | None = None  # reminders go here, else to the organisation
    organisation_email: str | None = None
    confirmed_at: datetime | None = None  # set by the shared server (replica mode)


def _d(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def loan_dtos(session: Session, loan_ids: Sequence[uuid.UUID]) -> list[LoanDTO]:
    """Loans with their lines, in the given order: two queries whatever the count."""
    if not loan_ids:
        return []
    heads = session.execute(
        select(
            Loan,
            Organisation.name,
            Contact.name,
            Contact.phone,
            Contact.email,
            Organisation.email,
        )
        .join(Organisation, Organisation.id == Loan.organisation_id)
        .join(Contact, Contact.id == Loan.contact_id)
        .where(Loan.id.in_(list(loan_ids)))
    ).all()
    lines: dict[uuid.UUID, list[LoanLineDTO]] = {loan_id: [] for loan_id in loan_ids}
    for line, inventory_no, item_name in session.execute(
        select(LoanLine, EquipmentItem.inventory_no, EquipmentItem.name)
        .join(EquipmentItem, EquipmentItem.id == LoanLine.item_id)
        .where(LoanLine.loan_id.in_(list(loan_ids)), LoanLine.deleted_at.is_(None))
        .order_by(EquipmentItem.inventory_no)
    ):
        dto = LoanLineDTO(
            line.id, line.item_id, inventory_no, item_name, line.accessories_out,
            line.condition_out, line.returned_at, line.condition_in, line.damage_note,
        )  # fmt: skip
        lines[line.loan_id].append(dto)
    by_id: dict[uuid.UUID, LoanDTO] = {}
    for loan, org_name, contact_name, phone, email, org_email in heads:
        by_id[loan.id] = LoanDTO(
            loan.id, loan.receipt_no, LoanState(loan.state), loan.organisation_id, org_name,
            loan.contact_id, contact_name, phone, loan.start_date, loan.due_date, loan.purpose,
            loan.deposit_cents, loan.checked_out_at, loan.closed_at, tuple(lines[loan.id]),
            email, org_email, loan.confirmed_at,
        )  # fmt: skip
    return [by_id[loan_id] for loan_id in loan_ids if loan_id in by_id]


def actor_location(uow: UnitOfWork) -> Location:
    location_id = uow.actor.location_id
    location = uow.session.get(Location, location_id) if location_id else None
    if location is None or location.deleted_at is not None:
        raise ValidationError("Bitte zuerst den Standort dieses Arbeitsplatzes wählen.")
    return location


def _check_borrower(
    uow: UnitOfWork,
    organisation_id: uuid.UUID,
    contact_id: uuid.UUID | None,
    override_block_reason: str | None,
) -> tuple[Organisation, Contact | None]:
    """Who may borrow is decided in one place (require_can_borrow); lending adds only the
    admin's override of a block, which is audited."""
    org, contact = org_repo.require_can_borrow(
        uow.session, organisation_id=organisation_id, contact_id=contact_id, allow_blocked=True
    )
    if org.status is OrganisationStatus.BLOCKED:
        reason = optional_text(override_block_reason)
        if reason is None:
            raise ConflictError(
                f"{org.name} ist gesperrt: {org.block_reason or 'ohne Angabe'}.",
                reason=org.block_reason,
            )
        uow.actor.require(Role.ADMIN, action="Sperre übergehen")
        audit.record(
            uow, entity="organisation", entity_id=org.id, action=AuditAction.OVERRIDE,
            changes={"block_reason": org.block_reason, "override_reason": reason},
        )  # fmt: skip
    return org, contact


def check_available(
    uow: UnitOfWork, items: Sequence[EquipmentItem], *, start: date, due: date,
    except_loan_id: uuid.UUID | None = None,
) -> None:  # fmt: skip
    """Raises: ConflictError when an item is out of service or busy in the period."""
    for item in items:
        if item.status is not ItemStatus.AVAILABLE:
            reason = f": {item.status_reason}" if item.status_reason else ""
            raise ConflictError(
                f"Gerät {item.inventory_no} ({item.name}) ist "
                f"{_STATUS_TEXT[ItemStatus(item.status)]}{reason}."
            )
    today = local_today(uow.clock)
    busy = repo.list_busy_lines(
        uow.session, [item.id for item in items], start=start, end=due, today=today,
        except_loan_id=except_loan_id,
    )  # fmt: skip
    if busy:
        item_id, receipt_no, state, other_start, other_due = busy[0]
        item = next(item for item in items if item.id == item_id)
        overdue = " und überfällig" if state is LoanState.OUT and other_due < today else ""
        raise ConflictError(
            f"Gerät {item.inventory_no} ({item.name}) ist vom {_d(other_start)} bis "
            f"{_d(other_due)} bereits {_STATE_TEXT[state]}{overdue} ({receipt_no})."
        )


def _next_receipt_no(session: Session, location: Location, year: int) -> str:
    last = repo.last_receipt_no(session, ReceiptNo.prefix(location.code, year))
    receipt = ReceiptNo.parse(last).next() if last else ReceiptNo(location.code, year, 1)
    return str(receipt)


def _check_cart(item_ids: Sequence[uuid.UUID], start: date | None, due: date | None) -> None:
    if not item_ids:
        raise ValidationError("Es ist kein Gerät ausgewählt.", field="item_ids")
    if len(set(item_ids)) != len(item_ids):
        raise ValidationError("Ein Gerät ist doppelt ausgewählt.", field="item_ids")
    if start is not None and due is not None:
        period(start, due, field="due")


def _open_loan(
    uow: UnitOfWork, *, state: LoanState, organisation_id: uuid.UUID, contact_id: uuid.UUID,
    item_ids: Sequence[uuid.UUID], start: date, due: date | None, purpose: str | None,
    deposit_cents: int | None, override_block_reason: str | None, receipt_year: int,
    room_booking_id: uuid.UUID | None = None,
) -> LoanDTO:  # fmt: skip
    """The shared body of check-out and reservation, inside the open unit of work.

    Returns the DTO built from the objects at hand: re-reading the loan after the commit
    cost a second transaction on the busiest path of the desk.
    """
    location = actor_location(uow)
    org, contact = _check_borrower(uow, organisation_id, contact_id, override_block_reason)
    assert contact is not None  # a contact id was given
    found = item_repo.list_items_by_ids(uow.session, item_ids)
    if len(found) != len(item_ids):
        raise NotFoundError(entity="Ein ausgewähltes Gerät")
    items = [found[item_id] for item_id in item_ids]
    categories = item_repo.list_categories_by_ids(uow.session, {i.category_id for i in items})
    if due is None:
        # The most restrictive category sets the period: the whole cart comes back together.
        loan_days = min(category.default_loan_days for category in categories.values())
        due = due_date_for(uow.session, location_id=location.id, start=start, loan_days=loan_days)
    period(start, due, field="due")
    check_available(uow, items, start=start, due=due)
    if deposit_cents is None:
        deposit_cents = sum(categories[item.category_id].deposit_cents for item in items)
    loan = Loan(
        id=new_id(),  # known now, so the whole loan is written in the one flush at commit
        receipt_no=_next_receipt_no(uow.session, location, receipt_year),
        organisation_id=org.id, contact_id=contact_id, start_date=start, due_date=due,
        purpose=optional_text(purpose), deposit_cents=deposit_cents, state=state,
        staff_out_id=uow.actor.staff_id, location_out_id=location.id,
        checked_out_at=uow.clock.now() if state is LoanState.OUT else None,
        room_booking_id=room_booking_id,
    )  # fmt: skip
    uow.session.add(loan)
    lines = [
        LoanLine(
            id=new_id(),
            loan_id=loan.id,
            item_id=item.id,
            condition_out=item.condition,
            accessories_out=item.accessories,
        )
        for item in items
    ]
    uow.session.add_all(lines)
    audit.record(
        uow, entity="loan", entity_id=loan.id,
        action=AuditAction.CHECK_OUT if state is LoanState.OUT else AuditAction.RESERVE,
        changes={
            "receipt_no": loan.receipt_no, "organisation_id": org.id, "start_date": start,
            "due_date": due, "deposit_cents": deposit_cents,
            "item_ids": [str(item.id) for item in items],
        },
    )  # fmt: skip
    line_dtos = tuple(
        sorted(
            (
                LoanLineDTO(
                    line.id,
                    item.id,
                    item.inventory_no,
                    item.name,
                    line.accessories_out,
                    line.condition_out,
                    None,
                    None,
                    None,
                )
                for line, item in zip(lines, items, strict=True)
            ),
            key=lambda dto: dto.inventory_no,
        )
    )
    return LoanDTO(
        loan.id, loan.receipt_no, state, org.id, org.name, contact.id, contact.name,
        contact.phone, start, due, loan.purpose, deposit_cents, loan.checked_out_at, None,
        line_dtos, contact.email, org.email,
    )  # fmt: skip


def check_out(
    uow: UnitOfWork, *, organisation_id: uuid.UUID, contact_id: uuid.UUID,
    item_ids: Sequence[uuid.UUID], start: date | None = None, due: date | None = None,
    purpose: str | None = None, deposit_cents: int | None = None,
    override_block_reason: str | None = None,
) -> LoanDTO:  # fmt: skip
    """Hand items out now; due and deposit default from the items' categories.

    Raises: ValidationError, NotFoundError, ConflictError (busy item, blocked or merged
    organisation), PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Ausleihe")
    _check_cart(item_ids, start, due)
    if deposit_cents is not None and deposit_cents < 0:
        raise ValidationError("Die Kaution darf nicht negativ sein.", field="deposit_cents")
    with uow:
        today = local_today(uow.clock)
        start = start or today
        if start > today:
            raise ValidationError("Ein späterer Beginn ist eine Reservierung.", field="start")
        loan = _open_loan(
            uow, state=LoanState.OUT, organisation_id=organisation_id, contact_id=contact_id,
            item_ids=item_ids, start=start, due=due, purpose=purpose,
            deposit_cents=deposit_cents, override_block_reason=override_block_reason,
            receipt_year=today.year,
        )  # fmt: skip
        uow.commit()
        return loan


def reserve(
    uow: UnitOfWork, *, organisation_id: uuid.UUID, contact_id: uuid.UUID,
    item_ids: Sequence[uuid.UUID], start: date, due: date | None = None,
    purpose: str | None = None, deposit_cents: int | None = None,
    override_block_reason: str | None = None, room_booking_id: uuid.UUID | None = None,
) -> LoanDTO:  # fmt: skip
    """Reserve items for a coming period; the receipt number counts in the start's year.

    ``room_booking_id`` marks the reservation as part of a room booking ("Raum mit Beamer").
    Raises: ValidationError, NotFoundError, ConflictError, PermissionDeniedError.
    """
    with uow:
        loan = reserve_in(
            uow, organisation_id=organisation_id, contact_id=contact_id, item_ids=item_ids,
            start=start, due=due, purpose=purpose, deposit_cents=deposit_cents,
            override_block_reason=override_block_reason, room_booking_id=room_booking_id,
        )  # fmt: skip
        uow.commit()
        return loan


def reserve_in(
    uow: UnitOfWork, *, organisation_id: uuid.UUID, contact_id: uuid.UUID,
    item_ids: Sequence[uuid.UUID], start: date, due: date | None = None,
    purpose: str | None = None, deposit_cents: int | None = None,
    override_block_reason: str | None = None, room_booking_id: uuid.UUID | None = None,
) -> LoanDTO:  # fmt: skip
    """reserve() inside a unit of work the caller has opened and will commit.

    Another use case (a room booking with equipment) calls this to reserve in its own
    transaction, so both are saved or neither.
    Raises: ValidationError, NotFoundError, ConflictError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Reservierung")
    _check_cart(item_ids, start, due)
    if deposit_cents is not None and deposit_cents < 0:
        raise ValidationError("Die Kaution darf nicht negativ sein.", field="deposit_cents")
    if start < local_today(uow.clock):
        raise ValidationError("Der Beginn liegt in der Vergangenheit.", field="start")
    return _open_loan(
        uow, state=LoanState.RESERVED, organisation_id=organisation_id,
        contact_id=contact_id, item_ids=item_ids, start=start, due=due, purpose=purpose,
        deposit_cents=deposit_cents, override_block_reason=override_block_reason,
        receipt_year=start.year, room_booking_id=room_booking_id,
    )  # fmt: skip


def get_loan_row(session: Session, loan_id: uuid.UUID) -> Loan:
    loan = repo.get_loan(session, loan_id)
    if loan is None:
        raise NotFoundError(entity="Der Leihvorgang")
    return loan


def pick_up(
    uow: UnitOfWork, *, loan_id: uuid.UUID, override_block_reason: str | None = None
) -> LoanDTO:
    """Hand out a reservation, keeping its receipt number; early pick-up moves the start.

    Raises: NotFoundError, ConflictError (not reserved, expired, item unavailable or busy,
    organisation blocked), PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Ausgabe")
    with uow:
        loan = get_loan_row(uow.session, loan_id)
        if loan.state is not LoanState.RESERVED:
            raise ConflictError(
                f"{loan.receipt_no} ist keine offene Reservierung "
                f"(Stand: {_STATE_TEXT[LoanState(loan.state)]})."
            )
        today = local_today(uow.clock)
        if loan.due_date < today:
            raise ConflictError(
                f"Die Reservierung {loan.receipt_no} ist am {_d(loan.due_date)} abgelaufen."
            )
        location = actor_location(uow)
        _check_borrower(uow, loan.organisation_id, None, override_block_reason)
        lines = repo.list_lines(uow.session, [loan.id])
        items = item_repo.list_items_by_ids(uow.session, [line.item_id for line in lines])
        start = min(loan.start_date, today)
        check_available(
            uow, list(items.values()), start=start, due=loan.due_date, except_loan_id=loan.id
        )
        for line in lines:
            line.condition_out = items[line.item_id].condition
            line.accessories_out = items[line.item_id].accessories
        loan.start_date = start
        loan.state = LoanState.OUT
        loan.checked_out_at = uow.clock.now()
        loan.staff_out_id = uow.actor.staff_id
        loan.location_out_id = location.id
        audit.record(
            uow, entity="loan", entity_id=loan.id, action=AuditAction.CHECK_OUT,
            changes={"receipt_no": loan.receipt_no, "from_reservation": True,
                     "start_date": start},
        )  # fmt: skip
        uow.commit()
        return loan_dtos(uow.session, [loan.id])[0]


def cancel_loan(uow: UnitOfWork, *, loan_id: uuid.UUID, reason: str) -> LoanDTO:
    """Cancel a reservation; loans already out are returned, not cancelled.

    Raises: ValidationError, NotFoundError, ConflictError.
    """
    uow.actor.require(Role.DESK, action="Stornierung")
    reason = required_text(reason, field="reason", label="Der Grund", max_len=2000)
    with uow:
        loan = get_loan_row(uow.session, loan_id)
        if loan.state is not LoanState.RESERVED:
            raise ConflictError(
                f"{loan.receipt_no} ist {_STATE_TEXT[LoanState(loan.state)]} und kann nicht "
                "storniert werden; nur Reservierungen lassen sich stornieren."
            )
        loan.state, loan.cancel_reason, loan.closed_at = (
            LoanState.CANCELLED,
            reason,
            uow.clock.now(),
        )
        audit.record(
            uow, entity="loan", entity_id=loan.id, action=AuditAction.CANCEL,
            changes={"receipt_no": loan.receipt_no, "reason": reason},
        )  # fmt: skip
        uow.commit()
        return loan_dtos(uow.session, [loan.id])[0]


def get_loan(uow: UnitOfWork, loan_id: uuid.UUID) -> LoanDTO:
    """Raises: NotFoundError."""
    with uow:
        return loan_dtos(uow.session, [get_loan_row(uow.session, loan_id).id])[0]
