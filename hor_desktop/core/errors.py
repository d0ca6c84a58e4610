"""Expected errors: each has a stable code, parameters and a German message for the UI."""

from __future__ import annotations

from typing import Any, ClassVar


class HorError(Exception):
    """An expected problem the user can act on; never a bug.

    ``code`` is stable (the UI maps it to a translated text), ``params`` fill the
    message, ``field`` names the input the problem belongs to, if any.
    """

    code: ClassVar[str] = "error"
    template: ClassVar[str] = "Die Aktion ist fehlgeschlagen."

    def __init__(self, message: str | None = None, *, field: str | None = None, **params: Any):
        self.params = params
        self.field = field
        self.message = message or self.template.format(**params)
        super().__init__(self.message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, params={self.params!r})"


class ValidationError(HorError):
    code = "validation"
    template = "Ungültige Eingabe."


class NotFoundError(HorError):
    code = "not_found"
    template = "{entity} wurde nicht gefunden."


class ConflictError(HorError):
    code = "conflict"
    template = "Die Aktion widerspricht dem aktuellen Stand."


class PermissionDeniedError(HorError):
    code = "permission_denied"
    template = "Dafür fehlt die Berechtigung."


class OfflineError(HorError):
    code = "offline"
    template = "Der gemeinsame Server ist nicht erreichbar."


class DatabaseUnavailableError(HorError):
    code = "database_unavailable"
    template = "Die Datenbank ist nicht erreichbar: {reason}"


class DatabaseLockedError(HorError):
    code = "database_locked"
    template = (
        "Die Datenbank {path} ist bereits in einem anderen HoR-Desk-Fenster geöffnet. "
        "Bitte dort weiterarbeiten oder das andere Fenster schließen."
    )


class DatabaseTooNewError(HorError):
    code = "database_too_new"
    template = (
        "Die Datenbank hat den Schemastand {revision}, den diese Programmversion nicht kennt. "
        "Bitte HoR Desk aktualisieren."
    )


class ConfigError(HorError):
    code = "config"
    template = "Die Einstellung ist ungültig: {reason}"
