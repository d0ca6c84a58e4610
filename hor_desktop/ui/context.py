"""What every tab and dialog gets: the session's database access, actor, runner, archive."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from hor_desktop.core.actor import Actor
from hor_desktop.printing.archive import DocumentArchive
from hor_desktop.services.locations import LocationDTO
from hor_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the UI hands units of work to services; it never opens a session itself
    from hor_desktop.store.uow import UnitOfWork


@dataclass(frozen=True)
class DeskContext:
    """One per window. ``uow()`` makes the unit of work for one user action."""

    unit_of_work: Callable[[Actor], UnitOfWork]
    actor: Actor
    location: LocationDTO
    runner: TaskRunner
    archive: DocumentArchive
    house_name: str
    mode: str  # "local", "replica" or "direct"
    logo: Path | None = None  # letterhead logo of the documents
    lending_conditions: str | None = None  # None: the default text of the language
    privacy_notice: str | None = None
    two_copies: bool = False  # lending slips in two marked copies

    def uow(self) -> UnitOfWork:
        return self.unit_of_work(self.actor)
