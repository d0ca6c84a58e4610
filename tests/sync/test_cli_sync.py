"""hor-admin migrate --shared, replica init, sync --once and sync --status."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text

from hor_desktop.cli import main
from hor_desktop.store.database import open_database
from hor_desktop.store.migrate import HEAD_REVISION
from hor_desktop.sync import local
from hor_desktop.sync.connection import create_shared_engine

from .engine_helpers import fresh_shared
from .test_engine import book_a_room

pytestmark = pytest.mark.postgres


def replica_init(database: str, shared: str, code: str) -> int:
    return main(["--db", database, "replica", "init", "--shared", shared, "--location", code])


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the developer's own settings and database out of the tests."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("HOR_DATABASE_URL", raising=False)


@pytest.fixture
def empty_shared(pg_url: str) -> str:
    engine = create_shared_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return pg_url


@pytest.fixture
def shared_url(pg_url: str) -> str:
    fresh_shared(pg_url).dispose()
    return pg_url


def test_migrate_shared_sets_up_an_empty_server_and_twice_is_harmless(
    empty_shared: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate", "--shared", empty_shared]) == 0
    out = capsys.readouterr().out
    assert f"Schema: (leer) → {HEAD_REVISION}" in out
    assert "btree_gist" in out
    server_id = re.search(r"Server-ID: (\S+)", out)
    assert server_id is not None
    engine = create_shared_engine(empty_shared)
    with engine.connect() as conn:
        tables = set(
            conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars()
        )
        assert {"sync_change_log", "sync_applied_op", "room_booking"} <= tables
        assert (
            conn.execute(
                text("SELECT count(*) FROM pg_extension WHERE extname = 'btree_gist'")
            ).scalar_one()
            == 1
        )
    engine.dispose()

    assert main(["migrate", "--shared", empty_shared]) == 0
    again = capsys.readouterr().out
    assert f"Schema: {HEAD_REVISION} (aktuell)" in again
    assert f"Server-ID: {server_id.group(1)}" in again  # the same server


def test_migrate_shared_of_an_unreachable_server_is_one_line(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate", "--shared", pg_url.replace(":5432/", ":1/")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("hor-admin: Die Datenbank ist nicht erreichbar")


def test_replica_init_then_sync_once_and_status(
    tmp_path: Path, shared_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    replica = f"sqlite:///{tmp_path / 'ih.sqlite'}"
    assert replica_init(replica, shared_url, "ih") == 0
    out = capsys.readouterr().out
    assert "Replikat angelegt: Standort IH" in out
    assert "Erstbefüllung abgeschlossen" in out

    assert main(["--db", replica, "sync", "--status"]) == 0
    status = capsys.readouterr().out
    assert "Wartende Änderungen: 0" in status
    assert "Offene Konflikte: 0" in status
    assert re.search(r"Letzte Synchronisation: \d\d\.\d\d\.\d{4} \d\d:\d\d", status)

    with open_database(replica) as db:
        book_a_room(db)
        waiting = local.pending_count(db)
    assert main(["--db", replica, "sync", "--status"]) == 0
    assert f"Wartende Änderungen: {waiting}" in capsys.readouterr().out

    assert main(["--db", replica, "sync", "--once", "--shared", shared_url]) == 0
    once = capsys.readouterr().out
    assert once.startswith("Synchronisiert: ")
    assert f"{waiting} Änderungen gesendet ({waiting} übernommen)" in once
    assert "0 warten" in once
    assert main(["--db", replica, "sync", "--status"]) == 0
    assert "Wartende Änderungen: 0" in capsys.readouterr().out


def test_sync_once_while_offline_says_so_and_keeps_the_changes(
    tmp_path: Path, shared_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    replica = f"sqlite:///{tmp_path / 'mig.sqlite'}"
    assert replica_init(replica, shared_url, "MIG") == 0
    with open_database(replica) as db:
        book_a_room(db)
        waiting = local.pending_count(db)
    capsys.readouterr()
    gone = shared_url.replace(":5432/", ":1/")
    assert main(["--db", replica, "sync", "--once", "--shared", gone]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Keine Verbindung zur gemeinsamen Datenbank (")  # with the reason
    assert f"nichts geht verloren, {waiting} Änderungen warten." in out
    assert main(["--db", replica, "sync", "--status"]) == 0
    status = capsys.readouterr().out
    assert f"Wartende Änderungen: {waiting}" in status
    assert "Letzter Fehler: keine Verbindung" in status


def test_replica_init_never_overwrites(
    tmp_path: Path, shared_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    replica = f"sqlite:///{tmp_path / 'ih.sqlite'}"
    assert replica_init(replica, shared_url, "IH") == 0
    capsys.readouterr()
    assert replica_init(replica, shared_url, "IH") == 2
    assert "nicht überschrieben" in capsys.readouterr().err

    own_data = f"sqlite:///{tmp_path / 'local.sqlite'}"
    assert main(["--db", own_data, "init"]) == 0  # a local desk with its own locations
    capsys.readouterr()
    assert replica_init(own_data, shared_url, "IH") == 2
    err = capsys.readouterr().err
    assert "Daten" in err
    with open_database(own_data) as db:
        assert not local.is_replica(db)


def test_sync_of_a_plain_local_database_asks_for_replica_init(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = f"sqlite:///{tmp_path / 'plain.sqlite'}"
    assert main(["--db", plain, "init"]) == 0
    capsys.readouterr()
    assert main(["--db", plain, "sync", "--once", "--shared", "postgresql://x@127.0.0.1:1/x"]) == 2
    assert "replica init" in capsys.readouterr().err
    assert main(["--db", plain, "sync", "--status"]) == 2
    assert "kein Replikat" in capsys.readouterr().err


def test_replica_init_of_an_unknown_location_names_the_known_ones(
    tmp_path: Path, shared_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    replica = f"sqlite:///{tmp_path / 'x.sqlite'}"
    assert replica_init(replica, shared_url, "XY") == 2
    err = capsys.readouterr().err
    assert "„XY“" in err and "MIG" in err
