"""What „Fertigstellen“ does: prepare the database (location, first admin), then save settings.

Qt-free and run on a worker thread; the settings file is written only after the database
accepted everything, so a failed set-up leaves no half-configured PC behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from hor_desktop.config import Mode, Settings, default_database_url, save_settings
from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.core.errors import HorError, NotFoundError
from hor_desktop.services import staff
from hor_desktop.services.locations import (
    COLOGNE_LOCATIONS,
    create_location,
    get_by_code,
    seed_cologne_locations,
)
from hor_desktop.store.database import Database, open_database
from hor_desktop.store.engine import sqlite_path
from hor_desktop.ui.setup.connection import PgParams


class SharedNotReadyError(HorError):
    code = "setup_shared_not_ready"
    template = (
        "Die gemeinsame Datenbank ist für die Synchronisation nicht eingerichtet "
        "(Schema {found}, erwartet {expected}). Bitte zuerst auf dem Server "
        "„hor-admin migrate --shared URL“ ausführen."
    )


class FirstLoadError(HorError):
    code = "setup_first_load"
    template = "Die Erstbefüllung aus der gemeinsamen Datenbank ist fehlgeschlagen: {reason}"


_SYSTEM = Actor(location_id=None, role=Role.ADMIN, name="Einrichtung")


@dataclass(frozen=True)
class FirstAdmin:
    display_name: str
    initials: str
    pin: str


@dataclass(frozen=True)
class SetupChoices:
    house_name: str
    mode: Mode
    location_code: str
    location_name: str | None = None  # for a new code: its name (None: one of the seeds)
    server: PgParams | None = None  # replica and direct
    admin: FirstAdmin | None = None  # None: staff exist already on the server
    local_url: str = ""  # the SQLite file of local and replica mode; "" = the default


def settings_for(choices: SetupChoices) -> Settings:
    """The settings the choices stand for (the URL still holds the password, in memory)."""
    local = choices.local_url or default_database_url()
    server = choices.server
    if choices.mode == "direct":
        assert server is not None
        return Settings(
            mode="direct", database_url=server.url(), location_code=choices.location_code,
            house_name=choices.house_name,
        )  # fmt: skip
    if choices.mode == "replica":
        assert server is not None
        return Settings(
            mode="replica", database_url=local, location_code=choices.location_code,
            house_name=choices.house_name, shared_url=server.url(with_sslmode=False),
            shared_sslmode=server.sslmode,
        )  # fmt: skip
    return Settings(
        mode="local", database_url=local, location_code=choices.location_code,
        house_name=choices.house_name,
    )  # fmt: skip


def apply_setup(choices: SetupChoices, *, config_dir: Path | None = None) -> Settings:
    """Open (and migrate) this PC's database, make sure the location and the first admin
    exist, then write the settings file (the password goes to the keyring).

    A replica gets its location and admin on the shared server (so every location sees
    them) and then loads its local copy from there; it never starts with local-only data,
    which the first load would refuse to overwrite.

    Raises: HorError (database unavailable, invalid input, keyring failing, shared server
    not set up, first load failing).
    """
    settings = settings_for(choices)
    local_file = sqlite_path(settings.database_url)
    if local_file is not None:
        local_file.parent.mkdir(parents=True, exist_ok=True)
    if settings.mode == "replica":
        _prepare_replica(choices, settings)
    else:
        with open_database(settings.database_url) as database:
            _location_and_admin(database, choices)
    save_settings(settings, config_dir=config_dir)
    return settings


def _location_and_admin(database: Database, choices: SetupChoices) -> None:
    seed_cologne_locations(database.unit_of_work(_SYSTEM))
    try:
        location = get_by_code(database.unit_of_work(_SYSTEM), choices.location_code)
    except NotFoundError:
        seed = next((s for s in COLOGNE_LOCATIONS if s["code"] == choices.location_code), None)
        name = choices.location_name or (seed["name"] if seed else choices.location_code)
        location = create_location(
            database.unit_of_work(_SYSTEM), code=choices.location_code, name=name,
            association=seed["association"] if seed else choices.house_name,
            city=seed["city"] if seed else None,
        )  # fmt: skip
    if choices.admin is not None and not staff.count_active_staff(database.unit_of_work(_SYSTEM)):
        staff.ensure_first_admin(
            database.unit_of_work(_SYSTEM), display_name=choices.admin.display_name,
            initials=choices.admin.initials, pin=choices.admin.pin,
            home_location_id=location.id,
        )  # fmt: skip


def _prepare_replica(choices: SetupChoices, settings: Settings) -> None:
    """Location and admin on the shared server, then the first load of the local copy."""
    from hor_desktop.store.migrate import HEAD_REVISION  # noqa: PLC0415
    from hor_desktop.sync import server  # noqa: PLC0415 (replica set-up only)
    from hor_desktop.sync.connection import create_shared_engine  # noqa: PLC0415
    from hor_desktop.sync.engine import SyncEngine, init_replica  # noqa: PLC0415

    assert settings.shared_url is not None
    shared = create_shared_engine(settings.shared_url, sslmode=settings.shared_sslmode)
    try:
        with shared.connect() as conn:
            installed = conn.execute(
                text("SELECT to_regclass('sync_change_log') IS NOT NULL")
            ).scalar_one()
            info = server.server_info(conn) if installed else None
        if info is None or info.schema_revision != HEAD_REVISION:
            raise SharedNotReadyError(
                found=(info.schema_revision or "leer") if info else "ohne Sync",
                expected=HEAD_REVISION,
            )
        with open_database(settings.shared_url, exclusive=False, migrate=False) as remote:
            _location_and_admin(remote, choices)
        with open_database(settings.database_url) as database:
            init_replica(database, shared, location_code=choices.location_code)
            report = SyncEngine(database, shared).run_once()
            if report.error is not None or not report.bootstrap_complete:
                raise FirstLoadError(reason=report.summary())
    finally:
        shared.dispose()
