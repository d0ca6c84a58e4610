"""The admin entries of the „Verwaltung“ menu: Einstellungen … and Personal …

The dialogs load on first use, so starting the window does not import them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from hor_desktop.config import load_file_settings
from hor_desktop.core.errors import HorError
from hor_desktop.ui.context import DeskContext

if TYPE_CHECKING:
    from hor_desktop.ui.settings.dialog import SettingsDialog
    from hor_desktop.ui.staff.management import StaffDialog


class AdminActions(QObject):
    def __init__(
        self, window: QMainWindow, context: DeskContext, menu: QMenu, *,
        config_dir: Path | None = None,
    ) -> None:  # fmt: skip
        super().__init__(window)
        self.window = window
        self.context = context
        self.config_dir = config_dir
        self.settings_dialog: SettingsDialog | None = None
        self.staff_dialog: StaffDialog | None = None
        menu.addSeparator()
        self.staff_action = self._action(menu, "staffAction", self.tr("P&ersonal …"),
                                          "Ctrl+Alt+P", self.open_staff)  # fmt: skip
        self.settings_action = self._action(menu, "settingsAction", self.tr("&Einstellungen …"),
                                            "Ctrl+,", self.open_settings)  # fmt: skip

    def _action(
        self, menu: QMenu, name: str, text: str, shortcut: str, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        menu.addAction(action)
        return action

    def _admin_only(self, title: str) -> bool:
        """The services refuse anyway; this saves a desk user a dialog they cannot use."""
        if self.context.actor.is_admin:
            return True
        QMessageBox.information(
            self.window, title,
            self.tr("Das dürfen nur Admins. Bitte als Admin anmelden (Strg+Umschalt+A)."),
        )  # fmt: skip
        return False

    def open_staff(self) -> StaffDialog | None:
        if not self._admin_only(self.tr("Personal")):
            return None
        from hor_desktop.ui.staff.management import StaffDialog  # noqa: PLC0415 (on demand)

        if self.staff_dialog is not None and self.staff_dialog.isVisible():
            self.staff_dialog.raise_()  # already open behind the window: bring it back
            return self.staff_dialog
        self.staff_dialog = StaffDialog(self.context, self.window)
        self.staff_dialog.show()
        return self.staff_dialog

    def open_settings(self) -> SettingsDialog | None:
        if not self._admin_only(self.tr("Einstellungen")):
            return None
        from hor_desktop.ui.settings.dialog import SettingsDialog  # noqa: PLC0415 (on demand)

        try:
            settings = load_file_settings(config_dir=self.config_dir)
        except HorError as exc:
            QMessageBox.warning(self.window, self.tr("Einstellungen"), exc.message)
            return None
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()  # keep the edits of the open one
            return self.settings_dialog
        self.settings_dialog = SettingsDialog(
            self.context, settings, config_dir=self.config_dir, parent=self.window
        )
        self.settings_dialog.show()
        return self.settings_dialog
