"""Equipment categories: name, default loan days, deposit and the return checklist."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.errors import HorError
from hor_desktop.services import equipment
from hor_desktop.services.equipment import CategoryDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.inventory.formatting import money, parse_money
from hor_desktop.ui.tasks import report_unexpected


class CategoriesDialog(QDialog):
    """Pick a category on the left and edit it, or start a new one; emits ``changed``."""

    changed = Signal()

    def __init__(
        self, context: DeskContext, categories: Sequence[CategoryDTO], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("categoriesDialog")
        self.setWindowTitle(self.tr("Kategorien"))
        self.context = context
        self.categories = list(categories)
        self.list = QListWidget(self)
        self.list.setObjectName("categoryList")
        self.name_edit = QLineEdit(self)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 365)
        self.days_spin.setValue(7)
        self.days_spin.setSuffix(self.tr(" Tage"))
        self.deposit_edit = QLineEdit(self)
        self.deposit_edit.setPlaceholderText(self.tr("z. B. 50,00"))
        self.checklist_edit = QPlainTextEdit(self)
        self.checklist_edit.setTabChangesFocus(True)
        self.checklist_edit.setPlaceholderText(self.tr("Ein Punkt pro Zeile, z. B. Fernbedienung"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&Neue Kategorie"), self)
        self.save_button = QPushButton(self.tr("&Speichern"), self)
        self.save_button.setDefault(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Leihdauer"), self.days_spin)
        form.addRow(self.tr("&Kaution (€)"), self.deposit_edit)
        form.addRow(self.tr("&Rückgabe-Checkliste"), self.checklist_edit)
        editor = QVBoxLayout()
        editor.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        editor.addLayout(row)
        editor.addWidget(self.message)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(editor, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(640, 380)

        self.list.addItems([category.name for category in self.categories])
        self.list.currentRowChanged.connect(self._show)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        if self.categories:
            self.list.setCurrentRow(0)

    def _current(self) -> CategoryDTO | None:
        row = self.list.currentRow()
        return self.categories[row] if 0 <= row < len(self.categories) else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.categories):
            return
        category = self.categories[row]
        self.name_edit.setText(category.name)
        self.days_spin.setValue(category.default_loan_days)
        self.deposit_edit.setText(money(category.deposit_cents).replace(" €", ""))
        self.checklist_edit.setPlainText("\n".join(category.checklist))
        self.message.clear()

    def start_new(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        for widget in (self.name_edit, self.deposit_edit):
            widget.clear()
        self.checklist_edit.clear()
        self.days_spin.setValue(7)
        self.name_edit.setFocus()

    def save(self) -> None:
        try:
            deposit = parse_money(self.deposit_edit.text()) or 0
        except ValueError:
            self.message.setText(self.tr("Die Kaution bitte als Betrag angeben, z. B. 50,00."))
            return
        name, days = self.name_edit.text(), self.days_spin.value()
        checklist = self.checklist_edit.toPlainText().splitlines()
        current, uow = self._current(), self.context.uow

        def work() -> CategoryDTO:
            if current is None:
                return equipment.create_category(
                    uow(), name=name, default_loan_days=days, deposit_cents=deposit,
                    checklist=checklist,
                )  # fmt: skip
            return equipment.edit_category(
                uow(), category_id=current.id, name=name, default_loan_days=days,
                deposit_cents=deposit, checklist=checklist,
            )  # fmt: skip

        self.context.runner.submit(work, self._saved, self._failed)

    def _saved(self, category: CategoryDTO) -> None:
        ids = [c.id for c in self.categories]
        if category.id in ids:
            row = ids.index(category.id)
            self.categories[row] = category
            self.list.item(row).setText(category.name)
        else:
            self.categories.append(category)
            self.list.addItem(category.name)
            self.list.setCurrentRow(len(self.categories) - 1)
        self.message.setText(self.tr("Kategorie „{name}“ gespeichert.").format(name=category.name))
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, HorError):
            report_unexpected(error)
            return
        self.message.setText(error.message)
