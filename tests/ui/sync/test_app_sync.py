"""app.py starts sync only in replica mode, after the window exists, and says when it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hor_desktop import app
from hor_desktop.config import Settings
from hor_desktop.store.database import open_database
from hor_desktop.sync.engine import init_replica
from hor_desktop.ui.tasks import ImmediateRunner
from tests.sync.engine_helpers import fresh_shared


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "home" / name.lower()))
    monkeypatch.delenv("HOR_DATABASE_URL", raising=False)


def _startup(db_path: Path, mode: str) -> app.Startup:
    settings = Settings(
        mode=mode,  # type: ignore[arg-type]
        database_url=f"sqlite:///{db_path}",
        shared_url="postgresql+psycopg://hor@127.0.0.1:1/none" if mode == "replica" else None,
    )
    return app.open_startup(settings)


def test_local_mode_starts_no_sync(qtbot: QtBot, db_path: Path) -> None:
    startup = _startup(db_path, "local")
    try:
        window = app.build_window(startup, runner=ImmediateRunner())
        qtbot.addWidget(window)
        app.start_sync(startup, window)
        assert startup.scheduler is None and not window.sync_bridge.syncing
    finally:
        startup.close()


def test_a_file_that_is_no_replica_yet_says_how_to_make_one(qtbot: QtBot, db_path: Path) -> None:
    startup = _startup(db_path, "replica")
    try:
        window = app.build_window(startup, runner=ImmediateRunner())
        qtbot.addWidget(window)
        app.start_sync(startup, window)
        assert startup.scheduler is None and not window.sync_bridge.syncing
        message = window.statusBar().currentMessage()
        assert message.startswith("Synchronisation nicht gestartet:")
        assert "hor-admin replica init" in message
    finally:
        startup.close()


@pytest.mark.postgres
def test_a_replica_syncs_in_the_background_and_stops_with_the_window(
    qtbot: QtBot, tmp_path: Path, pg_url: str
) -> None:
    shared = fresh_shared(pg_url)
    try:
        db = open_database(f"sqlite:///{tmp_path / 'MIG.sqlite'}")
        init_replica(db, shared, location_code="MIG")
        db.close()  # the app opens it itself
        settings = Settings(
            mode="replica", database_url=f"sqlite:///{tmp_path / 'MIG.sqlite'}",
            location_code="MIG", shared_url=pg_url,
        )  # fmt: skip
        startup = app.open_startup(settings)
        try:
            window = app.build_window(startup)
            qtbot.addWidget(window)
            app.start_sync(startup, window)
            widget = window.sync_status
            assert widget is not None
            qtbot.waitUntil(lambda: widget.online_label.text() == "● Online", timeout=20_000)
            qtbot.waitUntil(
                lambda: widget.last_label.text().startswith("Zuletzt: "), timeout=20_000
            )
            assert startup.scheduler is not None and startup.scheduler.is_running
            scheduler = startup.scheduler
        finally:
            app.shutdown(startup, window)
        assert not scheduler.is_running and startup.scheduler is None
    finally:
        shared.dispose()
