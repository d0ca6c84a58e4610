"""The hand-counted dataset of the report tests, on SQLite and (marker ``postgres``) PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from hor_desktop.core.clock import FixedClock
from hor_desktop.services.locations import LocationDTO, seed_cologne_locations
from hor_desktop.store.database import Database, open_database
from tests.conftest import SYSTEM
from tests.reports.dataset import Ids, build_dataset_before

PG_SCHEMA = "hor_reports_test"


def pg_schema_url(pg_url: str) -> str:
    """``pg_url`` with an own, emptied schema first in the search path."""
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {PG_SCHEMA}"))
    finally:
        engine.dispose()
    url = make_url(pg_url).update_query_dict({"options": f"-csearch_path={PG_SCHEMA}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, db_path: Path, clock: FixedClock) -> Iterator[Database]:
    """A migrated database with the four Cologne locations: a SQLite file or PostgreSQL."""
    if request.param == "postgres":
        url = pg_schema_url(request.getfixturevalue("pg_url"))
    else:
        url = f"sqlite:///{db_path}"
    database = open_database(url, clock=clock)
    seed_cologne_locations(database.unit_of_work(SYSTEM))
    yield database
    database.close()


@pytest.fixture
def ids(db: Database, locations: list[LocationDTO], clock: FixedClock) -> Ids:
    return build_dataset_before(db, locations, clock)
