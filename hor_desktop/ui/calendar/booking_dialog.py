"""The room booking dialog: one date or a series, with live checks and equipment."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import BookingStatus, RecurrenceKind
from hor_desktop.core.errors import HorError, ValidationError
from hor_desktop.core.recurrence import Rule
from hor_desktop.services import (
    documents,
    equipment,
    room_blackouts,
    room_equipment,
    room_series,
    rooms,
)
from hor_desktop.services.rooms import RoomDTO
from hor_desktop.ui.calendar.models import SeriesPreviewTableModel
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.lending.formatting import from_qdate
from hor_desktop.ui.lending.organisation_picker import OrganisationPicker
from hor_desktop.ui.printing.preview import present_pdf

BERLIN_TZ = QTimeZone(b"Europe/Berlin")


def _to_py(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), BERLIN)


def berlin_edit(value: QDateTime, parent: QWidget) -> QDateTimeEdit:
    """A date-time field in house time whatever the PC's zone (Qt 6.7+ ``setTimeZone``).

    The zone is set after construction and the value again after it: set on an empty
    edit, Qt 6.12 clamps the value to the day of its default range.
    """
    edit = QDateTimeEdit(value, parent)
    edit.setTimeZone(BERLIN_TZ)
    edit.setDateTime(value)
    edit.setDisplayFormat("dd.MM.yyyy HH:mm")
    return edit


class BookingDialog(QDialog):
    """Book a room for an organisation; Enter saves, Esc cancels; errors show inline."""

    def __init__(
        self, context: DeskContext, room_list: Sequence[RoomDTO], *, room_id: uuid.UUID | None,
        start: datetime, end: datetime | None = None, attendees: int | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.context = context
        self.rooms = list(room_list)
        self.setWindowTitle(self.tr("Raum buchen"))
        self.setObjectName("bookingDialog")
        self.saved_booking_id: uuid.UUID | None = None

        self.room_combo = QComboBox(self)
        self.room_combo.setObjectName("roomCombo")
        for room in self.rooms:
            self.room_combo.addItem(
                self.tr("%1 (%2 Plätze)")
                .replace("%1", room.name)
                .replace("%2", str(room.capacity)),
                room.id,
            )
        if room_id is not None:
            self.room_combo.setCurrentIndex(max(0, self.room_combo.findData(room_id)))
        self.picker = OrganisationPicker(context, self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.start_edit = berlin_edit(self._qdt(start), self)
        self.start_edit.setObjectName("startEdit")
        self.start_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.start_edit.setCalendarPopup(True)
        self.end_edit = berlin_edit(
            self._qdt(end) if end is not None else self._qdt(start).addSecs(2 * 3600), self
        )
        self.end_edit.setObjectName("endEdit")
        self.end_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.attendees_spin = QSpinBox(self)
        self.attendees_spin.setRange(0, 500)
        self.attendees_spin.setSpecialValueText(self.tr("–"))
        self.attendees_spin.setValue(attendees or 0)
        self.capacity_label = QLabel(self)
        self.capacity_label.setObjectName("capacityWarning")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setMaximumHeight(60)

        self.series_box = QGroupBox(self.tr("&Wiederholen"), self)
        self.series_box.setCheckable(True)
        self.series_box.setChecked(False)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("wöchentlich"), RecurrenceKind.WEEKLY)
        self.kind_combo.addItem(
            self.tr("monatlich am gleichen Wochentag"), RecurrenceKind.MONTHLY_WEEKDAY
        )
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setRange(1, 12)
        self.week_combo = QComboBox(self)
        for label, value in ((self.tr("1."), 1), (self.tr("2."), 2), (self.tr("3."), 3),
                             (self.tr("4."), 4), (self.tr("letzten"), -1)):  # fmt: skip
            self.week_combo.addItem(label, value)
        self.count_spin = QSpinBox(self)
        self.count_spin.setObjectName("countSpin")
        self.count_spin.setRange(0, 520)
        self.count_spin.setValue(10)
        self.count_spin.setSpecialValueText(self.tr("bis Enddatum"))
        self.until_edit = QDateEdit(self.start_edit.date().addMonths(3), self)
        self.until_edit.setDisplayFormat("dd.MM.yyyy")
        self.skip_check = QCheckBox(self.tr("&Konflikte überspringen"), self)
        self.skip_check.setObjectName("skipConflicts")
        self.preview_model = SeriesPreviewTableModel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setObjectName("previewTable")
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.verticalHeader().hide()
        self.preview_view.setWordWrap(False)
        self.preview_view.horizontalHeader().setSectionResizeMode(
            SeriesPreviewTableModel.Column.REASON, QHeaderView.ResizeMode.Stretch
        )
        self.preview_view.setMinimumHeight(140)
        series_form = QFormLayout(self.series_box)
        series_form.addRow(self.tr("Regel:"), self.kind_combo)
        series_form.addRow(self.tr("Alle … Wochen/Monate:"), self.interval_spin)
        series_form.addRow(self.tr("Woche im Monat:"), self.week_combo)
        series_form.addRow(self.tr("Anzahl:"), self.count_spin)
        series_form.addRow(self.tr("Enddatum:"), self.until_edit)
        series_form.addRow(self.preview_view)
        series_form.addRow(self.skip_check)

        self.items_edit = QLineEdit(self)
        self.items_edit.setObjectName("equipmentEdit")
        self.items_edit.setPlaceholderText(
            self.tr("Inventarnummern scannen oder tippen, mit Komma")
        )

        self.message = QLabel(self)
        self.message.setObjectName("bookingMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b53b3b")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))

        form = QFormLayout()
        form.addRow(self.tr("&Raum:"), self.room_combo)
        form.addRow(self.picker)
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("&Beginn:"), self.start_edit)
        form.addRow(self.tr("&Ende:"), self.end_edit)
        form.addRow(self.tr("&Teilnehmende:"), self.attendees_spin)
        form.addRow("", self.capacity_label)
        form.addRow(self.tr("&Notizen:"), self.notes_edit)
        form.addRow(self.tr("&Geräte:"), self.items_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.series_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        for signal in (
            self.room_combo.currentIndexChanged, self.start_edit.dateTimeChanged,
            self.end_edit.dateTimeChanged, self.attendees_spin.valueChanged,
            self.series_box.toggled, self.kind_combo.currentIndexChanged,
            self.interval_spin.valueChanged, self.count_spin.valueChanged,
            self.until_edit.dateChanged, self.week_combo.currentIndexChanged,
        ):  # fmt: skip
            signal.connect(self.check)
        self.check()

    @staticmethod
    def _qdt(moment: datetime) -> QDateTime:
        return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), BERLIN_TZ)

    # --- values
    def room(self) -> RoomDTO | None:
        room_id = self.room_combo.currentData()
        return next((r for r in self.rooms if r.id == room_id), None)

    def period(self) -> tuple[datetime, datetime]:
        return _to_py(self.start_edit.dateTime()), _to_py(self.end_edit.dateTime())

    def rule(self) -> Rule | None:
        if not self.series_box.isChecked():
            return None
        start, end = self.period()
        count = self.count_spin.value() or None
        return Rule(
            kind=RecurrenceKind(self.kind_combo.currentData()), first_date=start.date(),
            local_start=start.time(),
            local_end=end.time() if end.date() == start.date() else time(0),
            weekday=start.isoweekday(), interval=self.interval_spin.value(),
            week_of_month=self.week_combo.currentData()
            if self.kind_combo.currentData() == RecurrenceKind.MONTHLY_WEEKDAY else None,
            count=count, until=None if count else from_qdate(self.until_edit.date()),
        )  # fmt: skip

    # --- live checks
    def check(self) -> None:
        room = self.room()
        attendees = self.attendees_spin.value()
        if room is not None and attendees > room.capacity:
            self.capacity_label.setText(
                self.tr("Mehr Personen, als der Raum fasst (%1).").replace("%1", str(room.capacity))
            )
        else:
            self.capacity_label.clear()
        if room is None:
            return
        rule = self.rule()
        start, end = self.period()
        if rule is None:
            self.preview_model.set_rows([])
            self.context.runner.submit(
                lambda: room_blackouts.affected_bookings(
                    self.context.uow(), room_id=room.id,
                    start=start - _buffer(room), end=end + _buffer(room),
                ),
                self._show_single_check,
                self._show_error,
            )  # fmt: skip
            return
        if rule.problems():
            self._show_text(rule.problems()[0][1])
            return
        self.context.runner.submit(
            lambda: room_series.preview(self.context.uow(), room_id=room.id, rule=rule),
            self._show_preview,
            self._show_error,
        )

    def _show_single_check(self, hits: list[room_blackouts.AffectedBookingDTO]) -> None:
        if hits:
            hit = hits[0]
            self._show_text(
                self.tr("Schon gebucht: %1 (%2), %3–%4 Uhr.")
                .replace("%1", hit.title).replace("%2", hit.organisation_name)
                .replace("%3", f"{hit.starts_at.astimezone(BERLIN):%H:%M}")
                .replace("%4", f"{hit.ends_at.astimezone(BERLIN):%H:%M}")
            )  # fmt: skip
        else:
            self._show_text("")

    def _show_preview(self, result: room_series.SeriesPreviewDTO) -> None:
        self.preview_model.set_rows(result.occurrences)
        for column in (SeriesPreviewTableModel.Column.DATE, SeriesPreviewTableModel.Column.TIME):
            self.preview_view.resizeColumnToContents(column)
        taken = len(result.conflicted)
        self._show_text(self.tr("%1 Termine belegt.").replace("%1", str(taken)) if taken else "")

    def _show_text(self, text: str) -> None:
        self.message.setText(text)

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self._show_text(error.message)
        else:
            raise error

    # --- saving
    def save(self) -> None:
        room = self.room()
        organisation = self.picker.organisation
        if room is None or organisation is None:
            self._show_text(self.tr("Bitte Raum und Organisation wählen."))
            return
        start, end = self.period()
        title = self.title_edit.text()
        attendees = self.attendees_spin.value() or None
        notes = self.notes_edit.toPlainText() or None
        contact_id = self.picker.contact_id()
        status = (
            BookingStatus.TENTATIVE if self.context.mode == "replica" else BookingStatus.CONFIRMED
        )
        inventory_nos = [n.strip() for n in self.items_edit.text().split(",") if n.strip()]
        rule = self.rule()
        skip = self.skip_check.isChecked()
        context = self.context

        def work() -> uuid.UUID:
            if rule is not None:
                series = room_series.create_series(
                    context.uow(), room_id=room.id, organisation_id=organisation.id,
                    contact_id=contact_id, title=title, rule=rule, attendees=attendees,
                    notes=notes, skip_conflicts=skip, status=status,
                )  # fmt: skip
                booking_id = series.booked[0].id
            elif inventory_nos:
                items = [
                    equipment.get_item_by_inventory_no(context.uow(), n).id for n in inventory_nos
                ]
                if contact_id is None:
                    raise ValidationError(
                        "Für Geräte bitte eine Kontaktperson wählen.", field="contact_id"
                    )
                booking_id = room_equipment.book_room_with_equipment(
                    context.uow(), room_id=room.id, organisation_id=organisation.id,
                    contact_id=contact_id, title=title, starts_at=start, ends_at=end,
                    item_ids=items, attendees=attendees, notes=notes, status=status,
                ).booking.id  # fmt: skip
            else:
                booking_id = rooms.book_room(
                    context.uow(), room_id=room.id, organisation_id=organisation.id,
                    contact_id=contact_id, title=title, starts_at=start, ends_at=end,
                    attendees=attendees, notes=notes, status=status,
                ).id  # fmt: skip
            return booking_id

        context.runner.submit(work, self._saved, self._show_error)

    def _saved(self, booking_id: uuid.UUID) -> None:
        self.saved_booking_id = booking_id
        context = self.context
        context.runner.submit(
            lambda: documents.issue_booking_confirmation(
                context.uow(), archive=context.archive, room_booking_id=booking_id,
                house_name=context.house_name,
            ),
            self._present,
            self._show_error,
        )  # fmt: skip
        self.accept()

    def _present(self, issued: documents.IssuedDocumentDTO) -> None:
        self.confirmation = present_pdf(
            self.parentWidget(), issued.pdf, self.tr("Buchungsbestätigung")
        )


def _buffer(room: RoomDTO) -> timedelta:
    return timedelta(minutes=room.buffer_minutes)
