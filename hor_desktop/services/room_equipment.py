"""A room booking together with an equipment reservation for the same days, both or nothing."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from hor_desktop.core import validation as v
from hor_desktop.core.clock import to_local
from hor_desktop.core.enums import BookingStatus, Role
from hor_desktop.core.errors import ValidationError
from hor_desktop.services import lending
from hor_desktop.services.rooms import RoomBookingDTO, booking_dto, insert_booking
from hor_desktop.store.uow import UnitOfWork


@dataclass(frozen=True)
class CombinedBookingDTO:
    booking: RoomBookingDTO
    receipt_no: str | None  # the linked equipment reservation, if any
    item_ids: tuple[uuid.UUID, ...]


def book_room_with_equipment(
    uow: UnitOfWork,
    *,
    room_id: uuid.UUID,
    organisation_id: uuid.UUID,
    contact_id: uuid.UUID,
    title: str,
    starts_at: datetime,
    ends_at: datetime,
    item_ids: Sequence[uuid.UUID],
    attendees: int | None = None,
    notes: str | None = None,
    status: BookingStatus = BookingStatus.CONFIRMED,
) -> CombinedBookingDTO:
    """Book a room and reserve equipment for the same days, both or nothing.

    Raises: everything book_room and lending.reserve raise; nothing is saved then.
    """
    uow.actor.require(Role.DESK, action="Raum buchen")
    clean_title = v.required_text(title, field="title", label="Der Titel")
    v.time_range(starts_at, ends_at, field="ends_at")
    if attendees is not None and attendees < 1:
        raise ValidationError("Die Teilnehmerzahl ist mindestens 1.", field="attendees")
    with uow:
        row, room, organisation = insert_booking(
            uow, room_id=room_id, organisation_id=organisation_id, contact_id=contact_id,
            title=clean_title, starts_at=starts_at, ends_at=ends_at, attendees=attendees,
            notes=notes, status=status,
        )  # fmt: skip
        receipt_no = None
        if item_ids:
            loan = lending.reserve_in(
                uow, organisation_id=organisation_id, contact_id=contact_id,
                item_ids=item_ids, start=to_local(starts_at).date(),
                due=to_local(ends_at).date(), purpose=f"Raumbuchung: {clean_title}",
                room_booking_id=row.id,
            )  # fmt: skip
            receipt_no = loan.receipt_no
        uow.commit()
        return CombinedBookingDTO(
            booking_dto(row, room.name, organisation.name), receipt_no, tuple(item_ids)
        )
