"""Resolving a double booking from the inbox: move, cancel or swap, one unit of work each.

Each action changes the booking (or loan) and closes the conflict in the same local
transaction, so the card leaves the inbox at once. Both are ordinary writes: they are
captured and pushed, and the shared server decides again which rows are confirmed; a move
into a place another location took meanwhile simply becomes a new conflict.

"Swap" exchanges the two rows' places: the booking that kept the resource (side a) goes
to the chosen alternative, and the one in conflict (side b) takes the contested slot —
for when the second group needs that room more (it is bigger, or accessible).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from hor_desktop.core import validation as v
from hor_desktop.core.enums import AuditAction, BookingStatus, DeskSlot, LoanState, Role
from hor_desktop.core.errors import ConflictError, ValidationError
from hor_desktop.services import audit, rooms
from hor_desktop.services.conflict_alternatives import AlternativeDTO, Side, side_row_id
from hor_desktop.services.conflicts import DOUBLE_KINDS, open_conflict, settle
from hor_desktop.services.desks import SLOT_LABELS, cancel_row, clean_cancel_reason
from hor_desktop.services.lending import check_available
from hor_desktop.store.models import (
    DeskBooking,
    EquipmentItem,
    Loan,
    LoanLine,
    RoomBooking,
    SyncConflict,
)
from hor_desktop.store.repositories import bookings as repo
from hor_desktop.store.uow import UnitOfWork

_SERVER_DECIDES = (BookingStatus.CONFIRMED, BookingStatus.CONFLICT)


def _double(uow: UnitOfWork, conflict_id: uuid.UUID) -> SyncConflict:
    row = open_conflict(uow, conflict_id)
    if row.kind not in DOUBLE_KINDS:
        raise ConflictError(
            "Nur Doppelbuchungen lassen sich verschieben, stornieren oder tauschen."
        )
    return row


def _unconfirmed(status: BookingStatus) -> BookingStatus:
    # A moved booking is the server's to confirm again; until then it is "vorläufig".
    return BookingStatus.TENTATIVE if status in _SERVER_DECIDES else status


def _move_room(uow: UnitOfWork, row: RoomBooking, alt: AlternativeDTO) -> str:
    if alt.kind not in ("room", "time") or alt.starts_at is None or alt.ends_at is None:
        raise ValidationError("Bitte einen freien Raum oder eine freie Zeit wählen.")
    if row.status is BookingStatus.CANCELLED:
        raise ConflictError(f"Die Buchung „{row.title}“ ist storniert.")
    room = repo.get_room(uow.session, alt.target_id)
    rooms.check_slot(
        uow, room, starts_at=alt.starts_at, ends_at=alt.ends_at, attendees=row.attendees,
        exclude_id=row.id,
    )  # fmt: skip
    fields = ("room_id", "starts_at", "ends_at", "status")
    before = audit.snapshot(row, fields)
    row.room_id, row.starts_at, row.ends_at = room.id, alt.starts_at, alt.ends_at
    row.status = _unconfirmed(row.status)
    audit.record(
        uow, entity="room_booking", entity_id=row.id, action=AuditAction.UPDATE,
        changes=audit.diff(before, audit.snapshot(row, fields)),
    )  # fmt: skip
    return f"„{row.title}“ → {alt.label}"


def _move_desk(uow: UnitOfWork, row: DeskBooking, alt: AlternativeDTO) -> str:
    if alt.kind not in ("desk", "slot") or alt.slot is None:
        raise ValidationError("Bitte einen freien Arbeitsplatz wählen.")
    if row.status is BookingStatus.CANCELLED:
        raise ConflictError(f"Die Buchung für {row.person_name} ist storniert.")
    desk = repo.get_desk(uow.session, alt.target_id)
    day, slot = alt.day or row.day, DeskSlot(alt.slot)
    clash = repo.find_desk_clash(
        uow.session, desk_id=desk.id, day=day, slot=slot, exclude_id=row.id
    )
    if clash is not None or not desk.active:
        raise ConflictError(
            f"Arbeitsplatz „{desk.label}“ ist am {day:%d.%m.%Y} {SLOT_LABELS[slot]} nicht frei."
        )
    fields = ("desk_id", "day", "slot", "status")
    before = audit.snapshot(row, fields)
    row.desk_id, row.day, row.slot = desk.id, day, slot
    row.status = _unconfirmed(row.status)
    audit.record(
        uow, entity="desk_booking", entity_id=row.id, action=AuditAction.UPDATE,
        changes=audit.diff(before, audit.snapshot(row, fields)),
    )  # fmt: skip
    return f"{row.person_name} → {alt.label}"


def _loan_line(uow: UnitOfWork, conflict: SyncConflict, row_id: uuid.UUID) -> tuple[Loan, LoanLine]:
    """The loan and its line in the conflict (the server may name the loan or the line)."""
    line = uow.session.get(LoanLine, row_id)
    loan = uow.session.get_one(Loan, line.loan_id if line else row_id)
    if line is None:
        line = next(
            (c for c in _live_lines(uow, loan.id) if c.item_id == conflict.resource_id), None
        )
    if line is None:
        raise ConflictError(f"In {loan.receipt_no} ist das Gerät nicht mehr enthalten.")
    return loan, line


def _move_item(
    uow: UnitOfWork, conflict: SyncConflict, row_id: uuid.UUID, alt: AlternativeDTO
) -> str:
    if alt.kind != "item":
        raise ValidationError("Bitte ein freies Gerät wählen.")
    loan, line = _loan_line(uow, conflict, row_id)
    if loan.state is not LoanState.RESERVED:
        raise ConflictError(
            f"{loan.receipt_no} ist schon ausgegeben; das Gerät lässt sich nur in einer "
            "Reservierung tauschen."
        )
    item = uow.session.get_one(EquipmentItem, alt.target_id)
    check_available(uow, [item], start=loan.start_date, due=loan.due_date, except_loan_id=loan.id)
    before = audit.snapshot(line, ("item_id",))
    line.item_id = item.id
    line.condition_out, line.accessories_out = item.condition, item.accessories
    changes = audit.diff(before, audit.snapshot(line, ("item_id",)))
    audit.record(
        uow, entity="loan", entity_id=loan.id, action=AuditAction.UPDATE,
        changes={"receipt_no": loan.receipt_no, **changes},
    )  # fmt: skip
    return f"{loan.receipt_no} → {alt.label}"


def _move(uow: UnitOfWork, conflict: SyncConflict, row_id: uuid.UUID, alt: AlternativeDTO) -> str:
    if conflict.kind == "room_double":
        return _move_room(uow, repo.get_room_booking(uow.session, row_id), alt)
    if conflict.kind == "desk_double":
        return _move_desk(uow, repo.get_desk_booking(uow.session, row_id), alt)
    return _move_item(uow, conflict, row_id, alt)


def move_booking(
    uow: UnitOfWork, *, conflict_id: uuid.UUID, alternative: AlternativeDTO, side: Side = "b",
    note: str | None = None,
) -> str:  # fmt: skip
    """Move the booking in conflict (or, with ``side="a"``, the other one) to a free
    alternative and close the conflict. Returns what was done, for the status bar.

    Raises: ValidationError, ConflictError (the place is not free after all, settled
    meanwhile, cancelled, loan already out), NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Konflikt lösen")
    clean_note = v.optional_text(note, max_len=2000)
    with uow:
        conflict = _double(uow, conflict_id)
        row_id = side_row_id(conflict.kind, conflict.row_a_id, conflict.row_b_id, side)
        done = _move(uow, conflict, row_id, alternative)
        settle(uow, conflict, status="resolved", note=clean_note or done, action="move")
        uow.commit()
        return done


def cancel_booking(
    uow: UnitOfWork, *, conflict_id: uuid.UUID, reason: str, side: Side = "b"
) -> str:
    """Cancel one side of a double booking (by default the one in conflict), with a reason.

    Loans: the item is taken off the reservation; a reservation of that item alone is
    cancelled. Raises: ValidationError (no reason), ConflictError (already cancelled, loan
    already out, settled meanwhile), NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Konflikt lösen")
    clean = v.required_text(reason, field="reason", label="Der Grund", max_len=500)
    with uow:
        conflict = _double(uow, conflict_id)
        row_id = side_row_id(conflict.kind, conflict.row_a_id, conflict.row_b_id, side)
        if conflict.kind == "room_double":
            done = _cancel_room(uow, repo.get_room_booking(uow.session, row_id), clean)
        elif conflict.kind == "desk_double":
            desk_row = repo.get_desk_booking(uow.session, row_id)
            if desk_row.status is BookingStatus.CANCELLED:
                raise ConflictError(
                    f"Die Buchung für {desk_row.person_name} ist bereits storniert."
                )
            cancel_row(uow, desk_row, reason=clean_cancel_reason(clean))
            done = f"Arbeitsplatzbuchung für {desk_row.person_name} storniert"
        else:
            done = _cancel_loan_line(uow, conflict, row_id, clean)
        settle(uow, conflict, status="resolved", note=f"{done}: {clean}", action="cancel")
        uow.commit()
        return done


def _cancel_room(uow: UnitOfWork, row: RoomBooking, reason: str) -> str:
    if row.status is BookingStatus.CANCELLED:
        raise ConflictError(f"Die Buchung „{row.title}“ ist bereits storniert.")
    before = audit.snapshot(row, ("status", "cancel_reason"))
    row.status, row.cancel_reason = BookingStatus.CANCELLED, reason
    audit.record(
        uow, entity="room_booking", entity_id=row.id, action=AuditAction.CANCEL,
        changes=audit.diff(before, audit.snapshot(row, ("status", "cancel_reason"))),
    )  # fmt: skip
    return f"Raumbuchung „{row.title}“ storniert"


def _cancel_loan_line(
    uow: UnitOfWork, conflict: SyncConflict, row_id: uuid.UUID, reason: str
) -> str:
    loan, line = _loan_line(uow, conflict, row_id)
    if loan.state is not LoanState.RESERVED:
        raise ConflictError(
            f"{loan.receipt_no} ist schon ausgegeben; bitte über die Rücknahme buchen."
        )
    others = [other for other in _live_lines(uow, loan.id) if other.id != line.id]
    now = uow.clock.now()
    if others:
        line.deleted_at = now
        audit.record(
            uow, entity="loan", entity_id=loan.id, action=AuditAction.UPDATE,
            changes={"receipt_no": loan.receipt_no, "removed_item_id": line.item_id,
                     "reason": reason},
        )  # fmt: skip
        return f"Gerät aus {loan.receipt_no} genommen"
    loan.state, loan.cancel_reason, loan.closed_at = LoanState.CANCELLED, reason, now
    audit.record(
        uow, entity="loan", entity_id=loan.id, action=AuditAction.CANCEL,
        changes={"receipt_no": loan.receipt_no, "reason": reason},
    )  # fmt: skip
    return f"Reservierung {loan.receipt_no} storniert"


def _live_lines(uow: UnitOfWork, loan_id: uuid.UUID) -> list[LoanLine]:
    return list(
        uow.session.scalars(
            select(LoanLine).where(LoanLine.loan_id == loan_id, LoanLine.deleted_at.is_(None))
        )
    )


def swap_bookings(
    uow: UnitOfWork, *, conflict_id: uuid.UUID, alternative: AlternativeDTO,
    note: str | None = None,
) -> str:  # fmt: skip
    """Give the contested place to the booking in conflict and move the other one to
    ``alternative`` (see the module docstring). Both must fit, else nothing changes.

    Raises: ValidationError, ConflictError, NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Konflikt lösen")
    clean_note = v.optional_text(note, max_len=2000)
    with uow:
        conflict = _double(uow, conflict_id)
        row_a = side_row_id(conflict.kind, conflict.row_a_id, conflict.row_b_id, "a")
        row_b = side_row_id(conflict.kind, conflict.row_a_id, conflict.row_b_id, "b")
        moved = _move(uow, conflict, row_a, alternative)
        uow.session.flush()
        _check_b_fits(uow, conflict, row_b)
        done = f"Getauscht: {moved}"
        settle(uow, conflict, status="resolved", note=clean_note or done, action="swap")
        uow.commit()
        return done


def _check_b_fits(uow: UnitOfWork, conflict: SyncConflict, row_b: uuid.UUID) -> None:
    """Raises ConflictError when side b still clashes once side a has left."""
    session = uow.session
    if conflict.kind == "room_double":
        b = repo.get_room_booking(session, row_b)
        room = repo.get_room(session, b.room_id)
        rooms.check_slot(
            uow, room, starts_at=b.starts_at, ends_at=b.ends_at, attendees=b.attendees,
            exclude_id=b.id,
        )  # fmt: skip
        b.status = _unconfirmed(b.status)
    elif conflict.kind == "desk_double":
        d = repo.get_desk_booking(session, row_b)
        if repo.find_desk_clash(
            session, desk_id=d.desk_id, day=d.day, slot=d.slot, exclude_id=d.id
        ):
            raise ConflictError("Der Platz ist auch nach dem Tausch nicht frei.")
        d.status = _unconfirmed(d.status)
    else:
        loan, line = _loan_line(uow, conflict, row_b)
        item = session.get_one(EquipmentItem, line.item_id)
        check_available(
            uow, [item], start=loan.start_date, due=loan.due_date, except_loan_id=loan.id
        )
