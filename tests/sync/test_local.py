"""The replica API: applying pulled pages, ack, the persisted clock, bootstrap, table hashes."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import Role
from hor_desktop.core.hlc import Timestamp
from hor_desktop.store.base import SYNCED_TABLES
from hor_desktop.store.database import Database, open_database
from hor_desktop.store.models import Contact, Location, Organisation
from hor_desktop.sync import codec, local
from hor_desktop.sync.ops import Change
from tests.sync.conftest import TEST_SERVER_ID, ReplicaFactory

SYSTEM = Actor(location_id=None, role=Role.ADMIN)


def _add_location(db: Database, code: str = "TST") -> Location:
    with db.unit_of_work(SYSTEM) as uow:
        row = Location(code=code, name=f"Standort {code}", association="V", opening_hours={})
        uow.session.add(row)
        uow.commit()
    return row


def _rename(db: Database, row_id: uuid.UUID, name: str) -> None:
    with db.unit_of_work(SYSTEM) as uow:
        uow.session.get_one(Location, row_id).name = name
        uow.commit()


def _changes(rows: list[dict[str, Any]], table: str, first_seq: int = 1) -> list[Change]:
    return [Change(first_seq + n, table, row["id"], row) for n, row in enumerate(rows)]


def _server_row(db: Database, table: str = "location") -> dict[str, Any]:
    return local.local_rows(db, table)[0]


def _fresh(tmp_path: Path, name: str, clock: FixedClock) -> Database:
    return open_database(f"sqlite:///{tmp_path / name}", clock=clock)


# --- apply_changes -----------------------------------------------------------------------


def test_applying_a_page_writes_the_rows_and_moves_the_cursor(
    replica_db: ReplicaFactory,
) -> None:
    source, target = replica_db("SRC0a0a0a"), replica_db("DST0b0b0b")
    _add_location(source, "AAA")
    _add_location(source, "BBB")
    rows = local.local_rows(source, "location")

    assert local.apply_changes(target, _changes(rows, "location"), 2) == 2

    assert local.local_rows(target, "location") == rows
    assert local.get_cursor(target) == 2
    assert local.local_hash(target, "location") == local.local_hash(source, "location")


def test_a_field_with_a_pending_local_op_keeps_its_local_value(
    replica_db: ReplicaFactory, clock: FixedClock
) -> None:
    db = replica_db()
    row = _add_location(db)
    local.ack(db, [op.op_id for op in local.pending_ops(db, 10)])
    clock.advance(timedelta(seconds=1))
    _rename(db, row.id, "Lokal geändert")  # pending: name, updated_at, row_hlc
    server = {
        **_server_row(db),
        "name": "Server",
        "city": "Bonn",
        "updated_at": "2026-11-25T10:00:00.000000+00:00",
    }

    local.apply_changes(db, _changes([server], "location"), 7)

    after = _server_row(db)
    assert after["name"] == "Lokal geändert"
    assert after["city"] == "Bonn"  # no pending op for city: the server's value
    assert after["updated_at"] == "2026-11-25T09:00:01.000000+00:00"
    assert local.get_cursor(db) == 7
    # once the server has answered, its value wins
    local.ack(db, [op.op_id for op in local.pending_ops(db, 10)])
    local.apply_changes(db, _changes([server], "location", 8), 8)
    assert _server_row(db)["name"] == "Server"


def test_a_failure_mid_page_moves_neither_the_data_nor_the_cursor(
    replica_db: ReplicaFactory,
) -> None:
    source, target = replica_db("SRC0a0a0a"), replica_db("DST0b0b0b")
    _add_location(source)
    good = _server_row(source)
    bad = {**good, "id": str(uuid.uuid4()), "name": None}  # NOT NULL violated
    local.apply_changes(target, [], 3)

    with pytest.raises(IntegrityError):
        local.apply_changes(target, _changes([good, bad], "location", 4), 5)

    assert local.local_rows(target, "location") == []
    assert local.get_cursor(target) == 3


def test_foreign_keys_are_checked_at_the_end_of_the_page(
    replica_db: ReplicaFactory,
) -> None:
    source, target = replica_db("SRC0a0a0a"), replica_db("DST0b0b0b")
    with source.unit_of_work(SYSTEM) as uow:
        organisation = Organisation(name="Verein", name_key="verein")
        uow.session.add(organisation)
        uow.session.flush()
        uow.session.add(Contact(organisation_id=organisation.id, name="Ana", name_key="ana"))
        uow.commit()
    contact, parent = _server_row(source, "contact"), _server_row(source, "organisation")

    with pytest.raises(IntegrityError):  # the parent never comes: the page is refused
        local.apply_changes(target, _changes([contact], "contact"), 1)
    assert local.get_cursor(target) == 0

    # child before parent in one page is fine
    local.apply_changes(
        target, [Change(1, "contact", contact["id"], contact), Change(2, "organisation",
                 parent["id"], parent)], 2,
    )  # fmt: skip
    assert local.local_rows(target, "contact") == [contact]


def test_unknown_tables_and_columns_from_a_newer_server_are_ignored(
    replica_db: ReplicaFactory,
) -> None:
    source, target = replica_db("SRC0a0a0a"), replica_db("DST0b0b0b")
    _add_location(source)
    row = _server_row(source)
    newer = {**row, "added_later": "x"}

    local.apply_changes(
        target,
        [Change(1, "table_of_tomorrow", row["id"], {"id": row["id"]}),
         Change(2, "location", row["id"], newer)],
        2,
    )  # fmt: skip

    assert local.local_rows(target, "location") == [row]
    assert local.get_cursor(target) == 2


def test_a_pulled_hlc_from_the_future_pushes_the_local_clock_forward(
    replica_db: ReplicaFactory,
) -> None:
    source, target = replica_db("SRC0a0a0a"), replica_db("DST0b0b0b")
    _add_location(source)
    future = Timestamp(Timestamp.decode(_server_row(source)["row_hlc"]).physical_ms + 3_600_000,
                       4, "SRC0a0a0a").encode()  # fmt: skip
    row = {**_server_row(source), "row_hlc": future}

    local.apply_changes(target, _changes([row], "location"), 1)
    _rename(target, uuid.UUID(row["id"]), "Danach")

    assert local.pending_ops(target, 10)[0].hlc > future


def test_ack_removes_exactly_the_answered_ops(replica_db: ReplicaFactory) -> None:
    db = replica_db()
    _add_location(db, "AAA")
    _add_location(db, "BBB")
    first, second = local.pending_ops(db, 10)

    assert local.ack(db, [first.op_id, "0" * 32]) == 1
    assert [op.op_id for op in local.pending_ops(db, 10)] == [second.op_id]
    assert local.pending_count(db) == 1


# --- the persisted clock -------------------------------------------------------------------


@pytest.mark.parametrize("acked", [True, False])
def test_new_ops_sort_after_old_ones_after_a_reopen_with_a_clock_that_jumped_back(
    replica_db: ReplicaFactory, tmp_path: Path, acked: bool
) -> None:
    clock = FixedClock()
    db = replica_db("KLK0c0c0c", replica_clock=clock)
    row = _add_location(db)
    for n in range(3):
        _rename(db, row.id, f"Name {n}")
    old = [op.hlc for op in local.pending_ops(db, 10)]
    if acked:
        local.ack(db, [op.op_id for op in local.pending_ops(db, 10)])
    db.close()

    clock.advance(timedelta(hours=-1))
    with open_database(f"sqlite:///{tmp_path / 'replica-KLK0c0c0c.sqlite'}", clock=clock) as db2:
        assert db2.hlc.node == "KLK0c0c0c"
        _rename(db2, row.id, "Nach dem Neustart")
        new = local.pending_ops(db2, 10)[-1]

    assert new.node == "KLK0c0c0c"
    assert new.hlc.endswith("-KLK0c0c0c")
    assert all(Timestamp.decode(new.hlc) > Timestamp.decode(hlc) for hlc in old)


# --- replica identity ------------------------------------------------------------------------


def test_make_replica_refuses_a_database_with_uncaptured_data(
    tmp_path: Path, clock: FixedClock
) -> None:
    with _fresh(tmp_path, "plain.sqlite", clock) as db:
        _add_location(db)
        with pytest.raises(local.ReplicaError):
            local.make_replica(db, "K1aaaaaa", TEST_SERVER_ID, None)
        assert not local.is_replica(db)


def test_make_replica_is_idempotent_but_keeps_its_identity(replica_db: ReplicaFactory) -> None:
    db = replica_db("K1aaaaaa")
    local.make_replica(db, "K1aaaaaa", TEST_SERVER_ID, None)
    with pytest.raises(local.ReplicaError):
        local.make_replica(db, "K2bbbbbb", TEST_SERVER_ID, None)
    with pytest.raises(local.ReplicaError):
        local.make_replica(db, "K1-bad", TEST_SERVER_ID, None)
    assert local.get_state(db, local.STATE_NODE) == "K1aaaaaa"


def test_node_names_are_the_location_code_plus_six_hex_digits() -> None:
    name = local.new_node_name("EHR-1")
    assert name.startswith("EHR1")
    assert len(name) == len("EHR1") + 6
    int(name[4:], 16)


# --- bootstrap -------------------------------------------------------------------------------


def _server_with_data(replica_db: ReplicaFactory) -> Database:
    server = replica_db("SRV0d0d0d")
    for code in ("AAA", "BBB", "CCC"):
        _add_location(server, code)
    with server.unit_of_work(SYSTEM) as uow:
        later = Organisation(id=uuid.UUID(int=2**127 + 5), name="Neu", name_key="neu")
        earlier = Organisation(id=uuid.UUID(int=5), name="Alt", name_key="alt")
        uow.session.add_all([later, earlier])
        uow.session.flush()
        earlier.merged_into_id = later.id  # refers forward, across chunks
        uow.commit()
    return server


def _load(db: Database, server: Database, chunk: int, stop_after: int | None = None) -> int:
    """Load like the engine does; returns the chunks written (stops early to fake a crash)."""
    written = 0
    progress = local.bootstrap_progress(db)
    assert progress is not None
    for table, after in progress.remaining():
        rows = sorted(local.local_rows(server, table), key=lambda row: row["id"])
        rows = [row for row in rows if after is None or row["id"] > after]
        while True:
            part, rows = rows[:chunk], rows[chunk:]
            local.bootstrap_rows(db, table, part, part[-1]["id"] if rows else None)
            written += 1
            if stop_after is not None and written >= stop_after:
                return written
            if not rows:
                break
    return written


def test_bootstrap_loads_every_table_and_starts_the_cursor_at_the_snapshot(
    replica_db: ReplicaFactory, tmp_path: Path, clock: FixedClock
) -> None:
    server = _server_with_data(replica_db)
    with _fresh(tmp_path, "new.sqlite", clock) as db:
        local.bootstrap_begin(db, TEST_SERVER_ID, 41)
        _load(db, server, chunk=1)
        progress = local.bootstrap_progress(db)
        assert progress is not None and progress.rows_loaded == 5
        local.bootstrap_done(db)
        local.make_replica(db, "NEW0e0e0e", TEST_SERVER_ID, None)

        assert local.bootstrap_progress(db) is None
        assert not local.needs_bootstrap(db)
        assert local.get_cursor(db) == 41
        assert local.pending_count(db) == 0
        for table in SYNCED_TABLES:
            assert local.local_hash(db, table) == local.local_hash(server, table), table


def test_a_new_replica_waits_for_its_load_and_keeps_writes_made_before_it(
    replica_db: ReplicaFactory,
) -> None:
    server = _server_with_data(replica_db)
    db = replica_db("NEW0e0e0e")
    assert local.needs_bootstrap(db)
    progress = local.bootstrap_progress(db)
    assert progress is not None and not progress.started
    mine = _add_location(db, "OFF")  # written offline before the first sync

    local.bootstrap_begin(db, TEST_SERVER_ID, 12)
    _load(db, server, chunk=2)
    local.bootstrap_done(db)

    codes = {row["code"] for row in local.local_rows(db, "location")}
    assert codes == {"AAA", "BBB", "CCC", "OFF"}
    assert [op.row_id for op in local.pending_ops(db, 10)] == [str(mine.id)]
    assert local.get_cursor(db) == 12


def test_an_interrupted_bootstrap_of_the_same_server_resumes_where_it_stopped(
    replica_db: ReplicaFactory, tmp_path: Path, clock: FixedClock
) -> None:
    server = _server_with_data(replica_db)
    db = _fresh(tmp_path, "new.sqlite", clock)
    local.make_replica(db, "NEW0e0e0e", TEST_SERVER_ID, None)
    local.bootstrap_begin(db, TEST_SERVER_ID, 41)
    _load(db, server, chunk=2, stop_after=2)  # location complete? no: 3 rows in chunks of 2
    db.close()

    with _fresh(tmp_path, "new.sqlite", clock) as db:
        resumed = local.bootstrap_begin(db, TEST_SERVER_ID, 99)
        assert resumed.snapshot_seq == 41  # the first snapshot: pulling replays from there
        assert resumed.remaining()[0][0] in SYNCED_TABLES
        _load(db, server, chunk=2)
        local.bootstrap_done(db)

        assert local.get_cursor(db) == 41
        assert local.pending_count(db) == 0  # loaded rows are not pushed back
        for table in SYNCED_TABLES:
            assert local.local_hash(db, table) == local.local_hash(server, table), table


def test_bootstrap_never_overwrites_a_database_with_data(tmp_path: Path, clock: FixedClock) -> None:
    with _fresh(tmp_path, "used.sqlite", clock) as db:
        _add_location(db)
        with pytest.raises(local.BootstrapRefusedError, match="bereits Daten"):
            local.bootstrap_begin(db, TEST_SERVER_ID, 1)
        assert local.bootstrap_progress(db) is None


def test_bootstrap_never_overwrites_a_finished_replica(replica_db: ReplicaFactory) -> None:
    db = replica_db()
    local.bootstrap_begin(db, TEST_SERVER_ID, 1)
    local.bootstrap_done(db)
    with pytest.raises(local.BootstrapRefusedError, match="fertiges Replikat"):
        local.bootstrap_begin(db, TEST_SERVER_ID, 2)
    with pytest.raises(local.BootstrapRefusedError):
        local.bootstrap_rows(db, "location", [], None)


def test_a_half_load_from_another_server_is_not_continued(
    replica_db: ReplicaFactory, tmp_path: Path, clock: FixedClock
) -> None:
    server = _server_with_data(replica_db)
    with _fresh(tmp_path, "new.sqlite", clock) as db:
        local.bootstrap_begin(db, TEST_SERVER_ID, 1)
        _load(db, server, chunk=1, stop_after=1)
        with pytest.raises(local.BootstrapRefusedError, match="anderen Server"):
            local.bootstrap_begin(db, str(uuid.uuid4()), 1)


def test_the_canonical_table_hash_ignores_row_order_but_not_values() -> None:
    rows: list[dict[str, Any]] = [{"id": "b", "x": 1}, {"id": "a", "x": {"k": [1, 2]}}]
    assert codec.canonical_table_hash(rows) == codec.canonical_table_hash(rows[::-1])
    assert codec.canonical_table_hash(rows) != codec.canonical_table_hash(
        [{"id": "b", "x": 2}, rows[1]]
    )


def test_the_fixture_can_make_an_already_loaded_replica(replica_db: ReplicaFactory) -> None:
    db = replica_db(bootstrapped=True, cursor=5)
    assert not local.needs_bootstrap(db)
    assert local.get_cursor(db) == 5
    assert local.is_replica(db)
