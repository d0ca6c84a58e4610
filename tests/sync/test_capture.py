"""Capture on a replica: every write to a synced table leaves an outbox op (issue #6, test 10)."""

from __future__ import annotations

import sqlite3
from datetime import time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import Role
from hor_desktop.core.hlc import Timestamp
from hor_desktop.store.base import SYNCED_TABLES
from hor_desktop.store.database import Database, open_database
from hor_desktop.store.models import Location, Organisation
from hor_desktop.sync import local
from hor_desktop.sync.ops import Change, Op
from tests.sync.conftest import ReplicaFactory

SYSTEM = Actor(location_id=None, role=Role.ADMIN)


def _add_location(db: Database, code: str = "TST", **values: object) -> Location:
    with db.unit_of_work(SYSTEM) as uow:
        row = Location(
            code=code, name=f"Standort {code}", association="Verein", opening_hours={"1": []}
        )
        for key, value in values.items():
            setattr(row, key, value)
        uow.session.add(row)
        uow.commit()
    return row


def _ops(db: Database) -> list[Op]:
    return local.pending_ops(db, 100_000)


def test_an_orm_insert_records_every_column_as_its_canonical_value(
    replica_db: ReplicaFactory,
) -> None:
    db = replica_db()
    row = _add_location(db, desk_release_time=time(11, 30))

    [op] = _ops(db)
    assert op.kind == "insert"
    assert op.table == "location"
    assert op.row_id == str(row.id)
    assert op.node == "TEST0a1b2c"
    assert op.values == local.local_rows(db, "location")[0]
    assert op.values["opening_hours"] == {"1": []}
    assert op.values["desk_release_time"] == "11:30:00"
    assert op.hlc == row.row_hlc
    assert op.base_hlc is None


def test_an_orm_update_records_only_the_changed_columns(
    replica_db: ReplicaFactory, clock: FixedClock
) -> None:
    db = replica_db()
    row = _add_location(db)
    before = row.row_hlc
    clock.advance(timedelta(minutes=5))
    with db.unit_of_work(SYSTEM) as uow:
        stored = uow.session.get_one(Location, row.id)
        stored.name = "Neuer Name"
        stored.opening_hours = {"2": [["09:00", "12:00"]]}
        uow.commit()
        after = stored.row_hlc

    op = _ops(db)[-1]
    assert op.kind == "update"
    assert set(op.values) == {"name", "opening_hours", "updated_at", "row_hlc"}
    assert op.values["name"] == "Neuer Name"
    assert op.values["opening_hours"] == {"2": [["09:00", "12:00"]]}
    assert op.hlc == after
    assert op.base_hlc == before
    assert Timestamp.decode(op.hlc) > Timestamp.decode(before)


def test_an_update_that_changes_nothing_records_no_op(replica_db: ReplicaFactory) -> None:
    db = replica_db()
    row = _add_location(db)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE location SET name = name, code = code"))
    with db.unit_of_work(SYSTEM) as uow:
        uow.session.get_one(Location, row.id).name = row.name  # the same value
        uow.commit()

    assert [op.kind for op in _ops(db)] == ["insert"]


def test_a_bulk_update_statement_is_captured_with_a_fresh_hlc(
    replica_db: ReplicaFactory,
) -> None:
    db = replica_db()
    first, second = _add_location(db, "AAA"), _add_location(db, "BBB")
    with db.unit_of_work(SYSTEM) as uow:
        uow.session.execute(update(Location).values(city="Bonn"))
        uow.commit()

    updates = [op for op in _ops(db) if op.kind == "update"]
    assert sorted(op.row_id for op in updates) == sorted([str(first.id), str(second.id)])
    assert all(op.values == {"city": "Bonn"} for op in updates)
    assert len({op.tx_id for op in updates}) == 1
    # the row kept its row_hlc, so the trigger ticked the clock for the op
    assert all(op.base_hlc in (first.row_hlc, second.row_hlc) for op in updates)
    assert all(op.hlc > second.row_hlc for op in updates)
    assert len({op.hlc for op in updates}) == 2
    assert all(op.hlc.endswith("-TEST0a1b2c") for op in updates)  # the Database's clock


def test_raw_sql_through_the_apps_engine_is_captured(replica_db: ReplicaFactory) -> None:
    db = replica_db()
    row = _add_location(db)
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE location SET phone = '0221 123', opening_hours = '{\"3\": []}' "
            f"WHERE id = '{row.id.hex}'"
        )

    op = _ops(db)[-1]
    assert op.kind == "update"
    assert op.row_id == str(row.id)
    assert op.values == {"phone": "0221 123", "opening_hours": {"3": []}}


def test_a_hard_delete_of_a_synced_row_is_refused(replica_db: ReplicaFactory) -> None:
    db = replica_db()
    row = _add_location(db)
    with pytest.raises(DBAPIError, match="hard delete refused"), db.engine.begin() as connection:
        connection.exec_driver_sql(f"DELETE FROM location WHERE id = '{row.id.hex}'")

    assert len(local.local_rows(db, "location")) == 1
    assert len(_ops(db)) == 1


def test_every_synced_table_has_both_triggers(replica_db: ReplicaFactory) -> None:
    db = replica_db()
    with db.engine.connect() as connection:
        names = set(
            connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ).scalars()
        )
    for table in SYNCED_TABLES:
        assert {f"hor_capture_{table}_ins", f"hor_capture_{table}_upd"} <= names
    assert not any("sync_outbox" in name or "sync_state" in name for name in names)


def test_a_database_that_is_no_replica_captures_nothing(db: Database) -> None:
    _add_location(db)
    assert not local.is_replica(db)
    assert local.pending_count(db) == 0


def test_ops_carry_the_id_of_their_transaction(replica_db: ReplicaFactory) -> None:
    db = replica_db()
    with db.unit_of_work(SYSTEM) as uow:
        for code in ("A1", "A2", "A3"):
            uow.session.add(Location(code=code, name=code, association="V", opening_hours={}))
        uow.commit()
    _add_location(db, "B1")
    with pytest.raises(DBAPIError), db.engine.begin() as connection:  # rolled back: no ops
        connection.exec_driver_sql("UPDATE location SET city = 'Bonn'")
        connection.exec_driver_sql("INSERT INTO location (id) VALUES ('x')")

    ops = _ops(db)
    assert [op.values["code"] for op in ops] == ["A1", "A2", "A3", "B1"]
    assert len({op.tx_id for op in ops[:3]}) == 1
    assert ops[3].tx_id != ops[0].tx_id
    assert [op.local_seq for op in ops] == sorted(op.local_seq for op in ops)


def test_pending_ops_returns_whole_transactions_only(replica_db: ReplicaFactory) -> None:
    db = replica_db()
    with db.unit_of_work(SYSTEM) as uow:
        uow.session.add_all(
            Location(code=f"A{n}", name="A", association="V", opening_hours={}) for n in range(3)
        )
        uow.commit()
    with db.unit_of_work(SYSTEM) as uow:
        uow.session.add_all(
            Location(code=f"B{n}", name="B", association="V", opening_hours={}) for n in range(3)
        )
        uow.commit()

    assert [op.values["code"] for op in local.pending_ops(db, 4)] == ["A0", "A1", "A2"]
    assert len(local.pending_ops(db, 6)) == 6
    # a transaction bigger than the limit goes whole and alone
    assert [op.values["code"] for op in local.pending_ops(db, 2)] == ["A0", "A1", "A2"]
    local.ack(db, [op.op_id for op in local.pending_ops(db, 3)])
    assert [op.values["code"] for op in local.pending_ops(db, 5)] == ["B0", "B1", "B2"]


def test_applied_server_changes_are_not_captured(replica_db: ReplicaFactory) -> None:
    source, target = replica_db("SRC0a0a0a"), replica_db("DST0b0b0b")
    _add_location(source, "SRC")
    row = local.local_rows(source, "location")[0]

    local.apply_changes(target, [Change(1, "location", row["id"], row)], 1)
    changed = {**row, "name": "Vom Server", "row_hlc": local.pending_ops(source, 10)[0].hlc}
    local.apply_changes(target, [Change(2, "location", row["id"], changed)], 2)

    assert local.pending_count(target) == 0
    assert local.local_rows(target, "location") == [changed]
    # and capture is on again for the next local write
    _add_location(target, "NEW")
    assert local.pending_count(target) == 1


def test_a_tool_without_the_capture_functions_cannot_write_a_replica(
    replica_db: ReplicaFactory, tmp_path: Path
) -> None:
    db = replica_db()
    _add_location(db)
    db.close()
    path = next(tmp_path.glob("replica-*.sqlite"))
    with sqlite3.connect(path) as raw, pytest.raises(sqlite3.OperationalError, match="hor_"):
        raw.execute("UPDATE location SET city = 'Bonn'")


def test_opening_a_replica_restores_missing_and_drops_stale_triggers(
    replica_db: ReplicaFactory, tmp_path: Path
) -> None:
    db = replica_db()
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER hor_capture_organisation_upd")
        connection.exec_driver_sql(
            "CREATE TRIGGER hor_capture_gone_ins AFTER INSERT ON location BEGIN SELECT 1; END"
        )
    db.close()
    path = next(tmp_path.glob("replica-*.sqlite"))

    with open_database(f"sqlite:///{path}") as reopened:
        with reopened.engine.connect() as connection:
            names = set(
                connection.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                ).scalars()
            )
        assert "hor_capture_organisation_upd" in names
        assert "hor_capture_gone_ins" not in names
        with reopened.unit_of_work(SYSTEM) as uow:
            uow.session.add(Organisation(name="Verein", name_key="verein"))
            uow.commit()
        with reopened.unit_of_work(SYSTEM) as uow:
            uow.session.execute(select(Organisation)).scalar_one().city = "Köln"
            uow.commit()
        assert [op.kind for op in local.pending_ops(reopened, 10)] == ["insert", "update"]
        assert not local.install_capture(reopened)  # already up to date
