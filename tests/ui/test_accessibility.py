"""Screen readers: every control of the main window and the main dialogs has a name.

The name is what Qt's accessibility layer reports (``QAccessible`` interface, ``Name``):
an accessible name set in code, a button's text, or the text of a label whose buddy the
widget is. Qt's own inner widgets (a spin box's line edit, a combo's view) are skipped.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hor_desktop.config import Settings
from hor_desktop.services.locations import LocationDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.main_window import MainWindow, SessionInfo

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)
# A line edit's clear button, a spin box's line edit, a tab bar's scroll arrows: Qt's own.
_QT_PARTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTabBar, QScrollBar, QCalendarWidget)


def _is_qt_part(widget: QWidget, root: QWidget) -> bool:
    """Inner widgets Qt builds itself (a spin box's line edit, a tab bar's scroll arrows)."""
    if widget.objectName().startswith("qt_"):
        return True
    node = widget.parentWidget()
    while node is not None and node is not root:
        if isinstance(node, _QT_PARTS):
            return True
        node = node.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def controls(root: QWidget) -> Iterator[QWidget]:
    """The controls a keyboard or screen-reader user reaches inside ``root``."""
    for widget in root.findChildren(QWidget):
        # Our own focusable widgets (a calendar grid) count as controls too.
        own = (
            type(widget).__module__.startswith("hor_desktop")
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and not isinstance(widget, QTabWidget)  # a container; its tabs carry names
        )
        if not (isinstance(widget, INTERACTIVE) or own) or _is_qt_part(widget, root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(
            widget, QAbstractButton
        ):
            continue
        yield widget


def _where(widget: QWidget, root: QWidget) -> str:
    chain = []
    node: QWidget | None = widget
    while node is not None and node is not root:
        chain.append(type(node).__name__ + (f"#{node.objectName()}" if node.objectName() else ""))
        node = node.parentWidget()
    hint = widget.toolTip() or getattr(widget, "placeholderText", lambda: "")()
    return " < ".join(chain) + (f" ({hint!r})" if hint else "")


def unnamed(root: QWidget) -> list[str]:
    """Controls without a name: no accessible name, no label naming them as its buddy.

    A button's text is its name. A combo box needs its own name or a buddy label: on
    Linux Qt reports a combo's current text as its name and leaves the label to a
    relation, so the name Qt reports proves nothing there.
    """
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in controls(root):
        if widget.accessibleName().strip() or widget in buddies:
            continue
        if not isinstance(widget, QComboBox) and accessible_name(widget):
            continue  # a button's text, a group box's title
        missing.append(_where(widget, root))
    return missing


def test_the_check_finds_an_unnamed_control(qtbot: QtBot) -> None:
    # The walk must be able to fail: a bare line edit has no name, a labelled one has.
    from PySide6.QtWidgets import QFormLayout

    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    form.addRow(QLineEdit(root))
    named = QLineEdit(root)
    form.addRow("&Name:", named)
    assert unnamed(root) == ["QLineEdit"]
    assert accessible_name(named) == "Name:"


@pytest.fixture
def window(qtbot: QtBot, desk_context: DeskContext) -> MainWindow:
    window = MainWindow(SessionInfo("local", "hor.sqlite", "MIG", "Migrafrica"), desk_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):
        window.tabs.widget(index)  # builds a lazily built tab
    return window


def test_every_control_of_the_main_window_has_a_name(window: MainWindow) -> None:
    found = list(controls(window))
    assert len(found) > 30  # all five tabs are walked, not only the visible one
    missing = unnamed(window)
    assert not missing, "controls without an accessible name:\n" + "\n".join(missing)


def _dialogs(
    context: DeskContext, locations: list[LocationDTO], config_dir: Path
) -> dict[str, Callable[[], QDialog]]:
    from hor_desktop.ui.audit.dialog import AuditLogDialog
    from hor_desktop.ui.calendar.closures_dialog import ClosuresDialog
    from hor_desktop.ui.inventory.item_dialog import ItemDialog
    from hor_desktop.ui.lending.checkout_dialog import CheckOutDialog
    from hor_desktop.ui.lending.free_dialog import FreeItemsDialog
    from hor_desktop.ui.lending.return_dialog import ReturnDialog
    from hor_desktop.ui.organisations.contact_dialog import ContactDialog
    from hor_desktop.ui.organisations.dialogs import OrganisationDialog
    from hor_desktop.ui.reports.dialog import ReportsDialog
    from hor_desktop.ui.settings.dialog import SettingsDialog
    from hor_desktop.ui.setup.wizard import FirstStartWizard
    from hor_desktop.ui.staff.management import StaffDialog
    from hor_desktop.ui.staff.sign_in_dialog import SignInDialog

    return {
        "check_out": lambda: CheckOutDialog(context),
        "return": lambda: ReturnDialog(context),
        "free_items": lambda: FreeItemsDialog(context),
        "sign_in": lambda: SignInDialog(context),
        "reports": lambda: ReportsDialog(context),
        "audit": lambda: AuditLogDialog(context),
        "item": lambda: ItemDialog(context, [], locations),
        "organisation": lambda: OrganisationDialog(context, locations),
        "contact": lambda: ContactDialog(context, uuid.uuid4()),
        "closures": lambda: ClosuresDialog(context, []),
        "settings": lambda: SettingsDialog(context, Settings(), config_dir=config_dir),
        "staff": lambda: StaffDialog(context),
        "first_start": lambda: FirstStartWizard(config_dir=config_dir),
    }


DIALOGS = [
    "check_out",
    "return",
    "free_items",
    "sign_in",
    "reports",
    "audit",
    "item",
    "organisation",
    "contact",
    "closures",
]
# Dialogs of the first start and the administration: names are checked; their Tab order
# follows columns (opening hours beside closing days), which the row rule cannot judge.
OTHER_DIALOGS = ["settings", "staff", "first_start"]


@pytest.mark.parametrize("name", DIALOGS + OTHER_DIALOGS)
def test_every_control_of_a_main_dialog_has_a_name(
    qtbot: QtBot, desk_context: DeskContext, locations: list[LocationDTO], tmp_path: Path, name: str
) -> None:
    dialog = _dialogs(desk_context, locations, tmp_path)[name]()
    qtbot.addWidget(dialog)
    assert list(controls(dialog)), "the dialog has controls to check"
    missing = unnamed(dialog)
    assert not missing, f"{name}: controls without an accessible name:\n" + "\n".join(missing)


# --- tab order -----------------------------------------------------------------------------

_ROW = 12  # pixels: controls whose tops differ less than this sit on one row


def tab_chain(root: QWidget) -> list[QWidget]:
    """The controls Tab visits, in order, starting at the top-left one (visible, enabled).

    Tab cycles, so where the walk starts is a choice: the first control a reader sees.
    """
    chain = []
    widget = root.nextInFocusChain()
    while widget is not root and len(chain) < 1000:
        if (
            root.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not _is_qt_part(widget, root)
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    if not chain:
        return chain
    spots = [w.mapTo(root, QPoint(0, 0)) for w in chain]
    first = min(range(len(chain)), key=lambda i: (spots[i].y() // _ROW, spots[i].x()))
    return chain[first:] + chain[:first]


def reading_order_breaks(root: QWidget) -> list[str]:
    """Steps of the Tab chain that go up, or left within a row (a reader's order: rows
    top to bottom, each left to right)."""
    breaks = []
    chain = tab_chain(root)
    for before, after in itertools.pairwise(chain):
        a, b = before.mapTo(root, QPoint(0, 0)), after.mapTo(root, QPoint(0, 0))
        same_row = abs(a.y() - b.y()) < _ROW
        if (same_row and b.x() < a.x()) or (not same_row and b.y() < a.y()):
            breaks.append(f"{_where(before, root)} → {_where(after, root)}")
    return breaks


def test_the_tab_order_check_sees_a_jump_up(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    first, second, third = QLineEdit(root), QLineEdit(root), QLineEdit(root)
    for edit in (first, second, third):
        column.addWidget(edit)
    root.show()
    qtbot.waitExposed(root)
    assert reading_order_breaks(root) == []
    QWidget.setTabOrder(third, second)  # first → third → second
    assert len(reading_order_breaks(root)) == 1


@pytest.mark.parametrize("name", DIALOGS)
def test_tab_moves_through_a_dialog_in_reading_order(
    qtbot: QtBot, desk_context: DeskContext, locations: list[LocationDTO], tmp_path: Path, name: str
) -> None:
    dialog = _dialogs(desk_context, locations, tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(tab_chain(dialog)) >= 2
    breaks = reading_order_breaks(dialog)
    assert not breaks, f"{name}: Tab jumps against the reading order:\n" + "\n".join(breaks)


def test_tab_moves_through_each_main_tab_in_reading_order(window: MainWindow) -> None:
    window.resize(1280, 800)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        assert len(tab_chain(page)) >= 2
        breaks = reading_order_breaks(page)
        title = window.tabs.tabText(index)
        assert not breaks, f"{title}: Tab jumps against the reading order:\n" + "\n".join(breaks)


# --- large font and 150 % scaling ------------------------------------------------------------

# A 1366×768 laptop, and a 1920×1080 screen at 150 % (1280 logical pixels wide).
LAPTOP_WIDTH = 1366
SCALED_WIDTH = 1280


def _widest_tab(window: MainWindow) -> tuple[str, int]:
    widths = {}
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)  # builds a lazily built tab
        widths[window.tabs.tabText(index)] = page.minimumSizeHint().width()
    return max(widths.items(), key=lambda item: item[1])


def test_every_tab_fits_a_laptop_screen_with_a_15pt_font(
    qtbot: QtBot, desk_context: DeskContext
) -> None:
    window = MainWindow(SessionInfo("local", "hor.sqlite", "MIG", "Migrafrica"), desk_context)
    qtbot.addWidget(window)
    # The window's font, not the application's: a global font change would reach the
    # widgets other tests left behind. Children inherit it like the system font.
    font = window.font()
    font.setPointSize(15)
    window.setFont(font)
    title, width = _widest_tab(window)
    assert window.tabs.widget(1).fontInfo().pointSize() == 15
    assert width <= LAPTOP_WIDTH, f"{title} needs {width} px"
    assert window.minimumSizeHint().width() <= LAPTOP_WIDTH


def test_every_tab_fits_a_full_hd_screen_at_150_percent(window: MainWindow) -> None:
    # QT_SCALE_FACTOR multiplies every logical pixel, so 150 % of 1920 leaves 1280.
    title, width = _widest_tab(window)
    assert width <= SCALED_WIDTH, f"{title} needs {width} px"


# --- keyboard ------------------------------------------------------------------------------


def test_every_toolbar_action_has_a_shortcut_or_a_menu_entry(window: MainWindow) -> None:
    # Tool buttons take no focus, so Tab never reaches them: a keyboard user needs a
    # shortcut or the same action in the menu bar.
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QToolBar

    in_menus: set[QAction] = set()
    for menu in window.menuBar().findChildren(QMenu):
        in_menus.update(menu.actions())
    for action in window.menuBar().actions():
        if action.menu() is not None:
            in_menus.update(action.menu().actions())
    unreachable = [
        f"{toolbar.parentWidget().objectName()}: {action.text()!r}"
        for toolbar in window.findChildren(QToolBar)
        for action in toolbar.actions()
        if action.text()
        and not action.isSeparator()
        and action.shortcut().isEmpty()
        and action not in in_menus
    ]
    assert len(window.findChildren(QToolBar)) >= 4
    assert not unreachable, "toolbar actions without a keyboard way:\n" + "\n".join(unreachable)
