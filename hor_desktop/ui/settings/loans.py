"""Settings pages „Ausleihe“ (loan days per category) and „Kontingente“ (desk quotas)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.services.desk_quotas import DeskQuotaDTO
from hor_desktop.services.equipment import CategoryDTO
from hor_desktop.ui.context import DeskContext


class LoanDefaultsPage(QWidget):
    """How many days a loan of each category runs unless staff choose otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[CategoryDTO] = []
        self.spins: list[QSpinBox] = []
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("loanDefaultsTable")
        self.table.setAccessibleName(self.tr("Leihdauer je Kategorie"))
        self.table.setHorizontalHeaderLabels([self.tr("Kategorie"), self.tr("Leihdauer")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.empty_label = QLabel(self.tr("Noch keine Kategorien – sie entstehen im Inventar."),
                                  self)  # fmt: skip
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Vorgeschlagene Leihdauer beim Ausleihen; fällt das Ende auf einen "
                              "Schließtag, gilt der nächste Öffnungstag."), self)  # fmt: skip
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

    def set_categories(self, categories: Sequence[CategoryDTO]) -> None:
        self.categories = list(categories)
        self.spins = []
        self.table.setRowCount(len(self.categories))
        for row, category in enumerate(self.categories):
            self.table.setItem(row, 0, QTableWidgetItem(category.name))
            spin = QSpinBox(self.table)
            spin.setRange(1, 365)
            spin.setValue(category.default_loan_days)
            spin.setSuffix(self.tr(" Tage"))
            spin.setAccessibleName(self.tr("Leihdauer {category}").format(category=category.name))
            self.table.setCellWidget(row, 1, spin)
            self.spins.append(spin)
        self.empty_label.setVisible(not self.categories)

    def changes(self) -> list[tuple[CategoryDTO, int]]:
        return [
            (category, spin.value())
            for category, spin in zip(self.categories, self.spins, strict=True)
            if spin.value() != category.default_loan_days
        ]


class QuotaPage(QWidget):
    """The location's default desk-days per month; per organisation in the Coworking dialog."""

    NO_QUOTA = -1  # the spin box's special value: no default quota

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stored: int | None = None
        self.default_spin = QSpinBox(self)
        self.default_spin.setObjectName("defaultQuotaSpin")
        self.default_spin.setAccessibleName(self.tr("Standard-Kontingent"))
        self.default_spin.setRange(self.NO_QUOTA, 31)
        self.default_spin.setSpecialValueText(self.tr("unbegrenzt"))
        self.default_spin.setSuffix(self.tr(" Platztage im Monat"))
        self.default_spin.setValue(self.NO_QUOTA)
        self.organisations_button = QPushButton(self.tr("Kontingente je &Organisation …"), self)
        self.organisations_button.setObjectName("organisationQuotasButton")
        self.organisations_button.clicked.connect(lambda _c=False: self.open_organisation_quotas())
        self.per_organisation = QLabel(self)
        self.per_organisation.setWordWrap(True)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        title = QLabel(self.tr("Standort {name}").format(name=context.location.name), self)
        title.setStyleSheet("font-weight: bold;")
        form.addRow(title)
        form.addRow(self.tr("&Standard für alle Organisationen:"), self.default_spin)
        form.addRow("", self.per_organisation)
        form.addRow("", self.organisations_button)

    def set_quotas(self, quotas: Sequence[DeskQuotaDTO]) -> None:
        default = next((q for q in quotas if q.organisation_id is None), None)
        self.stored = default.days_per_month if default is not None else None
        self.default_spin.setValue(self.NO_QUOTA if self.stored is None else self.stored)
        own = [q for q in quotas if q.organisation_id is not None]
        if own:
            text = self.tr("Eigene Kontingente: {count} Organisation(en).").format(count=len(own))
        else:
            text = self.tr("Noch keine Organisation hat ein eigenes Kontingent.")
        self.per_organisation.setText(text)

    def value(self) -> int | None:
        value = self.default_spin.value()
        return None if value == self.NO_QUOTA else value

    def changed(self) -> bool:
        return self.value() != self.stored

    def open_organisation_quotas(self) -> None:
        from hor_desktop.ui.desks.quotas import QuotaDialog  # noqa: PLC0415 (on demand)

        dialog = QuotaDialog(self.context, self)
        dialog.open()
