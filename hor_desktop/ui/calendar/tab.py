"""The Raumkalender tab: week and day views of a location's rooms, booking from the grid."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import SystemClock, local_today
from hor_desktop.core.errors import HorError
from hor_desktop.services.room_views import WeekViewDTO, day_view, week_view
from hor_desktop.ui.calendar.booking_dialog import BookingDialog
from hor_desktop.ui.calendar.grid import CalendarGrid
from hor_desktop.ui.context import DeskContext


class CalendarTab(QWidget):
    """Rooms of the desk's location against time; PgUp/PgDn weeks, Ctrl+T today."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("calendarTab")
        self.day = local_today(SystemClock())
        self.day_mode = False
        self.view: WeekViewDTO | None = None
        self.dialog: BookingDialog | None = None
        self._locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("calendarTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.message = QLabel(self)
        self.message.setObjectName("calendarMessage")
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("jumpDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.dateChanged.connect(lambda qd: self.go_to(qd.toPython()))

        self.grid = CalendarGrid(self)
        self.grid.slot_activated.connect(self.new_booking_at)
        self.grid.booking_activated.connect(self.open_booking)

        toolbar = QToolBar(self)
        self.prev_action = self._action(self.tr("◀ Zurück"), "PgUp", self.previous)
        self.next_action = self._action(self.tr("Weiter ▶"), "PgDown", self.next)
        self.today_action = self._action(self.tr("&Heute"), "Ctrl+T", self.today)
        self.week_action = self._action(
            self.tr("&Woche"), "Ctrl+1", lambda: self.set_day_mode(False)
        )
        self.day_action = self._action(self.tr("&Tag"), "Ctrl+2", lambda: self.set_day_mode(True))
        self.jump_action = self._action(
            self.tr("Gehe zu &Datum"), "Ctrl+G", self.date_edit.setFocus
        )
        self.new_action = self._action(self.tr("&Neue Buchung"), "Ctrl+N", self.new_booking)
        self.reload_action = self._action(self.tr("&Aktualisieren"), "F5", self.reload)
        for action in (
            self.prev_action, self.today_action, self.next_action, self.week_action,
            self.day_action, self.jump_action, self.new_action, self.reload_action,
        ):  # fmt: skip
            toolbar.addAction(action)

        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.message)
        header.addWidget(self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(header)
        layout.addWidget(self.grid, 1)
        self.reload()

    def _action(self, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- navigation
    def step(self) -> timedelta:
        return timedelta(days=1 if self.day_mode else 7)

    def previous(self) -> None:
        self.go_to(self.day - self.step())

    def next(self) -> None:
        self.go_to(self.day + self.step())

    def today(self) -> None:
        self.go_to(local_today(SystemClock()))

    def set_day_mode(self, on: bool) -> None:
        self.day_mode = on
        self.reload()

    def go_to(self, day: date) -> None:
        if day == self.day and self.view is not None:
            return
        self.day = day
        self.reload()

    def reload(self) -> None:
        context, day, day_mode = self.context, self.day, self.day_mode
        location_id = context.location.id

        def work() -> WeekViewDTO:
            if day_mode:
                return day_view(context.uow(), location_id=location_id, day=day)
            return week_view(context.uow(), location_id=location_id, week_start=day)

        context.runner.submit(work, self._show, self._failed)

    def _show(self, view: WeekViewDTO) -> None:
        self.view = view
        self.grid.set_view(view)
        self.grid.move_cursor_to_day(self.day)
        first, last = view.days[0].day, view.days[-1].day
        if self.day_mode:
            self.title_label.setText(
                self.tr("%1 · KW %2")
                .replace("%1", self._locale.toString(_qdate(first), "dddd, d. MMMM yyyy"))
                .replace("%2", str(view.iso_week))
            )
        else:
            self.title_label.setText(
                self.tr("KW %1 · %2 – %3")
                .replace("%1", str(view.iso_week))
                .replace("%2", self._locale.toString(_qdate(first), "dd.MM."))
                .replace("%3", self._locale.toString(_qdate(last), "dd.MM.yyyy"))
            )  # fmt: skip
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(_qdate(self.day))
        self.date_edit.blockSignals(False)
        self.message.clear()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self.message.setText(error.message)
        else:
            raise error

    # --- booking
    def new_booking(self) -> None:
        found = self.grid.cell(self.grid.cursor)
        if found is None:
            self.message.setText(self.tr("Dieser Standort hat keine Räume."))
            return
        self.new_booking_at(*found)

    def new_booking_at(self, room_id: uuid.UUID, start: datetime) -> None:
        if self.view is None:
            return
        self.dialog = BookingDialog(
            self.context, self.view.rooms, room_id=room_id, start=start, parent=self
        )
        self.dialog.accepted.connect(self.reload)
        self.dialog.open()

    def open_booking(self, booking_id: uuid.UUID) -> None:
        if self.view is None:
            return
        booking = next((b for b in self.view.bookings if b.id == booking_id), None)
        if booking is None:
            return
        room = next((r.name for r in self.view.rooms if r.id == booking.room_id), "")
        QMessageBox.information(
            self,
            self.tr("Raumbuchung"),
            self.tr("%1\n%2\n%3, %4–%5 Uhr")
            .replace("%1", booking.organisation_name)
            .replace("%2", booking.title)
            .replace("%3", room)
            .replace("%4", f"{booking.starts_at:%d.%m.%Y %H:%M}")
            .replace("%5", f"{booking.ends_at:%H:%M}"),
        )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
