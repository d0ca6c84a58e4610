"""The return desk: find a scanned item's open loan, take items back, due and overdue loans."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import AuditAction, ItemStatus, LoanState, Role
from hor_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from hor_desktop.core.validation import inventory_no as valid_inventory_no
from hor_desktop.core.validation import optional_text
from hor_desktop.services import audit
from hor_desktop.services.equipment import apply_status
from hor_desktop.services.lending import LoanDTO, actor_location, get_loan_row, loan_dtos
from hor_desktop.store.repositories import equipment as item_repo
from hor_desktop.store.repositories import loans as repo
from hor_desktop.store.uow import UnitOfWork


@dataclass(frozen=True)
class OpenLineDTO:
    """A scanned item at the return desk: its open line, the loan and what to check."""

    line_id: uuid.UUID
    loan: LoanDTO
    checklist: tuple[str, ...]
    is_overdue: bool


def check_in(
    uow: UnitOfWork, *, line_ids: Sequence[uuid.UUID],
    checklist_results: dict[str, bool] | None = None, condition_in: str | None = None,
    damage_note: str | None = None,
) -> list[LoanDTO]:  # fmt: skip
    """Take items back at the actor's location; a loan closes when its last line is back.

    A damage note sends the items to maintenance with that note as reason.

    Raises: ValidationError, NotFoundError, ConflictError (not out, already returned).
    """
    uow.actor.require(Role.DESK, action="Rücknahme")
    ids = list(dict.fromkeys(line_ids))
    if not ids:
        raise ValidationError("Es ist kein Gerät zur Rücknahme gewählt.", field="line_ids")
    damage = optional_text(damage_note)
    with uow:
        location = actor_location(uow)
        lines = repo.list_lines_by_ids(uow.session, ids)
        if len(lines) != len(ids):
            raise NotFoundError(entity="Eine Leihposition")
        loans = {line.loan_id: get_loan_row(uow.session, line.loan_id) for line in lines}
        items = item_repo.list_items_by_ids(uow.session, [line.item_id for line in lines])
        now = uow.clock.now()
        for line in lines:
            item, loan = items[line.item_id], loans[line.loan_id]
            if loan.state is not LoanState.OUT or line.returned_at is not None:
                raise ConflictError(
                    f"Gerät {item.inventory_no} ({item.name}) ist unter {loan.receipt_no} "
                    "nicht (mehr) ausgeliehen."
                )
            line.returned_at, line.staff_in_id = now, uow.actor.staff_id
            line.location_in_id = location.id
            line.checklist_results = dict(checklist_results) if checklist_results else None
            line.condition_in = optional_text(condition_in, max_len=200)
            line.damage_note = damage
            item.current_location_id = location.id
            if damage:
                apply_status(uow, item, ItemStatus.MAINTENANCE, damage, None)
        open_lines = {
            line.loan_id for line in repo.list_lines(uow.session, list(loans))
            if line.returned_at is None
        }  # fmt: skip
        for loan in loans.values():
            returned = [line for line in lines if line.loan_id == loan.id]
            if loan.id not in open_lines:
                loan.state, loan.closed_at = LoanState.RETURNED, now
            audit.record(
                uow, entity="loan", entity_id=loan.id, action=AuditAction.CHECK_IN,
                changes={
                    "receipt_no": loan.receipt_no, "location_in_id": location.id,
                    "line_ids": [str(line.id) for line in returned],
                    "item_ids": [str(line.item_id) for line in returned],
                    "complete": loan.id not in open_lines, "damage_note": damage,
                },
            )  # fmt: skip
        uow.commit()
        return loan_dtos(uow.session, list(loans))


def find_open_line_by_inventory_no(uow: UnitOfWork, inventory_no: str) -> OpenLineDTO:
    """The loan a scanned item is out on, for the return desk.

    Raises: ValidationError (malformed number), NotFoundError, ConflictError (not out).
    """
    number = valid_inventory_no(inventory_no)
    with uow:
        line = repo.get_open_line_by_inventory_no(uow.session, number)
        if line is None:
            item = item_repo.get_by_inventory_no(uow.session, number)
            if item is None:
                raise NotFoundError(entity=f"Gerät {number}")
            raise ConflictError(f"Gerät {number} ({item.name}) ist nicht ausgeliehen.")
        item = item_repo.get_item(uow.session, line.item_id)
        category = item_repo.get_category(uow.session, item.category_id) if item else None
        loan = loan_dtos(uow.session, [line.loan_id])[0]
        return OpenLineDTO(
            line_id=line.id, loan=loan,
            checklist=tuple(category.checklist) if category else (),
            is_overdue=loan.due_date < local_today(uow.clock),
        )  # fmt: skip


def list_due(uow: UnitOfWork, *, location_id: uuid.UUID, on: date) -> list[LoanDTO]:
    """Loans out from the location that are due back on that day."""
    with uow:
        ids = repo.list_out_loan_ids(uow.session, location_id=location_id, due_from=on, due_to=on)
        return loan_dtos(uow.session, ids)


def list_pickups(uow: UnitOfWork, *, location_id: uuid.UUID, on: date) -> list[LoanDTO]:
    """Reservations of the location that are ready to be handed out on that day."""
    with uow:
        ids = repo.list_pickup_loan_ids(uow.session, location_id=location_id, on=on)
        return loan_dtos(uow.session, ids)


def list_overdue(uow: UnitOfWork, *, location_id: uuid.UUID) -> list[LoanDTO]:
    """Loans out from the location whose due date has passed, oldest first."""
    with uow:
        today = local_today(uow.clock)
        ids = repo.list_out_loan_ids(
            uow.session, location_id=location_id, due_from=None, due_to=today - timedelta(days=1)
        )
        return loan_dtos(uow.session, ids)
