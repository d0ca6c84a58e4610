"""Alembic environment: uses the connection handed over by ``store.migrate``."""

from __future__ import annotations

from typing import Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection, create_engine

from hor_desktop.store.base import UTCDateTime
from hor_desktop.store.models import Base

config = context.config
target_metadata = Base.metadata

# Installed on the shared server by sync/server_schema.py (outside this chain): never
# compared, so autogenerate on a shared database finds no difference for them.
SERVER_ONLY_TABLES = frozenset(
    {
        "sync_change_log",
        "sync_seq_counter",
        "sync_applied_op",
        "sync_field_clock",
        "sync_quarantine",
        "sync_server_meta",
        "sync_item_claim",
    }
)


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the alembic command line, for developers
        url = config.get_main_option("sqlalchemy.url")
        if not url:
            raise RuntimeError("set sqlalchemy.url or pass a connection")
        with create_engine(url).begin() as own:
            _configure_and_run(own)
        return
    _configure_and_run(connection)


def _render_item(type_: str, obj: object, autogen_context: AutogenContext) -> str | Literal[False]:
    # Keep migrations free of app types, so an old migration never changes meaning.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    if type_ == "table":
        return name not in SERVER_ONLY_TABLES
    table = getattr(obj, "table", None)
    return getattr(table, "name", None) not in SERVER_ONLY_TABLES


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        render_item=_render_item,
        include_object=_include_object,
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
