"""The vocabulary both ends of sync speak: operations pushed, replies, changes pulled.

Values inside ``Op.values`` and ``Change.row`` are *canonical JSON* (see ``codec``): the
same text for the same value on SQLite and PostgreSQL, so hashes and comparisons agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

OpKind = Literal["insert", "update"]


@dataclass(frozen=True)
class Op:
    """One captured change of one row, as the replica's outbox recorded it."""

    op_id: str  # uuid hex, unique for ever; the server's idempotency key
    tx_id: str  # the local transaction; ops of one tx are pushed and applied together
    node: str  # the replica's HLC node name
    table: str
    row_id: str  # canonical uuid text
    kind: OpKind
    values: dict[str, Any]  # canonical values; insert: every column, update: changed ones
    hlc: str  # encoded HLC of the change (core.hlc.Timestamp.encode)
    base_hlc: str | None = None  # the row's row_hlc before an update (concurrency check)
    local_seq: int = 0  # position in the outbox (commit order on the replica)


class OpResult(StrEnum):
    APPLIED = "applied"  # at least one field was written
    SUPERSEDED = "superseded"  # every field already held a newer write (LWW lost)
    REFUSED = "refused"  # a data problem (constraint, missing parent); recorded as a conflict
    QUARANTINED = "quarantined"  # the server could not process it at all; kept for an admin


@dataclass(frozen=True)
class OpReply:
    op_id: str
    result: OpResult
    detail: str | None = None


@dataclass(frozen=True)
class PushReply:
    replies: list[OpReply]
    server_time_ms: int  # the server's wall clock, for the wrong-clock warning
    clamped: bool = False  # some op's HLC ran ahead of the server clock and was clamped


@dataclass(frozen=True)
class Change:
    """One entry of the server's change log: the whole row after a committed change."""

    seq: int  # gap-free, in commit order
    table: str
    row_id: str
    row: dict[str, Any] = field(default_factory=dict)  # canonical values of every column


class SchemaSkewError(Exception):
    """The server's schema revision differs from this program's; push pauses, the queue stays."""

    def __init__(self, client_revision: str, server_revision: str | None):
        super().__init__(f"client schema {client_revision}, server schema {server_revision}")
        self.client_revision = client_revision
        self.server_revision = server_revision
