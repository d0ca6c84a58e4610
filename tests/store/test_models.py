"""The data model's promises: sync columns everywhere, every foreign key indexed, names stable."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from hor_desktop.store.base import SYNCED_TABLES
from hor_desktop.store.database import Database
from hor_desktop.store.models import Base

SYNC_COLUMNS = {"id", "created_at", "updated_at", "deleted_at", "origin_location_id", "row_hlc"}


LOCAL_ONLY_TABLES = {"sync_outbox", "sync_state"}  # a replica's own bookkeeping


@pytest.mark.parametrize("table", sorted(set(Base.metadata.tables) - LOCAL_ONLY_TABLES))
def test_every_table_carries_the_sync_columns(table: str) -> None:
    assert set(Base.metadata.tables[table].columns.keys()) >= SYNC_COLUMNS
    assert table in SYNCED_TABLES


def test_only_the_replica_bookkeeping_is_local() -> None:
    local = {
        name for name, table in Base.metadata.tables.items() if not table.info.get("synced", True)
    }
    assert local == LOCAL_ONLY_TABLES
    assert not LOCAL_ONLY_TABLES & set(SYNCED_TABLES)


def test_every_foreign_key_is_indexed_in_the_migrated_database(db: Database) -> None:
    inspector = inspect(db.engine)
    unindexed = []
    for table in inspector.get_table_names():
        indexed = {tuple(ix["column_names"][:1]) for ix in inspector.get_indexes(table)}
        for fk in inspector.get_foreign_keys(table):
            if tuple(fk["constrained_columns"][:1]) not in indexed:
                unindexed.append(f"{table}.{fk['constrained_columns'][0]}")
    assert unindexed == []


def test_every_constraint_and_index_has_a_conventional_name() -> None:
    for table in Base.metadata.tables.values():
        for constraint in table.constraints:
            assert constraint.name, f"unnamed constraint on {table.name}"
        for index in table.indexes:
            assert str(index.name).startswith("ix_"), index.name


def test_ids_are_client_generated_uuid7() -> None:
    from hor_desktop.core.ids import new_id

    first, second = new_id(), new_id()
    assert first.version == second.version == 7
    assert first != second and first.int < second.int  # time-ordered
