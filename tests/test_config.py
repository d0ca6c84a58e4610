"""Settings: file round trip, precedence, passwords kept out of the file."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.errors
import pytest

from hor_desktop.config import Settings, config_path, load_settings, save_settings
from hor_desktop.core.errors import ConfigError
from tests.keyring_support import MemoryKeyring


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")


def test_settings_survive_a_round_trip(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    settings = Settings(
        mode="replica",
        database_url="sqlite:////data/hor.sqlite",
        location_code="MIG",
        language="tr",
        shared_url="postgresql://mig@db.example:5432/hor",
    )
    save_settings(settings, config_dir=tmp_path)
    assert load_settings(config_dir=tmp_path, environ={}) == settings


def test_without_a_file_the_defaults_apply(tmp_path: Path) -> None:
    settings = load_settings(config_dir=tmp_path, environ={})
    assert settings.mode == "local"
    assert settings.database_url.startswith("sqlite:///")
    assert settings.database_url.endswith("hor.sqlite")


def test_override_beats_environment_beats_file(tmp_path: Path) -> None:
    save_settings(Settings(database_url="sqlite:///file.sqlite"), config_dir=tmp_path)
    env = {"HOR_DATABASE_URL": "sqlite:///env.sqlite"}
    assert load_settings(config_dir=tmp_path, environ={}).database_url == "sqlite:///file.sqlite"
    assert load_settings(config_dir=tmp_path, environ=env).database_url == "sqlite:///env.sqlite"
    overridden = load_settings(db_override="sqlite:///cli.sqlite", config_dir=tmp_path, environ=env)
    assert overridden.database_url == "sqlite:///cli.sqlite"


def test_password_goes_to_the_keyring_not_the_file(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    url = "postgresql://mig:s3cr%40t-Pw@db.example:5433/hor"
    path = save_settings(Settings(mode="direct", database_url=url), config_dir=tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "s3cr" not in text
    assert "postgresql://mig@db.example:5433/hor" in text
    assert memory_keyring.store == {("hor-desk", "mig@db.example:5433/hor"): "s3cr@t-Pw"}
    assert load_settings(config_dir=tmp_path, environ={}).database_url == url


def test_failing_keyring_refuses_to_save_with_advice(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        with pytest.raises(ConfigError, match="Schlüsselbund"):
            save_settings(Settings(database_url="postgresql://u:pw@h/db"), config_dir=tmp_path)
    finally:
        keyring.set_keyring(previous)
    assert not config_path(tmp_path).exists()


def test_unknown_mode_is_a_config_error(tmp_path: Path) -> None:
    config_path(tmp_path).write_text('mode = "cloud"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="cloud"):
        load_settings(config_dir=tmp_path, environ={})


def test_broken_toml_is_a_config_error(tmp_path: Path) -> None:
    config_path(tmp_path).write_text("mode = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match="TOML"):
        load_settings(config_dir=tmp_path, environ={})


def test_slip_copies_other_than_one_or_two_is_a_config_error(tmp_path: Path) -> None:
    config_path(tmp_path).write_text('slip_copies = "3"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="slip_copies"):
        load_settings(config_dir=tmp_path, environ={})
