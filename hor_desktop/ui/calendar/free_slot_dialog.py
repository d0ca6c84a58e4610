"""„Raum finden“: rooms free for a time window on a weekday, to book one of them."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QModelIndex, Qt, QTime, Signal
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
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import local_today
from hor_desktop.core.errors import HorError
from hor_desktop.services import locations, room_views
from hor_desktop.services.locations import LocationDTO
from hor_desktop.services.room_views import FreeSlotDTO
from hor_desktop.ui.calendar.models import FreeSlotsTableModel
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.lending.checkout_dialog import date_edit
from hor_desktop.ui.lending.feedback import FeedbackLabel
from hor_desktop.ui.lending.formatting import from_qdate
from hor_desktop.ui.tasks import report_unexpected


class FreeSlotDialog(QDialog):
    """Enter searches; Enter or a double click on a result books it (``slot_chosen``)."""

    slot_chosen = Signal(object, object)  # FreeSlotDTO, attendees (int)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("freeSlotDialog")
        self.setWindowTitle(self.tr("Raum finden"))
        self.attendees_spin = QSpinBox(self)
        self.attendees_spin.setObjectName("attendeesSpin")
        self.attendees_spin.setRange(1, 500)
        self.attendees_spin.setValue(10)
        self.attendees_spin.setSuffix(self.tr(" Personen"))
        self.weekday_combo = QComboBox(self)
        self.weekday_combo.setObjectName("weekdayCombo")
        self.weekday_combo.addItem(self.tr("jeder Tag"), None)
        for number, name in enumerate(
            (
                self.tr("Montag"), self.tr("Dienstag"), self.tr("Mittwoch"),
                self.tr("Donnerstag"), self.tr("Freitag"), self.tr("Samstag"),
                self.tr("Sonntag"),
            ),
            start=1,
        ):  # fmt: skip
            self.weekday_combo.addItem(name, number)
        self.from_edit = self._time_edit(QTime(18, 0), "fromTime")
        self.until_edit = self._time_edit(QTime(21, 0), "untilTime")
        self.location_combo = QComboBox(self)
        self.location_combo.setObjectName("locationCombo")
        self.location_combo.addItem(context.location.name, context.location.id)
        self.start_edit = date_edit(self, local_today(context.uow().clock))
        self.start_edit.setObjectName("fromDate")
        self.weeks_spin = QSpinBox(self)
        self.weeks_spin.setObjectName("weeksSpin")
        self.weeks_spin.setRange(1, 52)
        self.weeks_spin.setValue(8)
        self.weeks_spin.setSuffix(self.tr(" Wochen"))

        self.model = FreeSlotsTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("freeSlotTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(
            FreeSlotsTableModel.Column.ROOM, QHeaderView.ResizeMode.Stretch
        )
        self.view.activated.connect(self._activated)
        self.result_label = FeedbackLabel(self)
        self.result_label.setObjectName("freeSlotMessage")

        # Enter searches from the fields; in the table the view's own Enter books instead.
        self.search_action = QAction(self.tr("&Suchen"), self)
        self.search_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_action.triggered.connect(self.search)
        self.book_action = QAction(self.tr("&Buchen"), self)
        self.book_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.book_action.triggered.connect(self.book_current)
        search_button = QPushButton(self.tr("Suchen (Enter)"), self)
        search_button.setAutoDefault(False)
        search_button.clicked.connect(self.search)
        book_button = QPushButton(self.tr("Buchen (Strg+Enter)"), self)
        book_button.setAutoDefault(False)
        book_button.clicked.connect(self.book_current)
        fields = QWidget(self)
        fields.addAction(self.search_action)
        self.addAction(self.book_action)

        window = QHBoxLayout()
        window.addWidget(self.from_edit)
        window.addWidget(QLabel(self.tr("bis"), self))
        window.addWidget(self.until_edit)
        window.addStretch(1)
        period = QHBoxLayout()
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("für"), self))
        period.addWidget(self.weeks_spin)
        period.addStretch(1)
        period.addWidget(search_button)
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Personen:"), self.attendees_spin)
        form.addRow(self.tr("&Wochentag:"), self.weekday_combo)
        form.addRow(self.tr("Uhrzeit:"), window)
        form.addRow(self.tr("&Standort:"), self.location_combo)
        form.addRow(self.tr("Ab:"), period)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(book_button)
        layout = QVBoxLayout(self)
        layout.addWidget(fields)
        layout.addWidget(self.result_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(620, 520)
        self.result_label.show_hint(self.tr("Personen, Wochentag und Uhrzeit wählen, dann Enter."))
        context.runner.submit(
            lambda: locations.list_locations(context.uow()), self._locations, self._failed
        )

    def _time_edit(self, value: QTime, name: str) -> QTimeEdit:
        edit = QTimeEdit(value, self)
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        return edit

    def _locations(self, found: list[LocationDTO]) -> None:
        current = self.location_combo.currentData()
        self.location_combo.clear()
        for location in found:
            self.location_combo.addItem(location.name, location.id)
        self.location_combo.setCurrentIndex(max(0, self.location_combo.findData(current)))

    def search(self) -> None:
        location_id = self.location_combo.currentData()
        attendees, weekday = self.attendees_spin.value(), self.weekday_combo.currentData()
        start, end = self.from_edit.time().toPython(), self.until_edit.time().toPython()
        assert isinstance(start, time) and isinstance(end, time)
        from_day, weeks = from_qdate(self.start_edit.date()), self.weeks_spin.value()

        def work() -> list[FreeSlotDTO]:
            return room_views.find_free_slots(
                self.context.uow(), location_id=location_id, attendees=attendees,
                weekday=weekday, window_start=start, window_end=end, from_day=from_day,
                weeks=weeks,
            )  # fmt: skip

        self.context.runner.submit(work, self._show, self._failed)

    def _show(self, slots: list[FreeSlotDTO]) -> None:
        self.model.set_rows(slots)
        self.view.resizeColumnsToContents()
        if not slots:
            self.result_label.show_error(self.tr("Kein passender Raum frei."), beep=False)
            return
        self.result_label.show_ok(
            self.tr("%1 freie Termine – Enter auf einem Termin bucht ihn.").replace(
                "%1", str(len(slots))
            )
        )
        self.view.setFocus()
        self.view.selectRow(0)

    def book_current(self) -> None:
        self._activated(self.view.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        slot = self.model.row_at(index.row())
        self.slot_chosen.emit(slot, self.attendees_spin.value())
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self.result_label.show_error(error.message, beep=False)
            return
        report_unexpected(error)
