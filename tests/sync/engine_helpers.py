"""Helpers for the engine tests: a fresh shared PostgreSQL and replicas that sync with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import Clock, SystemClock
from hor_desktop.core.enums import Role
from hor_desktop.services.locations import seed_cologne_locations
from hor_desktop.store.database import Database, open_database
from hor_desktop.sync.connection import create_shared_engine
from hor_desktop.sync.engine import SyncEngine, init_replica
from hor_desktop.sync.faults import Faults

from . import server_support

SYSTEM = Actor(location_id=None, role=Role.ADMIN, name="test")


def fresh_shared(pg_url: str) -> Engine:
    """An empty ``public`` schema, set up by install_shared, with the four locations."""
    server_support.fresh_shared(pg_url).dispose()
    engine = create_shared_engine(pg_url)
    direct = open_database(pg_url, migrate=False, exclusive=False)
    try:
        seed_cologne_locations(direct.unit_of_work(SYSTEM))
    finally:
        direct.close()
    return engine


def new_replica(
    tmp_path: Path,
    shared: Engine,
    code: str,
    *,
    clock: Clock | None = None,
    faults: Faults | None = None,
    **engine_options: Any,
) -> tuple[Database, SyncEngine]:
    """A fresh replica file for location ``code``, made and loaded from ``shared``."""
    db = open_database(f"sqlite:///{tmp_path / code}.sqlite", clock=clock or SystemClock())
    init_replica(db, shared, location_code=code)
    engine = SyncEngine(db, shared, faults=faults, **engine_options)
    return db, engine
