"""The main window: tab order, shortcuts, menus and the status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot

from hor_desktop.ui.calendar.tab import CalendarTab
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.dashboard.tab import DashboardTab
from hor_desktop.ui.desks.tab import DesksTab
from hor_desktop.ui.inventory.tab import InventoryTab
from hor_desktop.ui.main_window import MainWindow, SessionInfo
from hor_desktop.ui.organisations.tab import OrganisationsTab

SESSION = SessionInfo(
    mode="local",
    database="hor.sqlite",
    location_code="MIG",
    location_name="HoR Köln – Migrafrica",
)


@pytest.fixture
def window(qtbot: QtBot, desk_context: DeskContext) -> MainWindow:
    window = MainWindow(SESSION, desk_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _status_texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.statusBar().findChildren(QLabel)]


def test_five_tabs_with_german_titles_in_order(window: MainWindow) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Heute", "Organisationen", "Inventar", "Raumkalender", "Coworking"]


def test_each_tab_is_its_own_widget_class(window: MainWindow) -> None:
    kinds = [type(window.tabs.widget(i)) for i in range(window.tabs.count())]
    assert kinds == [DashboardTab, OrganisationsTab, InventoryTab, CalendarTab, DesksTab]


def test_title_names_the_location(window: MainWindow) -> None:
    assert window.windowTitle() == "HoR Desk – HoR Köln – Migrafrica"


def test_status_bar_shows_mode_database_and_location(window: MainWindow) -> None:
    assert window.mode_label.text() == "Modus: lokal"
    assert window.database_label.text() == "Datenbank: hor.sqlite"
    assert window.location_label.text() == "Standort: MIG – HoR Köln – Migrafrica"
    assert {"Modus: lokal", "Datenbank: hor.sqlite"} <= set(_status_texts(window))


def test_status_labels_are_permanent(window: MainWindow) -> None:
    # A temporary status message must not hide where we are.
    window.statusBar().showMessage("Gespeichert")
    assert window.location_label.isVisible()


@pytest.mark.parametrize(
    ("mode", "text"),
    [("local", "Modus: lokal"), ("replica", "Modus: Replikat"), ("direct", "Modus: Direkt")],
)
def test_mode_label_per_mode(qtbot: QtBot, desk_context: DeskContext, mode: str, text: str) -> None:
    window = MainWindow(
        SessionInfo(mode, "db.example/hor", "CCH", "HoR Köln – Coach"), desk_context
    )
    qtbot.addWidget(window)
    assert window.mode_label.text() == text
    assert window.database_label.text() == "Datenbank: db.example/hor"


def test_ctrl_3_switches_to_inventar(window: MainWindow) -> None:
    assert window.tabs.currentIndex() == 0
    assert window.tabs.currentWidget() is window.dashboard_tab
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Inventar"


def test_ctrl_5_then_ctrl_2_then_ctrl_1(window: MainWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.desks_tab
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.organisations_tab
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.dashboard_tab


def test_tab_actions_have_shortcuts_in_the_view_menu(window: MainWindow) -> None:
    shortcuts = [action.shortcut().toString() for action in window.tab_actions]
    assert shortcuts == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Datei", "&Ansicht", "&Ausleihe", "&Verwaltung"]
    view_menu = window.findChild(QMenu, "viewMenu")
    assert isinstance(view_menu, QMenu)
    assert view_menu.actions() == window.tab_actions


def test_ctrl_q_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_ctrl_r_opens_the_reports_dialog(qtbot: QtBot, window: MainWindow) -> None:
    assert window.reports_action.shortcut().toString() == "Ctrl+R"
    window.reports_action.trigger()
    assert window.reports_dialog is not None and window.reports_dialog.isVisible()
    window.reports_dialog.close()


def test_dashboard_item_opens_it_in_inventar(window: MainWindow) -> None:
    window.dashboard_tab.item_requested.emit("123456")
    assert window.tabs.currentWidget() is window.inventory_tab
    assert window.inventory_tab.search_edit.text() == "123456"


def test_no_two_actions_fight_over_a_shortcut(window: MainWindow) -> None:
    # Regression: the calendar's "Raum finden" took Ctrl+R while "Berichte …" had it for
    # the whole window; Qt then treats the key as ambiguous and runs neither.
    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    for index in range(window.tabs.count()):  # tabs are built on first show: build them all
        window.tabs.build_page(index)
    global_keys: dict[str, str] = {}
    for action in window.findChildren(QAction):
        key = action.shortcut().toString()
        if key and action.shortcutContext() in window_wide:
            assert key not in global_keys, f"{key}: {global_keys[key]} / {action.text()}"
            global_keys[key] = action.text()
    for index in range(window.tabs.count()):
        tab = window.tabs.widget(index)
        local: dict[str, str] = {}
        for action in tab.findChildren(QAction):
            key = action.shortcut().toString()
            if not key or action.shortcutContext() in window_wide:
                continue
            assert key not in global_keys, f"{key} in {window.tabs.tabText(index)}: {action.text()}"
            assert key not in local, f"{key}: {local[key]} / {action.text()}"
            local[key] = action.text()
