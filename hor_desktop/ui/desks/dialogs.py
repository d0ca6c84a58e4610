"""Dialogs of the Coworking tab: book a desk (day, range, weekdays), cancel a range."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.enums import DeskSlot
from hor_desktop.core.errors import HorError
from hor_desktop.services import organisations
from hor_desktop.services.desks import DeskDTO
from hor_desktop.services.organisations import OrganisationRowDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.desks.formatting import from_qdate, slot_text, to_qdate, weekday_short


@dataclass(frozen=True)
class BookingRequest:
    desk_id: uuid.UUID
    organisation_id: uuid.UUID
    person_name: str
    start: date
    end: date
    slot: DeskSlot
    weekdays: frozenset[int] | None
    override_reason: str | None

    @property
    def single_day(self) -> bool:
        return self.start == self.end and self.weekdays is None


def _date_edit(parent: QWidget, value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


class OrganisationField(QLineEdit):
    """A line edit that completes organisation names from a search in the background."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._ids: dict[str, uuid.UUID] = {}
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Name der Organisation eingeben"))
        self.textEdited.connect(self.search)
        self._request = 0

    def search(self, text: str) -> None:
        self._request += 1
        request, uow = self._request, self.context.uow

        def done(rows: list[OrganisationRowDTO]) -> None:
            if request != self._request:
                return  # an older search answered late
            self._ids.update({row.name: row.id for row in rows})
            self._names.setStringList([row.name for row in rows])

        self.context.runner.submit(
            lambda: organisations.search_organisations(uow(), text=text, limit=20), done
        )

    def set_organisation(self, name: str, organisation_id: uuid.UUID) -> None:
        self._ids[name] = organisation_id
        self.setText(name)

    def organisation_id(self) -> uuid.UUID | None:
        return self._ids.get(self.text().strip())


class BookingDialog(QDialog):
    """Book a desk for one day, a range of days, or chosen weekdays until a date.

    "Buchen" emits ``submitted``; the tab books and closes the dialog or shows the
    refusal in it, so the input survives a quota or clash message.
    """

    submitted = Signal(object)  # BookingRequest

    def __init__(
        self, context: DeskContext, desks: list[DeskDTO], *, desk_id: uuid.UUID | None,
        day: date, slot: DeskSlot, may_override: bool, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("deskBookingDialog")
        self.setWindowTitle(self.tr("Arbeitsplatz buchen"))
        self.desk_combo = QComboBox(self)
        for desk in desks:
            if desk.active:
                self.desk_combo.addItem(desk.label, desk.id)
        self.desk_combo.setCurrentIndex(max(0, self.desk_combo.findData(desk_id)))
        self.person_edit = QLineEdit(self)
        self.person_edit.setObjectName("personEdit")
        self.organisation_edit = OrganisationField(context, self)
        self.organisation_edit.setObjectName("organisationEdit")
        self.start_edit = _date_edit(self, day)
        self.end_edit = _date_edit(self, day)
        self.slot_combo = QComboBox(self)
        for choice in (DeskSlot.MORNING, DeskSlot.AFTERNOON, DeskSlot.DAY):
            self.slot_combo.addItem(slot_text(choice), choice)
        self.slot_combo.setCurrentIndex(self.slot_combo.findData(slot))
        self.repeat_check = QCheckBox(self.tr("Nur an diesen Wochentagen:"), self)
        self.weekday_checks: dict[int, QCheckBox] = {}
        weekdays = QHBoxLayout()
        weekdays.addWidget(self.repeat_check)
        for iso in range(1, 8):
            check = QCheckBox(weekday_short(iso), self)
            check.setChecked(iso == day.isoweekday())
            check.setEnabled(False)
            self.weekday_checks[iso] = check
            weekdays.addWidget(check)
        weekdays.addStretch(1)
        self.repeat_check.toggled.connect(self._repeat_toggled)
        self.override_edit = QLineEdit(self)
        self.override_edit.setObjectName("overrideEdit")
        self.override_edit.setPlaceholderText(
            self.tr("nur ausfüllen, um das Kontingent zu überschreiten")
        )
        self.error_label = QLabel(self)
        self.error_label.setObjectName("bookingError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buchen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Arbeitsplatz"), self.desk_combo)
        form.addRow(self.tr("Person"), self.person_edit)
        form.addRow(self.tr("Organisation"), self.organisation_edit)
        form.addRow(self.tr("Vom"), self.start_edit)
        form.addRow(self.tr("Bis"), self.end_edit)
        form.addRow(self.tr("Zeit"), self.slot_combo)
        form.addRow(weekdays)
        if may_override:
            form.addRow(self.tr("Grund für Überschreitung"), self.override_edit)
        else:
            self.override_edit.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.person_edit.setFocus()

    def _repeat_toggled(self, on: bool) -> None:
        for check in self.weekday_checks.values():
            check.setEnabled(on)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)

    def request(self) -> BookingRequest | None:
        """The input as a request, or None after showing what is missing."""
        organisation_id = self.organisation_edit.organisation_id()
        if organisation_id is None:
            self.show_error(self.tr("Bitte eine Organisation aus der Liste wählen."))
            self.organisation_edit.setFocus()
            return None
        desk_id = self.desk_combo.currentData()
        if desk_id is None:
            self.show_error(self.tr("An diesem Standort ist kein Arbeitsplatz buchbar."))
            return None
        weekdays = None
        if self.repeat_check.isChecked():
            weekdays = frozenset(
                iso for iso, check in self.weekday_checks.items() if check.isChecked()
            )
        return BookingRequest(
            desk_id=desk_id, organisation_id=organisation_id,
            person_name=self.person_edit.text(), start=from_qdate(self.start_edit.date()),
            end=from_qdate(self.end_edit.date()), slot=DeskSlot(self.slot_combo.currentData()),
            weekdays=weekdays, override_reason=self.override_edit.text().strip() or None,
        )  # fmt: skip

    def submit(self) -> None:
        request = self.request()
        if request is not None:
            self.error_label.clear()
            self.submitted.emit(request)


@dataclass(frozen=True)
class CancelRangeRequest:
    desk_id: uuid.UUID | None
    organisation_id: uuid.UUID | None
    start: date
    end: date


class CancelRangeDialog(QDialog):
    """Cancel the bookings of a desk and/or an organisation between two dates."""

    submitted = Signal(object)  # CancelRangeRequest

    def __init__(
        self, context: DeskContext, desks: list[DeskDTO], *, desk_id: uuid.UUID | None,
        organisation: tuple[str, uuid.UUID] | None, day: date, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("deskCancelRangeDialog")
        self.setWindowTitle(self.tr("Zeitraum stornieren"))
        self.desk_combo = QComboBox(self)
        self.desk_combo.addItem(self.tr("alle Arbeitsplätze"), None)
        for desk in desks:
            self.desk_combo.addItem(desk.label, desk.id)
        self.desk_combo.setCurrentIndex(max(0, self.desk_combo.findData(desk_id)))
        self.organisation_edit = OrganisationField(context, self)
        self.organisation_edit.setPlaceholderText(self.tr("alle Organisationen"))
        if organisation is not None:
            self.organisation_edit.set_organisation(*organisation)
        self.start_edit = _date_edit(self, day)
        self.end_edit = _date_edit(self, day)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Stornieren"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Arbeitsplatz"), self.desk_combo)
        form.addRow(self.tr("Organisation"), self.organisation_edit)
        form.addRow(self.tr("Vom"), self.start_edit)
        form.addRow(self.tr("Bis"), self.end_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)

    def submit(self) -> None:
        organisation_id = self.organisation_edit.organisation_id()
        if self.organisation_edit.text().strip() and organisation_id is None:
            self.show_error(self.tr("Bitte eine Organisation aus der Liste wählen."))
            return
        self.submitted.emit(
            CancelRangeRequest(
                desk_id=self.desk_combo.currentData(),
                organisation_id=organisation_id,
                start=from_qdate(self.start_edit.date()),
                end=from_qdate(self.end_edit.date()),
            )
        )


def error_text(error: BaseException) -> str | None:
    """The message of an expected error, None for a bug."""
    return error.message if isinstance(error, HorError) else None
