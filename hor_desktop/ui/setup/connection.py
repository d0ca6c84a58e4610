"""„Verbindung testen“: reach a PostgreSQL server and say in plain German what went wrong.

Qt-free, so the wizard runs ``check_connection`` on a worker thread and tests call it directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.engine import URL

SSL_MODES: tuple[str, ...] = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_SECONDS = 5


@dataclass(frozen=True)
class PgParams:
    """What the wizard asks for; the password never leaves memory except to the keyring."""

    host: str
    port: int
    database: str
    user: str
    password: str = ""
    sslmode: str = "prefer"

    def url(self, *, with_sslmode: bool = True) -> str:
        """``postgresql+psycopg://user:password@host:port/db?sslmode=…`` (save_settings moves
        the password to the keyring); without the sslmode when a setting carries it."""
        return URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=self.password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": self.sslmode} if with_sslmode else {},
        ).render_as_string(hide_password=False)


@dataclass(frozen=True)
class ConnectionReport:
    """A successful test: what the wizard tells the user and needs for the admin page."""

    server_version: str  # e.g. "15.2"
    tls: bool
    has_schema: bool  # HoR Desk tables exist already (another PC set the house up)
    staff_count: int  # active staff with a PIN; >0: no first admin is needed


class ConnectionFailedError(Exception):
    """The test failed; ``explanation`` is the German sentence for the user."""

    def __init__(self, explanation: str, detail: str) -> None:
        super().__init__(explanation)
        self.explanation = explanation
        self.detail = detail  # the driver's own text, for the log and the "Details" line


def check_connection(params: PgParams) -> ConnectionReport:
    """Connect once, read the server version and whether HoR Desk's tables exist.

    Raises: ConnectionFailedError with a German explanation.
    """
    import psycopg  # noqa: PLC0415 (only the wizard needs the driver this early)

    try:
        with psycopg.connect(
            host=params.host,
            port=params.port,
            dbname=params.database,
            user=params.user,
            password=params.password or None,
            sslmode=params.sslmode,
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
            application_name="HoR Desk (Einrichtung)",
        ) as connection:
            info = connection.info
            version = f"{info.server_version // 10000}.{info.server_version % 10000}"
            tls = bool(info.pgconn.ssl_in_use)
            has_schema = (
                connection.execute("SELECT to_regclass('staff') IS NOT NULL").fetchone() or (False,)
            )[0]
            staff_count = 0
            if has_schema:
                row = connection.execute(
                    "SELECT count(*) FROM staff WHERE active AND deleted_at IS NULL "
                    "AND pin_hash IS NOT NULL"
                ).fetchone()
                staff_count = int(row[0]) if row else 0
    except psycopg.Error as exc:
        detail = " ".join(str(exc).split())
        raise ConnectionFailedError(explain_failure(detail, params), detail) from exc
    return ConnectionReport(version, tls, bool(has_schema), staff_count)


# (pattern in the driver's or server's text — English and German server messages —,
#  explanation). The first match wins, so the specific ones come first.
_EXPLANATIONS: tuple[tuple[str, str], ...] = (
    (
        r"password authentication failed|Passwort-Authentifizierung",
        "Das Passwort ist falsch (oder der Benutzer „{user}“ darf sich so nicht anmelden). "
        "Bitte Passwort und Benutzername prüfen.",
    ),
    (
        r"no password supplied|fe_sendauth",
        "Der Server verlangt ein Passwort. Bitte das Passwort für „{user}“ eingeben.",
    ),
    (
        r'role "[^"]*" does not exist|Rolle »[^«]*« existiert nicht',
        "Den Benutzer „{user}“ gibt es auf dem Server nicht. Bitte den Benutzernamen prüfen.",
    ),
    (
        r'database "[^"]*" does not exist|Datenbank »[^«]*« existiert nicht',
        "Die Datenbank „{database}“ gibt es auf dem Server nicht. Bitte den Namen prüfen "
        "oder die Datenbank von der Administration anlegen lassen.",
    ),
    (
        r"server does not support SSL|unterstützt kein SSL",
        "Der Server bietet keine verschlüsselte Verbindung (TLS) an, der gewählte TLS-Modus "
        "verlangt sie aber. Bitte TLS auf dem Server einrichten lassen oder „prefer“ wählen.",
    ),
    (
        r"no pg_hba\.conf entry.*(no encryption|SSL off)|kein pg_hba\.conf-Eintrag.*"
        r"(keine Verschlüsselung|SSL aus)",
        "Der Server verlangt eine verschlüsselte Verbindung (TLS). Bitte als TLS-Modus "
        "„require“ wählen.",
    ),
    (
        r"no pg_hba\.conf entry|kein pg_hba\.conf-Eintrag",
        "Der Server lässt diesen PC nicht zu (pg_hba.conf). Bitte die Administration bitten, "
        "den Zugang für diesen PC und den Benutzer „{user}“ freizugeben.",
    ),
    (
        r"certificate|Zertifikat|root cert",
        "Das TLS-Zertifikat des Servers lässt sich nicht prüfen. Bei „verify-ca“ oder "
        "„verify-full“ muss das Stammzertifikat auf diesem PC liegen; sonst „require“ wählen.",
    ),
    (
        r"Connection refused|Verbindung verweigert",
        "Unter {host}, Port {port} antwortet kein PostgreSQL-Server. Bitte prüfen, ob der "
        "Server läuft und der Port stimmt (üblich ist 5432).",
    ),
    (
        r"resolve host|translate host name|Name or service not known|nodename nor servname"
        r"|Unknown host|Der angegebene Host ist unbekannt",
        "Den Server „{host}“ findet dieser PC nicht. Bitte den Servernamen prüfen "
        "(Tippfehler? Netzwerk oder VPN verbunden?).",
    ),
    (
        r"timeout|timed out|Zeitüberschreitung|No route to host|Network is unreachable"
        r"|Keine Route",
        "Der Server {host} ist nicht erreichbar (keine Antwort). Bitte Netzwerk, VPN und "
        "Firewall prüfen.",
    ),
    (
        r"permission denied for database|keine Berechtigung für Datenbank",
        "Der Benutzer „{user}“ darf sich mit der Datenbank „{database}“ nicht verbinden. "
        "Bitte die Rechte (CONNECT) vergeben lassen.",
    ),
    (
        r"too many clients|zu viele Clients",
        "Der Server hat gerade zu viele Verbindungen. Bitte später erneut versuchen.",
    ),
)


def explain_failure(detail: str, params: PgParams) -> str:
    """The German explanation for a driver message; unknown ones say so and keep the text."""
    for pattern, text in _EXPLANATIONS:
        if re.search(pattern, detail, re.IGNORECASE):
            return text.format(
                host=params.host, port=params.port, user=params.user, database=params.database
            )
    return "Die Verbindung ist fehlgeschlagen. Bitte die Angaben prüfen."
