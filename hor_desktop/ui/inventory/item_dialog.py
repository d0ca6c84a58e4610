"""Create or edit an item's master data (location admins; the service checks the role)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.errors import HorError
from hor_desktop.services import equipment
from hor_desktop.services.equipment import CategoryDTO, ItemDTO
from hor_desktop.services.locations import LocationDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.inventory.formatting import money, parse_money
from hor_desktop.ui.tasks import report_unexpected


class ItemDialog(QDialog):
    """``item=None`` creates a new item at the desk's location; emits ``saved(ItemDTO)``."""

    saved = Signal(object)  # ItemDTO

    def __init__(
        self,
        context: DeskContext,
        categories: Sequence[CategoryDTO],
        locations: Sequence[LocationDTO],
        item: ItemDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemDialog")
        self.context = context
        self.item = item
        if item is None:
            self.setWindowTitle(self.tr("Neues Gerät"))
        else:
            self.setWindowTitle(
                self.tr("Gerät {inventory_no} bearbeiten").format(inventory_no=item.inventory_no)
            )
        self.inventory_no_edit = QLineEdit(self)
        self.inventory_no_edit.setObjectName("inventoryNoEdit")
        self.inventory_no_edit.setPlaceholderText(self.tr("4 bis 12 Ziffern"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryCombo")
        for category in categories:
            self.category_combo.addItem(category.name, category.id)
        self.location_combo = QComboBox(self)
        self.location_combo.setObjectName("locationCombo")
        for location in locations:
            self.location_combo.addItem(location.name, location.id)
        self.serial_edit = QLineEdit(self)
        self.accessories_edit = QLineEdit(self)
        self.accessories_edit.setPlaceholderText(self.tr("z. B. Fernbedienung, HDMI-Kabel"))
        self.condition_edit = QLineEdit(self)
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("valueEdit")
        self.value_edit.setPlaceholderText(self.tr("z. B. 450,00"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Inventarnummer"), self.inventory_no_edit)
        form.addRow(self.tr("&Bezeichnung"), self.name_edit)
        form.addRow(self.tr("&Kategorie"), self.category_combo)
        form.addRow(self.tr("&Heimatstandort"), self.location_combo)
        form.addRow(self.tr("&Seriennummer"), self.serial_edit)
        form.addRow(self.tr("&Zubehör"), self.accessories_edit)
        form.addRow(self.tr("Zus&tand"), self.condition_edit)
        form.addRow(self.tr("&Wert (€)"), self.value_edit)
        form.addRow(self.tr("&Notizen"), self.notes_edit)
        self.fields: dict[str, QWidget] = {
            "inventory_no": self.inventory_no_edit, "name": self.name_edit,
            "category_id": self.category_combo, "home_location_id": self.location_combo,
            "value_cents": self.value_edit,
        }  # fmt: skip

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        if item is not None:
            self._fill(item)
        else:
            self.location_combo.setCurrentIndex(
                max(0, self.location_combo.findData(context.location.id))
            )

    def _fill(self, item: ItemDTO) -> None:
        self.inventory_no_edit.setText(item.inventory_no)
        self.name_edit.setText(item.name)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(item.category_id)))
        self.location_combo.setCurrentIndex(
            max(0, self.location_combo.findData(item.home_location_id))
        )
        self.serial_edit.setText(item.serial_no or "")
        self.accessories_edit.setText(item.accessories or "")
        self.condition_edit.setText(item.condition or "")
        self.value_edit.setText(money(item.value_cents).replace(" €", ""))
        self.notes_edit.setPlainText(item.notes or "")

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus()

    def submit(self) -> None:
        try:
            value_cents = parse_money(self.value_edit.text())
        except ValueError:
            self.show_error(
                self.tr("Den Wert bitte als Betrag angeben, z. B. 450,00."), "value_cents"
            )
            return
        if self.category_combo.currentIndex() < 0:
            self.show_error(self.tr("Bitte zuerst eine Kategorie anlegen."), "category_id")
            return
        values = {
            "inventory_no": self.inventory_no_edit.text(),
            "name": self.name_edit.text(),
            "category_id": self.category_combo.currentData(),
            "home_location_id": self.location_combo.currentData(),
            "serial_no": self.serial_edit.text(),
            "accessories": self.accessories_edit.text(),
            "condition": self.condition_edit.text(),
            "value_cents": value_cents,
            "notes": self.notes_edit.toPlainText(),
        }
        uow, item = self.context.uow, self.item
        if item is None:
            work = lambda: equipment.create_item(uow(), **values)  # noqa: E731
        else:
            work = lambda: equipment.edit_item(uow(), item_id=item.id, **values)  # noqa: E731
        self.buttons.setEnabled(False)
        self.context.runner.submit(work, self._done, self._failed)

    def _done(self, item: ItemDTO) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(item)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, HorError):
            report_unexpected(error)
            return
        self.show_error(error.message, error.field)
