"""The shared engine: TLS settings reach libpq, the password stays in the keyring."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from hor_desktop.config import Settings, config_path, load_settings, save_settings
from hor_desktop.core.errors import ConfigError
from hor_desktop.sync.connection import create_shared_engine, shared_engine_from_settings
from hor_desktop.sync.engine import is_offline_error
from tests.keyring_support import MemoryKeyring


def test_tls_settings_are_saved_and_the_password_goes_to_the_keyring(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    settings = Settings(
        mode="replica",
        shared_url="postgresql://ih:geheim@db.example:5432/hor",
        shared_sslmode="verify-full",
        shared_sslrootcert="/etc/hor/ca.pem",
    )
    save_settings(settings, config_dir=tmp_path)
    written = config_path(tmp_path).read_text(encoding="utf-8")
    assert "geheim" not in written
    assert 'shared_sslmode = "verify-full"' in written
    assert load_settings(config_dir=tmp_path, environ={}) == settings
    assert list(memory_keyring.store.values()) == ["geheim"]


def test_an_unknown_sslmode_or_a_sqlite_url_is_refused() -> None:
    with pytest.raises(ConfigError, match="sslmode"):
        create_shared_engine("postgresql://x@db.example/hor", sslmode="sometimes")
    with pytest.raises(ConfigError, match="PostgreSQL"):
        create_shared_engine("sqlite:///x.sqlite")
    with pytest.raises(ConfigError, match="keine gemeinsame Datenbank"):
        shared_engine_from_settings(Settings())


@pytest.mark.postgres
def test_the_sslmode_reaches_the_connection(pg_url: str) -> None:
    plain = shared_engine_from_settings(Settings(shared_url=pg_url, shared_sslmode="disable"))
    with plain.connect() as conn:
        assert conn.execute(text("SELECT 1")).scalar_one() == 1
        ssl = conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
        server_ssl = conn.execute(text("SHOW ssl")).scalar_one()
        assert ssl.scalar_one() is False
    plain.dispose()
    strict = shared_engine_from_settings(Settings(shared_url=pg_url, shared_sslmode="require"))
    if server_ssl == "on":  # a TLS server: the connection is encrypted
        with strict.connect() as conn:
            ssl = conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
            assert ssl.scalar_one() is True
    else:  # no TLS on this server: "require" refuses to talk in the clear
        with pytest.raises(Exception) as caught, strict.connect():
            pass
        assert "SSL" in str(caught.value)
        assert is_offline_error(caught.value)
    strict.dispose()
