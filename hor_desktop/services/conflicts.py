"""The conflicts inbox: open sync conflicts described side by side, override and acknowledge.

The shared server writes ``sync_conflict`` rows (double bookings of rooms, desks and items,
concurrent edits of important fields, refused and quarantined operations); they reach every
replica like any other row. This module lists them for the "Konflikte" tab, most urgent
first. Moving, cancelling and swapping bookings are in :mod:`conflict_actions`, the free
alternatives in :mod:`conflict_alternatives`. Every action is an ordinary local write: it is
captured and pushed, and the server decides again what is confirmed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hor_desktop.core import validation as v
from hor_desktop.core.clock import BERLIN, to_local
from hor_desktop.core.enums import AuditAction, DeskSlot, Role
from hor_desktop.core.errors import ConflictError, NotFoundError
from hor_desktop.services import audit
from hor_desktop.services.conflict_texts import (
    FIELD_LABELS,
    KIND_LABELS,
    STATUS_LABELS,
    TABLE_LABELS,
    day_text,
    period_text,
    value_text,
)
from hor_desktop.services.desks import SLOT_LABELS
from hor_desktop.store.base import Base
from hor_desktop.store.models import (
    Desk,
    DeskBooking,
    EquipmentItem,
    Loan,
    LoanLine,
    Location,
    Organisation,
    Room,
    RoomBooking,
)
from hor_desktop.store.models.sync import SyncConflict
from hor_desktop.store.uow import UnitOfWork

DOUBLE_KINDS = ("room_double", "desk_double", "item_double")
KIND_ORDER = {kind: rank for rank, kind in enumerate(
    (*DOUBLE_KINDS, "field_edit", "refused", "quarantined")
)}  # fmt: skip


@dataclass(frozen=True)
class ConflictSideDTO:
    """One of the two rows of a conflict, described for the desk."""

    row_id: uuid.UUID | None
    table_name: str
    organisation_name: str  # "" when the row has none (or is unknown here)
    what: str  # booking title and person, or receipt number
    resource: str  # room, desk or item
    when: str  # "Di 01.12.2026, 18:00–21:00 Uhr", a slot or a loan period
    location: str  # where the resource is
    booked_at: str  # the location that wrote the row
    status: str  # "bestätigt", "im Konflikt", "vorläufig", …
    value: str | None = None  # field edits: the value this side wrote
    attendees: int | None = None


@dataclass(frozen=True)
class ConflictDTO:
    id: uuid.UUID
    kind: str
    kind_label: str
    table_name: str
    starts_at: datetime | None  # urgency
    a: ConflictSideDTO  # keeps the resource / holds the winning value
    b: ConflictSideDTO | None  # in conflict / lost
    field_name: str | None
    detail: str | None
    location_ids: frozenset[uuid.UUID]  # every location the conflict concerns
    field_label: str = ""  # field edits: the field in German ("Name", "Beginn")

    @property
    def is_double(self) -> bool:
        return self.kind in DOUBLE_KINDS


class _Names:
    """Looks up names once per listing: locations and organisations are few and shared."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.locations = {
            row.id: row for row in session.scalars(select(Location)).all()
        }  # four houses
        self._orgs: dict[uuid.UUID, str] = {}

    def location(self, location_id: uuid.UUID | None) -> str:
        row = self.locations.get(location_id) if location_id else None
        return row.name if row else ""

    def organisation(self, organisation_id: uuid.UUID) -> str:
        if organisation_id not in self._orgs:
            org = self.session.get(Organisation, organisation_id)
            self._orgs[organisation_id] = org.name if org else "?"
        return self._orgs[organisation_id]


def _side_room(names: _Names, row: RoomBooking) -> tuple[ConflictSideDTO, set[uuid.UUID]]:
    room = names.session.get(Room, row.room_id)
    where = room.location_id if room else None
    return ConflictSideDTO(
        row_id=row.id, table_name="room_booking",
        organisation_name=names.organisation(row.organisation_id), what=row.title,
        resource=room.name if room else "?", when=period_text(row.starts_at, row.ends_at),
        location=names.location(where), booked_at=names.location(row.origin_location_id),
        status=STATUS_LABELS.get(str(row.status), str(row.status)), attendees=row.attendees,
    ), {i for i in (where, row.origin_location_id) if i}  # fmt: skip


def _side_desk(names: _Names, row: DeskBooking) -> tuple[ConflictSideDTO, set[uuid.UUID]]:
    desk = names.session.get(Desk, row.desk_id)
    where = desk.location_id if desk else None
    return ConflictSideDTO(
        row_id=row.id, table_name="desk_booking",
        organisation_name=names.organisation(row.organisation_id), what=row.person_name,
        resource=desk.label if desk else "?",
        when=f"{day_text(row.day)}, {SLOT_LABELS[DeskSlot(row.slot)]}",
        location=names.location(where), booked_at=names.location(row.origin_location_id),
        status=STATUS_LABELS.get(str(row.status), str(row.status)),
    ), {i for i in (where, row.origin_location_id) if i}  # fmt: skip


def _side_loan(
    names: _Names, loan: Loan, line: LoanLine | None, item_id: uuid.UUID | None
) -> tuple[ConflictSideDTO, set[uuid.UUID]]:
    item = names.session.get(EquipmentItem, line.item_id if line else item_id) if (
        line or item_id
    ) else None  # fmt: skip
    where = item.current_location_id if item else None
    state = "confirmed" if loan.confirmed_at else "tentative"
    if str(loan.state) in ("returned", "cancelled"):
        state = str(loan.state)
    return ConflictSideDTO(
        row_id=line.id if line else loan.id, table_name="loan_line" if line else "loan",
        organisation_name=names.organisation(loan.organisation_id), what=loan.receipt_no,
        resource=f"{item.inventory_no} {item.name}" if item else "?",
        when=f"{loan.start_date:%d.%m.%Y} – {loan.due_date:%d.%m.%Y}",
        location=names.location(where), booked_at=names.location(loan.location_out_id),
        status=f"{STATUS_LABELS.get(str(loan.state), str(loan.state))}, "
        f"{STATUS_LABELS.get(state, state)}",
    ), {i for i in (where, loan.location_out_id, loan.origin_location_id) if i}  # fmt: skip


def _model_for(table_name: str) -> type[Any] | None:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table_name:
            return mapper.class_
    return None


def _side_generic(
    names: _Names, table_name: str, row_id: uuid.UUID | None, value: Any
) -> tuple[ConflictSideDTO, set[uuid.UUID]]:
    """A row of any table (field edits, refused operations): its name and its value."""
    model = _model_for(table_name)
    row = names.session.get(model, row_id) if model is not None and row_id else None
    what = ""
    for attribute in ("name", "title", "receipt_no", "inventory_no", "label", "person_name"):
        if row is not None and isinstance(getattr(row, attribute, None), str):
            what = getattr(row, attribute)
            break
    org_id = getattr(row, "organisation_id", None)
    origin = getattr(row, "origin_location_id", None)
    table = TABLE_LABELS.get(table_name, table_name)
    return ConflictSideDTO(
        row_id=row_id, table_name=table_name,
        organisation_name=names.organisation(org_id) if org_id else "",
        what=f"{table} „{what}“" if what else table, resource="", when="", location="",
        booked_at=names.location(origin), status="" if row is not None else "nicht vorhanden",
        value=value_text(value),
    ), {origin} if origin else set()  # fmt: skip


def _side(
    names: _Names, conflict: SyncConflict, row_id: uuid.UUID | None, value: Any
) -> tuple[ConflictSideDTO | None, set[uuid.UUID]]:
    if row_id is None:
        return None, set()
    session = names.session
    if conflict.kind == "room_double" and (room := session.get(RoomBooking, row_id)):
        return _side_room(names, room)
    if conflict.kind == "desk_double" and (desk := session.get(DeskBooking, row_id)):
        return _side_desk(names, desk)
    if conflict.kind == "item_double":
        line = session.get(LoanLine, row_id)
        loan = session.get(Loan, line.loan_id if line else row_id)
        if loan is not None:
            return _side_loan(names, loan, line, conflict.resource_id)
    return _side_generic(names, conflict.table_name, row_id, value)


def describe(names: _Names, conflict: SyncConflict) -> ConflictDTO:
    a, where_a = _side(names, conflict, conflict.row_a_id, conflict.value_a)
    b, where_b = _side(names, conflict, conflict.row_b_id, conflict.value_b)
    if a is None:  # a refused insert has only the row that was refused
        a = ConflictSideDTO(
            None, conflict.table_name, "", TABLE_LABELS.get(conflict.table_name, ""), "", "",
            "", names.location(conflict.location_a_id), "", value_text(conflict.value_a),
        )  # fmt: skip
    locations = {i for i in (conflict.location_a_id, conflict.location_b_id) if i}
    return ConflictDTO(
        id=conflict.id, kind=conflict.kind,
        kind_label=KIND_LABELS.get(conflict.kind, conflict.kind),
        table_name=conflict.table_name, starts_at=conflict.starts_at, a=a, b=b,
        field_name=conflict.field_name, detail=conflict.detail,
        location_ids=frozenset(locations | where_a | where_b),
        field_label=FIELD_LABELS.get(conflict.field_name or "", conflict.field_name or ""),
    )  # fmt: skip


def urgency_key(conflict: ConflictDTO, today: date) -> tuple[int, datetime, int, str]:
    """Coming first, soonest at the top; then undated ones; conflicts in the past last."""
    never = datetime.max.replace(tzinfo=BERLIN)
    starts = conflict.starts_at
    if starts is None:
        bucket, moment = 1, never
    else:
        bucket, moment = (2 if to_local(starts).date() < today else 0), starts
    return bucket, moment, KIND_ORDER.get(conflict.kind, 99), str(conflict.id)


def _open_rows(session: Session) -> Sequence[SyncConflict]:
    return session.scalars(
        select(SyncConflict)
        .where(SyncConflict.status == "open", SyncConflict.deleted_at.is_(None))
        .order_by(SyncConflict.starts_at)
    ).all()


def _prefetch(session: Session, rows: Iterable[SyncConflict]) -> list[object]:
    """Load every row the cards name with one query per table, so describing them finds
    them in the session (``session.get`` asks the database only for what is missing).

    The caller keeps the returned list while describing: the session holds its rows only
    weakly, and rows nobody refers to would be loaded again one by one.
    """
    ids = {i for row in rows for i in (row.row_a_id, row.row_b_id, row.resource_id) if i}
    if not ids:
        return []
    listed = list(ids)
    rooms = session.scalars(select(RoomBooking).where(RoomBooking.id.in_(listed))).all()
    desks = session.scalars(select(DeskBooking).where(DeskBooking.id.in_(listed))).all()
    lines = session.scalars(select(LoanLine).where(LoanLine.id.in_(listed))).all()
    loan_ids = listed + [line.loan_id for line in lines]
    loans = session.scalars(select(Loan).where(Loan.id.in_(loan_ids))).all()
    item_ids = listed + [line.item_id for line in lines]
    items = session.scalars(select(EquipmentItem).where(EquipmentItem.id.in_(item_ids))).all()
    places = [
        *session.scalars(select(Room).where(Room.id.in_([b.room_id for b in rooms]))),
        *session.scalars(select(Desk).where(Desk.id.in_([b.desk_id for b in desks]))),
    ]
    org_ids = [b.organisation_id for b in rooms] + [b.organisation_id for b in desks]
    org_ids += [loan.organisation_id for loan in loans] + listed
    orgs = session.scalars(select(Organisation).where(Organisation.id.in_(org_ids))).all()
    return [*rooms, *desks, *lines, *loans, *items, *places, *orgs]


def list_open_conflicts(uow: UnitOfWork, *, everywhere: bool = False) -> list[ConflictDTO]:
    """Open conflicts that concern the actor's location (``everywhere``: all), most urgent
    first: upcoming by start, then the undated, then those in the past; ties by kind."""
    with uow:
        rows = _open_rows(uow.session)
        loaded = _prefetch(uow.session, rows)
        names = _Names(uow.session)
        found = [describe(names, row) for row in rows]
        del loaded
        today = uow.clock.now().astimezone(BERLIN).date()
    here = uow.actor.location_id
    if not everywhere and here is not None:
        found = [c for c in found if not c.location_ids or here in c.location_ids]
    return sorted(found, key=lambda c: urgency_key(c, today))


def count_open_conflicts(uow: UnitOfWork) -> int:
    """All open conflicts of the house (what the status bar shows), in one query."""
    with uow:
        return int(
            uow.session.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.status == "open", SyncConflict.deleted_at.is_(None))
            )
            or 0
        )


def get_conflict(uow: UnitOfWork, *, conflict_id: uuid.UUID) -> ConflictDTO:
    """Raises: NotFoundError."""
    with uow:
        return describe(_Names(uow.session), open_conflict(uow, conflict_id, check_open=False))


def open_conflict(
    uow: UnitOfWork, conflict_id: uuid.UUID, *, check_open: bool = True
) -> SyncConflict:
    """The conflict row inside an open unit of work.

    Raises: NotFoundError; ConflictError when it was settled meanwhile (e.g. by a sync).
    """
    row = uow.session.get(SyncConflict, conflict_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(entity="Der Konflikt")
    if check_open and row.status != "open":
        raise ConflictError(
            "Dieser Konflikt ist bereits erledigt (inzwischen an einem anderen Standort "
            "oder vom Server geklärt)."
        )
    return row


def settle(
    uow: UnitOfWork, row: SyncConflict, *, status: str, note: str | None, action: str
) -> None:
    """Close the conflict row with who and why, audited (no commit)."""
    before = audit.snapshot(row, ("status",))
    row.status = status
    row.resolution_note = note
    row.resolved_by_staff_id = uow.actor.staff_id
    row.resolved_at = uow.clock.now()
    changes = audit.diff(before, audit.snapshot(row, ("status",)))
    changes["action"] = action
    if note:
        changes["note"] = note
    audit.record(
        uow, entity="sync_conflict", entity_id=row.id,
        action=AuditAction.OVERRIDE if status == "overridden" else AuditAction.UPDATE,
        changes=changes,
    )  # fmt: skip


def admin_override(uow: UnitOfWork, *, conflict_id: uuid.UUID, reason: str) -> None:
    """Keep both rows as they are (e.g. the two groups agreed to share the room).

    Location admins and admins only; the reason is required and audited.
    Raises: PermissionDeniedError, ValidationError (no reason), NotFoundError, ConflictError.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Konflikt übergehen")
    clean = v.required_text(reason, field="reason", label="Der Grund", max_len=2000)
    with uow:
        row = open_conflict(uow, conflict_id)
        settle(uow, row, status="overridden", note=clean, action="override")
        uow.commit()


def acknowledge(uow: UnitOfWork, *, conflict_id: uuid.UUID, note: str | None = None) -> None:
    """Mark a concurrent edit or a refused operation as seen and dealt with.

    Double bookings are not acknowledged away: they need a move, a cancel, a swap or an
    override. Raises: ConflictError (a double booking, or already settled), NotFoundError.
    """
    uow.actor.require(Role.DESK, action="Konflikt erledigen")
    clean = v.optional_text(note, max_len=2000)
    with uow:
        row = open_conflict(uow, conflict_id)
        if row.kind in DOUBLE_KINDS:
            raise ConflictError(
                "Eine Doppelbuchung wird durch Verschieben, Stornieren, Tauschen oder "
                "eine Freigabe durch die Leitung gelöst."
            )
        settle(uow, row, status="resolved", note=clean, action="acknowledge")
        uow.commit()
