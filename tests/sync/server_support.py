"""Helpers for the server-side sync tests: a fresh shared database and hand-built ops."""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text

from hor_desktop.core.hlc import Timestamp
from hor_desktop.core.ids import new_id
from hor_desktop.store.migrate import HEAD_REVISION
from hor_desktop.sync import codec
from hor_desktop.sync.ops import Op, PushReply
from hor_desktop.sync.server import apply_push
from hor_desktop.sync.server_schema import install_shared
from tests.conftest import pg_url_or_skip

REVISION = HEAD_REVISION

_DEFAULTS: dict[str, dict[str, Any]] = {
    "location": {
        "code": "EHR",
        "name": "Ehrenfeld",
        "association": "Verein",
        "opening_hours": {},
    },
    "organisation": {
        "name": "Kulturverein",
        "name_key": "kulturverein",
        "document_language": "de",
        "status": "active",
    },
    "contact": {"name": "Ada", "name_key": "ada", "is_responsible": True, "may_sign": True},
    "room": {
        "name": "Saal",
        "capacity": 40,
        "features": [],
        "accessible": True,
        "bookable_from": "08:00:00",
        "bookable_until": "22:00:00",
        "buffer_minutes": 0,
    },
    "desk": {"label": "T1", "features": [], "active": True},
    "equipment_category": {
        "name": "Beamer",
        "default_loan_days": 7,
        "deposit_cents": 0,
        "checklist": [],
    },
    "equipment_item": {
        "inventory_no": "B-001",
        "name": "Beamer 1",
        "name_key": "beamer 1",
        "status": "available",
    },
    "loan": {"deposit_cents": 0, "state": "reserved"},
    "loan_line": {},
    "room_booking": {"title": "Treffen", "status": "tentative"},
    "desk_booking": {"person_name": "Bob", "status": "tentative"},
}


def shared_engine() -> Iterator[Engine]:
    """A freshly installed shared database for a whole test module (HOR_TEST_PG_URL)."""
    engine = fresh_shared(pg_url_or_skip())
    yield engine
    engine.dispose()


def fresh_shared(url: str) -> Engine:
    """An empty public schema in the test database, then ``install_shared``."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    install_shared(engine)
    return engine


def iso(moment: datetime) -> str:
    return str(codec.to_canonical("datetime", moment))


@dataclass
class Node:
    """A pretend replica: makes ops with its own monotonically rising HLC."""

    name: str
    location_id: str | None = None
    physical_ms: int = field(default_factory=lambda: int(time.time() * 1000))
    counter: itertools.count[int] = field(default_factory=itertools.count)
    hlcs: dict[str, str] = field(default_factory=dict)  # row id -> last HLC we wrote

    def tick(self) -> str:
        return Timestamp(self.physical_ms, next(self.counter), self.name).encode()

    def insert(self, table: str, **values: Any) -> Op:
        row_id = str(values.pop("id", None) or new_id())
        hlc = self.tick()
        now = iso(datetime.now(UTC))
        row: dict[str, Any] = dict.fromkeys(codec.column_names(table))
        row.update(_DEFAULTS.get(table, {}))
        row.update(
            id=row_id,
            created_at=now,
            updated_at=now,
            origin_location_id=self.location_id,
            row_hlc=hlc,
        )
        row.update({k: _canon(table, k, v) for k, v in values.items()})
        self.hlcs[row_id] = hlc
        return self._op(table, row_id, "insert", row, hlc=hlc, base=None)

    def update(self, table: str, row_id: str, *, base: str | None = "own", **values: Any) -> Op:
        hlc = self.tick()
        base_hlc = self.hlcs.get(row_id) if base == "own" else base
        changed = {k: _canon(table, k, v) for k, v in values.items()}
        changed["row_hlc"] = hlc
        self.hlcs[row_id] = hlc
        return self._op(table, row_id, "update", changed, hlc=hlc, base=base_hlc)

    def _op(self, table: str, row_id: str, kind: Any, values: dict[str, Any], **hlcs: Any) -> Op:
        return Op(
            op_id=uuid.uuid4().hex,
            tx_id=uuid.uuid4().hex,
            node=self.name,
            table=table,
            row_id=row_id,
            kind=kind,
            values=values,
            hlc=hlcs["hlc"],
            base_hlc=hlcs["base"],
        )


def _canon(table: str, column: str, value: Any) -> Any:
    if isinstance(value, (datetime, date, uuid.UUID)):
        return codec.to_canonical(codec.column_kinds(table)[column], value)
    return value


def push(engine: Engine, node: Node, ops: list[Op]) -> PushReply:
    with engine.begin() as conn:
        return apply_push(
            conn, node=node.name, location_id=node.location_id, schema_revision=REVISION, ops=ops
        )


@dataclass
class World:
    """Master data every domain test needs, pushed by node ``seed``."""

    location: str
    organisation: str
    contact: str
    room: str
    desk: str
    item: str


def seed_world(engine: Engine) -> World:
    seed = Node("seed")
    loc = seed.insert("location")
    org = seed.insert("organisation")
    contact = seed.insert("contact", organisation_id=org.row_id)
    room = seed.insert("room", location_id=loc.row_id)
    desk = seed.insert("desk", location_id=loc.row_id)
    category = seed.insert("equipment_category")
    item = seed.insert(
        "equipment_item",
        category_id=category.row_id,
        home_location_id=loc.row_id,
        current_location_id=loc.row_id,
    )
    reply = push(engine, seed, [loc, org, contact, room, desk, category, item])
    assert {r.result.value for r in reply.replies} == {"applied"}
    return World(loc.row_id, org.row_id, contact.row_id, room.row_id, desk.row_id, item.row_id)


def scalar(conn: Connection, sql: str, **params: Any) -> Any:
    return conn.execute(text(sql), params).scalar()
