"""The engine to the shared PostgreSQL: TLS from the settings, short timeouts for offline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine

from hor_desktop.core.errors import ConfigError
from hor_desktop.store.engine import parse_url

if TYPE_CHECKING:
    from hor_desktop.config import Settings

# libpq's connect_timeout has a floor of 2 s; 3 s tells "offline" quickly on a LAN or VPN.
CONNECT_TIMEOUT_S = 3
# A statement may wait for another location's batch (advisory lock) but not for ever.
STATEMENT_TIMEOUT_MS = 30_000
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def create_shared_engine(
    url: str,
    *,
    sslmode: str | None = None,
    sslrootcert: str | None = None,
    application_name: str = "hor-desk-sync",
    connect_timeout_s: int = CONNECT_TIMEOUT_S,
    statement_timeout_ms: int = STATEMENT_TIMEOUT_MS,
) -> Engine:
    """An engine for the shared PostgreSQL (psycopg 3) that fails fast when it is gone.

    Raises: DatabaseUnavailableError for a malformed URL; ConfigError for a non-PostgreSQL
    URL or an unknown ``sslmode``.
    """
    parsed = parse_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ConfigError(reason=f"die gemeinsame Datenbank muss PostgreSQL sein, nicht „{url}“")
    if sslmode is not None and sslmode not in SSL_MODES:
        raise ConfigError(
            reason=f"sslmode „{sslmode}“ ist unbekannt (erlaubt: {', '.join(SSL_MODES)})"
        )
    connect_args: dict[str, Any] = {
        "connect_timeout": connect_timeout_s,
        "application_name": application_name,
        "options": f"-c statement_timeout={statement_timeout_ms} -c timezone=UTC",
        # A dead link under an open connection is noticed within ~10 s, not after minutes.
        "keepalives": 1,
        "keepalives_idle": 5,
        "keepalives_interval": 2,
        "keepalives_count": 3,
    }
    if sslmode:
        connect_args["sslmode"] = sslmode
    if sslrootcert:
        connect_args["sslrootcert"] = sslrootcert
    return create_engine(
        parsed,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=2,
        pool_timeout=connect_timeout_s * 2,
        pool_recycle=300,
        connect_args=connect_args,
    )


def shared_engine_from_settings(settings: Settings, *, url: str | None = None) -> Engine:
    """The shared engine of these settings (password already filled in from the keyring).

    Raises: ConfigError when no shared URL is configured.
    """
    shared = url or settings.shared_url
    if not shared:
        raise ConfigError(
            reason="keine gemeinsame Datenbank eingestellt (shared_url in der Konfiguration "
            "oder --shared URL)"
        )
    from hor_desktop.config import with_keyring_password  # noqa: PLC0415 (keyring is slow)

    return create_shared_engine(
        with_keyring_password(shared) if url else shared,
        sslmode=settings.shared_sslmode,
        sslrootcert=settings.shared_sslrootcert,
    )
