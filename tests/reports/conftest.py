"""The hand-counted dataset of the report tests, on a fresh SQLite file per test."""

from __future__ import annotations

import pytest

from hor_desktop.core.clock import FixedClock
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from tests.reports.dataset import Ids, build_dataset_before


@pytest.fixture
def ids(db: Database, locations: list[LocationDTO], clock: FixedClock) -> Ids:
    return build_dataset_before(db, locations, clock)
