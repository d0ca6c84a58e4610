"""The window in replica and direct mode: the Konflikte tab, the sync status bar, F9."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.main_window import MainWindow, SessionInfo
from hor_desktop.ui.sync.conflicts_tab import ConflictsTab
from hor_desktop.ui.sync.log_dialog import SyncLogDialog
from tests.services.conflict_helpers import House, at, house, pulled_double_room
from tests.ui.sync.fakes import FakeScheduler, status

__all__ = ["house"]  # the fixture, imported for pytest


def make_window(qtbot: QtBot, context: DeskContext, mode: str) -> MainWindow:
    session = SessionInfo(mode, "hor.sqlite", "MIG", "HoR Köln – Migrafrica")
    window = MainWindow(session, dataclasses.replace(context, mode=mode))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_local_mode_has_no_conflicts_tab_and_no_sync_status(
    qtbot: QtBot, desk_context: DeskContext
) -> None:
    window = make_window(qtbot, desk_context, "local")
    assert window.tabs.count() == 5
    assert window.sync_status is None and window.sync_actions == []


@pytest.mark.parametrize("mode", ["replica", "direct"])
def test_replica_and_direct_mode_have_the_konflikte_tab_on_ctrl_6(
    qtbot: QtBot, desk_context: DeskContext, mode: str
) -> None:
    window = make_window(qtbot, desk_context, mode)
    assert window.tabs.tabText(5) == "Konflikte"
    QTest.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.tabs.currentWidget(), ConflictsTab)
    assert window.sync_status is not None and window.sync_status.isVisible()


def test_f9_asks_the_scheduler_for_a_round_and_the_status_bar_follows_it(
    qtbot: QtBot, desk_context: DeskContext
) -> None:
    window = make_window(qtbot, desk_context, "replica")
    scheduler = FakeScheduler()
    window.sync_bridge.attach(scheduler)
    assert window.sync_now_action.shortcut().toString() == "F9"
    QTest.keyClick(window, Qt.Key.Key_F9)
    assert scheduler.requested == 1
    scheduler.emit_status(status(online=False, pending=4, conflicts_open=1))
    widget = window.sync_status
    assert widget is not None
    qtbot.waitUntil(lambda: widget.online_label.text() == "● Offline", timeout=1000)
    assert widget.pending_label.text() == "Wartend: 4"
    assert widget.conflicts_label.text() == "Konflikte: 1"


def test_clicking_the_sync_status_opens_the_log(qtbot: QtBot, desk_context: DeskContext) -> None:
    window = make_window(qtbot, desk_context, "replica")
    assert window.sync_status is not None
    QTest.mouseClick(window.sync_status, Qt.MouseButton.LeftButton)
    dialog = window.sync_log_dialog
    assert isinstance(dialog, SyncLogDialog) and dialog.isVisible()
    dialog.close()


def test_each_sync_round_reloads_the_conflicts_tab(
    qtbot: QtBot, desk_context: DeskContext, house: House
) -> None:
    window = make_window(qtbot, desk_context, "replica")
    scheduler = FakeScheduler()
    window.sync_bridge.attach(scheduler)
    tab = window.conflicts_tab
    assert tab.model.rowCount() == 0
    pulled_double_room(house, start=at(18), end=at(20))  # as a pull writes it
    scheduler.finish_round()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=2000)


def test_direct_mode_counts_the_open_conflicts_of_the_shared_database(
    qtbot: QtBot, desk_context: DeskContext, house: House
) -> None:
    pulled_double_room(house, start=at(18), end=at(20))
    window = make_window(qtbot, desk_context, "direct")
    assert window.sync_status is not None
    qtbot.waitUntil(lambda: window.sync_status.conflicts == 1, timeout=2000)  # type: ignore[union-attr]


def test_no_two_actions_fight_over_a_shortcut_in_replica_mode(
    qtbot: QtBot, desk_context: DeskContext
) -> None:
    window = make_window(qtbot, desk_context, "replica")
    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    global_keys: dict[str, str] = {}
    for action in window.findChildren(QAction):
        key = action.shortcut().toString()
        if key and action.shortcutContext() in window_wide:
            assert key not in global_keys, f"{key}: {global_keys[key]} / {action.text()}"
            global_keys[key] = action.text()
    assert global_keys["F9"] == "&Jetzt synchronisieren"
    tab = window.conflicts_tab
    local: dict[str, str] = {}
    for action in tab.findChildren(QAction):
        key = action.shortcut().toString()
        if key and action.shortcutContext() not in window_wide:
            assert key not in global_keys, f"{key} in Konflikte: {action.text()}"
            assert key not in local, f"{key}: {local[key]} / {action.text()}"
            local[key] = action.text()
    assert {"Ctrl+Shift+V", "Ctrl+Shift+S", "Ctrl+Shift+T", "Ctrl+Shift+O"} <= set(local)


def test_heute_counts_open_conflicts_in_replica_mode_and_reloads_after_a_round(
    qtbot: QtBot, desk_context: DeskContext, house: House
) -> None:
    window = make_window(qtbot, desk_context, "replica")
    scheduler = FakeScheduler()
    window.sync_bridge.attach(scheduler)
    label = window.dashboard_tab.sync_label
    qtbot.waitUntil(lambda: label.text() == "Offene Konflikte: 0", timeout=2000)
    pulled_double_room(house, start=at(18), end=at(20))  # as a pull writes it
    scheduler.finish_round()
    qtbot.waitUntil(lambda: label.text() == "Offene Konflikte: 1", timeout=2000)
