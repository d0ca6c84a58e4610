"""The shared server's read side: who it is, its change log, and snapshots for bootstrap.

Every function takes a SQLAlchemy ``Connection`` on the shared PostgreSQL (psycopg 3).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from hor_desktop.store.base import SYNCED_TABLES
from hor_desktop.sync import codec
from hor_desktop.sync.ops import Change
from hor_desktop.sync.server_bulk import quote


@dataclass(frozen=True)
class ServerInfo:
    server_id: str
    schema_revision: str | None
    server_time_ms: int
    last_seq: int


INFO_SQL = text(
    "SELECT (SELECT value FROM sync_server_meta WHERE key = 'server_id') AS server_id, "
    "(SELECT version_num FROM alembic_version LIMIT 1) AS revision, "
    "floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms, "
    "(SELECT last FROM sync_seq_counter WHERE id = 1) AS last_seq, now() AS now"
)


def server_info(conn: Connection) -> ServerInfo:
    """Who the server is, its schema, its clock and the newest change-log number."""
    row = conn.execute(INFO_SQL).one()
    return ServerInfo(str(row.server_id), row.revision, int(row.ms), int(row.last_seq))


def read_changes(conn: Connection, after_seq: int, limit: int) -> list[Change]:
    """Change-log entries after ``after_seq``, in order, with canonical rows."""
    result = conn.execute(
        text(
            "SELECT seq, table_name, row_id, row FROM sync_change_log WHERE seq > :after "
            "ORDER BY seq LIMIT :limit"
        ),
        {"after": after_seq, "limit": limit},
    )
    changes = []
    for seq, table, row_id, row in result:
        try:
            canonical = codec.canonical_row(table, row)
        except KeyError:  # a table of a newer schema: passed on as stored, for the client
            canonical = row
        changes.append(Change(int(seq), table, str(row_id), canonical))
    return changes


def snapshot(conn: Connection) -> int:
    """The newest change-log number, read in REPEATABLE READ with the rows read after it.

    Starts a REPEATABLE READ transaction when ``conn`` has none; ``read_table`` calls in the
    same transaction then see exactly the state of that number.
    """
    if not conn.in_transaction():
        conn.execution_options(isolation_level="REPEATABLE READ")
    return int(conn.execute(text("SELECT last FROM sync_seq_counter WHERE id = 1")).scalar_one())


def read_table(
    conn: Connection, table: str, after_id: str | None, limit: int
) -> list[dict[str, Any]]:
    """Canonical rows of a synced table ordered by id, after ``after_id`` (keyset paging).

    Raises: KeyError for a table that is not synced.
    """
    if table not in SYNCED_TABLES:
        raise KeyError(table)
    result = conn.execute(
        text(
            f"SELECT to_jsonb(t) FROM {quote(table)} AS t "
            "WHERE CAST(:after AS uuid) IS NULL OR t.id > CAST(:after AS uuid) "
            "ORDER BY t.id LIMIT :limit"
        ),
        {"after": after_id, "limit": limit},
    )
    return [codec.canonical_row(table, raw) for (raw,) in result]


def read_rows(conn: Connection, table: str, row_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Canonical current rows of a synced table by id (missing ids are left out).

    Raises: KeyError for a table that is not synced.
    """
    if table not in SYNCED_TABLES:
        raise KeyError(table)
    result = conn.execute(
        text(f"SELECT to_jsonb(t) FROM {quote(table)} AS t WHERE t.id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": list(row_ids)},
    )
    return [codec.canonical_row(table, raw) for (raw,) in result]


def server_hash(conn: Connection, table: str) -> str:
    """``codec.canonical_table_hash`` of a whole synced table on the server."""
    rows: list[dict[str, Any]] = []
    after: str | None = None
    while True:
        page = read_table(conn, table, after, 5000)
        rows.extend(page)
        if len(page) < 5000:
            return codec.canonical_table_hash(rows)
        after = page[-1]["id"]
