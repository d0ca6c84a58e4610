"""The opened database of this process: engine, instance lock, clocks and unit-of-work factory."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import Clock, SystemClock
from hor_desktop.core.errors import DatabaseUnavailableError
from hor_desktop.core.hlc import HybridLogicalClock
from hor_desktop.store.capture import install_capture, replica_clock, replica_node, sync_hooks
from hor_desktop.store.engine import (
    InstanceLock,
    create_db_engine,
    parse_url,
    sqlite_path,
    sqlite_protection,
)
from hor_desktop.store.migrate import upgrade_to_head
from hor_desktop.store.uow import UnitOfWork

log = logging.getLogger(__name__)


@dataclass
class Database:
    url: str
    engine: Engine
    clock: Clock
    hlc: HybridLogicalClock
    lock: InstanceLock | None = None
    session_factory: sessionmaker[Session] = field(init=False)
    # Called after every committed unit of work (from whichever thread committed), so a
    # screen such as the dashboard can refresh after any change.
    commit_listeners: list[Callable[[], None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        # Capture triggers stamp ops with this Database's clock (read at call time, so a
        # replica may replace ``hlc`` with one carrying its node name).
        sync_hooks(self.engine).owner = weakref.ref(self)

    def _committed(self) -> None:
        for listener in list(self.commit_listeners):
            try:
                listener()
            except Exception:  # a listener's bug must not undo or hide a committed change
                log.exception("commit listener failed")

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def unit_of_work(self, actor: Actor) -> UnitOfWork:
        return UnitOfWork(
            self.session_factory, clock=self.clock, hlc=self.hlc, actor=actor,
            on_commit=self._committed,
        )  # fmt: skip

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None and self.lock.held:
            self.lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_database(
    url: str,
    *,
    clock: Clock | None = None,
    node: str = "local",
    exclusive: bool = True,
    migrate: bool = True,
) -> Database:
    """Open (and by default lock and migrate) the database behind ``url``.

    Raises:
        DatabaseUnavailableError: malformed URL, unreachable server, unwritable file.
        DatabaseLockedError: another HoR Desk process has the SQLite file open.
        DatabaseTooNewError: the schema is newer than this program.
    """
    parsed = parse_url(url)
    path = sqlite_path(parsed)
    lock: InstanceLock | None = None
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailableError(reason=str(exc)) from exc
        if exclusive:
            lock = InstanceLock(path)
            lock.acquire()
        log.info("%s", sqlite_protection().describe())
    engine = create_db_engine(parsed)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as exc:  # unreachable server, not a database file, no permission
        engine.dispose()
        if lock is not None:
            lock.release()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseUnavailableError(reason=reason) from exc
    clock = clock or SystemClock()
    database = Database(
        url=parsed.render_as_string(hide_password=True),
        engine=engine,
        clock=clock,
        hlc=HybridLogicalClock(clock, node),
        lock=lock,
    )
    if migrate:
        try:
            upgrade_to_head(database.engine)
        except BaseException:
            database.close()
            raise
    if database.dialect == "sqlite":
        try:
            _open_replica(database, refresh_triggers=migrate)
        except BaseException:
            database.close()
            raise
    return database


def _open_replica(database: Database, *, refresh_triggers: bool) -> None:
    """A replica gets its node's clock back and (after a possible migration) fresh triggers."""
    with database.engine.connect() as connection:
        node = replica_node(connection)
        if node is None:
            return
        database.hlc = replica_clock(connection, database.clock, node)
        if refresh_triggers and install_capture(connection):
            connection.commit()
            log.info("capture triggers of replica %s refreshed", node)
