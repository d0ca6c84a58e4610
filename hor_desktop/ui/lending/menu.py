"""The „Ausleihe“ menu of the main window: its actions open the lending desk's dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.lending.checkout_dialog import CheckOutDialog
from hor_desktop.ui.lending.desk_panel import DUE, OVERDUE, PICKUPS, TRANSFERS, DeskPanel
from hor_desktop.ui.lending.free_dialog import FreeItemsDialog
from hor_desktop.ui.lending.return_dialog import ReturnDialog
from hor_desktop.ui.printing import DocumentHistoryDialog


class LendingMenu(QObject):
    """Builds the menu and keeps one instance of each non-modal dialog and the dock."""

    def __init__(self, window: QMainWindow, context: DeskContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.dialogs: dict[str, QDialog] = {}
        self.panel: DeskPanel | None = None
        self.menu = QMenu(self.tr("&Ausleihe"), window)
        self.menu.setObjectName("lendingMenu")
        self.check_out_action = self._action("checkOutAction", self.tr("&Ausleihe …"), "F2",
                                             self.open_check_out)  # fmt: skip
        self.return_action = self._action("returnAction", self.tr("&Rückgabe …"), "F3",
                                          self.open_return)  # fmt: skip
        self.menu.addSeparator()
        self.due_action = self._action("dueAction", self.tr("&Fällig/Überfällig"), "F4",
                                       self.show_due)  # fmt: skip
        self.free_action = self._action("freeAction", self.tr("&Was ist frei? …"), "Ctrl+Shift+F",
                                        self.open_free)  # fmt: skip
        self.transfers_action = self._action("transfersAction", self.tr("&Umlagerungen"),
                                             "Ctrl+Shift+U", self.show_transfers)  # fmt: skip
        self.pickups_action = self._action("pickupsAction", self.tr("A&bholungen"), "F6",
                                           self.show_pickups)  # fmt: skip
        self.menu.addSeparator()
        self.documents_action = self._action("documentsAction", self.tr("&Belege nachdrucken …"),
                                             "Ctrl+Shift+B", self.open_documents)  # fmt: skip

    def _action(self, name: str, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)  # works with the menu bar hidden, too
        self.menu.addAction(action)
        return action

    def _show(self, key: str, factory: Callable[[], QDialog]) -> QDialog:
        dialog = self.dialogs.get(key)
        if dialog is None:
            dialog = factory()
            dialog.finished.connect(lambda _result, k=key: self.dialogs.pop(k, None))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialogs[key] = dialog
        if dialog.isVisible():
            dialog.raise_()  # already open behind the window: bring it back, keep its cart
        dialog.show()
        dialog.activateWindow()
        return dialog

    def open_check_out(self) -> QDialog:
        dialog = self._show("check_out", lambda: CheckOutDialog(self.context, self.window))
        if self.panel is not None and isinstance(dialog, CheckOutDialog):
            dialog.loan_saved.connect(self.panel.refresh, Qt.ConnectionType.UniqueConnection)
        return dialog

    def open_return(self) -> QDialog:
        dialog = self._show("return", lambda: ReturnDialog(self.context, self.window))
        if self.panel is not None and isinstance(dialog, ReturnDialog):
            dialog.returned.connect(self.panel.refresh, Qt.ConnectionType.UniqueConnection)
        return dialog

    def open_documents(self) -> QDialog:
        """Every issued slip, record and confirmation, newest first, to open or reprint."""
        return self._show(
            "documents", lambda: DocumentHistoryDialog(self.context, parent=self.window)
        )

    def open_free(self) -> QDialog:
        return self._show("free", lambda: FreeItemsDialog(self.context, self.window))

    def desk_panel(self) -> DeskPanel:
        if self.panel is None:
            self.panel = DeskPanel(self.context, self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel)
        return self.panel

    def show_due(self) -> None:
        panel = self.desk_panel()
        overdue_first = panel.overdue_model.rowCount() and not panel.due_model.rowCount()
        panel.show_tab(OVERDUE if overdue_first else DUE)

    def show_transfers(self) -> None:
        self.desk_panel().show_tab(TRANSFERS)

    def show_pickups(self) -> None:
        self.desk_panel().show_tab(PICKUPS)
