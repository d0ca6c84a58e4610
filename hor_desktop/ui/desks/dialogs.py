"""Dialogs of the Coworking tab: book a desk (day, range, weekdays), cancel a range.

The booking dialog shows the organisation's quota usage for the month and offers its
contacts as the person; both load in the background when organisation or date change.
"""

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
from hor_desktop.services import contacts, desk_quotas, organisations
from hor_desktop.services.contacts import ContactDTO
from hor_desktop.services.desk_quotas import QuotaUsageDTO
from hor_desktop.services.desks import DeskDTO
from hor_desktop.services.organisations import OrganisationRowDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.desks.formatting import (
    desk_days_text,
    from_qdate,
    month_text,
    slot_text,
    to_qdate,
    weekday_short,
)
from hor_desktop.ui.tasks import report_unexpected


@dataclass(frozen=True)
class BookingRequest:
    desk_id: uuid.UUID
    organisation_id: uuid.UUID
    person_name: str
    contact_id: uuid.UUID | None
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
    """A line edit that completes organisation names from a search in the background.

    ``organisation_changed`` carries the chosen organisation's id (None: none chosen)
    whenever it changes, by typing or when a late search result makes the text known.
    """

    organisation_changed = Signal(object)  # uuid.UUID | None

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
        self.textChanged.connect(self._check_changed)
        self._request = 0
        self._chosen: uuid.UUID | None = None

    def search(self, text: str) -> None:
        self._request += 1
        request, uow = self._request, self.context.uow

        def done(rows: list[OrganisationRowDTO]) -> None:
            if request != self._request:
                return  # an older search answered late
            self._ids.update({row.name: row.id for row in rows})
            self._names.setStringList([row.name for row in rows])
            self._check_changed()

        self.context.runner.submit(
            lambda: organisations.search_organisations(uow(), text=text, limit=20), done
        )

    def set_organisation(self, name: str, organisation_id: uuid.UUID) -> None:
        self._ids[name] = organisation_id
        self.setText(name)

    def organisation_id(self) -> uuid.UUID | None:
        return self._ids.get(self.text().strip())

    def _check_changed(self) -> None:
        chosen = self.organisation_id()
        if chosen != self._chosen:
            self._chosen = chosen
            self.organisation_changed.emit(chosen)


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
        self.context = context
        self._quota_request = self._contacts_request = 0
        self.setObjectName("deskBookingDialog")
        self.setWindowTitle(self.tr("Arbeitsplatz buchen"))
        self.desk_combo = QComboBox(self)
        for desk in desks:
            if desk.active:
                self.desk_combo.addItem(desk.label, desk.id)
        self.desk_combo.setCurrentIndex(max(0, self.desk_combo.findData(desk_id)))
        # Editable: a contact of the organisation or any other name (a guest, say).
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("personCombo")
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        person_edit = self.person_combo.lineEdit()
        assert person_edit is not None  # editable combos always have one
        self.person_edit = person_edit
        self.person_edit.setObjectName("personEdit")
        self.person_edit.setPlaceholderText(self.tr("Kontakt wählen oder Namen eingeben"))
        self.quota_label = QLabel(self)
        self.quota_label.setObjectName("quotaUsage")
        self.quota_label.setTextFormat(Qt.TextFormat.PlainText)
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
        self.organisation_edit.organisation_changed.connect(self._organisation_changed)
        self.start_edit.dateChanged.connect(lambda _day: self.update_quota())
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
        form.addRow(self.tr("Organisation"), self.organisation_edit)
        form.addRow(self.tr("Person"), self.person_combo)
        form.addRow(self.tr("Kontingent"), self.quota_label)
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
        self.organisation_edit.setFocus()

    def _organisation_changed(self, organisation_id: uuid.UUID | None) -> None:
        self.load_contacts(organisation_id)
        self.update_quota()

    def update_quota(self) -> None:
        """Show the chosen organisation's desk-days in the month of the first day."""
        self._quota_request += 1
        request, uow = self._quota_request, self.context.uow
        organisation_id = self.organisation_edit.organisation_id()
        if organisation_id is None:
            self.quota_label.clear()
            return
        location_id, day = self.context.location.id, from_qdate(self.start_edit.date())

        def done(usage: QuotaUsageDTO) -> None:
            if request == self._quota_request:
                self.quota_label.setText(self.quota_text(usage))

        def failed(error: BaseException) -> None:
            if request != self._quota_request:
                return
            if isinstance(error, HorError):
                self.quota_label.setText(error.message)
            else:
                report_unexpected(error)

        self.context.runner.submit(
            lambda: desk_quotas.quota_usage(
                uow(), location_id=location_id, organisation_id=organisation_id, day=day
            ),
            done,
            failed,
        )

    def quota_text(self, usage: QuotaUsageDTO) -> str:
        if usage.days_per_month is None:
            return self.tr("Im {month}: {used} Platztage gebucht (kein Kontingent)").format(
                month=month_text(usage.month), used=desk_days_text(usage.used_desk_days)
            )
        return self.tr("Im {month}: {used} von {quota} Platztagen gebucht").format(
            month=month_text(usage.month), used=desk_days_text(usage.used_desk_days),
            quota=usage.days_per_month,
        )  # fmt: skip

    def load_contacts(self, organisation_id: uuid.UUID | None) -> None:
        """Offer the organisation's contacts as the person; typed text stays."""
        self._contacts_request += 1
        request, uow = self._contacts_request, self.context.uow
        if organisation_id is None:
            self._set_contacts([])
            return

        def done(found: list[ContactDTO]) -> None:
            if request == self._contacts_request:
                self._set_contacts([c for c in found if not c.anonymised])

        self.context.runner.submit(
            lambda: contacts.list_contacts(uow(), organisation_id=organisation_id),
            done,
            lambda error: (
                self.show_error(error.message)
                if isinstance(error, HorError)
                else report_unexpected(error)
            ),
        )

    def _set_contacts(self, found: list[ContactDTO]) -> None:
        typed = self.person_edit.text()
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for contact in found:
            self.person_combo.addItem(contact.name, contact.id)
        # Filling an editable combo selects its first item; keep what was typed instead.
        self.person_combo.setCurrentIndex(-1)
        self.person_combo.setEditText(typed)
        self.person_combo.blockSignals(False)

    def contact_id(self) -> uuid.UUID | None:
        """The contact whose name is in the person field, None for free text."""
        index = self.person_combo.findText(
            self.person_edit.text().strip(),
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchCaseSensitive,
        )
        return None if index < 0 else self.person_combo.itemData(index)

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
            desk_id=desk_id, organisation_id=organisation_id, contact_id=self.contact_id(),
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
    reason: str | None = None


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
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("cancelReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("optional, z. B. Urlaub"))
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
        form.addRow(self.tr("Grund"), self.reason_edit)
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
                reason=self.reason_edit.text().strip() or None,
            )
        )


def error_text(error: BaseException) -> str | None:
    """The message of an expected error, None for a bug."""
    return error.message if isinstance(error, HorError) else None
