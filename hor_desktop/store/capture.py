"""Change capture on a SQLite replica: SQL functions, outbox triggers and the persisted clock.

Every write to a synced table of a replica — through the ORM, a bulk ``update()`` or raw
SQL on the app's engine — fires an AFTER trigger that appends an op to ``sync_outbox`` in
the same transaction. The triggers call three functions this module registers on every
SQLite connection (``hor_capture()``, ``hor_tx()``, ``hor_hlc()``); a tool that opens the
file without them cannot write a replica, which is intended: its change would escape sync.

This lives in ``store`` (not ``sync``) because ``open_database`` must refresh the triggers
after a migration (batch mode rebuilds tables and drops their triggers) and restore the
replica's clock, and ``store`` may not import ``sync``.
"""

from __future__ import annotations

import uuid
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, Table, event, text

from hor_desktop.core.clock import Clock, SystemClock
from hor_desktop.core.hlc import HybridLogicalClock, Timestamp

TRIGGER_PREFIX = "hor_capture_"
CONTEXT_KEY = "hor_sync"  # connection_record.info[CONTEXT_KEY] -> ConnectionSync

# sync_state keys the store itself reads at open time
STATE_NODE = "node"
STATE_HLC = "hlc_last"


class HasClock(Protocol):
    hlc: HybridLogicalClock


@dataclass
class SyncHooks:
    """Per engine: where ``hor_hlc()`` gets its clock.

    The engine exists before the Database that owns the clock, so the Database sets
    ``owner`` after creation (weakly: the engine must not keep a closed Database alive).
    Until then, and for engines without a Database, a default clock ticks.
    """

    owner: weakref.ref[HasClock] | None = None
    default: HybridLogicalClock = field(
        default_factory=lambda: HybridLogicalClock(SystemClock(), "local")
    )

    @property
    def hlc(self) -> HybridLogicalClock:
        owner = self.owner() if self.owner is not None else None
        return owner.hlc if owner is not None else self.default


@dataclass
class ConnectionSync:
    """Per SQLite connection: capture on/off, the current transaction id, the clock."""

    hooks: SyncHooks
    capture: bool = True
    tx_id: str | None = None

    def current_tx(self) -> str:
        if self.tx_id is None:
            self.tx_id = uuid.uuid4().hex
        return self.tx_id


_HOOKS: weakref.WeakKeyDictionary[Engine, SyncHooks] = weakref.WeakKeyDictionary()


def sync_hooks(engine: Engine) -> SyncHooks:
    hooks = _HOOKS.get(engine)
    if hooks is None:
        hooks = _HOOKS[engine] = SyncHooks()
    return hooks


def install_sync_functions(engine: Engine) -> None:
    """Register the capture functions on every new connection and reset the tx id per tx."""
    hooks = sync_hooks(engine)

    def on_connect(dbapi_connection: Any, record: Any) -> None:
        context = ConnectionSync(hooks)
        record.info[CONTEXT_KEY] = context
        dbapi_connection.create_function(
            "hor_capture", 0, lambda: 1 if context.capture else 0, deterministic=False
        )
        dbapi_connection.create_function("hor_tx", 0, context.current_tx, deterministic=False)
        dbapi_connection.create_function(
            "hor_hlc", 0, lambda: context.hooks.hlc.tick().encode(), deterministic=False
        )

    def new_transaction(connection: Connection) -> None:
        context = connection.info.get(CONTEXT_KEY)
        if context is not None:
            context.tx_id = None

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", new_transaction)
    event.listen(engine, "commit", new_transaction)
    event.listen(engine, "rollback", new_transaction)


def connection_sync(connection: Connection) -> ConnectionSync:
    context = connection.info.get(CONTEXT_KEY)
    if not isinstance(context, ConnectionSync):
        raise RuntimeError("not a HoR Desk SQLite connection (no sync context)")
    return context


@contextmanager
def capture_paused(connection: Connection) -> Iterator[None]:
    """Writes inside the block are not captured (pulled changes, bootstrap rows)."""
    context = connection_sync(connection)
    context.capture = False
    try:
        yield
    finally:
        context.capture = True


# --- triggers ----------------------------------------------------------------------------


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _outbox_insert(table: str, kind: str, payload: str, hlc: str, base_hlc: str) -> str:
    return (
        "INSERT INTO sync_outbox "
        "(op_id, tx_id, table_name, row_id, kind, payload, hlc, base_hlc, created_at) "
        f"VALUES (lower(hex(randomblob(16))), hor_tx(), '{table}', NEW.id, '{kind}', "
        f"{payload}, {hlc}, {base_hlc}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
    )


def capture_triggers(table: Table) -> dict[str, str]:
    """``{trigger name: CREATE TRIGGER sql}`` for one synced table.

    Payloads hold SQLite's raw values (JSON columns as their text), which
    ``codec.from_sqlite_raw`` turns into canonical values. An update records only the
    columns whose value changed and is skipped when none did.
    """
    name = table.name
    columns = [column.name for column in table.columns]
    everything = ", ".join(f"'{column}', NEW.{_quote(column)}" for column in columns)
    changed = " OR ".join(f"NEW.{_quote(c)} IS NOT OLD.{_quote(c)}" for c in columns)
    picks = " UNION ALL ".join(
        f"SELECT '{c}' AS k, NEW.{_quote(c)} AS v WHERE NEW.{_quote(c)} IS NOT OLD.{_quote(c)}"
        for c in columns
    )
    insert = (
        f"CREATE TRIGGER {TRIGGER_PREFIX}{name}_ins AFTER INSERT ON {_quote(name)} "
        f"WHEN hor_capture() = 1 BEGIN "
        + _outbox_insert(name, "insert", f"json_object({everything})", "NEW.row_hlc", "NULL")
        + "; END"
    )
    update = (
        f"CREATE TRIGGER {TRIGGER_PREFIX}{name}_upd AFTER UPDATE ON {_quote(name)} "
        f"WHEN hor_capture() = 1 AND ({changed}) BEGIN "
        + _outbox_insert(
            name,
            "update",
            f"(SELECT json_group_object(k, v) FROM ({picks}))",
            "CASE WHEN NEW.row_hlc IS NOT OLD.row_hlc THEN NEW.row_hlc ELSE hor_hlc() END",
            "OLD.row_hlc",
        )
        + "; END"
    )
    return {f"{TRIGGER_PREFIX}{name}_ins": insert, f"{TRIGGER_PREFIX}{name}_upd": update}


def wanted_triggers() -> dict[str, str]:
    import hor_desktop.store.models  # noqa: F401, PLC0415 (registers every table)
    from hor_desktop.store.base import SYNCED_TABLES, Base  # noqa: PLC0415

    wanted: dict[str, str] = {}
    for name in SYNCED_TABLES:
        wanted.update(capture_triggers(Base.metadata.tables[name]))
    return wanted


def install_capture(connection: Connection) -> bool:
    """Make the capture triggers match the metadata, inside the caller's transaction.

    Stale ``hor_capture_*`` triggers are dropped first. Returns whether anything changed
    (an up-to-date file is left untouched, so opening a replica writes nothing).
    """
    wanted = wanted_triggers()
    existing = {
        name: sql
        for name, sql in connection.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        ).all()
        if name.startswith(TRIGGER_PREFIX)
    }
    if existing == wanted:
        return False
    for name in existing:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_quote(name)}")
    for sql in wanted.values():
        connection.exec_driver_sql(sql)
    return True


def remove_capture(connection: Connection) -> None:
    for (name,) in connection.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    ).all():
        if name.startswith(TRIGGER_PREFIX):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_quote(name)}")


# --- replica identity and the persisted clock ------------------------------------------


def _has_table(connection: Connection, name: str) -> bool:
    found = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"), {"n": name}
    ).first()
    return found is not None


def read_state(connection: Connection, key: str) -> str | None:
    value = connection.execute(
        text("SELECT value FROM sync_state WHERE key = :k"), {"k": key}
    ).scalar()
    return None if value is None else str(value)


def write_state(connection: Connection, key: str, value: str | None) -> None:
    if value is None:
        connection.execute(text("DELETE FROM sync_state WHERE key = :k"), {"k": key})
        return
    connection.execute(
        text(
            "INSERT INTO sync_state (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )


def replica_node(connection: Connection) -> str | None:
    """The HLC node name when the file is a replica, else None."""
    if connection.dialect.name != "sqlite" or not _has_table(connection, "sync_state"):
        return None
    return read_state(connection, STATE_NODE)


def last_known_hlc(connection: Connection) -> Timestamp | None:
    """The newest HLC this replica ever issued or saw: persisted value or pending ops."""
    candidates = [read_state(connection, STATE_HLC)]
    candidates.append(connection.execute(text("SELECT max(hlc) FROM sync_outbox")).scalar())
    known = [Timestamp.decode(value) for value in candidates if value]
    return max(known) if known else None


def persist_hlc(connection: Connection, hlc: HybridLogicalClock) -> None:
    """Store the clock (never moving the stored value back), in the caller's transaction."""
    stored = read_state(connection, STATE_HLC)
    current = hlc.last
    if stored is None or Timestamp.decode(stored) < current:
        write_state(connection, STATE_HLC, current.encode())


def replica_clock(connection: Connection, clock: Clock, node: str) -> HybridLogicalClock:
    """The replica's HLC, restored so new ticks sort after everything it issued before."""
    last = last_known_hlc(connection)
    restored = Timestamp(last.physical_ms, last.counter, node) if last is not None else None
    return HybridLogicalClock(clock, node, restored)
