"""Round summaries, the status lines and the bounded sync log, in German."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hor_desktop.sync.status import (
    OFFLINE,
    RoundReport,
    SyncLogEntry,
    SyncStatus,
    append_log,
    read_log,
)

T0 = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def test_the_sync_log_keeps_only_the_newest_entries_newest_first() -> None:
    encoded = None
    for minute in range(7):
        entry = SyncLogEntry(at=T0 + timedelta(minutes=minute), summary=f"Runde {minute}")
        encoded = append_log(encoded, entry, limit=5)
    entries = read_log(encoded)
    assert [e.summary for e in entries] == ["Runde 6", "Runde 5", "Runde 4", "Runde 3", "Runde 2"]
    assert entries[0].at == T0 + timedelta(minutes=6)


def test_a_round_summary_counts_in_german() -> None:
    report = RoundReport(
        pushed=1200, applied=1198, refused=2, pulled=3, pending=0, conflicts_open=1,
        duration_ms=1400, clock_offset_ms=-3_600_000,
    )  # fmt: skip
    text = report.summary()
    sent = "1.200 Änderungen gesendet (1.198 übernommen, 2 abgelehnt)"
    assert text.startswith(f"Synchronisiert: {sent}, 3 empfangen, 0 warten, 1 offener Konflikt")
    assert "(1,4 s)" in text
    assert "Warnung: die Uhr dieses PCs geht 1 h 0 min vor." in text


def test_status_lines_name_the_pause_the_error_and_the_clock() -> None:
    status = SyncStatus(
        online=False, running=False, pending=4, conflicts_open=2, last_sync_at=T0,
        last_error=OFFLINE, paused_reason="Bitte HoR Desk aktualisieren.", clock_offset_ms=1500,
    )  # fmt: skip
    assert status.lines() == [
        "Wartende Änderungen: 4",
        "Letzte Synchronisation: 26.11.2026 09:00:00",
        "Offene Konflikte: 2",
        "Senden angehalten: Bitte HoR Desk aktualisieren.",
        "Letzter Fehler: keine Verbindung",
        "Uhrabweichung zum Server: +1,5 s",
    ]
    assert not status.clock_warning
    assert SyncStatus(**{**status.__dict__, "clock_offset_ms": 180_000}).clock_warning
