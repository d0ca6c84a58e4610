"""Acceptance test 11 (issue #6): two offline replicas book the same room and slot, then
reconnect; within two sync rounds the "Konflikte" tab at both locations shows the card.

Against the real shared PostgreSQL (HOR_TEST_PG_URL), with the real SyncScheduler thread
attached to each window's bridge, as app.py does in replica mode.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import BERLIN, SystemClock
from hor_desktop.core.enums import BookingStatus, Role
from hor_desktop.printing.archive import DocumentArchive
from hor_desktop.services import contacts, rooms
from hor_desktop.services import organisations as orgs
from hor_desktop.services.locations import list_locations
from hor_desktop.store.database import Database, open_database
from hor_desktop.sync import local
from hor_desktop.sync.scheduler import SyncScheduler
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.main_window import MainWindow, SessionInfo
from hor_desktop.ui.staff.session import StaffSession
from hor_desktop.ui.tasks import ImmediateRunner
from tests.sync.engine_helpers import fresh_shared, new_replica

pytestmark = pytest.mark.postgres

SYSTEM = Actor(location_id=None, role=Role.ADMIN, name="test")


@pytest.fixture
def shared(pg_url: str) -> Iterator[Engine]:
    engine = fresh_shared(pg_url)
    yield engine
    engine.dispose()


def seed_room_and_organisations(pg_url: str) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """On the shared database: a room at MIG and two organisations that may book."""
    direct = open_database(pg_url, migrate=False, exclusive=False)
    try:
        mig = next(loc for loc in list_locations(direct.unit_of_work(SYSTEM)) if loc.code == "MIG")
        admin = Actor(location_id=mig.id, role=Role.ADMIN, name="Leitung")
        room = rooms.create_room(
            direct.unit_of_work(admin), location_id=mig.id, name="Großer Saal", capacity=30
        )
        made = []
        for name in ("Afrika Forum e. V.", "Bildungsverein Köln"):
            org = orgs.create_organisation(direct.unit_of_work(admin), name=name)
            contacts.add_contact(
                direct.unit_of_work(admin), organisation_id=org.id, name="Ana",
                is_responsible=True,
            )  # fmt: skip
            made.append(org.id)
        return room.id, made[0], made[1]
    finally:
        direct.close()


def replica_window(
    qtbot: QtBot, db: Database, tmp_path: Path, code: str
) -> tuple[MainWindow, Actor]:
    location_id = uuid.UUID(str(local.get_state(db, local.STATE_LOCATION)))
    location = next(loc for loc in list_locations(db.unit_of_work(SYSTEM)) if loc.id == location_id)
    actor = Actor(location_id=location_id, role=Role.DESK, name=f"Empfang {code}")
    context = DeskContext(
        unit_of_work=db.unit_of_work, session=StaffSession(actor), location=location,
        runner=ImmediateRunner(), archive=DocumentArchive(tmp_path / f"archiv-{code}"),
        house_name="Haus der Ressourcen Köln", mode="replica",
    )  # fmt: skip
    window = MainWindow(SessionInfo("replica", f"{code}.sqlite", code, location.name), context)
    qtbot.addWidget(window)
    window.show()
    return window, actor


def test_two_offline_replicas_double_book_and_both_inboxes_show_the_card(
    qtbot: QtBot, tmp_path: Path, pg_url: str, shared: Engine
) -> None:
    room_id, org_a, org_b = seed_room_and_organisations(pg_url)
    (db_mig, engine_mig) = new_replica(tmp_path, shared, "MIG", clock=SystemClock())
    (db_ih, engine_ih) = new_replica(tmp_path, shared, "IH", clock=SystemClock())
    for engine in (engine_mig, engine_ih):
        assert engine.run_once().ok  # the initial load, while the network is still up
    window_mig, actor_mig = replica_window(qtbot, db_mig, tmp_path, "MIG")
    window_ih, actor_ih = replica_window(qtbot, db_ih, tmp_path, "IH")

    # Offline: nothing syncs while both desks book the same room for the same evening.
    day = datetime.now(BERLIN).date() + timedelta(days=7)
    start = datetime.combine(day, time(18, 0), BERLIN)
    end = datetime.combine(day, time(21, 0), BERLIN)
    booked = {}
    for db, actor, org, title in (
        (db_mig, actor_mig, org_a, "Vorstandssitzung"), (db_ih, actor_ih, org_b, "Sprachkurs"),
    ):  # fmt: skip
        booked[title] = rooms.book_room(
            db.unit_of_work(actor), room_id=room_id, organisation_id=org, title=title,
            starts_at=start, ends_at=end, status=BookingStatus.TENTATIVE,
        ).id  # fmt: skip
        assert local.pending_count(db) > 0

    # Reconnect: each window gets its scheduler, as app.py attaches it after the first paint.
    schedulers: list[SyncScheduler] = []
    try:
        for window, engine in ((window_mig, engine_mig), (window_ih, engine_ih)):
            scheduler = SyncScheduler(engine, interval_s=3600, watch_commits=False)
            window.sync_bridge.attach(scheduler)
            schedulers.append(scheduler)
        tabs = [window_mig.conflicts_tab, window_ih.conflicts_tab]
        for scheduler in schedulers:
            scheduler.start()  # round 1 runs at once
        qtbot.waitUntil(lambda: all(s.rounds >= 1 for s in schedulers), timeout=30_000)
        for scheduler in schedulers:
            scheduler.request_round()  # round 2
        qtbot.waitUntil(lambda: all(s.rounds >= 2 for s in schedulers), timeout=30_000)
        qtbot.waitUntil(lambda: all(tab.model.rowCount() == 1 for tab in tabs), timeout=10_000)
        assert [s.rounds for s in schedulers] == [2, 2]
        assert all(s.last_report is not None and s.last_report.ok for s in schedulers)
    finally:
        for scheduler in schedulers:
            scheduler.stop()

    for tab in tabs:
        card = tab.model.conflict(0)
        assert card.kind == "room_double" and card.b is not None
        assert {card.a.row_id, card.b.row_id} == set(booked.values())
        assert {card.a.organisation_name, card.b.organisation_name} == {
            "Afrika Forum e. V.", "Bildungsverein Köln",
        }  # fmt: skip
        assert card.a.resource == card.b.resource == "Großer Saal"
        assert tab.detail.side_a.isVisibleTo(tab) and tab.detail.side_b.isVisibleTo(tab)
        assert tab.move_action.isEnabled()
    # The status bars count it as well.
    for window in (window_mig, window_ih):
        assert window.sync_status is not None
        qtbot.waitUntil(lambda w=window: w.sync_status.conflicts == 1, timeout=5_000)
    for engine in (engine_mig, engine_ih):
        engine.close()
