"""What „Fertigstellen“ does: prepare the database (location, first admin), then save settings.

Qt-free and run on a worker thread; the settings file is written only after the database
accepted everything, so a failed set-up leaves no half-configured PC behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hor_desktop.config import Mode, Settings, default_database_url, save_settings
from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.core.errors import NotFoundError
from hor_desktop.services import staff
from hor_desktop.services.locations import (
    COLOGNE_LOCATIONS,
    create_location,
    get_by_code,
    seed_cologne_locations,
)
from hor_desktop.store.database import open_database
from hor_desktop.store.engine import sqlite_path
from hor_desktop.ui.setup.connection import PgParams

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

    Raises: HorError (database unavailable, invalid input, keyring failing).
    """
    settings = settings_for(choices)
    local_file = sqlite_path(settings.database_url)
    if local_file is not None:
        local_file.parent.mkdir(parents=True, exist_ok=True)
    with open_database(settings.database_url) as database:
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
        if choices.admin is not None and not staff.count_active_staff(
            database.unit_of_work(_SYSTEM)
        ):
            staff.ensure_first_admin(
                database.unit_of_work(_SYSTEM), display_name=choices.admin.display_name,
                initials=choices.admin.initials, pin=choices.admin.pin,
                home_location_id=location.id,
            )  # fmt: skip
    save_settings(settings, config_dir=config_dir)
    return settings
