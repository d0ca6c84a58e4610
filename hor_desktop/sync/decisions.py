"""The server's domain decisions after a push: who gets the room, the desk, the item.

For every room, desk-day and item a push touched, all live rows are re-evaluated:
rows that already hold the resource keep it, the others are taken earliest-created first
when they fit; a row that does not fit becomes ``conflict`` with exactly one open
``sync_conflict``. A row whose cause went away (a cancel, a move, a late check-in) is
promoted and its conflict ``cleared``. A conflict an admin ``overridden`` leaves both rows
as they are and is not reopened.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.dialects.postgresql import Range

from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import DESK_SLOT_HOURS, DeskSlot
from hor_desktop.sync import codec
from hor_desktop.sync.server_bulk import ServerClock, conflict_row, insert_rows, update_rows
from hor_desktop.sync.server_schema import sync_item_claim

_UUID = "CAST(:ids AS uuid[])"


@dataclass
class Touched:
    """What a push changed that a decision depends on (old and new values both count)."""

    rooms: set[str] = field(default_factory=set)
    desk_days: set[tuple[str, str]] = field(default_factory=set)
    items: set[str] = field(default_factory=set)
    loans: set[str] = field(default_factory=set)
    rows: set[str] = field(default_factory=set)  # booking and loan-line ids

    def add(self, table: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
        for row in (old, new):
            if row is None:
                continue
            if table == "room_booking":
                self.rooms.add(row["room_id"])
                self.rows.add(row["id"])
            elif table == "desk_booking":
                self.desk_days.add((row["desk_id"], row["day"]))
                self.rows.add(row["id"])
            elif table == "loan_line":
                self.items.add(row["item_id"])
                self.loans.add(row["loan_id"])
                self.rows.add(row["id"])
            elif table == "loan":
                self.loans.add(row["id"])

    def __bool__(self) -> bool:
        return bool(self.rooms or self.desk_days or self.items or self.loans)


@dataclass
class _Cand:
    id: str
    group: Any
    start: Any
    end: Any
    held: bool
    order: tuple[Any, ...]
    location: str | None
    starts_at: datetime
    status: str = ""


@dataclass
class _Loser:
    blocker: _Cand
    cand: _Cand


def _greedy(cands: Iterable[_Cand]) -> tuple[dict[str, _Cand], dict[str, _Loser]]:
    """Holders first (they keep their place), then the rest in order; disjoint winners."""
    by_group: dict[Any, list[_Cand]] = defaultdict(list)
    for cand in cands:
        if cand.end > cand.start:  # an empty interval can never be placed: left alone
            by_group[cand.group].append(cand)
    accepted: dict[str, _Cand] = {}
    losers: dict[str, _Loser] = {}
    for group in by_group.values():
        group.sort(key=lambda c: (not c.held, c.order))
        starts: list[Any] = []
        winners: list[_Cand] = []
        for cand in group:
            index = bisect.bisect_left(starts, cand.end) - 1
            if index >= 0 and winners[index].end > cand.start:
                losers[cand.id] = _Loser(winners[index], cand)
                continue
            slot = bisect.bisect_left(starts, cand.start)
            starts.insert(slot, cand.start)
            winners.insert(slot, cand)
            accepted[cand.id] = cand
    return accepted, losers


def _canon_id(value: Any) -> str | None:
    return None if value is None else str(value)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else str(codec.to_canonical("datetime", value))


def _berlin_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=BERLIN)


class Decider:
    """Runs the decisions for one push inside its transaction."""

    def __init__(self, conn: Connection, *, now: datetime, clock: ServerClock):
        self.conn = conn
        self.now = now
        self.now_iso = str(codec.to_canonical("datetime", now))
        self.clock = clock

    def run(self, touched: Touched) -> None:
        if touched.rooms:
            self._bookings("room_booking", self._room_cands(touched.rooms), touched.rows)
        if touched.desk_days:
            self._bookings("desk_booking", self._desk_cands(touched.desk_days), touched.rows)
        if touched.loans:
            lines = self.conn.execute(
                text(f"SELECT id, item_id FROM loan_line WHERE loan_id = ANY({_UUID})"),
                {"ids": sorted(touched.loans)},
            )
            for line_id, item_id in lines:  # a cancelled loan frees its lines' items
                touched.rows.add(str(line_id))
                touched.items.add(str(item_id))
        if touched.items or touched.loans:
            self._items(touched)

    # --- rooms and desks -------------------------------------------------------------
    def _room_cands(self, rooms: set[str]) -> list[_Cand]:
        result = self.conn.execute(
            text(
                "SELECT id, room_id, starts_at, ends_at, status, created_at, confirmed_at, "
                "origin_location_id FROM room_booking WHERE room_id = ANY(" + _UUID + ") "
                "AND deleted_at IS NULL AND status <> 'cancelled'"
            ),
            {"ids": sorted(rooms)},
        )
        return [
            _Cand(
                id=str(r.id),
                group=str(r.room_id),
                start=r.starts_at,
                end=r.ends_at,
                held=r.status == "confirmed",
                order=(r.confirmed_at or r.created_at, r.created_at, str(r.id))
                if r.status == "confirmed"
                else (r.created_at, str(r.id)),
                location=_canon_id(r.origin_location_id),
                starts_at=r.starts_at,
                status=r.status,
            )
            for r in result
        ]

    def _desk_cands(self, desk_days: set[tuple[str, str]]) -> list[_Cand]:
        desks = sorted({desk for desk, _ in desk_days})
        days = sorted({date.fromisoformat(day) for _, day in desk_days})
        result = self.conn.execute(
            text(
                "SELECT id, desk_id, day, slot, status, created_at, confirmed_at, "
                "origin_location_id FROM desk_booking WHERE desk_id = ANY(" + _UUID + ") "
                "AND day = ANY(CAST(:days AS date[])) AND deleted_at IS NULL "
                "AND status <> 'cancelled'"
            ),
            {"ids": desks, "days": days},
        )
        cands = []
        for r in result:
            if (str(r.desk_id), r.day.isoformat()) not in desk_days:
                continue
            begin, end = DESK_SLOT_HOURS[DeskSlot(r.slot)]
            cands.append(
                _Cand(
                    id=str(r.id),
                    group=(str(r.desk_id), r.day),
                    start=begin,
                    end=end,
                    held=r.status == "confirmed",
                    order=(r.confirmed_at or r.created_at, r.created_at, str(r.id))
                    if r.status == "confirmed"
                    else (r.created_at, str(r.id)),
                    location=_canon_id(r.origin_location_id),
                    starts_at=datetime.combine(r.day, begin, tzinfo=BERLIN),
                    status=r.status,
                )
            )
        return cands

    def _bookings(self, table: str, cands: list[_Cand], touched_rows: set[str]) -> None:
        accepted, losers = _greedy(cands)
        current = {c.id: c.held for c in cands}
        status = {c.id: c.status for c in cands}
        demote = [
            {"id": c_id, "status": "conflict", "confirmed_at": None}
            for c_id in losers
            if status[c_id] != "conflict"
        ]
        promote = [
            {"id": c_id, "status": "confirmed", "confirmed_at": self.now_iso}
            for c_id in accepted
            if not current[c_id]
        ]
        update_rows(self.conn, table, sorted(demote, key=lambda r: r["id"]))
        update_rows(self.conn, table, sorted(promote, key=lambda r: r["id"]))
        kind = "room_double" if table == "room_booking" else "desk_double"
        resource = (lambda c: c.group) if table == "room_booking" else (lambda c: c.group[0])
        self._reconcile(kind, table, {c.id for c in cands} | touched_rows, losers, resource)

    # --- items -----------------------------------------------------------------------
    def _items(self, touched: Touched) -> None:
        result = self.conn.execute(
            text(
                "SELECT l.id, l.item_id, l.loan_id, l.returned_at, l.created_at AS line_created, "
                "lo.start_date, lo.due_date, lo.checked_out_at, lo.created_at, "
                "lo.origin_location_id, (c.line_id IS NOT NULL) AS held "
                "FROM loan_line l JOIN loan lo ON lo.id = l.loan_id "
                "LEFT JOIN sync_item_claim c ON c.line_id = l.id "
                "WHERE l.item_id = ANY(" + _UUID + ") AND l.deleted_at IS NULL "
                "AND lo.deleted_at IS NULL AND lo.state IN ('reserved', 'out')"
            ),
            {"ids": sorted(touched.items)},
        )
        cands = []
        loans = set(touched.loans)
        for r in result:
            start, end = _period(r.start_date, r.due_date, r.checked_out_at, r.returned_at)
            loans.add(str(r.loan_id))
            cands.append(
                _Cand(
                    id=str(r.id),
                    group=str(r.item_id),
                    start=start,
                    end=end,
                    held=bool(r.held),
                    order=(r.created_at, r.line_created, str(r.id)),
                    location=_canon_id(r.origin_location_id),
                    starts_at=start,
                )
            )
        accepted, losers = _greedy(cands)
        self.conn.execute(
            sync_item_claim.delete().where(sync_item_claim.c.item_id.in_(sorted(touched.items)))
        )
        if accepted:
            self.conn.execute(
                sync_item_claim.insert(),
                [
                    {"line_id": c.id, "item_id": c.group, "period": Range(c.start, c.end)}
                    for c in sorted(accepted.values(), key=lambda c: c.id)
                ],
            )
        self._reconcile(
            "item_double",
            "loan_line",
            {c.id for c in cands} | touched.rows,
            losers,
            lambda c: c.group,
        )
        self._confirm_loans(loans)

    def _confirm_loans(self, loans: set[str]) -> None:
        result = self.conn.execute(
            text(
                "SELECT lo.id, lo.state, lo.deleted_at, lo.confirmed_at, lo.start_date, "
                "lo.due_date, lo.checked_out_at, l.id AS line_id, l.returned_at, "
                "(c.line_id IS NOT NULL) AS held FROM loan lo "
                "LEFT JOIN loan_line l ON l.loan_id = lo.id AND l.deleted_at IS NULL "
                "LEFT JOIN sync_item_claim c ON c.line_id = l.id "
                "WHERE lo.id = ANY(" + _UUID + ")"
            ),
            {"ids": sorted(loans)},
        )
        state: dict[str, list[Any]] = {}
        for r in result:
            entry = state.setdefault(str(r.id), [r, True])
            if r.line_id is None or r.held:
                continue
            start, end = _period(r.start_date, r.due_date, r.checked_out_at, r.returned_at)
            if end > start:
                entry[1] = False
        updates: list[dict[str, Any]] = []
        for loan_id, (r, all_held) in sorted(state.items()):
            if r.deleted_at is not None or r.state not in ("reserved", "out"):
                continue
            if all_held and r.confirmed_at is None:
                updates.append({"id": loan_id, "confirmed_at": self.now_iso})
            elif not all_held and r.confirmed_at is not None:
                updates.append({"id": loan_id, "confirmed_at": None})
        update_rows(self.conn, "loan", updates)

    # --- the conflicts inbox ---------------------------------------------------------
    def _reconcile(
        self,
        kind: str,
        table: str,
        row_ids: set[str],
        losers: dict[str, _Loser],
        resource: Any,
    ) -> None:
        existing = self.conn.execute(
            text(
                "SELECT id, row_a_id, row_b_id, status FROM sync_conflict WHERE kind = :kind "
                "AND deleted_at IS NULL AND status IN ('open', 'overridden') "
                "AND row_b_id = ANY(" + _UUID + ") ORDER BY created_at, id"
            ),
            {"kind": kind, "ids": sorted(row_ids | set(losers))},
        ).all()
        open_by_row: dict[str, list[Any]] = defaultdict(list)
        overridden: set[tuple[str, str]] = set()
        for r in existing:
            if r.status == "open":
                open_by_row[str(r.row_b_id)].append(r)
            else:
                overridden.add((str(r.row_b_id), str(r.row_a_id)))
        clears: list[dict[str, Any]] = []
        moves: list[dict[str, Any]] = []
        inserts: list[dict[str, Any]] = []
        for row_b, conflicts in open_by_row.items():
            keep = conflicts[0] if row_b in losers else None
            clears.extend(
                {
                    "id": str(c.id),
                    "status": "cleared",
                    "resolved_at": self.now_iso,
                    "updated_at": self.now_iso,
                }
                for c in conflicts
                if c is not keep
            )
            if keep is not None and str(keep.row_a_id) != losers[row_b].blocker.id:
                blocker = losers[row_b].blocker
                moves.append(
                    {
                        "id": str(keep.id),
                        "row_a_id": blocker.id,
                        "location_a_id": blocker.location,
                        "updated_at": self.now_iso,
                    }
                )
        for row_b, loser in sorted(losers.items()):
            if open_by_row.get(row_b) or (row_b, loser.blocker.id) in overridden:
                continue
            inserts.append(
                conflict_row(
                    self.now_iso,
                    self.clock,
                    kind=kind,
                    table_name=table,
                    row_a_id=loser.blocker.id,
                    row_b_id=row_b,
                    resource_id=resource(loser.cand),
                    location_a_id=loser.blocker.location,
                    location_b_id=loser.cand.location,
                    starts_at=_iso(loser.cand.starts_at),
                    detail="doppelt belegt",
                )
            )
        update_rows(self.conn, "sync_conflict", clears)
        update_rows(self.conn, "sync_conflict", moves)
        insert_rows(self.conn, "sync_conflict", inserts)


def _period(
    start_date: date, due_date: date, checked_out_at: datetime | None, returned_at: datetime | None
) -> tuple[datetime, datetime]:
    """When a loan line needs its item: from the check-out (or the start day) until the
    check-in (or the end of the due day), Europe/Berlin days."""
    start = checked_out_at or _berlin_midnight(start_date)
    end = returned_at or _berlin_midnight(due_date + timedelta(days=1))
    return start, end
