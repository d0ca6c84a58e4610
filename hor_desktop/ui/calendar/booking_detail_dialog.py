"""An opened room booking: change, move, cancel (also dates of a series), reprint."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import BERLIN, local_today
from hor_desktop.core.enums import BookingStatus
from hor_desktop.core.errors import HorError
from hor_desktop.services import documents, room_series, rooms
from hor_desktop.services.rooms import RoomBookingDTO, RoomDTO
from hor_desktop.ui.calendar.booking_dialog import BERLIN_TZ, _to_py, berlin_edit
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.lending.checkout_dialog import date_edit
from hor_desktop.ui.lending.feedback import FeedbackLabel
from hor_desktop.ui.lending.formatting import from_qdate
from hor_desktop.ui.printing.preview import present_pdf
from hor_desktop.ui.tasks import report_unexpected

_LAST_DAY = date(9999, 12, 31)


class Scope(Enum):
    """Which dates of a series a change or a cancellation applies to."""

    THIS = "this"
    FOLLOWING = "following"
    SERIES = "series"


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Asks Ja/Nein; a module function so tests can answer it."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class BookingDetailDialog(QDialog):
    """Ctrl+S saves, Ctrl+D cancels (with a reason), Ctrl+P reprints, Esc closes.

    For a date of a series, "Gilt für" asks whether the change is for this date, this and
    all following, or the whole series; "Zeitraum stornieren" cancels a range of dates.
    ``changed`` fires after anything was saved, so the calendar reloads.
    """

    changed = Signal()

    def __init__(
        self, context: DeskContext, room_list: Sequence[RoomDTO], booking: RoomBookingDTO,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.context = context
        self.booking = booking
        self.rooms = list(room_list)
        self.is_series = booking.series_id is not None
        live = booking.status is not BookingStatus.CANCELLED
        self.setObjectName("bookingDetailDialog")
        self.setWindowTitle(self.tr("Raumbuchung: %1").replace("%1", booking.title))

        self.info = QLabel(self)
        self.info.setObjectName("bookingInfo")
        self.info.setWordWrap(True)
        self.info.setText(self._info_text())
        self.room_combo = QComboBox(self)
        self.room_combo.setObjectName("roomCombo")
        for room in self.rooms:
            self.room_combo.addItem(
                self.tr("%1 (%2 Plätze)")
                .replace("%1", room.name)
                .replace("%2", str(room.capacity)),
                room.id,
            )
        if self.room_combo.findData(booking.room_id) < 0:  # a room of another location
            self.room_combo.addItem(booking.room_name, booking.room_id)
        self.room_combo.setCurrentIndex(self.room_combo.findData(booking.room_id))
        self.title_edit = QLineEdit(booking.title, self)
        self.title_edit.setObjectName("titleEdit")
        self.start_edit = self._datetime_edit(booking.starts_at, "startEdit")
        self.end_edit = self._datetime_edit(booking.ends_at, "endEdit")
        self.attendees_spin = QSpinBox(self)
        self.attendees_spin.setObjectName("attendeesSpin")
        self.attendees_spin.setRange(0, 500)
        self.attendees_spin.setSpecialValueText(self.tr("–"))
        self.attendees_spin.setValue(booking.attendees or 0)
        self.notes_edit = QPlainTextEdit(booking.notes or "", self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setMaximumHeight(60)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("cancelReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Pflicht beim Stornieren"))

        form = QFormLayout()
        form.addRow(self.tr("&Raum:"), self.room_combo)
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("&Beginn:"), self.start_edit)
        form.addRow(self.tr("&Ende:"), self.end_edit)
        form.addRow(self.tr("Teil&nehmende:"), self.attendees_spin)
        form.addRow(self.tr("N&otizen:"), self.notes_edit)
        form.addRow(self.tr("Storno&grund:"), self.reason_edit)

        self.scope_box = QGroupBox(self.tr("Gilt für"), self)
        self.scope_buttons = QButtonGroup(self)
        scope_layout = QVBoxLayout(self.scope_box)
        for scope, text in (
            (Scope.THIS, self.tr("nur &dieser Termin")),
            (Scope.FOLLOWING, self.tr("dieser und alle &folgenden")),
            (Scope.SERIES, self.tr("ganze &Serie")),
        ):
            button = QRadioButton(text, self.scope_box)
            button.setObjectName(f"scope_{scope.value}")
            button.setProperty("scope", scope.value)
            button.setChecked(scope is Scope.THIS)
            self.scope_buttons.addButton(button)
            scope_layout.addWidget(button)
        self.skip_check = QCheckBox(self.tr("&Konflikte überspringen"), self.scope_box)
        self.skip_check.setObjectName("skipConflicts")
        scope_layout.addWidget(self.skip_check)
        self.scope_box.setVisible(self.is_series)

        day = booking.starts_at.astimezone(BERLIN).date()
        self.range_box = QGroupBox(self.tr("Zeitraum der Serie stornieren"), self)
        self.range_start = date_edit(self, day)
        self.range_end = date_edit(self, day)
        range_layout = QHBoxLayout(self.range_box)
        range_layout.addWidget(QLabel(self.tr("vom"), self))
        range_layout.addWidget(self.range_start)
        range_layout.addWidget(QLabel(self.tr("bis"), self))
        range_layout.addWidget(self.range_end)
        self.range_box.setVisible(self.is_series)

        self.message = FeedbackLabel(self)
        self.message.setObjectName("detailMessage")

        self.save_action = self._action(self.tr("&Speichern"), "Ctrl+S", self.save)
        self.cancel_booking_action = self._action(
            self.tr("S&tornieren …"), "Ctrl+D", self.cancel_booking
        )
        self.cancel_range_action = self._action(
            self.tr("&Zeitraum stornieren …"), "Ctrl+Shift+D", self.cancel_range
        )
        self.print_action = self._action(
            self.tr("Bestätigung &drucken"), "Ctrl+P", self.print_confirmation
        )
        self.close_action = self._action(self.tr("Schließen"), "Esc", self.reject)
        self.save_action.setEnabled(live)
        self.cancel_booking_action.setEnabled(live)
        self.cancel_range_action.setEnabled(self.is_series)
        buttons = QHBoxLayout()
        for action in (
            self.save_action, self.cancel_booking_action, self.cancel_range_action,
            self.print_action,
        ):  # fmt: skip
            if action is self.cancel_range_action and not self.is_series:
                continue
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        buttons.addWidget(self._button(self.close_action))

        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.scope_box)
        layout.addWidget(self.range_box)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if not live:
            self.message.show_hint(
                self.tr("Storniert: %1").replace(
                    "%1", booking.cancel_reason or self.tr("ohne Grund")
                )
            )

    # --- building blocks
    def _datetime_edit(self, moment: datetime, name: str) -> QDateTimeEdit:
        value = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), BERLIN_TZ)
        edit = berlin_edit(value, self)
        edit.setObjectName(name)
        edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        edit.setCalendarPopup(True)
        return edit

    def _action(self, text: str, shortcut: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '').rstrip(' …')} ({shortcut})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.setAutoDefault(False)
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        return button

    def _info_text(self) -> str:
        b = self.booking
        status = {
            BookingStatus.CONFIRMED: self.tr("bestätigt"),
            BookingStatus.TENTATIVE: self.tr("vorläufig"),
            BookingStatus.CONFLICT: self.tr("Konflikt"),
            BookingStatus.CANCELLED: self.tr("storniert"),
        }.get(b.status, str(b.status))
        text = self.tr("%1 · %2").replace("%1", b.organisation_name).replace("%2", status)
        if b.series_id is not None:
            text = self.tr("%1 · Termin einer Serie").replace("%1", text)
        return text

    # --- values
    def scope(self) -> Scope:
        if not self.is_series:
            return Scope.THIS
        checked = self.scope_buttons.checkedButton()
        return Scope(checked.property("scope")) if checked else Scope.THIS

    def set_scope(self, scope: Scope) -> None:
        for button in self.scope_buttons.buttons():
            button.setChecked(button.property("scope") == scope.value)

    def _period(self) -> tuple[datetime, datetime]:
        return _to_py(self.start_edit.dateTime()), _to_py(self.end_edit.dateTime())

    # --- saving
    def save(self) -> None:
        start, end = self._period()
        room_id: uuid.UUID = self.room_combo.currentData()
        title = self.title_edit.text()
        attendees = self.attendees_spin.value() or None
        notes = self.notes_edit.toPlainText() or None
        scope, skip = self.scope(), self.skip_check.isChecked()
        booking, context = self.booking, self.context
        if scope is not Scope.THIS and start.date() != booking.starts_at.astimezone(BERLIN).date():
            self.message.show_error(
                self.tr("Das Datum lässt sich nur für diesen einen Termin ändern."), beep=False
            )
            return

        def work() -> object:
            uow = context.uow()
            if not self.is_series:
                return rooms.edit_room_booking(
                    uow, booking_id=booking.id, title=title, starts_at=start, ends_at=end,
                    room_id=room_id, attendees=attendees, notes=notes,
                )  # fmt: skip
            if scope is Scope.THIS:
                return room_series.edit_occurrence(
                    uow, booking_id=booking.id, starts_at=start, ends_at=end, room_id=room_id,
                    title=title, attendees=attendees, notes=notes,
                )  # fmt: skip
            if scope is Scope.FOLLOWING:
                return room_series.edit_following(
                    uow, booking_id=booking.id, local_start=start.time(), local_end=end.time(),
                    room_id=room_id, title=title, skip_conflicts=skip, attendees=attendees,
                    notes=notes,
                )  # fmt: skip
            assert booking.series_id is not None
            return room_series.edit_series(
                uow, series_id=booking.series_id, local_start=start.time(),
                local_end=end.time(), room_id=room_id, title=title, skip_conflicts=skip,
                attendees=attendees, notes=notes,
            )  # fmt: skip

        context.runner.submit(work, self._saved, self._failed)

    def _saved(self, _result: object) -> None:
        self.changed.emit()
        self.accept()

    # --- cancelling
    def _reason(self) -> str | None:
        reason = self.reason_edit.text().strip()
        if not reason:
            self.message.show_error(
                self.tr("Bitte einen Grund für die Stornierung angeben."), beep=False
            )
            self.reason_edit.setFocus()
            return None
        return reason

    def cancel_booking(self) -> None:
        reason = self._reason()
        if reason is None:
            return
        scope, booking, context = self.scope(), self.booking, self.context
        question = {
            Scope.THIS: self.tr("Diesen Termin wirklich stornieren?"),
            Scope.FOLLOWING: self.tr("Diesen und alle folgenden Termine der Serie stornieren?"),
            Scope.SERIES: self.tr("Alle kommenden Termine der Serie stornieren?"),
        }[scope]
        if not confirm(self, self.tr("Stornieren"), question):
            return
        day = booking.starts_at.astimezone(BERLIN).date()
        today = local_today(context.uow().clock)

        def work() -> object:
            if booking.series_id is None:
                return rooms.cancel_room_booking(
                    context.uow(), booking_id=booking.id, reason=reason
                )
            start, end = {
                Scope.THIS: (day, day),
                Scope.FOLLOWING: (day, _LAST_DAY),
                Scope.SERIES: (today, _LAST_DAY),  # dates already past stay (history)
            }[scope]
            return room_series.cancel_dates(
                context.uow(), series_id=booking.series_id, start=start, end=end, reason=reason
            )

        context.runner.submit(work, self._saved, self._failed)

    def cancel_range(self) -> None:
        series_id, context = self.booking.series_id, self.context
        if series_id is None:
            return
        start, end = from_qdate(self.range_start.date()), from_qdate(self.range_end.date())
        reason = self._reason()
        if reason is None:
            return
        question = (
            self.tr("Alle Termine der Serie vom %1 bis %2 stornieren?")
            .replace("%1", f"{start:%d.%m.%Y}")
            .replace("%2", f"{end:%d.%m.%Y}")
        )
        if not confirm(self, self.tr("Zeitraum stornieren"), question):
            return
        context.runner.submit(
            lambda: room_series.cancel_dates(
                context.uow(), series_id=series_id, start=start, end=end, reason=reason
            ),
            self._saved,
            self._failed,
        )

    # --- confirmation
    def print_confirmation(self) -> None:
        context, booking_id = self.context, self.booking.id
        context.runner.submit(
            lambda: documents.issue_booking_confirmation(
                context.uow(), archive=context.archive, room_booking_id=booking_id,
                house_name=context.house_name, logo=context.logo,
            ),
            self._present,
            self._failed,
        )  # fmt: skip

    def _present(self, issued: documents.IssuedDocumentDTO) -> None:
        self.preview = present_pdf(self, issued.pdf, self.tr("Buchungsbestätigung"))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self.message.show_error(error.message, beep=False)
            return
        report_unexpected(error)
