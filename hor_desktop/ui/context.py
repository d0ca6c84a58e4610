"""What every tab and dialog gets: the session's database access, actor, runner, archive."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hor_desktop.core.actor import Actor
from hor_desktop.printing.archive import DocumentArchive
from hor_desktop.services.locations import LocationDTO
from hor_desktop.ui.changes import ChangeNotifier
from hor_desktop.ui.staff.session import StaffSession
from hor_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the UI hands units of work to services; it never opens a session itself
    from hor_desktop.store.uow import UnitOfWork


@dataclass(frozen=True, init=False)
class DeskContext:
    """One per window. ``uow()`` makes the unit of work for one user action, on behalf of
    whoever is signed in at that moment (``session.actor``).

    ``actor=`` is still accepted: it makes a context with its own session fixed to that
    actor, which is what ``dataclasses.replace(context, actor=...)`` in tests relies on.
    """

    unit_of_work: Callable[[Actor], UnitOfWork]
    session: StaffSession
    location: LocationDTO
    runner: TaskRunner
    archive: DocumentArchive
    house_name: str
    mode: str  # "local", "replica" or "direct"
    logo: Path | None = None  # letterhead logo of the documents
    lending_conditions: str | None = None  # the house's own Leihbedingungen on the slip
    privacy_notice: str | None = None  # the house's own Art. 13 notice on the slip
    two_copies: bool = False  # slips printed twice (one for the organisation)
    database_path: Path | None = None  # the SQLite file, for backups; None on PostgreSQL
    changes: ChangeNotifier | None = None  # "something was saved", for screens to refresh

    def __init__(
        self, *, session: StaffSession | None = None, actor: Actor | None = None, **values: Any
    ) -> None:
        # Hand-written so that ``actor=`` keeps working next to ``session=``; every other
        # field is taken by name, with its declared default, as the generated one would.
        if actor is not None:
            session = StaffSession(actor)
        if session is None:
            raise TypeError("DeskContext needs a session or an actor")
        object.__setattr__(self, "session", session)
        for spec in fields(self):
            if spec.name == "session":
                continue
            if spec.name in values:
                value = values.pop(spec.name)
            elif spec.default is not MISSING:
                value = spec.default
            else:
                raise TypeError(f"DeskContext needs {spec.name}")
            object.__setattr__(self, spec.name, value)
        if values:
            raise TypeError(f"DeskContext got unknown fields: {sorted(values)}")

    @property
    def actor(self) -> Actor:
        return self.session.actor

    def uow(self) -> UnitOfWork:
        return self.unit_of_work(self.actor)
