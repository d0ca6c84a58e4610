"""What one pushed op does to the server's rows: validation, per-field LWW, edit conflicts.

Planning is pure Python over the rows and field clocks loaded once per push; the caller
executes the planned writes (in bulk, or one by one in savepoints after an error) and only
then commits the plan into ``PushState``.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Enum

from hor_desktop.core.hlc import Timestamp
from hor_desktop.store.base import SYNCED_TABLES
from hor_desktop.sync import codec
from hor_desktop.sync.ops import Op, OpResult
from hor_desktop.sync.server_bulk import ServerClock, conflict_row

# Fields whose concurrent edit by two locations is shown for review, not silently merged.
IMPORTANT_FIELDS: dict[str, frozenset[str]] = {
    "organisation": frozenset({"name", "status", "blocked_reason"}),
    "equipment_item": frozenset({"status"}),
    "loan": frozenset({"due_date"}),
    "room_booking": frozenset({"starts_at", "ends_at", "room_id"}),
    "desk_booking": frozenset({"day", "slot", "desk_id"}),
}
# Written only by the server's decisions; a replica's value is ignored.
SERVER_OWNED: dict[str, frozenset[str]] = {
    "room_booking": frozenset({"confirmed_at"}),
    "desk_booking": frozenset({"confirmed_at"}),
    "loan": frozenset({"confirmed_at"}),
}
BOOKING_PLACE: dict[str, tuple[str, ...]] = {
    "room_booking": ("room_id", "starts_at", "ends_at"),
    "desk_booking": ("desk_id", "day", "slot"),
}
ACTIVE_BOOKING = frozenset({"tentative", "confirmed", "conflict"})
_CLOCKLESS = frozenset({"id", "row_hlc"})


class Quarantine(Exception):  # noqa: N818 (an outcome, not a bug)
    """The op cannot be understood at all; it is parked for an admin."""


Key = tuple[str, str]


@dataclass
class PushState:
    """The server's rows and field clocks as this push sees them."""

    rows: dict[Key, dict[str, Any]] = field(default_factory=dict)
    clocks: dict[Key, dict[str, str]] = field(default_factory=dict)
    dirty_clocks: set[Key] = field(default_factory=set)
    # Rows known to exist (loaded, referenced and found, or inserted by this push), so a
    # missing parent is refused before it costs a failed bulk statement.
    exists: set[Key] = field(default_factory=set)

    def copy(self) -> PushState:
        return PushState(
            dict(self.rows), dict(self.clocks), set(self.dirty_clocks), set(self.exists)
        )


@dataclass
class Planned:
    op: Op
    result: OpResult
    detail: str | None = None
    action: str | None = None  # insert | update | None (nothing to write)
    write: dict[str, Any] = field(default_factory=dict)  # canonical values incl. id
    old_row: dict[str, Any] | None = None
    new_row: dict[str, Any] | None = None
    new_clocks: dict[str, str] | None = None
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def commit(self, state: PushState) -> None:
        """Record a successful write in the push's view of the server."""
        key = (self.op.table, self.op.row_id)
        if self.new_row is not None:
            state.rows[key] = self.new_row
            state.exists.add(key)
        if self.new_clocks is not None:
            state.clocks[key] = self.new_clocks
            state.dirty_clocks.add(key)


@cache
def foreign_keys(table: str) -> dict[str, str]:
    """``{column: referenced table}`` (every foreign key here points at an ``id``)."""
    return {fk.parent.name: fk.column.table.name for fk in codec.table_of(table).foreign_keys}


def missing_parent(table: str, write: dict[str, Any], state: PushState) -> str | None:
    for column, target in foreign_keys(table).items():
        value = write.get(column)
        if value is not None and (target, value) not in state.exists:
            return f"Bezugszeile fehlt: {target} {value} ({column})"
    return None


@cache
def _enum_values(table: str) -> dict[str, frozenset[str]]:
    return {
        column.name: frozenset(column.type.enums)
        for column in codec.table_of(table).columns
        if isinstance(column.type, Enum)
    }


def validate(op: Op) -> dict[str, Any]:
    """The op's values, canonical. Raises: Quarantine when the op cannot be understood."""
    for name in ("op_id", "tx_id", "node"):
        value = getattr(op, name)
        if not isinstance(value, str) or not value or "\x00" in value or len(value) > 64:
            raise Quarantine(f"ungültige Angabe {name}")
    if not isinstance(op.values, dict):
        raise Quarantine("Werte fehlen")
    if op.table not in SYNCED_TABLES:
        raise Quarantine(f"unbekannte Tabelle {op.table!r}")
    if op.kind not in ("insert", "update"):
        raise Quarantine(f"unbekannte Art {op.kind!r}")
    try:
        row_id = str(uuid.UUID(op.row_id))
        Timestamp.decode(op.hlc)
    except (ValueError, TypeError, AttributeError) as error:
        raise Quarantine(f"ungültige Zeilen-ID oder HLC: {error}") from error
    if row_id != op.row_id:
        raise Quarantine(f"Zeilen-ID nicht kanonisch: {op.row_id!r}")
    kinds = codec.column_kinds(op.table)
    unknown = sorted(set(op.values) - set(kinds))
    if unknown:
        raise Quarantine(f"unbekannte Spalten {unknown}")
    try:
        values = codec.canonical_row(op.table, op.values)
    except (ValueError, TypeError, AttributeError, KeyError) as error:
        raise Quarantine(f"Wert nicht lesbar: {error}") from error
    for name, allowed in _enum_values(op.table).items():
        if values.get(name) is not None and values[name] not in allowed:
            raise Quarantine(f"unbekannter Wert {values[name]!r} für {name}")
    if values.get("id", row_id) != row_id:
        raise Quarantine("id in den Werten passt nicht zur Zeilen-ID")
    _check_storable(values)
    return values


def _check_storable(values: dict[str, Any]) -> None:
    """PostgreSQL's jsonb and text refuse NaN, NUL characters and lone surrogates."""
    try:
        encoded = json.dumps(values, allow_nan=False, ensure_ascii=False)
        encoded.encode("utf-8")
    except (ValueError, TypeError) as error:  # UnicodeEncodeError is a ValueError
        raise Quarantine(f"Wert nicht speicherbar: {error}") from error
    if "\\u0000" in encoded:
        raise Quarantine("Wert enthält ein Nullzeichen")


def _normalise_booking(
    table: str, old: dict[str, Any] | None, wins: dict[str, Any], merged: dict[str, Any]
) -> None:
    """Status is server-owned except for cancelling; a moved confirmed booking re-queues."""
    if "status" in wins and wins["status"] in ACTIVE_BOOKING:
        kept = old["status"] if old is not None and old["status"] in ACTIVE_BOOKING else None
        wins["status"] = kept or "tentative"
        merged["status"] = wins["status"]
    if merged.get("status") != "confirmed" or merged.get("deleted_at") is not None:
        return
    place = BOOKING_PLACE[table]
    held = (
        old is not None
        and old["status"] == "confirmed"
        and old["deleted_at"] is None
        and all(old[c] == merged[c] for c in place)
    )
    if not held:
        wins["status"] = merged["status"] = "tentative"
        wins["confirmed_at"] = merged["confirmed_at"] = None


def plan_op(
    op: Op,
    values: dict[str, Any],
    hlc: str,
    state: PushState,
    *,
    location_id: str | None,
    now_iso: str,
    clock: ServerClock,
) -> Planned:
    """Decide what ``op`` (with validated ``values`` and effective ``hlc``) writes."""
    key = (op.table, op.row_id)
    old = state.rows.get(key)
    owned = SERVER_OWNED.get(op.table, frozenset())
    if old is None:
        if op.kind == "update":
            return Planned(op, OpResult.REFUSED, "Zeile existiert auf dem Server nicht")
        row = dict.fromkeys(codec.column_names(op.table))
        row.update(values)
        row.update({c: None for c in owned}, id=op.row_id, row_hlc=hlc)
        wins = dict(row)
        if op.table in BOOKING_PLACE:
            _normalise_booking(op.table, None, wins, row)
        missing = missing_parent(op.table, wins, state)
        if missing:
            return Planned(op, OpResult.REFUSED, missing)
        return Planned(
            op, OpResult.APPLIED, action="insert", write=wins, new_row=row, new_clocks=None
        )

    clocks = state.clocks.get(key, {})
    wins = {}
    lost = []
    for name, value in values.items():
        if name in _CLOCKLESS or name in owned:
            continue
        if hlc > clocks.get(name, old["row_hlc"]):
            wins[name] = value
        else:
            lost.append(name)
    conflicts = _field_conflicts(
        op,
        values=values,
        wins=wins,
        old=old,
        clocks=clocks,
        location_id=location_id,
        now_iso=now_iso,
        clock=clock,
    )
    if not wins:
        return Planned(op, OpResult.SUPERSEDED, old_row=old, conflicts=conflicts)
    merged = {**old, **wins}
    if op.table in BOOKING_PLACE:
        _normalise_booking(op.table, old, wins, merged)
    new_clocks = {name: clocks.get(name, old["row_hlc"]) for name in old if name not in _CLOCKLESS}
    new_clocks.update(dict.fromkeys(wins, hlc))
    for name in owned:
        new_clocks.pop(name, None)
    merged["row_hlc"] = wins["row_hlc"] = max(old["row_hlc"], hlc)
    wins["id"] = op.row_id
    missing = missing_parent(op.table, wins, state)
    if missing:
        return Planned(op, OpResult.REFUSED, missing)
    detail = f"älter als der Serverstand: {', '.join(sorted(lost))}" if lost else None
    return Planned(
        op,
        OpResult.APPLIED,
        detail,
        action="update",
        write=wins,
        old_row=old,
        new_row=merged,
        new_clocks=new_clocks,
        conflicts=conflicts,
    )


def _field_conflicts(
    op: Op,
    *,
    values: dict[str, Any],
    wins: dict[str, Any],
    old: dict[str, Any],
    clocks: dict[str, str],
    location_id: str | None,
    now_iso: str,
    clock: ServerClock,
) -> list[dict[str, Any]]:
    """Concurrent edits of important fields by two nodes, for review (the LWW result stands)."""
    if op.base_hlc is None:
        return []
    found = []
    for name in sorted(IMPORTANT_FIELDS.get(op.table, frozenset()) & set(values)):
        server_clock = clocks.get(name, old["row_hlc"])
        if server_clock <= op.base_hlc or values[name] == old[name]:
            continue
        if Timestamp.decode(server_clock).node == op.node:
            continue
        op_won = name in wins
        ours, theirs = {name: values[name]}, {name: old[name]}
        found.append(
            conflict_row(
                now_iso,
                clock,
                kind="field_edit",
                table_name=op.table,
                row_a_id=op.row_id,
                row_b_id=op.row_id,
                location_a_id=location_id if op_won else old.get("origin_location_id"),
                location_b_id=old.get("origin_location_id") if op_won else location_id,
                field_name=name,
                value_a=ours if op_won else theirs,
                value_b=theirs if op_won else ours,
                starts_at=old.get("starts_at"),
                detail=f"gleichzeitig an zwei Standorten geändert: {name}",
            )
        )
    return found
