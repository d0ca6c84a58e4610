"""Whole-register actions of the Organisationen tab: CSV import and export, retention check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from hor_desktop.core.clock import local_today
from hor_desktop.core.errors import HorError
from hor_desktop.services import csv_io
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.organisations.csv_import import CsvImportDialog
from hor_desktop.ui.organisations.forms import busy_indicator, done_busy
from hor_desktop.ui.organisations.retention import RetentionDialog
from hor_desktop.ui.tasks import report_unexpected


class RegisterActions(QObject):
    """Owns the actions; ``changed`` asks the tab to reload, ``message`` to show a line."""

    changed = Signal()
    message = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.import_action = self._action(
            self.tr("CSV &importieren …"), "importCsvAction", "Ctrl+I", self.import_csv
        )
        self.export_action = self._action(
            self.tr("Als CSV e&xportieren …"), "exportCsvAction", "Ctrl+Shift+X", self.export_csv
        )
        self.retention_action = self._action(
            self.tr("Aufbewahrungsfrist &prüfen …"),
            "retentionAction",
            "Ctrl+Shift+R",
            self.check_retention,
        )

    def actions(self) -> list[QAction]:
        return [self.import_action, self.export_action, self.retention_action]

    def _action(self, text: str, name: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self.widget)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.widget.addAction(action)
        return action

    def import_csv(self) -> None:
        dialog = CsvImportDialog(self.context, parent=self.widget)
        dialog.exec()
        if dialog.imported is not None:
            self.message.emit(
                self.tr("Importiert: {orgs} Organisationen, {contacts} Kontaktpersonen.").format(
                    orgs=dialog.imported.organisations, contacts=dialog.imported.contacts
                )
            )
            self.changed.emit()

    def export_csv(self) -> None:
        day = local_today(self.context.uow().clock).isoformat()
        path, _filter = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Organisationen als CSV exportieren"),
            f"organisationen-{day}.csv",
            self.tr("CSV-Dateien (*.csv)"),
        )
        if not path:
            return
        target = Path(path).with_suffix(".csv")
        progress = busy_indicator(self.widget, self.tr("Organisationen werden exportiert …"))
        uow = self.context.uow

        def work() -> int:
            data = csv_io.export_organisations(uow())
            target.write_bytes(data)
            return data.count(b"\r\n") - 1

        def done(lines: int) -> None:
            done_busy(progress)
            self.message.emit(
                self.tr("%n Zeile(n) exportiert nach {file}.", "", lines).format(file=target.name)
            )

        def failed(error: BaseException) -> None:
            done_busy(progress)
            if isinstance(error, OSError):
                self.message.emit(
                    self.tr("Die Datei {file} kann nicht geschrieben werden: {reason}").format(
                        file=target.name, reason=error.strerror or str(error)
                    )
                )
                return
            if isinstance(error, HorError):
                self.message.emit(error.message)
                return
            report_unexpected(error)

        self.context.runner.submit(work, done, failed)

    def check_retention(self) -> None:
        dialog = RetentionDialog(self.context, parent=self.widget)
        dialog.exec()
        if dialog.anonymised:
            self.changed.emit()
