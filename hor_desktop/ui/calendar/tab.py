"""The Raumkalender tab: week and day views of a location's rooms, booking from the grid."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import SystemClock, local_today
from hor_desktop.core.errors import HorError
from hor_desktop.services import rooms
from hor_desktop.services.room_views import FreeSlotDTO, WeekViewDTO, day_view, week_view
from hor_desktop.services.rooms import RoomBookingDTO, RoomDTO
from hor_desktop.ui.calendar.booking_detail_dialog import BookingDetailDialog
from hor_desktop.ui.calendar.booking_dialog import BookingDialog
from hor_desktop.ui.calendar.closures_dialog import ClosuresDialog
from hor_desktop.ui.calendar.free_slot_dialog import FreeSlotDialog
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
        self.detail_dialog: BookingDetailDialog | None = None
        self.free_dialog: FreeSlotDialog | None = None
        self.closures_dialog: ClosuresDialog | None = None
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
        self.date_edit.setAccessibleName(self.tr("Datum"))
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
        # Not Ctrl+1/2: those switch the main window's tabs, and a shortcut twice fires neither.
        self.week_action = self._action(
            self.tr("&Woche"), "Alt+1", lambda: self.set_day_mode(False)
        )
        self.day_action = self._action(self.tr("&Tag"), "Alt+2", lambda: self.set_day_mode(True))
        self.jump_action = self._action(
            self.tr("Gehe zu &Datum"), "Ctrl+G", self.date_edit.setFocus
        )
        self.new_action = self._action(self.tr("&Neue Buchung"), "Ctrl+N", self.new_booking)
        self.open_action = self._action(
            self.tr("Buchung ö&ffnen"), "Ctrl+O", lambda: self.grid.activate(self.grid.slot_cursor)
        )
        self.find_action = self._action(self.tr("Raum &finden …"), "Ctrl+Alt+R", self.find_room)
        self.closures_action = self._action(
            self.tr("&Sperren und Schließtage …"), "Ctrl+B", self.open_closures
        )
        self.reload_action = self._action(self.tr("&Aktualisieren"), "F5", self.reload)
        for action in (
            self.prev_action, self.today_action, self.next_action, self.week_action,
            self.day_action, self.jump_action, self.new_action, self.open_action,
            self.find_action, self.closures_action, self.reload_action,
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
        # Only while the calendar has focus: the other tabs use PgUp, F5 … for themselves.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
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
        found = self.grid.cell(self.grid.slot_cursor)
        if found is None:
            self.message.setText(self.tr("Dieser Standort hat keine Räume."))
            return
        self.new_booking_at(*found)

    def new_booking_at(
        self, room_id: uuid.UUID, start: datetime, end: datetime | None = None,
        attendees: int | None = None, room_list: Sequence[RoomDTO] | None = None,
    ) -> None:  # fmt: skip
        if self.view is None:
            return
        self.dialog = BookingDialog(
            self.context, room_list if room_list is not None else self.view.rooms,
            room_id=room_id, start=start, end=end, attendees=attendees, parent=self,
        )  # fmt: skip
        self.dialog.accepted.connect(self.reload)
        self.dialog.open()

    def open_booking(self, booking_id: uuid.UUID) -> None:
        context = self.context
        context.runner.submit(
            lambda: rooms.get_room_booking(context.uow(), booking_id=booking_id),
            self._open_detail,
            self._failed,
        )

    def _open_detail(self, booking: RoomBookingDTO) -> None:
        self.detail_dialog = BookingDetailDialog(
            self.context, self.view.rooms if self.view else [], booking, parent=self
        )
        self.detail_dialog.changed.connect(self.reload)
        self.detail_dialog.open()

    # --- finding rooms, closing them
    def find_room(self) -> None:
        self.free_dialog = FreeSlotDialog(self.context, parent=self)
        self.free_dialog.slot_chosen.connect(self._book_free_slot)
        self.free_dialog.open()

    def _book_free_slot(self, slot: FreeSlotDTO, attendees: int) -> None:
        def done(room_list: list[RoomDTO]) -> None:
            self.new_booking_at(
                slot.room_id, slot.starts_at, slot.ends_at, attendees, room_list=room_list
            )

        context = self.context
        location_id = self.free_dialog.location_combo.currentData() if self.free_dialog else None
        context.runner.submit(
            lambda: rooms.list_rooms(context.uow(), location_id=location_id or context.location.id),
            done,
            self._failed,
        )

    def open_closures(self) -> None:
        found = self.grid.cell(self.grid.slot_cursor)
        self.closures_dialog = ClosuresDialog(
            self.context, self.view.rooms if self.view else [],
            room_id=found[0] if found else None, parent=self,
        )  # fmt: skip
        self.closures_dialog.changed.connect(self.reload)
        self.closures_dialog.open()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
