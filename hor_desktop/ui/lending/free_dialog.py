"""„Was ist frei?“: how many items of a category are free in a period, and where they are."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import local_today
from hor_desktop.core.errors import HorError
from hor_desktop.services import availability, equipment
from hor_desktop.services.availability import FreeItemDTO
from hor_desktop.services.equipment import CategoryDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.lending.checkout_dialog import date_edit
from hor_desktop.ui.lending.feedback import FeedbackLabel
from hor_desktop.ui.lending.formatting import from_qdate
from hor_desktop.ui.lending.models import FreeItemsTableModel
from hor_desktop.ui.tasks import report_unexpected


class FreeItemsDialog(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freeItemsDialog")
        self.setWindowTitle(self.tr("Was ist frei?"))
        self.context = context
        today = local_today(context.uow().clock)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryCombo")
        self.quantity_spin = QSpinBox(self)
        self.quantity_spin.setRange(1, 99)
        self.start_edit = date_edit(self, today)
        self.end_edit = date_edit(self, today + timedelta(days=2))
        self.start_edit.setAccessibleName(self.tr("Von"))
        self.end_edit.setAccessibleName(self.tr("Bis"))
        self.result_label = FeedbackLabel(self)
        self.model = FreeItemsTableModel(self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Freie Geräte"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            FreeItemsTableModel.Column.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.search_action = QAction(self.tr("Suchen"), self)
        self.search_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_action.triggered.connect(self.search)
        self.addAction(self.search_action)
        search_button = QPushButton(self.search_action.text(), self)
        search_button.setAutoDefault(False)
        search_button.clicked.connect(self.search)

        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("bis"), self))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        dates.addWidget(search_button)
        QWidget.setTabOrder(self.end_edit, search_button)  # on the dates row
        form = QFormLayout()
        form.addRow(self.tr("&Kategorie:"), self.category_combo)
        form.addRow(self.tr("&Anzahl:"), self.quantity_spin)
        form.addRow(self.tr("&Zeitraum:"), dates)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.view, 1)
        self.resize(640, 480)
        self.result_label.show_hint(self.tr("Kategorie, Anzahl und Zeitraum wählen, dann Enter."))
        context.runner.submit(
            lambda: equipment.list_categories(context.uow()), self._categories, self._failed
        )

    def _categories(self, categories: list[CategoryDTO]) -> None:
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("alle Kategorien"), None)
        for category in categories:
            self.category_combo.addItem(category.name, category.id)

    def search(self) -> None:
        start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
        category_id, wanted = self.category_combo.currentData(), self.quantity_spin.value()

        def work() -> list[FreeItemDTO]:
            return availability.free_items(
                self.context.uow(), start=start, end=end, category_id=category_id
            )

        def done(items: list[FreeItemDTO]) -> None:
            self.model.set_rows(items)
            if len(items) >= wanted:
                self.result_label.show_ok(
                    self.tr("%n Gerät(e) frei – genug für {wanted}.", "", len(items)).format(
                        wanted=wanted
                    )
                )
            else:
                self.result_label.show_error(
                    self.tr("Nur %n Gerät(e) frei, gebraucht werden {wanted}.", "", len(items))
                    .format(wanted=wanted),
                    beep=False,
                )  # fmt: skip

        self.context.runner.submit(work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self.result_label.show_error(error.message, beep=False)
            return
        report_unexpected(error)
