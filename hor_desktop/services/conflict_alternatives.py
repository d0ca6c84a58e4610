"""Free alternatives for one side of a double booking: rooms, times, desks and items.

Built on the queries the calendar, the desk board and the lending desk already use
(``find_free_slots``, ``day_view``, ``desk_board``, ``free_items``), so the inbox offers
exactly what those screens would show as free.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from hor_desktop.core.clock import BERLIN, to_local
from hor_desktop.core.enums import BookingStatus, DeskSlot
from hor_desktop.core.errors import ConflictError, ValidationError
from hor_desktop.services.availability import free_items
from hor_desktop.services.conflict_texts import day_text, period_text
from hor_desktop.services.conflicts import open_conflict
from hor_desktop.services.desk_board import desk_board
from hor_desktop.services.desks import SLOT_LABELS
from hor_desktop.services.room_views import day_view, find_free_slots
from hor_desktop.store.models import (
    Desk,
    DeskBooking,
    EquipmentItem,
    Loan,
    LoanLine,
    Room,
    RoomBooking,
)
from hor_desktop.store.uow import UnitOfWork

Side = Literal["a", "b"]
TIME_STEP = timedelta(minutes=30)


@dataclass(frozen=True)
class AlternativeDTO:
    """Where one booking (or loan line) could go instead."""

    kind: Literal["room", "time", "desk", "slot", "item"]
    label: str
    target_id: uuid.UUID  # the room, desk or item
    starts_at: datetime | None = None  # rooms
    ends_at: datetime | None = None
    day: date | None = None  # desks
    slot: DeskSlot | None = None


@dataclass(frozen=True)
class _RoomCase:
    booking_id: uuid.UUID
    room_id: uuid.UUID
    location_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    attendees: int


def side_row_id(
    kind: str, row_a: uuid.UUID | None, row_b: uuid.UUID | None, side: Side
) -> uuid.UUID:
    """The row of ``side``. Raises: ConflictError when the conflict has no such row."""
    row_id = row_b if side == "b" else row_a
    if row_id is None:
        raise ConflictError("Zu diesem Konflikt gibt es keine zweite Buchung.")
    return row_id


def suggest_alternatives(
    uow: UnitOfWork, *, conflict_id: uuid.UUID, side: Side = "b", limit: int = 12
) -> list[AlternativeDTO]:
    """Free places for the booking on ``side`` ("b": the one in conflict; "a" for a swap).

    Rooms: other rooms of the location big enough at the same time, then free times of the
    same room that day (nearest first). Desks: free desks in the same slot, then the other
    half day of the same desk. Items: free items of the same category for the loan period.
    Raises: NotFoundError, ConflictError (settled, or not a double booking).
    """
    with uow:
        conflict = open_conflict(uow, conflict_id)
        kind = conflict.kind
        row_id = side_row_id(kind, conflict.row_a_id, conflict.row_b_id, side)
        session = uow.session
        if kind == "room_double":
            booking = session.get_one(RoomBooking, row_id)
            room = session.get_one(Room, booking.room_id)
            case = _RoomCase(
                booking.id, room.id, room.location_id, booking.starts_at, booking.ends_at,
                booking.attendees or 1,
            )  # fmt: skip
        elif kind == "desk_double":
            desk_booking = session.get_one(DeskBooking, row_id)
            desk = session.get_one(Desk, desk_booking.desk_id)
            desk_case = (desk_booking.id, desk.id, desk.location_id, desk_booking.day,
                         DeskSlot(desk_booking.slot))  # fmt: skip
        elif kind == "item_double":
            line = session.get(LoanLine, row_id)
            loan = session.get_one(Loan, line.loan_id if line else row_id)
            item_id = line.item_id if line else conflict.resource_id
            item = session.get_one(EquipmentItem, item_id)
            item_case = (item.id, item.category_id, loan.start_date, loan.due_date)
        else:
            raise ConflictError("Für diesen Konflikt gibt es keine Ausweichmöglichkeiten.")
    if kind == "room_double":
        return (_other_rooms(uow, case) + _other_times(uow, case))[:limit]
    if kind == "desk_double":
        booking_id, desk_id, location_id, day, slot = desk_case
        return _desks(
            uow, booking_id=booking_id, desk_id=desk_id, location_id=location_id, day=day,
            slot=slot,
        )[:limit]  # fmt: skip
    return _items(uow, *item_case, limit=limit)


def _other_rooms(uow: UnitOfWork, case: _RoomCase) -> list[AlternativeDTO]:
    start, end = to_local(case.starts_at), to_local(case.ends_at)
    if end.date() != start.date() or end.time() <= start.time():
        return []  # over midnight: the free-slot search works within one day
    try:
        slots = find_free_slots(
            uow, location_id=case.location_id, attendees=case.attendees,
            weekday=start.isoweekday(), window_start=start.time(), window_end=end.time(),
            from_day=start.date(), weeks=1,
        )  # fmt: skip
    except ValidationError:
        return []
    return [
        AlternativeDTO(
            "room",
            f"{s.room_name} ({s.capacity} Plätze), {period_text(case.starts_at, case.ends_at)}",
            s.room_id,
            case.starts_at,
            case.ends_at,
        )
        for s in slots
        if s.room_id != case.room_id and s.day == start.date()
    ]


def _other_times(uow: UnitOfWork, case: _RoomCase) -> list[AlternativeDTO]:
    """Same room, same day, same length: every half hour that the room has free."""
    day = to_local(case.starts_at).date()
    view = day_view(uow, location_id=case.location_id, day=day)
    room = next((r for r in view.rooms if r.id == case.room_id), None)
    closure = view.days[0] if view.days else None
    if room is None or (closure is not None and closure.closed_reason and not closure.closed_from):
        return []
    length = case.ends_at - case.starts_at
    opens = datetime.combine(day, room.bookable_from, BERLIN)
    closes = datetime.combine(
        day + timedelta(days=1) if room.bookable_until == time(0) else day,
        room.bookable_until, BERLIN,
    )  # fmt: skip
    if closure is not None and closure.closed_from is not None:
        closes = min(closes, datetime.combine(day, closure.closed_from, BERLIN))
    buffer = timedelta(minutes=room.buffer_minutes)
    taken = [
        (b.starts_at, b.ends_at) for b in view.bookings
        if b.room_id == room.id and b.id != case.booking_id
    ] + [(b.starts_at, b.ends_at) for b in view.blackouts if b.room_id == room.id]  # fmt: skip
    found: list[tuple[timedelta, AlternativeDTO]] = []
    start = opens
    while start + length <= closes:
        end = start + length
        if start != case.starts_at and not any(
            s < end + buffer and e > start - buffer for s, e in taken
        ):
            label = f"{room.name}, {period_text(start, end)}"
            alternative = AlternativeDTO("time", label, room.id, start, end)
            found.append((abs(start - case.starts_at), alternative))
        start += TIME_STEP
    return [alternative for _distance, alternative in sorted(found, key=lambda f: f[0])]


def _desks(
    uow: UnitOfWork, *, booking_id: uuid.UUID, desk_id: uuid.UUID, location_id: uuid.UUID,
    day: date, slot: DeskSlot,
) -> list[AlternativeDTO]:  # fmt: skip
    board = desk_board(uow, location_id=location_id, start=day)
    if day in board.closed:
        return []
    live = [
        b for b in board.bookings if b.id != booking_id and b.status is not BookingStatus.CANCELLED
    ]

    def free(desk: uuid.UUID, wanted: DeskSlot) -> bool:
        return not any(b.desk_id == desk and b.day == day and wanted.overlaps(b.slot) for b in live)

    found = [
        AlternativeDTO(
            "desk", f"{d.label}, {day_text(day)}, {SLOT_LABELS[slot]}", d.id, day=day, slot=slot
        )
        for d in board.desks
        if d.active and d.id != desk_id and free(d.id, slot)
    ]
    if slot is not DeskSlot.DAY:
        other = DeskSlot.AFTERNOON if slot is DeskSlot.MORNING else DeskSlot.MORNING
        same = next((d for d in board.desks if d.id == desk_id), None)
        if same is not None and free(desk_id, other):
            found.append(
                AlternativeDTO(
                    "slot",
                    f"{same.label}, {day_text(day)}, {SLOT_LABELS[other]}",
                    desk_id,
                    day=day,
                    slot=other,
                )
            )
    return found


def _items(
    uow: UnitOfWork, item_id: uuid.UUID, category_id: uuid.UUID, start: date, due: date,
    *, limit: int,
) -> list[AlternativeDTO]:  # fmt: skip
    return [
        AlternativeDTO(
            "item",
            f"{i.inventory_no} {i.name} ({i.location_code}), {start:%d.%m.%Y} – {due:%d.%m.%Y}",
            i.id,
        )
        for i in free_items(uow, start=start, end=due, category_id=category_id, limit=limit + 1)
        if i.id != item_id
    ][:limit]
