"""The sync status bar widget and the sync log dialog."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from hor_desktop.sync.status import SyncLogEntry
from hor_desktop.ui.sync.bridge import SyncBridge
from hor_desktop.ui.sync.log_dialog import SyncLogDialog, SyncLogModel
from hor_desktop.ui.sync.status_widget import SyncStatusWidget
from hor_desktop.ui.tasks import ImmediateRunner
from tests.ui.sync.fakes import FakeScheduler, status


def widget(qtbot: QtBot, mode: str = "replica") -> SyncStatusWidget:
    made = SyncStatusWidget(mode)
    qtbot.addWidget(made)
    made.show()
    return made


def test_online_with_last_sync_in_german_format_waiting_and_conflicts(qtbot: QtBot) -> None:
    w = widget(qtbot)
    w.set_status(status(pending=3, conflicts_open=2))
    assert w.online_label.text() == "● Online"
    # 02:05 UTC is 03:05 in Cologne (CET).
    assert w.last_label.text() == "Zuletzt: 26.11.2026, 03:05 Uhr"
    assert w.pending_label.text() == "Wartend: 3"
    assert w.conflicts_label.text() == "Konflikte: 2"
    assert not w.warning_label.isVisible()


def test_offline_and_never_synced(qtbot: QtBot) -> None:
    w = widget(qtbot)
    w.set_status(status(online=False, last_sync_at=None, last_error="offline", pending=7))
    assert w.online_label.text() == "● Offline"
    assert w.last_label.text() == "Noch nie synchronisiert"
    assert w.pending_label.text() == "Wartend: 7"
    assert not w.warning_label.isVisible()  # offline is no error: nothing is lost


def test_a_wrong_pc_clock_shows_a_warning_with_what_to_do(qtbot: QtBot) -> None:
    w = widget(qtbot)
    w.set_status(status(clock_offset_ms=-3_600_000))
    assert w.warning_label.isVisible()
    assert "PC-Uhr falsch" in w.warning_label.text()
    assert "60 Minute(n) vor" in w.warning_label.toolTip()
    w.set_status(status(clock_offset_ms=1_000))
    assert not w.warning_label.isVisible()


def test_paused_push_is_a_warning_with_the_reason(qtbot: QtBot) -> None:
    w = widget(qtbot)
    w.set_status(status(paused_reason="Bitte HoR Desk aktualisieren"))
    assert "Senden angehalten" in w.warning_label.text()
    assert w.warning_label.toolTip() == "Bitte HoR Desk aktualisieren"


def test_direct_mode_shows_only_the_connection_and_conflicts(qtbot: QtBot) -> None:
    w = widget(qtbot, "direct")
    assert w.online_label.text() == "Direkt verbunden"
    assert not w.pending_label.isVisible() and not w.last_label.isVisible()
    w.set_conflict_count(4)
    assert w.conflicts_label.text() == "Konflikte: 4"


def test_click_and_enter_ask_for_the_log(qtbot: QtBot) -> None:
    w = widget(qtbot)
    with qtbot.waitSignal(w.clicked, timeout=1000):
        QTest.mouseClick(w, Qt.MouseButton.LeftButton)
    w.setFocus()
    with qtbot.waitSignal(w.clicked, timeout=1000):
        QTest.keyClick(w, Qt.Key.Key_Return)


def test_bridge_hands_the_schedulers_status_to_the_widget(qtbot: QtBot) -> None:
    bridge = SyncBridge()
    w = widget(qtbot)
    bridge.status_changed.connect(w.set_status)
    scheduler = FakeScheduler()
    bridge.attach(scheduler)
    scheduler.emit_status(status(pending=5))
    qtbot.waitUntil(lambda: w.pending_label.text() == "Wartend: 5", timeout=1000)
    assert bridge.request_round() and scheduler.requested == 1


def test_log_dialog_lists_rounds_newest_first_and_f9_syncs(qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    entries = [
        SyncLogEntry(datetime(2026, 11, 26, 2, 6, tzinfo=UTC), "Synchronisiert: 3 gesendet"),
        SyncLogEntry(datetime(2026, 11, 26, 2, 5, tzinfo=UTC), "Keine Verbindung", "offline"),
    ]
    scheduler = FakeScheduler(entries)
    bridge = SyncBridge()
    bridge.attach(scheduler)
    dialog = SyncLogDialog(bridge, ImmediateRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    column = SyncLogModel.Column
    assert dialog.model.index(0, column.WHEN).data() == "26.11.2026 03:06:00"
    assert dialog.model.index(1, column.SUMMARY).data() == "Keine Verbindung"
    assert dialog.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    scheduler.emit_status(status(pending=2, conflicts_open=1))
    qtbot.waitUntil(lambda: "Wartende Änderungen: 2" in dialog.state_label.text(), timeout=1000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=1000)
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_F9)
    assert scheduler.requested == 1
    scheduler.log.insert(0, SyncLogEntry(datetime(2026, 11, 26, 2, 7, tzinfo=UTC), "neu"))
    scheduler.finish_round()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=1000)


def test_log_dialog_without_sync_says_so_and_cannot_sync(qtbot: QtBot) -> None:
    dialog = SyncLogDialog(SyncBridge(), ImmediateRunner())
    qtbot.addWidget(dialog)
    assert "keine Synchronisation" in dialog.state_label.text()
    assert not dialog.sync_button.isEnabled()
    assert dialog.empty_label.isVisibleTo(dialog)
