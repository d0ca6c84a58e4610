"""The „Verwaltung“ menu: sign-in and lock, the audit log, a backup on demand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from hor_desktop.core.enums import Role
from hor_desktop.core.errors import HorError
from hor_desktop.services import backup
from hor_desktop.ui.audit.dialog import AuditLogDialog
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.staff.controls import StaffControls


class AdministrationMenu(QObject):
    def __init__(self, window: QMainWindow, context: DeskContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.audit_dialog: AuditLogDialog | None = None
        self.controls = StaffControls(window, context)
        self.menu = QMenu(self.tr("&Verwaltung"), window)
        self.menu.setObjectName("administrationMenu")
        self.menu.addActions(self.controls.actions)
        self.menu.addSeparator()
        self.audit_action = self._action("auditLogAction", self.tr("&Protokoll …"),
                                         "Ctrl+Shift+J", self.open_audit_log)  # fmt: skip
        self.backup_action = self._action("backupAction", self.tr("&Datensicherung erstellen …"),
                                          "Ctrl+Alt+S", self.create_backup)  # fmt: skip
        self.backup_action.setEnabled(context.database_path is not None)

    def _action(self, name: str, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        self.menu.addAction(action)
        return action

    def open_audit_log(self) -> AuditLogDialog | None:
        if self.context.actor.role not in (Role.ADMIN, Role.LOCATION_ADMIN):
            QMessageBox.information(
                self.window, self.tr("Protokoll"),
                self.tr("Das Protokoll sehen nur Standort-Admins und Admins. "
                        "Bitte zuerst anmelden (Strg+Umschalt+A)."),
            )  # fmt: skip
            return None
        if self.audit_dialog is None or not self.audit_dialog.isVisible():
            self.audit_dialog = AuditLogDialog(self.context, self.window)
            self.audit_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.audit_dialog.finished.connect(lambda _r: setattr(self, "audit_dialog", None))
        self.audit_dialog.show()
        self.audit_dialog.raise_()
        return self.audit_dialog

    def create_backup(self, out: Path | None = None) -> None:
        source = self.context.database_path
        if source is None:
            return
        if out is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            suggestion = str(Path(folder) / backup.backup_file_name(source, datetime.now(UTC)))
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Datensicherung erstellen"), suggestion,
                self.tr("SQLite-Datenbank (*.sqlite)"),
            )  # fmt: skip
            if not chosen:
                return
            out = Path(chosen)
        target = out
        self.window.statusBar().showMessage(self.tr("Datensicherung läuft …"))
        self.context.runner.submit(
            lambda: backup.backup_database(source, target), self._backed_up, self._backup_failed
        )

    def _backed_up(self, result: backup.BackupResult) -> None:
        self.window.statusBar().showMessage(
            self.tr("Datensicherung gespeichert: {path}").format(path=str(result.path)), 10_000
        )

    def _backup_failed(self, error: BaseException) -> None:
        if not isinstance(error, HorError):
            raise error
        self.window.statusBar().clearMessage()
        QMessageBox.warning(self.window, self.tr("Datensicherung"), error.message)
