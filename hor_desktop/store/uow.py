"""Unit of work: one session and one commit per user action, with sync columns stamped."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import Clock
from hor_desktop.core.hlc import HybridLogicalClock
from hor_desktop.core.ids import new_id
from hor_desktop.store.base import SyncMixin


class HardDeleteRefusedError(RuntimeError):
    """A bug: synced rows are soft-deleted (``deleted_at``), never DELETEd."""


class UnitOfWork:
    """``with uow: ...; uow.commit()`` — leaving the block without commit rolls back.

    Every new or changed synced row gets its id, timestamps, origin and HLC here, so no
    use case can forget them.
    """

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        clock: Clock,
        hlc: HybridLogicalClock,
        actor: Actor,
        on_commit: Callable[[], None] | None = None,
    ):
        self._session_factory = session_factory
        self._on_commit = on_commit
        self.clock = clock
        self.hlc = hlc
        self.actor = actor
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is used outside its with-block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        if self._session is not None:
            raise RuntimeError("a unit of work does not nest")
        self._session = self._session_factory()
        event.listen(self._session, "before_flush", self._stamp)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            session.rollback()  # no-op after commit; undoes everything otherwise
        finally:
            session.close()
            self._session = None

    def commit(self) -> None:
        self.session.commit()
        if self._on_commit is not None:
            self._on_commit()

    def _stamp(self, session: Session, _context: Any, _instances: Any) -> None:
        if session.deleted:
            raise HardDeleteRefusedError(
                f"hard delete of {sorted(type(obj).__name__ for obj in session.deleted)}"
            )
        now = self.clock.now()
        for obj in session.new:
            if isinstance(obj, SyncMixin):
                if obj.id is None:
                    obj.id = new_id()
                obj.created_at = obj.created_at or now
                obj.updated_at = now
                if obj.origin_location_id is None:
                    obj.origin_location_id = self.actor.location_id
                obj.row_hlc = self.hlc.tick().encode()
        for obj in session.dirty:
            if isinstance(obj, SyncMixin) and session.is_modified(obj, include_collections=False):
                obj.updated_at = now
                obj.row_hlc = self.hlc.tick().encode()
