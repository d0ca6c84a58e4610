"""The retention check (DSGVO): contacts without activity for N years, to anonymise."""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.errors import HorError
from hor_desktop.services import privacy
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.organisations.forms import busy_indicator, done_busy
from hor_desktop.ui.organisations.models import RowRole, SortRole, german_date
from hor_desktop.ui.table_model import HeaderedTableModel
from hor_desktop.ui.tasks import report_unexpected

AnyIndex = QModelIndex | QPersistentModelIndex


class InactiveContactsModel(HeaderedTableModel):
    """Inactive contacts; the first column is a checkbox: which ones to anonymise."""

    class Columns(IntEnum):
        NAME = 0
        ORGANISATION = 1
        LAST_ACTIVITY = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            QCoreApplication.translate("organisations", "Kontaktperson"),
            QCoreApplication.translate("organisations", "Organisation"),
            QCoreApplication.translate("organisations", "Letzte Aktivität"),
        )
        self._rows: list[privacy.InactiveContactDTO] = []
        self._cells: list[tuple[str, str, str]] = []
        self._checked: set[uuid.UUID] = set()

    def set_rows(self, rows: list[privacy.InactiveContactDTO]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [(r.name, r.organisation_name, german_date(r.last_activity)) for r in rows]
        self._checked &= {r.id for r in rows}
        self.endResetModel()

    def checked_ids(self) -> list[uuid.UUID]:
        return [row.id for row in self._rows if row.id in self._checked]

    def set_all_checked(self, checked: bool) -> None:
        self._checked = {row.id for row in self._rows} if checked else set()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.Columns.NAME:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.Columns.NAME:
            return Qt.CheckState.Checked if row.id in self._checked else Qt.CheckState.Unchecked
        if role == SortRole:
            if index.column() == self.Columns.LAST_ACTIVITY:
                return row.last_activity.isoformat()
            return self._cells[index.row()][index.column()]
        if role == RowRole:
            return row
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or index.column() != self.Columns.NAME
        ):
            return False
        row = self._rows[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(row.id)
        else:
            self._checked.discard(row.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class RetentionDialog(QDialog):
    """Lists contacts past the retention period; anonymises the checked ones on request."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Aufbewahrungsfrist prüfen"))
        self.resize(720, 480)
        self.context = context
        self.anonymised = 0

        self.years = QSpinBox(self)
        self.years.setObjectName("yearsInput")
        self.years.setRange(1, 30)
        self.years.setValue(privacy.DEFAULT_RETENTION_YEARS)
        self.years.setSuffix(self.tr(" Jahre"))
        self.years.valueChanged.connect(lambda _value: self.reload())
        self.model = InactiveContactsModel(self)
        self.model.dataChanged.connect(lambda *_args: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.view = QTableView(self)
        self.view.setObjectName("inactiveView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().resizeSection(0, 240)
        self.view.horizontalHeader().resizeSection(1, 260)
        self.all_button = QPushButton(self.tr("Alle &markieren"), self)
        self.none_button = QPushButton(self.tr("&Keine markieren"), self)
        self.all_button.clicked.connect(lambda: self.model.set_all_checked(True))
        self.none_button.clicked.connect(lambda: self.model.set_all_checked(False))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.count_label.setWordWrap(True)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setStyleSheet("font-weight: bold;")
        self.result_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #a40000;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(self)
        self.anonymise_button = buttons.addButton(
            self.tr("&Anonymisieren …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.anonymise_button.setObjectName("anonymiseButton")
        self.anonymise_button.clicked.connect(self.anonymise_checked)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ohne Ausleihe, Buchung oder Änderung seit"), self))
        top.addWidget(self.years)
        top.addStretch(1)
        top.addWidget(self.all_button)
        top.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        years = self.years.value()
        uow = self.context.uow
        self.context.runner.submit(
            lambda: privacy.list_inactive_contacts(uow(), years=years),
            self.model.set_rows,
            self._failed,
        )

    def _update_buttons(self) -> None:
        checked = len(self.model.checked_ids())
        total = self.model.rowCount()
        self.anonymise_button.setEnabled(checked > 0)
        for button in (self.all_button, self.none_button):
            button.setEnabled(total > 0)
        if total == 0:
            self.count_label.setText(self.tr("Keine Kontaktpersonen über der Frist."))
        else:
            self.count_label.setText(
                self.tr("{checked} von {total} Kontaktpersonen markiert.").format(
                    checked=checked, total=total
                )
            )

    def anonymise_checked(self) -> None:
        ids = self.model.checked_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Kontaktpersonen anonymisieren"),
            self.tr(
                "Name, E-Mail und Telefon von %n Kontaktperson(en) werden endgültig gelöscht. Ausleihen und Buchungen bleiben für die Statistik erhalten. Fortfahren?",  # noqa: E501
                "",
                len(ids),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._show_error(None)
        self.result_label.hide()
        progress = busy_indicator(self, self.tr("Kontaktpersonen werden anonymisiert …"))
        uow = self.context.uow

        def done(count: int) -> None:
            done_busy(progress)
            self.anonymised += count
            self.reload()
            self.result_label.setText(self.tr("%n Kontaktperson(en) anonymisiert.", "", count))
            self.result_label.show()

        def failed(error: BaseException) -> None:
            done_busy(progress)
            self._failed(error)

        self.context.runner.submit(
            lambda: privacy.anonymise_contacts(uow(), contact_ids=ids), done, failed
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self._show_error(error.message)
            return
        report_unexpected(error)

    def _show_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))
