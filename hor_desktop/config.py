"""Bootstrap settings (mode, database URL, location): a TOML file, the environment, keyring."""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal, cast, get_args

import platformdirs
import tomli_w
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from hor_desktop.core.errors import ConfigError
from hor_desktop.core.receipts import LOCATION_CODE

log = logging.getLogger(__name__)

APP_NAME = "hor-desk"
APP_AUTHOR = "HoR"
KEYRING_SERVICE = "hor-desk"
CONFIG_FILE = "config.toml"
ENV_DATABASE_URL = "HOR_DATABASE_URL"

Mode = Literal["local", "replica", "direct"]
MODES: tuple[str, ...] = get_args(Mode)

_URL_KEYS = ("database_url", "shared_url")


def default_database_url() -> str:
    """The SQLite file of a first start: ``hor.sqlite`` in the platform data directory."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "hor.sqlite"
    return f"sqlite:///{path}"


def default_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


@dataclass(frozen=True)
class Settings:
    mode: Mode = "local"
    database_url: str = field(default_factory=default_database_url)
    location_code: str | None = None
    language: str = "de"
    shared_url: str | None = None  # the shared PostgreSQL a replica syncs with
    shared_sslmode: str | None = None  # libpq sslmode for shared_url, e.g. "verify-full"
    shared_sslrootcert: str | None = None  # CA certificate file for verify-ca/verify-full
    house_name: str = "Haus der Ressourcen"  # letterhead of every document
    archive_dir: str | None = None  # issued PDFs; default: "archiv" beside the database
    logo_path: str | None = None  # PNG/JPEG for the letterhead of every document
    lending_conditions: str | None = None  # the house's own Leihbedingungen on the slip
    privacy_notice: str | None = None  # the house's own Art. 13 notice on the slip
    slip_copies: str = "1"  # "2": one copy for each side, marked as such


def archive_dir_for(settings: Settings) -> Path:
    """Where issued documents are archived: configured, beside the SQLite file, or data dir."""
    if settings.archive_dir:
        return Path(settings.archive_dir)
    parsed = _parse(settings.database_url)
    database = parsed.database if parsed is not None else None
    if parsed is not None and parsed.get_backend_name() == "sqlite" and database not in (
        None, "", ":memory:"
    ):  # fmt: skip
        return Path(str(database)).parent / "archiv"
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "archiv"


def config_path(config_dir: Path | None = None) -> Path:
    return (config_dir or default_config_dir()) / CONFIG_FILE


def load_settings(
    *,
    db_override: str | None = None,
    environ: Mapping[str, str] = os.environ,
    config_dir: Path | None = None,
) -> Settings:
    """Settings from defaults < config file < ``HOR_DATABASE_URL`` < ``--db``.

    Passwords are not in the file; they come back from the system keyring.

    Raises: ConfigError for an unreadable or invalid file, or a failing keyring.
    """
    path = config_path(config_dir)
    values = _validated(_read_file(path), path)
    settings = Settings(**values)
    url = db_override or environ.get(ENV_DATABASE_URL)
    if url:
        settings = replace(settings, database_url=url)
    return replace(
        settings,
        database_url=_with_keyring_password(settings.database_url),
        shared_url=_with_keyring_password(settings.shared_url) if settings.shared_url else None,
    )


def load_file_settings(*, config_dir: Path | None = None) -> Settings:
    """The file alone (no environment, no keyring): what the settings dialog edits and
    saves back, so a ``--db`` given for one start never ends up in the file.

    Raises: ConfigError for an unreadable or invalid file.
    """
    path = config_path(config_dir)
    return Settings(**_validated(_read_file(path), path))


def save_settings(settings: Settings, *, config_dir: Path | None = None) -> Path:
    """Write the settings file; a password in a URL goes to the keyring, never to the file.

    Raises: ConfigError when a password cannot be stored in the keyring.
    """
    path = config_path(config_dir)
    document: dict[str, Any] = {}
    for item in fields(Settings):
        value = getattr(settings, item.name)
        if value is None:
            continue  # TOML has no null: a missing key means "not set"
        if item.name in _URL_KEYS:
            value = _store_password(value)
        document[item.name] = value
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write beside and rename, so a crash never leaves half a settings file.
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(tomli_w.dumps(document), encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        raise ConfigError(reason=f"{path} lässt sich nicht schreiben ({exc.strerror})") from exc
    return path


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(reason=f"{path} ist kein gültiges TOML ({exc})") from exc
    except OSError as exc:
        raise ConfigError(reason=f"{path} lässt sich nicht lesen ({exc.strerror})") from exc


def _validated(raw: dict[str, Any], path: Path) -> dict[str, Any]:
    known = {item.name for item in fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            # A newer version may have written it; keep starting rather than refuse.
            log.warning("unknown setting %r in %s ignored", key, path)
            continue
        if not isinstance(value, str):
            raise ConfigError(reason=f"„{key}“ in {path} muss ein Text sein")
        values[key] = value
    if values.get("slip_copies", "1") not in ("1", "2"):
        raise ConfigError(reason=f'„slip_copies“ in {path} muss "1" oder "2" sein')
    mode = values.get("mode", "local")
    if mode not in MODES:
        raise ConfigError(
            reason=f"Betriebsart „{mode}“ in {path} ist unbekannt (erlaubt: {', '.join(MODES)})"
        )
    values["mode"] = cast(Mode, mode)
    code = values.get("location_code")
    if code is not None and not LOCATION_CODE.match(code):
        raise ConfigError(reason=f"Standortkürzel „{code}“ in {path} ist ungültig")
    return values


def _parse(url: str) -> URL | None:
    try:
        return make_url(url)
    except ArgumentError:
        return None  # opening the database reports a malformed URL with more context


def keyring_key(url: URL) -> str:
    """``<user>@<host>:<port>/<db>``: the keyring entry a database password is stored under."""
    port = url.port or (5432 if url.get_backend_name() == "postgresql" else 0)
    return f"{url.username}@{url.host or 'localhost'}:{port}/{url.database or ''}"


_KEYRING_HELP = (
    "Bitte einen Schlüsselbund einrichten (Windows-Anmeldeinformationsverwaltung, "
    "GNOME-Schlüsselbund/KWallet) oder das Passwort aus der URL entfernen und "
    "PGPASSWORD bzw. die Datei .pgpass verwenden"
)


def _store_password(url_text: str) -> str:
    url = _parse(url_text)
    if url is None:
        if "@" in url_text:
            # It may contain a password we cannot separate; better refuse than write it.
            raise ConfigError(reason=f"die Datenbank-URL „{url_text}“ ist ungültig")
        return url_text
    if not url.password:
        return url_text
    import keyring  # noqa: PLC0415 (slow to import; only PostgreSQL URLs need it)
    import keyring.errors  # noqa: PLC0415

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_key(url), str(url.password))
    except keyring.errors.KeyringError as exc:
        raise ConfigError(
            reason=f"das Datenbank-Passwort lässt sich nicht sicher speichern ({exc}). "
            + _KEYRING_HELP
        ) from exc
    # URL.set() treats None as "unchanged"; the NamedTuple _replace really drops it.
    return url._replace(password=None).render_as_string(hide_password=False)


def with_keyring_password(url_text: str) -> str:
    """``url_text`` with its password from the keyring, when it has none of its own.

    Raises: ConfigError when the keyring fails.
    """
    return _with_keyring_password(url_text)


def _with_keyring_password(url_text: str) -> str:
    url = _parse(url_text)
    if url is None or not url.username or url.password:
        return url_text
    import keyring  # noqa: PLC0415 (slow to import; only PostgreSQL URLs need it)
    import keyring.errors  # noqa: PLC0415

    try:
        password = keyring.get_password(KEYRING_SERVICE, keyring_key(url))
    except keyring.errors.NoKeyringError:
        # No backend at all: libpq may still find PGPASSWORD or .pgpass.
        log.info("no keyring backend; the database password must come from elsewhere")
        return url_text
    except keyring.errors.KeyringError as exc:
        raise ConfigError(
            reason=f"das Datenbank-Passwort lässt sich nicht aus dem Schlüsselbund lesen "
            f"({exc}). " + _KEYRING_HELP
        ) from exc
    if password is None:
        return url_text
    return url.set(password=password).render_as_string(hide_password=False)
