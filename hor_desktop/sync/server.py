"""The shared server's side of sync: apply pushed ops exactly once (the public API).

Every function takes a SQLAlchemy ``Connection`` on the shared PostgreSQL (psycopg 3);
``apply_push`` runs inside the caller's transaction, which the caller commits. The read
side (``server_info``, ``read_changes``, ``snapshot``, ``read_table``, ``server_hash``)
lives in ``server_read`` and is re-exported here.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError, OperationalError

from hor_desktop.core.hlc import Timestamp
from hor_desktop.sync import codec
from hor_desktop.sync.decisions import Decider, Touched
from hor_desktop.sync.ops import Op, OpReply, OpResult, PushReply, SchemaSkewError
from hor_desktop.sync.server_bulk import (
    ServerClock,
    conflict_row,
    insert_rows,
    load_rows,
    quote,
    update_rows,
)
from hor_desktop.sync.server_plan import (
    Planned,
    PushState,
    Quarantine,
    foreign_keys,
    plan_op,
    validate,
)
from hor_desktop.sync.server_read import (
    INFO_SQL,
    ServerInfo,
    read_changes,
    read_rows,
    read_table,
    server_hash,
    server_info,
    snapshot,
)
from hor_desktop.sync.server_schema import PUSH_LOCK, install_shared

__all__ = [
    "ServerInfo",
    "apply_push",
    "install_shared",
    "read_changes",
    "read_rows",
    "read_table",
    "server_hash",
    "server_info",
    "snapshot",
]

MAX_AHEAD_MS = 5 * 60 * 1000  # an HLC further ahead of the server clock is clamped


def apply_push(
    conn: Connection,
    *,
    node: str,
    location_id: str | uuid.UUID | None,
    schema_revision: str,
    ops: list[Op],
) -> PushReply:
    """Apply a batch of ops exactly once, in order, in the caller's transaction.

    Raises: SchemaSkewError (nothing written) when the schema revisions differ.
    """
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUSH_LOCK})
    info = conn.execute(INFO_SQL).one()
    if info.revision != schema_revision:
        raise SchemaSkewError(schema_revision, info.revision)
    conn.execute(text("SELECT set_config('hor.node', :node, true)"), {"node": node})
    push = _Push(conn, node, None if location_id is None else str(location_id), info)
    replies = push.run(ops)
    return PushReply(replies, server_time_ms=int(info.ms), clamped=push.clamped)


class _Push:
    def __init__(self, conn: Connection, node: str, location_id: str | None, info: Any):
        self.conn = conn
        self.node = node
        self.location_id = location_id
        self.server_ms = int(info.ms)
        self.now: datetime = info.now
        self.now_iso: str = codec.to_canonical("datetime", info.now)
        self.clock = ServerClock(self.server_ms)
        self.clamped = False
        self._clamp_counter = 0
        self.conflicts: list[dict[str, Any]] = []
        self.quarantine: list[dict[str, Any]] = []
        self.quarantined_tx: dict[str, str] = {}

    def run(self, ops: list[Op]) -> list[OpReply]:
        done = self._already_applied(
            [op.op_id for op in ops if isinstance(op.op_id, str) and "\x00" not in op.op_id]
        )
        fresh: list[tuple[Op, dict[str, Any], str]] = []
        results: dict[str, OpReply] = dict(done)
        for op in ops:
            if op.op_id in results:
                continue
            try:
                values = validate(op)
            except Quarantine as error:
                results[op.op_id] = self._quarantined(op, str(error))
                continue
            except Exception as error:  # any malformed op is parked, never fatal to the batch
                results[op.op_id] = self._quarantined(op, f"nicht lesbar: {error!r}")
                continue
            results[op.op_id] = OpReply(op.op_id, OpResult.APPLIED)  # placeholder, see below
            fresh.append((op, values, self._effective_hlc(op.hlc)))
        state = self._load_state(fresh)
        planned = self._with_refusals(self._apply(fresh, state))
        touched = Touched()
        for plan in planned:
            results[plan.op.op_id] = OpReply(plan.op.op_id, plan.result, plan.detail)
            if plan.result is OpResult.APPLIED:
                touched.add(plan.op.table, plan.old_row, plan.new_row)
            self.conflicts.extend(plan.conflicts)
        self._write_bookkeeping(planned, state, results, done)
        if touched:
            Decider(self.conn, now=self.now, clock=self.clock).run(touched)
        return [results[op.op_id] for op in ops]

    def _already_applied(self, op_ids: list[str]) -> dict[str, OpReply]:
        rows = self.conn.execute(
            text(
                "SELECT op_id, result, detail FROM sync_applied_op "
                "WHERE op_id = ANY(CAST(:ids AS text[]))"
            ),
            {"ids": op_ids},
        )
        return {r.op_id: OpReply(r.op_id, OpResult(r.result), r.detail) for r in rows}

    def _effective_hlc(self, hlc: str) -> str:
        stamp = Timestamp.decode(hlc)
        if stamp.physical_ms <= self.server_ms + MAX_AHEAD_MS:
            return hlc
        self.clamped = True
        self._clamp_counter += 1
        return Timestamp(self.server_ms, self._clamp_counter, stamp.node).encode()

    def _load_state(self, fresh: list[tuple[Op, dict[str, Any], str]]) -> PushState:
        state = PushState()
        by_table: dict[str, set[str]] = {}
        for op, _, _ in fresh:
            by_table.setdefault(op.table, set()).add(op.row_id)
        for table, ids in by_table.items():
            for row_id, row in load_rows(self.conn, table, ids).items():
                state.rows[(table, row_id)] = row
        state.exists.update(state.rows)
        referenced: dict[str, set[str]] = {}
        for op, values, _ in fresh:
            for column, target in foreign_keys(op.table).items():
                value = values.get(column)
                if value is not None and (target, value) not in state.exists:
                    referenced.setdefault(target, set()).add(value)
        for target, ids in referenced.items():
            found = self.conn.execute(
                text(f"SELECT id FROM {quote(target)} WHERE id = ANY(CAST(:ids AS uuid[]))"),
                {"ids": sorted(ids)},
            )
            state.exists.update((target, str(row_id)) for (row_id,) in found)
        all_ids = sorted({row_id for ids in by_table.values() for row_id in ids})
        if all_ids:
            result = self.conn.execute(
                text(
                    "SELECT table_name, row_id, clocks FROM sync_field_clock "
                    "WHERE row_id = ANY(CAST(:ids AS uuid[]))"
                ),
                {"ids": all_ids},
            )
            for table, row_id, clocks in result:
                if str(row_id) in by_table.get(table, ()):
                    state.clocks[(table, str(row_id))] = clocks
        return state

    def _plan(self, op: Op, values: dict[str, Any], hlc: str, state: PushState) -> Planned:
        return plan_op(
            op,
            values,
            hlc,
            state,
            location_id=self.location_id,
            now_iso=self.now_iso,
            clock=self.clock,
        )

    def _apply(
        self, fresh: list[tuple[Op, dict[str, Any], str]], state: PushState
    ) -> list[Planned]:
        """Plan the ops and write them in bulk in one savepoint; after a database error,
        halve and retry, so only the op at fault is refused and the rest still apply."""
        trial = state.copy()
        planned = []
        for op, values, hlc in fresh:
            plan = self._plan(op, values, hlc, trial)
            plan.commit(trial)
            planned.append(plan)
        if any(plan.action is not None for plan in planned):
            savepoint = self.conn.begin_nested()
            try:
                _write_in_groups(self.conn, planned)
            except DBAPIError as error:
                savepoint.rollback()
                if isinstance(error, OperationalError):
                    raise
                if len(fresh) == 1:
                    detail = str(getattr(error, "orig", error)).splitlines()[0]
                    return [Planned(fresh[0][0], OpResult.REFUSED, detail)]
                middle = len(fresh) // 2
                return self._apply(fresh[:middle], state) + self._apply(fresh[middle:], state)
            savepoint.commit()
        state.rows, state.clocks, state.dirty_clocks = trial.rows, trial.clocks, trial.dirty_clocks
        state.exists = trial.exists
        return planned

    def _with_refusals(self, planned: list[Planned]) -> list[Planned]:
        for plan in planned:
            if plan.result is OpResult.REFUSED:
                op = plan.op
                self.conflicts.append(
                    conflict_row(
                        self.now_iso,
                        self.clock,
                        kind="refused",
                        table_name=op.table[:40],
                        row_b_id=op.row_id,
                        location_b_id=self.location_id,
                        value_b=codec.canonical_row(op.table, op.values),
                        detail=plan.detail,
                    )
                )
        return planned

    def _quarantined(self, op: Op, error: str) -> OpReply:
        self.quarantine.append(
            {
                "op_id": _text(op.op_id),
                "node": _text(op.node),
                "payload": _safe_json(op),
                "error": _text(error),
            }
        )
        self.quarantined_tx[op.op_id] = _text(op.tx_id)
        row_b: str | None
        try:
            row_b = str(uuid.UUID(str(op.row_id)))
        except ValueError:
            row_b = None
        self.conflicts.append(
            conflict_row(
                self.now_iso,
                self.clock,
                kind="quarantined",
                table_name=_text(op.table)[:40],
                row_b_id=row_b,
                location_b_id=self.location_id,
                detail=_text(error),
            )
        )
        return OpReply(op.op_id, OpResult.QUARANTINED, _text(error))

    def _write_bookkeeping(
        self,
        planned: list[Planned],
        state: PushState,
        results: dict[str, OpReply],
        done: dict[str, OpReply],
    ) -> None:
        clocks = [
            {"table_name": table, "row_id": row_id, "clocks": state.clocks[(table, row_id)]}
            for table, row_id in sorted(state.dirty_clocks)
        ]
        _execute_json(
            self.conn,
            "INSERT INTO sync_field_clock (table_name, row_id, clocks) "
            "SELECT table_name, row_id, clocks FROM jsonb_to_recordset(CAST(:rows AS jsonb)) "
            "AS x(table_name text, row_id uuid, clocks jsonb) "
            "ON CONFLICT (table_name, row_id) DO UPDATE SET clocks = EXCLUDED.clocks",
            clocks,
        )
        _execute_json(
            self.conn,
            "INSERT INTO sync_quarantine (op_id, node, payload, error) "
            "SELECT op_id, node, CAST(payload AS jsonb), error "
            "FROM jsonb_to_recordset(CAST(:rows AS jsonb)) "
            "AS x(op_id text, node text, payload text, error text) ON CONFLICT DO NOTHING",
            self.quarantine,
        )
        tx_ids = {plan.op.op_id: plan.op.tx_id for plan in planned}
        tx_ids.update(self.quarantined_tx)
        applied = [
            {
                "op_id": _text(op_id),
                "node": _text(self.node),
                "tx_id": tx_id,
                "result": results[op_id].result.value,
                "detail": results[op_id].detail,
            }
            for op_id, tx_id in tx_ids.items()
            if op_id not in done
        ]
        _execute_json(
            self.conn,
            "INSERT INTO sync_applied_op (op_id, node, tx_id, result, detail) "
            "SELECT op_id, node, tx_id, result, detail "
            "FROM jsonb_to_recordset(CAST(:rows AS jsonb)) "
            "AS x(op_id text, node text, tx_id text, result text, detail text) "
            "ON CONFLICT DO NOTHING",
            applied,
        )
        insert_rows(self.conn, "sync_conflict", self.conflicts)


def _text(value: object) -> str:
    """Text PostgreSQL can store (no NUL), for whatever a broken op carried."""
    return str(value).replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")


def _safe_json(op: Op) -> str:
    try:
        payload = json.dumps(
            dataclasses.asdict(op), default=repr, allow_nan=False, ensure_ascii=False
        )
    except (ValueError, TypeError, RecursionError):
        payload = json.dumps({"repr": repr(op)})
    return _text(payload.replace("\\u0000", "\\ufffd"))


def _execute_json(conn: Connection, sql: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(text(sql), {"rows": json.dumps(rows, default=str)})


def _write_in_groups(conn: Connection, planned: list[Planned]) -> None:
    """Consecutive writes of one kind, table and column set become one statement."""
    group: list[dict[str, Any]] = []
    group_key: tuple[Any, ...] | None = None
    ids: set[str] = set()

    def flush() -> None:
        if group and group_key is not None:
            (insert_rows if group_key[0] == "insert" else update_rows)(conn, group_key[1], group)

    for plan in planned:
        if plan.action is None:
            continue
        row = plan.write if plan.action == "insert" else dict(sorted(plan.write.items()))
        key = (plan.action, plan.op.table, tuple(row))
        if key != group_key or row["id"] in ids:
            flush()
            group, group_key, ids = [], key, set()
        group.append(row)
        ids.add(row["id"])
    flush()
