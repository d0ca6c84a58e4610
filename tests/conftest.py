"""Shared fixtures: a real SQLite file per test, a fixed clock, actors, PostgreSQL URL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import Role
from hor_desktop.services.locations import LocationDTO, seed_cologne_locations
from hor_desktop.store.database import Database, open_database
from tests.keyring_support import MemoryKeyring

SYSTEM = Actor(location_id=None, role=Role.ADMIN)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "hor.sqlite"


@pytest.fixture
def db(db_path: Path, clock: FixedClock) -> Iterator[Database]:
    """A migrated SQLite file database with the four Cologne locations."""
    database = open_database(f"sqlite:///{db_path}", clock=clock)
    seed_cologne_locations(database.unit_of_work(SYSTEM))
    yield database
    database.close()


@pytest.fixture
def locations(db: Database) -> list[LocationDTO]:
    from hor_desktop.services.locations import list_locations

    return list_locations(db.unit_of_work(SYSTEM))


@pytest.fixture
def desk_actor(locations: list[LocationDTO]) -> Actor:
    """Reception staff at the first location (no staff row: services do not need one)."""
    return Actor(location_id=locations[0].id, role=Role.DESK, name="Empfang")


@pytest.fixture
def admin_actor(locations: list[LocationDTO]) -> Actor:
    return Actor(location_id=locations[0].id, role=Role.ADMIN, name="Admin")


@pytest.fixture
def location_admin(desk_actor: Actor) -> Actor:
    return Actor(location_id=desk_actor.location_id, role=Role.LOCATION_ADMIN, name="Leitung")


def pg_url_or_skip() -> str:
    """A throwaway PostgreSQL database (HOR_TEST_PG_URL); CI must have one.

    A function as well as the ``pg_url`` fixture: module-scoped fixtures cannot use that.
    """
    url = os.environ.get("HOR_TEST_PG_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI is set but HOR_TEST_PG_URL is not: .ci/run must provide PostgreSQL")
        pytest.skip("no PostgreSQL: set HOR_TEST_PG_URL to run the postgres tests")
    return url


@pytest.fixture
def pg_url() -> str:
    return pg_url_or_skip()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory system keyring for the test (the real one is put back afterwards)."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
