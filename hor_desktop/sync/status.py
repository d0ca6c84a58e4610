"""What a sync round did and where a replica stands: reports, status and the sync log."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from hor_desktop.core.clock import to_local

OFFLINE = "offline"
CLOCK_WARNING_MS = 2 * 60 * 1000  # a PC clock further off than this gets a warning
LOG_LIMIT = 200  # entries kept in the sync log


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _count(value: int, one: str, many: str) -> str:
    return f"{_number(value)} {one if value == 1 else many}"


def _when(moment: datetime) -> str:
    return to_local(moment).strftime("%d.%m.%Y %H:%M:%S")


def clock_warning(offset_ms: int | None) -> bool:
    return offset_ms is not None and abs(offset_ms) > CLOCK_WARNING_MS


def clock_text(offset_ms: int) -> str:
    """``"geht 3 min 5 s nach"`` / ``"geht 1 h 0 min vor"`` (German, for the warning)."""
    seconds = abs(offset_ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    amount = f"{hours} h {minutes} min" if hours else f"{minutes} min {seconds} s"
    # offset = server - PC: a positive offset means the PC is behind.
    return f"die Uhr dieses PCs geht {amount} {'nach' if offset_ms > 0 else 'vor'}"


@dataclass(frozen=True)
class RoundReport:
    """One sync round. ``error`` is ``"offline"`` when the shared database was unreachable."""

    pushed: int = 0  # operations the server answered (and the outbox let go)
    applied: int = 0
    superseded: int = 0
    refused: int = 0
    quarantined: int = 0
    pulled: int = 0  # changes applied from the server's change log
    conflicts_open: int = 0
    duration_ms: int = 0
    error: str | None = None
    offline_reason: str | None = None  # the driver's words when offline (refused, TLS, …)
    paused_reason: str | None = None  # push paused (schema skew); the queue is kept
    clock_offset_ms: int | None = None  # server clock minus PC clock
    bootstrapped: int = 0  # rows loaded by an initial load in this round
    bootstrap_complete: bool = True
    clamped: bool = False  # the server clamped an HLC that ran ahead of its clock
    pending: int = 0  # operations still waiting after the round
    started_at: datetime | None = None

    @property
    def offline(self) -> bool:
        return self.error == OFFLINE

    @property
    def ok(self) -> bool:
        return self.error is None

    def summary(self) -> str:
        """A German summary of the round for the command line and the sync log."""
        if self.offline:
            reason = f" ({self.offline_reason})" if self.offline_reason else ""
            return (
                f"Keine Verbindung zur gemeinsamen Datenbank{reason} – nichts geht verloren, "
                f"{_count(self.pending, 'Änderung wartet', 'Änderungen warten')}."
            )
        parts: list[str] = []
        if self.bootstrapped or not self.bootstrap_complete:
            state = "abgeschlossen" if self.bootstrap_complete else "unterbrochen"
            parts.append(f"Erstbefüllung {state}: {_number(self.bootstrapped)} Datensätze geladen")
        details = [
            f"{_number(count)} {label}"
            for count, label in (
                (self.applied, "übernommen"),
                (self.superseded, "überholt"),
                (self.refused, "abgelehnt"),
                (self.quarantined, "in Quarantäne"),
            )
            if count
        ]
        sent = _count(self.pushed, "Änderung gesendet", "Änderungen gesendet")
        parts.append(f"{sent} ({', '.join(details)})" if details else sent)
        parts.append(f"{_number(self.pulled)} empfangen")
        parts.append(f"{_number(self.pending)} warten")
        parts.append(_count(self.conflicts_open, "offener Konflikt", "offene Konflikte"))
        seconds = f"{self.duration_ms / 1000:.1f}".replace(".", ",")
        text = "Synchronisiert: " + ", ".join(parts) + f" ({seconds} s)."
        if self.paused_reason:
            text += f"\nSenden angehalten: {self.paused_reason}"
        if self.error:
            text += f"\nFehler: {self.error}"
        if clock_warning(self.clock_offset_ms):
            assert self.clock_offset_ms is not None
            text += f"\nWarnung: {clock_text(self.clock_offset_ms)}."
        return text


@dataclass(frozen=True)
class SyncStatus:
    """Where this replica stands, read locally (no network): what the status bar shows."""

    online: bool | None  # None: no round has run in this process yet
    running: bool  # a round is in progress
    pending: int  # changes waiting to be sent
    conflicts_open: int
    last_sync_at: datetime | None  # end of the last round that reached the server
    last_error: str | None
    paused_reason: str | None
    clock_offset_ms: int | None
    bootstrap_complete: bool = True

    @property
    def clock_warning(self) -> bool:
        return clock_warning(self.clock_offset_ms)

    def lines(self) -> list[str]:
        """German lines for ``hor-admin sync --status``."""
        last = _when(self.last_sync_at) if self.last_sync_at else "noch nie"
        lines = [
            f"Wartende Änderungen: {_number(self.pending)}",
            f"Letzte Synchronisation: {last}",
            f"Offene Konflikte: {_number(self.conflicts_open)}",
        ]
        if not self.bootstrap_complete:
            lines.append("Erstbefüllung: noch nicht abgeschlossen")
        if self.paused_reason:
            lines.append(f"Senden angehalten: {self.paused_reason}")
        if self.last_error:
            error = "keine Verbindung" if self.last_error == OFFLINE else self.last_error
            lines.append(f"Letzter Fehler: {error}")
        if self.clock_offset_ms is not None:
            if self.clock_warning:
                lines.append(f"Warnung: {clock_text(self.clock_offset_ms)}")
            else:
                seconds = f"{self.clock_offset_ms / 1000:+.1f}".replace(".", ",")
                lines.append(f"Uhrabweichung zum Server: {seconds} s")
        return lines


@dataclass(frozen=True)
class SyncLogEntry:
    """One line of the sync log the status bar opens."""

    at: datetime
    summary: str
    error: str | None = None
    pushed: int = 0
    pulled: int = 0
    duration_ms: int = 0
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["at"] = self.at.isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SyncLogEntry:
        return cls(**{**data, "at": datetime.fromisoformat(data["at"])})


def append_log(encoded: str | None, entry: SyncLogEntry, limit: int = LOG_LIMIT) -> str:
    """The sync log (JSON text) with ``entry`` appended and the oldest beyond ``limit`` gone."""
    entries = json.loads(encoded) if encoded else []
    entries.append(entry.to_json())
    return json.dumps(entries[-limit:], ensure_ascii=False)


def read_log(encoded: str | None) -> list[SyncLogEntry]:
    """Newest first."""
    entries = json.loads(encoded) if encoded else []
    return [SyncLogEntry.from_json(item) for item in reversed(entries)]
