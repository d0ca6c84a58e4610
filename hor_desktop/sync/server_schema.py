"""The shared PostgreSQL's sync machinery: server tables, change-log triggers, exclusion rules.

Everything here is outside the Alembic chain on purpose: it exists only on the shared
server (never on a replica) and is (re)installed idempotently by ``install_shared``.
``store/migrations/env.py`` keeps these tables out of autogenerate comparisons.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    Engine,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB, TSTZRANGE

from hor_desktop.core.enums import DESK_SLOT_HOURS
from hor_desktop.store.base import SYNCED_TABLES
from hor_desktop.store.migrate import upgrade_to_head

INSTALLED_VERSION = "1"
INSTALL_LOCK = 0x484F5249  # "HORI": one installer at a time
PUSH_LOCK = 0x484F5250  # "HORP": one push at a time, so decisions see a stable world

# Server-only tables (mirrored in store/migrations/env.py, which cannot import this layer).
SERVER_TABLES = (
    "sync_server_meta",
    "sync_seq_counter",
    "sync_change_log",
    "sync_applied_op",
    "sync_field_clock",
    "sync_quarantine",
    "sync_item_claim",
)

server_metadata = MetaData()

sync_change_log = Table(
    "sync_change_log",
    server_metadata,
    Column("seq", BigInteger, primary_key=True),
    Column("table_name", String(40), nullable=False),
    Column("row_id", Uuid, nullable=False),
    Column("row", JSONB, nullable=False),
    Column("node", Text),
    Column("committed_at", DateTime(timezone=True), nullable=False),
)

sync_item_claim = Table(
    "sync_item_claim",
    server_metadata,
    Column("line_id", Uuid, primary_key=True),
    Column("item_id", Uuid, nullable=False),
    Column("period", TSTZRANGE, nullable=False),
)

_TABLES_DDL = [
    "CREATE EXTENSION IF NOT EXISTS btree_gist",
    """CREATE TABLE IF NOT EXISTS sync_server_meta (
        key text PRIMARY KEY, value text NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS sync_seq_counter (
        id integer PRIMARY KEY CHECK (id = 1), last bigint NOT NULL)""",
    "INSERT INTO sync_seq_counter (id, last) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
    """CREATE TABLE IF NOT EXISTS sync_change_log (
        seq bigint PRIMARY KEY, table_name varchar(40) NOT NULL, row_id uuid NOT NULL,
        row jsonb NOT NULL, node text, committed_at timestamptz NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS sync_applied_op (
        op_id text PRIMARY KEY, node text NOT NULL, tx_id text NOT NULL,
        result varchar(20) NOT NULL, detail text,
        applied_at timestamptz NOT NULL DEFAULT now())""",
    """CREATE TABLE IF NOT EXISTS sync_field_clock (
        table_name varchar(40) NOT NULL, row_id uuid NOT NULL, clocks jsonb NOT NULL,
        PRIMARY KEY (table_name, row_id))""",
    """CREATE TABLE IF NOT EXISTS sync_quarantine (
        op_id text PRIMARY KEY, node text, payload jsonb NOT NULL, error text NOT NULL,
        at timestamptz NOT NULL DEFAULT now())""",
    """CREATE TABLE IF NOT EXISTS sync_item_claim (
        line_id uuid PRIMARY KEY, item_id uuid NOT NULL, period tstzrange NOT NULL,
        CONSTRAINT ex_sync_item_claim_overlap
            EXCLUDE USING gist (item_id WITH =, period WITH &&))""",
    # A statement-level trigger with a transition table: one counter bump per statement,
    # not per row. The counter row stays locked until commit, so numbers are gap-free and
    # in commit order; SECURITY DEFINER lets location roles log without writing the log.
    """CREATE OR REPLACE FUNCTION hor_log_changes() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    DECLARE
        n bigint;
        top bigint;
    BEGIN
        SELECT count(*) INTO n FROM hor_new_rows;
        IF n = 0 THEN
            RETURN NULL;
        END IF;
        UPDATE sync_seq_counter SET last = last + n WHERE id = 1 RETURNING last INTO top;
        INSERT INTO sync_change_log (seq, table_name, row_id, row, node, committed_at)
        SELECT top - n + row_number() OVER (), TG_TABLE_NAME, r.id, to_jsonb(r),
               nullif(current_setting('hor.node', true), ''), now()
        FROM hor_new_rows r;
        RETURN NULL;
    END $$""",
]


def desk_slot_range_sql(slot_column: str = "slot") -> str:
    """``int4range`` of a desk slot in minutes, from ``DESK_SLOT_HOURS`` (immutable CASE)."""
    cases = " ".join(
        f"WHEN '{slot.value}' THEN int4range({start.hour * 60 + start.minute}, "
        f"{end.hour * 60 + end.minute})"
        for slot, (start, end) in DESK_SLOT_HOURS.items()
    )
    return f"(CASE {slot_column} {cases} END)"


_EXCLUSIONS = {
    "ex_room_booking_confirmed_overlap": (
        "room_booking",
        "EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&) "
        "WHERE (status = 'confirmed' AND deleted_at IS NULL)",
    ),
    "ex_desk_booking_confirmed_overlap": (
        "desk_booking",
        f"EXCLUDE USING gist (desk_id WITH =, day WITH =, {desk_slot_range_sql()} WITH &&) "
        "WHERE (status = 'confirmed' AND deleted_at IS NULL)",
    ),
}


def _trigger_ddl(table: str) -> list[str]:
    return [
        f"CREATE OR REPLACE TRIGGER trg_{table}_log_ins AFTER INSERT ON {table} "
        "REFERENCING NEW TABLE AS hor_new_rows FOR EACH STATEMENT "
        "EXECUTE FUNCTION hor_log_changes()",
        f"CREATE OR REPLACE TRIGGER trg_{table}_log_upd AFTER UPDATE ON {table} "
        "REFERENCING NEW TABLE AS hor_new_rows FOR EACH STATEMENT "
        "EXECUTE FUNCTION hor_log_changes()",
    ]


def install_shared(engine: Engine) -> str:
    """Migrate the shared database and install the sync machinery; returns the server id.

    Idempotent and safe to run from several PCs at once (advisory lock).
    Raises: DatabaseTooNewError when the server's schema is newer than this program.
    """
    upgrade_to_head(engine)
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": INSTALL_LOCK})
        for statement in _TABLES_DDL:
            conn.execute(text(statement))
        for table in SYNCED_TABLES:
            for statement in _trigger_ddl(table):
                conn.execute(text(statement))
        present = set(
            conn.execute(
                text("SELECT conname FROM pg_constraint WHERE conname = ANY(:names)"),
                {"names": list(_EXCLUSIONS)},
            ).scalars()
        )
        for name, (table, clause) in _EXCLUSIONS.items():
            if name not in present:
                conn.execute(text(f"ALTER TABLE {table} ADD CONSTRAINT {name} {clause}"))
        conn.execute(
            text(
                "INSERT INTO sync_server_meta (key, value) VALUES ('server_id', :id) "
                "ON CONFLICT (key) DO NOTHING"
            ),
            {"id": str(uuid.uuid4())},
        )
        conn.execute(
            text(
                "INSERT INTO sync_server_meta (key, value) VALUES ('installed_version', :v) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
            ),
            {"v": INSTALLED_VERSION},
        )
        server_id = conn.execute(
            text("SELECT value FROM sync_server_meta WHERE key = 'server_id'")
        ).scalar_one()
    return str(server_id)


_PSQL_IDENT = re.compile(r':"(\w+)"')
_PSQL_LITERAL = re.compile(r":'(\w+)'")


def render_psql_template(conn: Connection, template: str, variables: dict[str, str]) -> str:
    """Substitute psql's ``:"name"`` (identifier) and ``:'name'`` (literal) variables.

    So ``resources/sql/location_role.sql`` runs as well with ``psql -v`` as from code.
    """
    preparer = conn.dialect.identifier_preparer

    def ident(match: re.Match[str]) -> str:
        return preparer.quote_identifier(variables[match.group(1)])

    def literal(match: re.Match[str]) -> str:
        return "'" + variables[match.group(1)].replace("'", "''") + "'"

    return _PSQL_LITERAL.sub(literal, _PSQL_IDENT.sub(ident, template))


def create_location_role(conn: Connection, *, role: str, password: str) -> None:
    """Run the shipped least-privilege role template (``resources/sql/location_role.sql``)."""
    from hor_desktop.resources import resource  # noqa: PLC0415 (only for admins)

    template = resource("sql", "location_role.sql").read_text(encoding="utf-8")
    sql = render_psql_template(conn, template, {"role": role, "password": password})
    raw: Any = conn.connection.driver_connection
    with raw.cursor() as cursor:  # a script of many statements: psycopg runs it as one
        cursor.execute(sql)
