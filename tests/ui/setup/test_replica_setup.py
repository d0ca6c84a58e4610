"""„Fertigstellen“ in replica mode: location and admin on the server, then the first load."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from hor_desktop.config import load_file_settings
from hor_desktop.store.database import open_database
from hor_desktop.sync import local
from hor_desktop.ui.setup.apply import FirstAdmin, SetupChoices, SharedNotReadyError, apply_setup
from tests.sync.server_support import fresh_shared
from tests.ui.setup.support import server_params

pytestmark = pytest.mark.postgres


def _choices(pg_url: str, tmp_path: Path) -> SetupChoices:
    return SetupChoices(
        house_name="HoR Köln", mode="replica", location_code="CCH", server=server_params(pg_url),
        admin=FirstAdmin(display_name="Ayşe Kılıç", initials="AK", pin="4711"),
        local_url=f"sqlite:///{tmp_path / 'replica.sqlite'}",
    )  # fmt: skip


def test_a_replica_is_loaded_from_the_server_with_the_admin_made_there(
    pg_url: str, tmp_path: Path
) -> None:
    fresh_shared(pg_url).dispose()
    settings = apply_setup(_choices(pg_url, tmp_path), config_dir=tmp_path / "config")

    shared = create_engine(pg_url)
    with shared.connect() as conn:
        server_admins = conn.execute(text("SELECT initials FROM staff")).scalars().all()
        server_cch = conn.execute(text("SELECT id FROM location WHERE code = 'CCH'")).scalar_one()
    shared.dispose()
    assert server_admins == ["AK"]
    with open_database(settings.database_url) as database:
        assert local.is_replica(database)
        assert local.bootstrap_progress(database) is None  # the first load is complete
        assert local.pending_count(database) == 0
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT initials FROM staff")).scalars().all() == ["AK"]
            local_cch = conn.execute(text("SELECT id FROM location WHERE code = 'CCH'")).scalar()
    assert str(local_cch).replace("-", "") == str(server_cch).replace("-", "")
    saved = load_file_settings(config_dir=tmp_path / "config")
    assert (saved.mode, saved.location_code) == ("replica", "CCH")


def test_a_server_without_sync_is_refused_and_nothing_is_written(
    pg_url: str, tmp_path: Path
) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()

    with pytest.raises(SharedNotReadyError, match="migrate --shared"):
        apply_setup(_choices(pg_url, tmp_path), config_dir=tmp_path / "config")
    assert not (tmp_path / "config").exists() or not any((tmp_path / "config").iterdir())
    assert not (tmp_path / "replica.sqlite").exists()
