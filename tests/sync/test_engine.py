"""Sync rounds between replicas on SQLite files and the real shared PostgreSQL."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, select, text

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import BookingStatus, Role
from hor_desktop.services import contacts, rooms
from hor_desktop.services import organisations as orgs
from hor_desktop.store.base import SYNCED_TABLES
from hor_desktop.store.database import Database
from hor_desktop.store.migrate import HEAD_REVISION
from hor_desktop.store.models import RoomBooking
from hor_desktop.sync import engine as engine_module
from hor_desktop.sync import local, server
from hor_desktop.sync.connection import create_shared_engine
from hor_desktop.sync.engine import SyncEngine
from hor_desktop.sync.faults import Faults
from hor_desktop.sync.status import OFFLINE

from .engine_helpers import fresh_shared, new_replica

pytestmark = pytest.mark.postgres

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def shared(pg_url: str) -> Iterator[Engine]:
    engine = fresh_shared(pg_url)
    yield engine
    engine.dispose()


@pytest.fixture
def replicas(tmp_path: Path, shared: Engine) -> Iterator[list[tuple[Database, SyncEngine]]]:
    made: list[tuple[Database, SyncEngine]] = []
    for code in ("IH", "MIG"):
        made.append(new_replica(tmp_path, shared, code, faults=Faults()))
    for _db, engine in made:
        assert engine.run_once().ok  # the initial load
    yield made
    for db, _engine in made:
        db.close()


def actor_at(db: Database, role: Role = Role.LOCATION_ADMIN) -> Actor:
    location_id = local.get_state(db, local.STATE_LOCATION)
    assert location_id is not None
    return Actor(location_id=uuid.UUID(location_id), role=role, name="Test")


def book_a_room(db: Database, *, hour: int = 10) -> uuid.UUID:
    """An organisation with a contact, a room and one booking: four transactions."""
    admin = actor_at(db)
    org = orgs.create_organisation(db.unit_of_work(admin), name=f"Verein {uuid.uuid4().hex[:6]}")
    contacts.add_contact(
        db.unit_of_work(admin), organisation_id=org.id, name="Ana", is_responsible=True
    )
    assert admin.location_id is not None
    room = rooms.create_room(
        db.unit_of_work(admin), location_id=admin.location_id, name="Saal", capacity=10
    )
    booking = rooms.book_room(
        db.unit_of_work(admin), room_id=room.id, organisation_id=org.id, title="Probe",
        starts_at=datetime(2026, 12, 3, hour, tzinfo=BERLIN),
        ends_at=datetime(2026, 12, 3, hour + 1, tzinfo=BERLIN),
        status=BookingStatus.TENTATIVE,
    )  # fmt: skip
    return booking.id


def booking_status(db: Database, booking_id: uuid.UUID) -> BookingStatus | None:
    with db.engine.connect() as conn:
        return conn.scalar(select(RoomBooking.status).where(RoomBooking.id == booking_id))


def change_log(shared: Engine) -> list[tuple[object, ...]]:
    with shared.connect() as conn:
        rows = conn.execute(
            text("SELECT seq, table_name, row_id, row::text FROM sync_change_log ORDER BY seq")
        )
        return [tuple(row) for row in rows]


def assert_converged(shared: Engine, *dbs: Database) -> None:
    with shared.connect() as conn:
        for table in SYNCED_TABLES:
            expected = server.server_hash(conn, table)
            for db in dbs:
                assert local.local_hash(db, table) == expected, table


def test_a_booking_made_at_one_replica_appears_confirmed_at_the_other(
    replicas: list[tuple[Database, SyncEngine]], shared: Engine
) -> None:
    (db_a, engine_a), (db_b, engine_b) = replicas
    booking_id = book_a_room(db_a)
    assert local.pending_count(db_a) > 0
    assert booking_status(db_b, booking_id) is None

    pushed = engine_a.run_once()
    assert pushed.ok
    assert pushed.pushed > 0 and pushed.applied == pushed.pushed
    assert pushed.pending == 0
    pulled = engine_b.run_once()
    assert pulled.ok and pulled.pulled > 0

    assert booking_status(db_b, booking_id) is BookingStatus.CONFIRMED
    assert booking_status(db_a, booking_id) is BookingStatus.CONFIRMED  # the server decided
    assert_converged(shared, db_a, db_b)


@pytest.mark.parametrize("resends", [1, 2, 3])
def test_a_reply_lost_after_the_server_commit_is_resent_without_duplicates(
    replicas: list[tuple[Database, SyncEngine]], shared: Engine, resends: int
) -> None:
    (db_a, engine_a), (db_b, engine_b) = replicas
    book_a_room(db_a)
    waiting = local.pending_count(db_a)
    assert engine_a.faults is not None
    engine_a.faults.arm("push.after_server_commit", times=resends)

    first = engine_a.run_once()
    assert first.error == OFFLINE
    assert local.pending_count(db_a) == waiting  # not acknowledged: sent again
    committed = change_log(shared)
    assert committed  # the server did commit the batch whose reply was lost
    with shared.connect() as conn:
        applied_ops = conn.execute(text("SELECT count(*) FROM sync_applied_op")).scalar_one()
    assert applied_ops == waiting

    for _ in range(resends - 1):
        assert engine_a.run_once().error == OFFLINE
        assert local.pending_count(db_a) == waiting
    final = engine_a.run_once()
    assert final.ok
    assert final.pushed == waiting and final.pending == 0

    assert change_log(shared) == committed  # the resends wrote no change-log entry
    with shared.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sync_applied_op")).scalar_one() == waiting
        assert conn.execute(text("SELECT count(*) FROM room_booking")).scalar_one() == 1
    assert engine_b.run_once().ok
    with db_b.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(RoomBooking)) == 1
    assert_converged(shared, db_a, db_b)


def test_a_page_applied_before_the_connection_drops_is_not_applied_twice(
    replicas: list[tuple[Database, SyncEngine]], shared: Engine
) -> None:
    (db_a, engine_a), (db_b, engine_b) = replicas
    book_a_room(db_a)
    assert engine_a.run_once().ok
    assert engine_b.faults is not None
    engine_b.faults.arm("pull.after_apply")
    engine_b.pull_page = 2
    assert engine_b.run_once().error == OFFLINE
    cursor_after_fault = local.get_cursor(db_b)
    assert cursor_after_fault > 0  # the first page is in, with its cursor
    assert engine_b.run_once().ok
    assert local.get_cursor(db_b) > cursor_after_fault
    assert_converged(shared, db_a, db_b)


def _set_server_revision(shared: Engine, revision: str) -> None:
    with shared.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


@pytest.mark.parametrize("client_is", ["older", "newer"])
def test_schema_skew_pauses_push_keeps_the_queue_and_pull_goes_on(
    replicas: list[tuple[Database, SyncEngine]],
    shared: Engine,
    monkeypatch: pytest.MonkeyPatch,
    client_is: str,
) -> None:
    (db_a, engine_a), (db_b, engine_b) = replicas
    booking_at_b = book_a_room(db_b, hour=15)  # reaches the server before the skew
    assert engine_b.run_once().ok
    book_a_room(db_a)
    waiting = local.pending_count(db_a)

    if client_is == "newer":
        _set_server_revision(shared, "0005")  # as if the server were one migration behind
    else:
        monkeypatch.setattr(engine_module, "HEAD_REVISION", f"{int(HEAD_REVISION) - 1:04d}")
    paused = engine_a.run_once()
    assert paused.ok  # not an error: a state the admin resolves by updating
    assert paused.paused_reason is not None
    expected = (
        "gemeinsame Datenbank aktualisieren" if client_is == "newer" else "HoR Desk aktualisieren"
    )
    assert expected in paused.paused_reason
    assert f"{waiting} wartenden Änderungen bleiben erhalten" in paused.paused_reason
    assert paused.pushed == 0 and local.pending_count(db_a) == waiting
    assert paused.pulled > 0  # pull continued
    assert booking_status(db_a, booking_at_b) is BookingStatus.CONFIRMED
    assert engine_a.status().paused_reason == paused.paused_reason

    _set_server_revision(shared, HEAD_REVISION)
    monkeypatch.setattr(engine_module, "HEAD_REVISION", HEAD_REVISION)
    resumed = engine_a.run_once()
    assert resumed.ok and resumed.paused_reason is None
    assert resumed.pushed == waiting and local.pending_count(db_a) == 0
    assert engine_a.status().paused_reason is None
    assert engine_b.run_once().ok
    assert_converged(shared, db_a, db_b)


def test_an_unreachable_server_is_reported_offline_quickly_and_nothing_is_lost(
    replicas: list[tuple[Database, SyncEngine]], shared: Engine, pg_url: str
) -> None:
    (db_a, engine_a), (db_b, engine_b) = replicas
    book_a_room(db_a)
    waiting = local.pending_count(db_a)
    cursor = local.get_cursor(db_a)
    gone = create_shared_engine(pg_url.replace(":5432/", ":1/"))
    offline_engine = SyncEngine(db_a, gone)
    started = time.perf_counter()
    report = offline_engine.run_once()
    assert time.perf_counter() - started < 5
    assert report.error == OFFLINE
    assert report.offline and report.pending == waiting
    assert report.offline_reason  # what the driver said, for the log
    assert "Keine Verbindung" in report.summary()
    assert local.pending_count(db_a) == waiting and local.get_cursor(db_a) == cursor
    status = offline_engine.status()
    assert status.online is False and status.last_error == OFFLINE and status.pending == waiting
    assert offline_engine.probe() is False
    gone.dispose()

    back = engine_a.run_once()
    assert back.ok and back.pushed == waiting
    assert engine_b.run_once().ok
    assert_converged(shared, db_a, db_b)


def test_an_interrupted_initial_load_resumes_where_it_stopped(
    tmp_path: Path, shared: Engine, replicas: list[tuple[Database, SyncEngine]]
) -> None:
    db_a, engine_a = replicas[0]
    book_a_room(db_a)
    assert engine_a.run_once().ok
    faults = Faults()
    db_c, engine_c = new_replica(tmp_path, shared, "JN", faults=faults, bootstrap_chunk=2)
    faults.arm("bootstrap.after_chunk", skip=2)
    first = engine_c.run_once()
    assert first.error == OFFLINE and not first.bootstrap_complete
    assert engine_c.status().bootstrap_complete is False
    progress = local.bootstrap_progress(db_c)
    assert progress is not None and progress.rows_loaded > 0

    second = engine_c.run_once()
    assert second.ok and second.bootstrap_complete
    assert faults.hits["bootstrap.after_chunk"] > 3
    assert_converged(shared, db_a, db_c)
    db_c.close()


def test_the_sync_log_keeps_the_rounds_newest_first(
    replicas: list[tuple[Database, SyncEngine]],
) -> None:
    db_a, engine_a = replicas[0]
    book_a_room(db_a)
    engine_a.run_once()
    entries = engine_a.sync_log()
    assert len(entries) == 2  # the initial load and this round
    assert entries[0].pushed > 0 and entries[1].pushed == 0
    assert entries[0].summary.startswith("Synchronisiert:")
    assert engine_a.status().last_sync_at is not None


def test_a_replica_does_not_sync_with_a_different_server_at_the_same_address(
    replicas: list[tuple[Database, SyncEngine]], pg_url: str
) -> None:
    db_a, engine_a = replicas[0]
    book_a_room(db_a)
    waiting = local.pending_count(db_a)
    fresh_shared(pg_url).dispose()  # set up anew: another server id
    report = engine_a.run_once()
    assert report.error is not None and "anderen gemeinsamen Datenbank" in report.error
    assert report.pushed == 0 and report.pulled == 0
    assert local.pending_count(db_a) == waiting
