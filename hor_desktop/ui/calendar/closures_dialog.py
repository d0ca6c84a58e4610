"""Sperren und Schließtage: close a room for a time, or the house for a day, after seeing
which bookings that hits and whom to call about them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import Role
from hor_desktop.core.errors import HorError, PermissionDeniedError
from hor_desktop.services import closing_days, room_blackouts
from hor_desktop.services.room_blackouts import AffectedBookingDTO
from hor_desktop.services.rooms import RoomDTO
from hor_desktop.ui.calendar.booking_dialog import BERLIN_TZ, _to_py, berlin_edit
from hor_desktop.ui.calendar.models import AffectedBookingsTableModel
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.lending.checkout_dialog import date_edit
from hor_desktop.ui.lending.feedback import FeedbackLabel
from hor_desktop.ui.lending.formatting import from_qdate
from hor_desktop.ui.tasks import report_unexpected


def may_close(context: DeskContext) -> bool:
    try:
        context.actor.require(Role.LOCATION_ADMIN, action="Raum sperren")
    except PermissionDeniedError:
        return False
    return True


class ClosuresDialog(QDialog):
    """The affected bookings update while typing; Ctrl+S enters the closure, Esc closes.

    Bookings it hits stay booked: staff call the organisations and move or cancel them.
    ``changed`` fires after a closure was entered, so the calendar reloads.
    """

    changed = Signal()

    def __init__(
        self, context: DeskContext, room_list: Sequence[RoomDTO], *,
        room_id: uuid.UUID | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.context = context
        self.setObjectName("closuresDialog")
        self.setWindowTitle(self.tr("Sperren und Schließtage"))
        today = local_today(context.uow().clock)

        self.blackout_radio = QRadioButton(self.tr("&Raum sperren"), self)
        self.blackout_radio.setObjectName("blackoutRadio")
        self.closing_radio = QRadioButton(self.tr("&Schließtag des Hauses"), self)
        self.closing_radio.setObjectName("closingDayRadio")
        kinds = QButtonGroup(self)
        kinds.addButton(self.blackout_radio)
        kinds.addButton(self.closing_radio)
        self.blackout_radio.setChecked(True)

        self.blackout_box = QGroupBox(self.tr("Raumsperre"), self)
        self.room_combo = QComboBox(self)
        self.room_combo.setObjectName("roomCombo")
        for room in room_list:
            self.room_combo.addItem(room.name, room.id)
        if room_id is not None:
            self.room_combo.setCurrentIndex(max(0, self.room_combo.findData(room_id)))
        start = QDateTime(QDate(today.year, today.month, today.day), QTime(8, 0), BERLIN_TZ)
        self.from_edit = self._datetime_edit(start, "blackoutFrom")
        self.until_edit = self._datetime_edit(start.addSecs(14 * 3600), "blackoutUntil")
        blackout_form = QFormLayout(self.blackout_box)
        blackout_form.addRow(self.tr("Ra&um:"), self.room_combo)
        blackout_form.addRow(self.tr("&Von:"), self.from_edit)
        blackout_form.addRow(self.tr("&Bis:"), self.until_edit)

        self.closing_box = QGroupBox(self.tr("Schließtag"), self)
        self.day_edit = date_edit(self, today)
        self.day_edit.setObjectName("closingDay")
        self.half_check = QCheckBox(self.tr("erst &ab"), self)
        self.half_check.setObjectName("halfDayCheck")
        self.half_from = QTimeEdit(QTime(12, 0), self)
        self.half_from.setDisplayFormat("HH:mm")
        self.half_from.setEnabled(False)
        self.half_check.toggled.connect(self.half_from.setEnabled)
        self.all_locations_check = QCheckBox(self.tr("für &alle Standorte"), self)
        self.all_locations_check.setObjectName("allLocationsCheck")
        half = QHBoxLayout()
        half.addWidget(self.half_check)
        half.addWidget(self.half_from)
        half.addStretch(1)
        closing_form = QFormLayout(self.closing_box)
        closing_form.addRow(self.tr("&Tag:"), self.day_edit)
        closing_form.addRow(self.tr("Geschlossen:"), half)
        closing_form.addRow("", self.all_locations_check)

        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("z. B. Malerarbeiten, Betriebsausflug"))
        self.summary = FeedbackLabel(self)
        self.summary.setObjectName("closuresMessage")
        self.model = AffectedBookingsTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("affectedTable")
        self.view.setAccessibleName(self.tr("Betroffene Buchungen"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(
            AffectedBookingsTableModel.Column.TITLE, QHeaderView.ResizeMode.Stretch
        )

        self.create_action = QAction(self.tr("&Eintragen"), self)
        self.create_action.setShortcut(QKeySequence("Ctrl+S"))
        self.create_action.triggered.connect(self.enter_closure)
        self.addAction(self.create_action)
        self.close_action = QAction(self.tr("Schließen"), self)
        self.close_action.setShortcut(QKeySequence("Esc"))
        self.close_action.triggered.connect(self.reject)
        self.addAction(self.close_action)
        create_button = QPushButton(self.tr("Eintragen (Strg+S)"), self)
        create_button.setObjectName("createButton")
        create_button.setAutoDefault(False)
        create_button.clicked.connect(self.create_action.trigger)
        self.create_action.enabledChanged.connect(create_button.setEnabled)
        close_button = QPushButton(self.tr("Schließen"), self)
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.reject)
        if not may_close(context):
            self.create_action.setEnabled(False)
            create_button.setEnabled(False)

        kind_row = QHBoxLayout()
        kind_row.addWidget(self.blackout_radio)
        kind_row.addWidget(self.closing_radio)
        kind_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Grund:"), self.reason_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(create_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(kind_row)
        layout.addWidget(self.blackout_box)
        layout.addWidget(self.closing_box)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Betroffene Buchungen – bitte anrufen:"), self))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.resize(760, 560)

        for signal in (
            self.blackout_radio.toggled, self.room_combo.currentIndexChanged,
            self.from_edit.dateTimeChanged, self.until_edit.dateTimeChanged,
            self.day_edit.dateChanged, self.half_check.toggled, self.half_from.timeChanged,
            self.all_locations_check.toggled,
        ):  # fmt: skip
            signal.connect(self.refresh)
        self.refresh()
        if not may_close(context):
            self.summary.show_hint(
                self.tr("Sperren und Schließtage trägt die Standortleitung ein.")
            )

    def _datetime_edit(self, value: QDateTime, name: str) -> QDateTimeEdit:
        edit = berlin_edit(value, self)
        edit.setObjectName(name)
        edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        edit.setCalendarPopup(True)
        return edit

    # --- values
    def is_blackout(self) -> bool:
        return self.blackout_radio.isChecked()

    def _half_from(self) -> time | None:
        if not self.half_check.isChecked():
            return None
        value = self.half_from.time().toPython()
        assert isinstance(value, time)
        return value

    def period(self) -> tuple[datetime, datetime]:
        if self.is_blackout():
            return _to_py(self.from_edit.dateTime()), _to_py(self.until_edit.dateTime())
        return room_blackouts.closing_day_period(
            from_qdate(self.day_edit.date()), self._half_from()
        )

    # --- the bookings it hits
    def refresh(self) -> None:
        self.blackout_box.setVisible(self.is_blackout())
        self.closing_box.setVisible(not self.is_blackout())
        start, end = self.period()
        if end <= start:
            self.model.set_rows([])
            self.summary.show_error(self.tr("Das Ende muss nach dem Beginn liegen."), beep=False)
            return
        room_id = self.room_combo.currentData() if self.is_blackout() else None
        location_id = (
            None
            if self.is_blackout() or self.all_locations_check.isChecked()
            else self.context.location.id
        )
        if self.is_blackout() and room_id is None:
            return
        self.context.runner.submit(
            lambda: room_blackouts.affected_bookings(
                self.context.uow(), start=start, end=end, room_id=room_id, location_id=location_id
            ),
            self._show_affected,
            self._failed,
        )

    def _show_affected(self, found: list[AffectedBookingDTO]) -> None:
        self.model.set_rows(found)
        self.view.resizeColumnsToContents()
        if found:
            self.summary.show_error(
                self.tr(
                    "%n Buchung(en) betroffen. Sie bleiben bestehen: bitte anrufen.", "", len(found)
                ),
                beep=False,
            )
        elif may_close(self.context):
            self.summary.show_ok(self.tr("Keine Buchung betroffen."))

    # --- entering
    def enter_closure(self) -> None:
        reason, context = self.reason_edit.text(), self.context
        start, end = self.period()
        if self.is_blackout():
            room_id = self.room_combo.currentData()

            def work() -> object:
                return room_blackouts.create_blackout(
                    context.uow(), room_id=room_id, starts_at=start, ends_at=end, reason=reason
                )

        else:
            day, closed_from = from_qdate(self.day_edit.date()), self._half_from()
            location_id = None if self.all_locations_check.isChecked() else context.location.id

            def work() -> object:
                return closing_days.add_closing_day(
                    context.uow(), day=day, reason=reason, location_id=location_id,
                    closed_from=closed_from,
                )  # fmt: skip

        context.runner.submit(work, self._created, self._failed)

    def _created(self, _result: object) -> None:
        self.changed.emit()
        count = self.model.rowCount()
        self.summary.show_ok(
            self.tr("Eingetragen. %n betroffene Buchung(en) bitte anrufen.", "", count)
            if count
            else self.tr("Eingetragen.")
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self.summary.show_error(error.message, beep=False)
            return
        report_unexpected(error)
