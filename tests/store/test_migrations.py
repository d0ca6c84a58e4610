"""Migrations agree with the models, refuse a newer schema and back up before an upgrade."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.exc import DBAPIError

from hor_desktop.core.clock import FixedClock
from hor_desktop.core.errors import DatabaseTooNewError
from hor_desktop.services.locations import seed_cologne_locations
from hor_desktop.store import migrate
from hor_desktop.store.base import SYNCED_TABLES
from hor_desktop.store.database import open_database
from hor_desktop.store.migrate import (
    backup_sqlite_file,
    check_not_newer,
    current_revision,
    head_revision,
    upgrade_to_head,
)
from hor_desktop.store.models import Base, Location
from tests.conftest import SYSTEM

# A second revision for the upgrade test only: it adds a table the models do not know,
# so the test runs a real upgrade without touching the shipped migrations.
_NEXT_REVISION = '''"""Test-only revision on top of the shipped head."""
import sqlalchemy as sa
from alembic import op

revision = "9000_test_next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_only_upgrade", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("test_only_upgrade")
'''


def _schema_differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def _stamp(url: str, revision: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :rev"), {"rev": revision})
    engine.dispose()


@pytest.fixture
def empty_pg_url(pg_url: str) -> Iterator[str]:
    """The test PostgreSQL with an empty public schema, so each run starts from nothing."""
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    yield pg_url


def test_models_and_migrations_agree_on_sqlite(db_path: Path) -> None:
    with open_database(f"sqlite:///{db_path}") as database:
        assert _schema_differences(database.engine) == []


def test_empty_sqlite_is_migrated_to_head(db_path: Path) -> None:
    with (
        open_database(f"sqlite:///{db_path}") as database,
        database.engine.connect() as connection,
    ):
        assert current_revision(connection) == head_revision()


@pytest.mark.postgres
def test_models_and_migrations_agree_on_postgresql(empty_pg_url: str) -> None:
    with open_database(empty_pg_url) as database:
        with database.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
        assert _schema_differences(database.engine) == []


@pytest.mark.postgres
def test_raw_sql_delete_is_refused_on_postgresql(empty_pg_url: str, clock: FixedClock) -> None:
    with open_database(empty_pg_url, clock=clock) as database:
        seed_cologne_locations(database.unit_of_work(SYSTEM))
        with database.engine.connect() as connection:
            with pytest.raises(DBAPIError, match="hard delete refused"):
                connection.execute(text("DELETE FROM location"))
            connection.rollback()
            assert connection.scalar(select(func.count()).select_from(Location)) == 4


def test_unknown_revision_is_refused(db_path: Path) -> None:
    url = f"sqlite:///{db_path}"
    open_database(url).close()
    _stamp(url, "9999_future")
    with pytest.raises(DatabaseTooNewError, match="9999_future"):
        open_database(url)


def test_refused_database_is_released_for_the_next_attempt(db_path: Path) -> None:
    url = f"sqlite:///{db_path}"
    open_database(url).close()
    _stamp(url, "9999_future")
    with pytest.raises(DatabaseTooNewError):
        open_database(url)
    _stamp(url, head_revision())
    open_database(url).close()  # the failed attempt left no lock behind


def test_check_not_newer_accepts_known_revisions_and_an_empty_database() -> None:
    check_not_newer(None)
    check_not_newer(head_revision())
    with pytest.raises(DatabaseTooNewError):
        check_not_newer("9999_future")


def test_backup_sqlite_file_is_a_consistent_copy(db_path: Path, clock: FixedClock) -> None:
    with open_database(f"sqlite:///{db_path}", clock=clock) as database:
        seed_cologne_locations(database.unit_of_work(SYSTEM))
        # Taken while the writer is open and the rows may still sit in the WAL file.
        backup = backup_sqlite_file(db_path, "0001")
    assert backup.parent == db_path.parent
    assert backup.name.startswith("hor.before-0001-")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT count(*) FROM location").fetchone() == (4,)
    copy.close()


def test_upgrade_from_older_revision_takes_a_backup_first(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FixedClock
) -> None:
    shipped_head = head_revision()
    url = f"sqlite:///{db_path}"
    with open_database(url, clock=clock) as database:
        seed_cologne_locations(database.unit_of_work(SYSTEM))

    # A newer program: the shipped migrations plus one more revision.
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "9000_test_next.py").write_text(
        _NEXT_REVISION.format(head=shipped_head), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9000_test_next")
    assert head_revision() == "9000_test_next"

    database = open_database(url, clock=clock, migrate=False)
    try:
        backup = upgrade_to_head(database.engine)
        with database.engine.connect() as connection:
            assert current_revision(connection) == "9000_test_next"
    finally:
        database.close()

    assert backup is not None
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (shipped_head,)
        assert copy.execute("SELECT count(*) FROM location").fetchone() == (4,)
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master")}
    copy.close()
    assert "test_only_upgrade" not in tables


def test_database_at_head_is_not_backed_up(db_path: Path) -> None:
    url = f"sqlite:///{db_path}"
    open_database(url).close()
    with open_database(url, migrate=False) as database:
        assert upgrade_to_head(database.engine) is None
    assert not list(db_path.parent.glob("*.bak"))


def test_the_known_head_revision_is_alembics_head() -> None:
    from hor_desktop.store.migrate import HEAD_REVISION, head_revision

    assert head_revision() == HEAD_REVISION


def _tables_with_delete_guard(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            rows = connection.execute(
                text("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE :n"),
                {"n": "trg_%_no_delete"},
            )
        else:
            rows = connection.execute(
                text(
                    "SELECT event_object_table FROM information_schema.triggers "
                    "WHERE trigger_name LIKE 'trg_%_no_delete'"
                )
            )
        return {row[0] for row in rows}


def test_every_synced_table_refuses_hard_delete_after_all_migrations(db_path: Path) -> None:
    # Regression: SQLite batch mode rebuilds a table to add a foreign key, dropping its
    # triggers; each migration that does so must re-arm the guard.
    with open_database(f"sqlite:///{db_path}") as database:
        assert _tables_with_delete_guard(database.engine) == set(SYNCED_TABLES)


@pytest.mark.postgres
def test_every_synced_table_refuses_hard_delete_on_postgresql(empty_pg_url: str) -> None:
    with open_database(empty_pg_url) as database:
        assert _tables_with_delete_guard(database.engine) == set(SYNCED_TABLES)


def test_upgrade_of_a_filled_database_keeps_rows_and_guards(
    db_path: Path, clock: FixedClock
) -> None:
    # Regression: 0004 first rebuilt 'loan' in batch mode, which failed on real data with
    # "FOREIGN KEY constraint failed" because loan_line rows point at it.
    from alembic import command

    url = f"sqlite:///{db_path}"
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0003")
    engine.dispose()
    ids = {name: uuid.uuid4().hex for name in ("loc", "org", "person", "cat", "item", "loan")}
    rows: list[tuple[str, dict[str, object]]] = [
        ("location", {"id": ids["loc"], "code": "TST", "name": "T", "association": "A",
                      "opening_hours": "{}"}),
        ("organisation", {"id": ids["org"], "name": "O", "name_key": "o",
                          "document_language": "de", "status": "active"}),
        ("contact", {"id": ids["person"], "organisation_id": ids["org"], "name": "C",
                     "name_key": "c", "is_responsible": 1, "may_sign": 1}),
        ("equipment_category", {"id": ids["cat"], "name": "K", "default_loan_days": 7,
                                "deposit_cents": 0, "checklist": "[]"}),
        ("equipment_item", {"id": ids["item"], "inventory_no": "1000", "name": "I",
                            "name_key": "i", "category_id": ids["cat"],
                            "home_location_id": ids["loc"], "current_location_id": ids["loc"],
                            "status": "available"}),
        ("loan", {"id": ids["loan"], "receipt_no": "TST-2026-00001", "organisation_id": ids["org"],
                  "contact_id": ids["person"], "start_date": "2026-11-25",
                  "due_date": "2026-11-30", "deposit_cents": 0, "state": "out",
                  "location_out_id": ids["loc"]}),
        ("loan_line", {"id": uuid.uuid4().hex, "loan_id": ids["loan"], "item_id": ids["item"]}),
    ]  # fmt: skip
    with sqlite3.connect(db_path) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        for table, own in rows:
            values = {**own, "created_at": "2026-11-25 09:00:00",
                      "updated_at": "2026-11-25 09:00:00", "row_hlc": "0"}  # fmt: skip
            columns = ", ".join(values)
            marks = ", ".join(f":{name}" for name in values)
            raw.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)
    raw.close()

    with open_database(url, clock=clock) as database:
        with database.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            assert connection.execute(text("SELECT count(*) FROM loan_line")).scalar() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert _tables_with_delete_guard(database.engine) == set(SYNCED_TABLES)
