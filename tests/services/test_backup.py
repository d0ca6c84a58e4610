"""Backups: online copy while writing, verified restore, daily rotation."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from hor_desktop.core.clock import FixedClock
from hor_desktop.core.errors import DatabaseLockedError, DatabaseTooNewError, ValidationError
from hor_desktop.services import backup
from hor_desktop.store.database import Database


def _counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        query = "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        names = [r[0] for r in connection.execute(query)]
        return {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        connection.close()


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def test_backup_while_another_thread_writes_restores_consistently(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    # Two tables written in one transaction each: a torn copy would show unequal counts.
    setup = sqlite3.connect(db_path)
    setup.executescript("CREATE TABLE probe_a (n INTEGER); CREATE TABLE probe_b (n INTEGER);")
    setup.close()
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        connection = sqlite3.connect(db_path, timeout=10, isolation_level=None)
        while not stop.is_set():
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany("INSERT INTO probe_a VALUES (?)", [(i,) for i in range(50)])
            connection.executemany("INSERT INTO probe_b VALUES (?)", [(i,) for i in range(50)])
            connection.execute("COMMIT")
            written[0] += 1
        connection.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while written[0] < 20:
            stop.wait(0.01)
        result = backup.backup_database(db_path, tmp_path / "copy.sqlite")
        during = written[0]
    finally:
        stop.set()
        thread.join()
    assert during >= 20  # the writer was busy when the copy was taken
    assert result.row_counts["probe_a"] == result.row_counts["probe_b"] > 0
    assert _integrity(result.path) == "ok"
    assert _counts(result.path) == result.row_counts
    assert not result.path.with_name("copy.sqlite.partial").exists()

    db.close()
    target = tmp_path / "restored.sqlite"
    backup.restore_database(result.path, target)
    assert _integrity(target) == "ok"
    assert _counts(target) == result.row_counts


def test_restore_keeps_the_previous_database_and_replaces_it(
    db: Database, db_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    saved = backup.backup_database(db_path, tmp_path / "saved.sqlite")
    db.close()
    changer = sqlite3.connect(db_path)
    changer.execute("UPDATE location SET name = 'geändert'")
    changer.commit()
    changer.close()
    previous = backup.restore_database(saved.path, db_path, clock=clock)
    assert previous.name == "hor.before-restore-20261125-100000.sqlite"
    assert _names(previous) == {"geändert"}
    assert "geändert" not in _names(db_path) and len(_names(db_path)) == 4


def _names(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM location")}
    finally:
        connection.close()


def test_restore_refuses_while_a_desk_holds_the_instance_lock(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    saved = backup.backup_database(db_path, tmp_path / "saved.sqlite")
    with pytest.raises(DatabaseLockedError):
        backup.restore_database(saved.path, db_path)


def test_restore_refuses_a_file_that_is_not_hor_desk(db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "fremd.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE kunden (name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(ValidationError, match="keine HoR-Desk-Datenbank"):
        backup.restore_database(other, db_path)
    text = tmp_path / "notiz.sqlite"
    text.write_text("kein SQLite", encoding="utf-8")
    with pytest.raises(ValidationError, match="keine lesbare SQLite-Datenbank"):
        backup.restore_database(text, db_path)
    assert not db_path.exists()


def test_restore_refuses_a_newer_schema_before_touching_anything(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    saved = backup.backup_database(db_path, tmp_path / "saved.sqlite")
    connection = sqlite3.connect(saved.path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError):
        backup.restore_database(saved.path, db_path)
    assert db_path.read_bytes() == before
    assert not list(tmp_path.glob("*before-restore*"))


def test_backup_does_not_need_the_instance_lock(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    assert db.lock is not None and db.lock.held
    result = backup.backup_database(db_path, tmp_path / "live.sqlite")
    assert backup.verify_backup(result.path) == result.revision
    assert db.lock.held


def test_daily_backup_once_a_day_and_keeps_the_newest(
    db: Database, db_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "Sicherungen"
    made = []
    for _day in range(4):
        made.append(backup.daily_backup(db_path, folder, keep=2, clock=clock))
        assert backup.daily_backup(db_path, folder, keep=2, clock=clock) is None
        clock.advance(timedelta(days=1))
    assert all(path is not None for path in made)
    left = sorted(p.name for p in folder.iterdir())
    assert left == ["hor-desk-hor-2026-11-27.sqlite", "hor-desk-hor-2026-11-28.sqlite"]
