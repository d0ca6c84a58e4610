"""The CSV import dialog: pick a file, check it line by line, then import all or nothing."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.errors import HorError
from hor_desktop.services import csv_io
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.organisations.forms import busy_indicator, done_busy
from hor_desktop.ui.organisations.models import RowRole, SortRole
from hor_desktop.ui.table_model import HeaderedTableModel
from hor_desktop.ui.tasks import report_unexpected

AnyIndex = QModelIndex | QPersistentModelIndex
_ERROR = QBrush(QColor("#a40000"))
_WARNING = QBrush(QColor("#8a5300"))


class ImportPreviewModel(HeaderedTableModel):
    """The checked lines of a CSV file, with their errors and duplicate warnings."""

    class Columns(IntEnum):
        LINE = 0
        ORGANISATION = 1
        CONTACT = 2
        PROBLEMS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            QCoreApplication.translate("organisations", "Zeile"),
            QCoreApplication.translate("organisations", "Organisation"),
            QCoreApplication.translate("organisations", "Kontaktperson"),
            QCoreApplication.translate("organisations", "Prüfung"),
        )
        self._rows: list[csv_io.ImportLine] = []
        self._cells: list[tuple[str, ...]] = []

    @staticmethod
    def problems_text(line: csv_io.ImportLine) -> str:
        parts = [
            QCoreApplication.translate("organisations", "Fehler: {message}").format(message=m)
            for m in line.errors
        ]
        parts += [
            QCoreApplication.translate(
                "organisations", "Warnung: ähnlich wie „{name}“ im Bestand"
            ).format(name=name)
            for name in line.duplicates
        ]
        return "\n".join(parts) or QCoreApplication.translate("organisations", "in Ordnung")

    def set_lines(self, lines: list[csv_io.ImportLine]) -> None:
        self.beginResetModel()
        self._rows = list(lines)
        self._cells = [
            (str(line.line_no), line.name, line.contact_name, self.problems_text(line))
            for line in self._rows
        ]
        self.endResetModel()

    def line_at(self, row: int) -> csv_io.ImportLine:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == SortRole:
            return line.line_no if index.column() == self.Columns.LINE else self.data(index)
        if role == RowRole:
            return line
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.Columns.PROBLEMS:
            if line.errors:
                return _ERROR
            if line.duplicates:
                return _WARNING
        return None


def separator_text(separator: str) -> str:
    texts = {
        ";": QCoreApplication.translate("organisations", "Semikolon (;)"),
        ",": QCoreApplication.translate("organisations", "Komma (,)"),
        "\t": QCoreApplication.translate("organisations", "Tabulator"),
    }
    return texts.get(separator, separator)


class CsvImportDialog(QDialog):
    """``imported`` holds the report once the file was written to the register."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.setWindowTitle(self.tr("Organisationen aus CSV importieren"))
        self.resize(860, 520)
        self.context = context
        self.data: bytes | None = None
        self.report: csv_io.ImportReport | None = None
        self.imported: csv_io.ImportReport | None = None

        self.path_label = QLabel(self.tr("Noch keine Datei gewählt."), self)
        self.path_label.setObjectName("pathLabel")
        self.choose_button = QPushButton(self.tr("Datei &wählen …"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.format_label = QLabel(self)
        self.format_label.setObjectName("formatLabel")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        # No word wrap: a wrapping label in this layout gets squeezed below its text height.
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #a40000;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.model = ImportPreviewModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("previewView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((55, 220, 170)):
            header.resizeSection(column, width)

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("&Importieren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(self.tr("Abbrechen"))
        self.import_button.clicked.connect(self.import_file)
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.path_label, 1)
        top.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.format_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    # -- checking ------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("CSV-Datei wählen"), "", self.tr("CSV-Dateien (*.csv *.txt)")
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read and check ``path`` in the background; nothing is written yet."""
        self.path_label.setText(path.name)
        self.path_label.setToolTip(str(path))
        self._show_error(None)
        self.import_button.setEnabled(False)
        self.data = None
        progress = busy_indicator(self, self.tr("Datei wird geprüft …"))
        uow = self.context.uow

        def work() -> tuple[bytes, csv_io.ImportReport]:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise _UnreadableFileError(path, exc) from exc
            return data, csv_io.import_organisations(uow(), data=data, dry_run=True)

        def done(result: tuple[bytes, csv_io.ImportReport]) -> None:
            done_busy(progress)
            self.data, report = result
            self._show_report(report)

        def failed(error: BaseException) -> None:
            done_busy(progress)
            if isinstance(error, _UnreadableFileError):
                self._show_error(
                    self.tr("Die Datei kann nicht gelesen werden: {reason}").format(
                        reason=error.reason
                    )
                )
                return
            self._failed(error)

        self.context.runner.submit(work, done, failed)

    def _show_report(self, report: csv_io.ImportReport) -> None:
        self.report = report
        self.format_label.setText(
            self.tr("Kodierung: {encoding} · Trennzeichen: {separator}").format(
                encoding=report.encoding, separator=separator_text(report.separator)
            )
        )
        self.model.set_lines(report.lines)
        self.view.resizeRowsToContents()
        errors = len(report.error_lines)
        similar = sum(1 for line in report.lines if line.duplicates)
        parts = []
        if report.file_errors:
            parts.append("\n".join(report.file_errors))
        if errors:
            message = self.tr(
                "%n Zeile(n) mit Fehlern – bitte die Datei korrigieren und neu wählen. Es wird nichts importiert.",  # noqa: E501
                "",
                errors,
            )
            parts.append(message)
        else:
            message = self.tr(
                "{orgs} Organisationen und {contacts} Kontaktpersonen können importiert werden."
            )
            parts.append(message.format(orgs=report.organisations, contacts=report.contacts))
        if similar:
            parts.append(
                self.tr("%n Zeile(n) ähneln Organisationen im Bestand (bitte prüfen).", "", similar)
            )
        self.summary_label.setText("\n".join(parts))
        self.summary_label.setStyleSheet("" if report.ok else "color: #a40000;")
        self.import_button.setEnabled(report.ok and self.data is not None and bool(report.lines))

    # -- importing -----------------------------------------------------------------------

    def import_file(self) -> None:
        """Write the checked file in one transaction; a problem leaves the register as it was."""
        data = self.data
        if data is None or self.report is None or not self.report.ok:
            return
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        progress = busy_indicator(self, self.tr("Organisationen werden importiert …"))
        uow = self.context.uow

        def done(report: csv_io.ImportReport) -> None:
            done_busy(progress)
            self.choose_button.setEnabled(True)
            if not report.imported:  # the register changed since the check
                self._show_report(report)
                return
            self.imported = report
            self.summary_label.setStyleSheet("")
            self.summary_label.setText(
                self.tr("Importiert: {orgs} Organisationen, {contacts} Kontaktpersonen.").format(
                    orgs=report.organisations, contacts=report.contacts
                )
            )
            self.close_button.setText(self.tr("Schließen"))

        def failed(error: BaseException) -> None:
            done_busy(progress)
            self.choose_button.setEnabled(True)
            self.import_button.setEnabled(True)
            self._failed(error)

        self.context.runner.submit(
            lambda: csv_io.import_organisations(uow(), data=data), done, failed
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self._show_error(error.message)
            return
        report_unexpected(error)

    def _show_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def done(self, result: int) -> None:
        # Closing reports success once something was imported, so the tab reloads.
        super().done(QDialog.DialogCode.Accepted if self.imported else result)


class _UnreadableFileError(Exception):
    """The chosen file could not be read (moved, no permission): an environment problem."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(str(path))
        self.reason = error.strerror or str(error)
