"""Sync fixtures: replica databases on temporary SQLite files.

``replica_db(node, location_id)`` opens a fresh, migrated SQLite file and makes it a
capturing replica of ``TEST_SERVER_ID``; it then waits for its first load from the
server, unless ``bootstrapped=True`` marks an (empty) load as done, with the cursor at
``cursor``. Every replica opened is closed at the end.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hor_desktop.core.clock import Clock, FixedClock
from hor_desktop.store.database import Database, open_database
from hor_desktop.sync.local import bootstrap_begin, bootstrap_done, make_replica

TEST_SERVER_ID = "0190aaaa-0000-7000-8000-000000000001"

ReplicaFactory = Callable[..., Database]


@pytest.fixture
def replica_db(tmp_path: Path, clock: FixedClock) -> Iterator[ReplicaFactory]:
    opened: list[Database] = []

    def make(
        node: str = "TEST0a1b2c",
        location_id: uuid.UUID | None = None,
        *,
        server_id: str = TEST_SERVER_ID,
        replica_clock: Clock | None = None,
        bootstrapped: bool = False,
        cursor: int = 0,
    ) -> Database:
        path = tmp_path / f"replica-{node}.sqlite"
        database = open_database(f"sqlite:///{path}", clock=replica_clock or clock)
        opened.append(database)
        make_replica(database, node, server_id, location_id)
        if bootstrapped:
            bootstrap_begin(database, server_id, cursor)
            bootstrap_done(database)
        return database

    yield make
    for database in opened:
        database.close()
