"""UI tests run on the offscreen Qt platform (pyproject makes any Qt warning fail them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.printing.archive import DocumentArchive
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database

# Before any Qt import: CI has no display, and a developer's window should not flash.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.staff.session import StaffSession
from hor_desktop.ui.tasks import ImmediateRunner


@pytest.fixture
def desk_context(
    db: Database, desk_actor: Actor, locations: list[LocationDTO], tmp_path: Path
) -> DeskContext:
    """A window's context on a real SQLite file; background work runs immediately."""
    return DeskContext(
        unit_of_work=db.unit_of_work,
        session=StaffSession(desk_actor),
        location=locations[0],
        runner=ImmediateRunner(),
        archive=DocumentArchive(tmp_path / "archiv"),
        house_name="Haus der Ressourcen Köln",
        mode="local",
    )
