"""SQLite pragmas, the single-instance lock, the WAL-reset verdict and URL errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from hor_desktop.core.errors import DatabaseLockedError, DatabaseUnavailableError
from hor_desktop.store.database import Database, open_database
from hor_desktop.store.engine import BUSY_TIMEOUT_MS, parse_url, sqlite_path, sqlite_protection


def _pragma(db: Database, name: str) -> object:
    with db.engine.connect() as connection:
        return connection.execute(text(f"PRAGMA {name}")).scalar()


def test_journal_mode_is_wal(db: Database) -> None:
    assert _pragma(db, "journal_mode") == "wal"


def test_synchronous_is_full(db: Database) -> None:
    assert _pragma(db, "synchronous") == 2  # 2 = FULL


def test_foreign_keys_are_enforced(db: Database) -> None:
    assert _pragma(db, "foreign_keys") == 1


def test_busy_timeout_is_set(db: Database) -> None:
    assert _pragma(db, "busy_timeout") == BUSY_TIMEOUT_MS


def test_pragmas_hold_on_a_fresh_connection_after_dispose(db: Database) -> None:
    db.engine.dispose()
    assert _pragma(db, "foreign_keys") == 1
    assert _pragma(db, "journal_mode") == "wal"


def test_second_open_of_the_same_file_is_locked(db_path: Path) -> None:
    url = f"sqlite:///{db_path}"
    first = open_database(url)
    try:
        with pytest.raises(DatabaseLockedError) as caught:
            open_database(url)
        assert str(db_path) in caught.value.message
    finally:
        first.close()


def test_file_opens_again_after_close(db_path: Path) -> None:
    url = f"sqlite:///{db_path}"
    open_database(url).close()
    second = open_database(url)
    try:
        assert second.lock is not None and second.lock.held
    finally:
        second.close()
    assert not second.lock.held


def test_other_files_are_not_locked(tmp_path: Path) -> None:
    with open_database(f"sqlite:///{tmp_path / 'a.sqlite'}"):
        open_database(f"sqlite:///{tmp_path / 'b.sqlite'}").close()


@pytest.mark.parametrize(
    ("version", "fixed"),
    [
        ("3.40.1", False),  # Debian 12
        ("3.44.5", False),
        ("3.44.6", True),  # backport
        ("3.45.1", False),
        ("3.50.6", False),
        ("3.50.7", True),  # backport
        ("3.51.2", False),
        ("3.51.3", True),  # first fixed mainline release
        ("3.52.0", True),
    ],
)
def test_sqlite_protection_verdict(version: str, fixed: bool) -> None:
    verdict = sqlite_protection(version)
    assert verdict.version == version
    assert verdict.fixed is fixed


def test_sqlite_protection_describes_the_protection_in_force() -> None:
    assert "single-instance lock" in sqlite_protection("3.40.1").describe()
    assert "fixed" in sqlite_protection("3.51.3").describe()


@pytest.mark.parametrize(
    "url",
    ["not a url", "mysql://user@host/db", "sqlite//missing-colon.db", ""],
)
def test_malformed_url_is_database_unavailable(url: str) -> None:
    with pytest.raises(DatabaseUnavailableError):
        open_database(url)


def test_unwritable_sqlite_location_is_database_unavailable(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    with pytest.raises(DatabaseUnavailableError):
        open_database(f"sqlite:///{blocker / 'sub' / 'hor.sqlite'}")


def test_plain_postgresql_url_gets_the_psycopg_driver() -> None:
    assert parse_url("postgresql://u@h/db").drivername == "postgresql+psycopg"


def test_sqlite_path_is_none_for_memory_and_postgresql() -> None:
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("postgresql://u@h/db") is None
    assert sqlite_path("sqlite:////tmp/x.sqlite") == Path("/tmp/x.sqlite")


def test_freed_pages_are_overwritten_for_data_protection(db: Database) -> None:
    assert _pragma(db, "secure_delete") == 1
