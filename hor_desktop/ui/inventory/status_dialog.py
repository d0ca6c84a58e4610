"""Set an item's status: maintenance (with reason and expected end), retired, lost, available."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.enums import ItemStatus
from hor_desktop.core.errors import HorError
from hor_desktop.services import equipment, inventory_views
from hor_desktop.services.equipment import StatusChangeDTO
from hor_desktop.services.inventory_views import ItemDetailDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.inventory.formatting import status_text
from hor_desktop.ui.tasks import report_unexpected


@dataclass(frozen=True)
class StatusResult:
    change: StatusChangeDTO
    detail: ItemDetailDTO  # re-read after the change: it names the affected organisations


class StatusDialog(QDialog):
    """Non-blocking (``open()``); emits ``changed`` after the service accepted the change.

    Expected errors (missing reason, no permission) stay in the dialog next to the fields,
    so the user's input is kept.
    """

    changed = Signal(object)  # StatusResult

    def __init__(
        self, context: DeskContext, detail: ItemDetailDTO, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self.context = context
        self.item = detail.item
        self.setWindowTitle(
            self.tr("Status von {inventory_no} ändern").format(inventory_no=self.item.inventory_no)
        )
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        for status in ItemStatus:
            self.status_combo.addItem(status_text(status), status)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("z. B. Lampe defekt, geht zur Reparatur"))
        self.until_check = QCheckBox(self.tr("voraussichtlich zurück am"), self)
        self.until_check.setObjectName("untilCheck")
        self.until_edit = QDateEdit(self)
        self.until_edit.setObjectName("untilEdit")
        self.until_edit.setDisplayFormat("dd.MM.yyyy")
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setMinimumDate(QDate.currentDate())
        self.until_edit.setDate(QDate.currentDate().addDays(14))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        current = self.status_combo.findData(self.item.status)
        # Suggest the usual change: an available item goes to maintenance, others come back.
        if self.item.status is ItemStatus.AVAILABLE:
            current = self.status_combo.findData(ItemStatus.MAINTENANCE)
        else:
            current = self.status_combo.findData(ItemStatus.AVAILABLE)
        self.status_combo.setCurrentIndex(current)
        if self.item.status_reason and self.item.status is not ItemStatus.AVAILABLE:
            self.reason_edit.setText(self.item.status_reason)

        form = QFormLayout()
        form.addRow(self.tr("Neuer &Status"), self.status_combo)
        form.addRow(self.tr("&Grund"), self.reason_edit)
        form.addRow(self.until_check, self.until_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Status setzen"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("{inventory_no} – {name}, jetzt: {status}").format(
                    inventory_no=self.item.inventory_no,
                    name=self.item.name,
                    status=status_text(self.item.status),
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.status_combo.currentIndexChanged.connect(self._update_fields)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        self._update_fields()

    def selected_status(self) -> ItemStatus:
        return ItemStatus(self.status_combo.currentData())

    def _update_fields(self) -> None:
        back = self.selected_status() is ItemStatus.AVAILABLE
        self.reason_edit.setEnabled(not back)
        self.until_check.setEnabled(not back)
        self.until_edit.setEnabled(not back and self.until_check.isChecked())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def submit(self) -> None:
        status = self.selected_status()
        back = status is ItemStatus.AVAILABLE
        reason = None if back else self.reason_edit.text()
        until: date | None = None
        if not back and self.until_check.isChecked():
            picked = self.until_edit.date().toPython()
            assert isinstance(picked, date)
            until = picked
        item_id, uow = self.item.id, self.context.uow

        def work() -> StatusResult:
            change = equipment.set_item_status(
                uow(), item_id=item_id, status=status, reason=reason, until=until
            )
            return StatusResult(change, inventory_views.get_item_detail(uow(), item_id=item_id))

        self.buttons.setEnabled(False)
        self.context.runner.submit(work, self._done, self._failed)

    def _done(self, result: StatusResult) -> None:
        self.buttons.setEnabled(True)
        self.changed.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, HorError):
            report_unexpected(error)
            return
        self.show_error(error.message)
        if error.field == "reason":
            self.reason_edit.setFocus()
        elif error.field == "until":
            self.until_edit.setFocus()
