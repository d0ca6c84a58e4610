"""The contact person form: roles (responsible, may sign) and the DSGVO consent record."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import BERLIN
from hor_desktop.services import contacts
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.organisations.forms import FieldErrors, optional, submit_form


class ContactDialog(QDialog):
    def __init__(
        self,
        context: DeskContext,
        organisation_id: Any,
        existing: contacts.ContactDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.context = context
        self.organisation_id = organisation_id
        self.existing = existing
        self.saved: contacts.ContactDTO | None = None
        if existing is None:
            self.setWindowTitle(self.tr("Neue Kontaktperson"))
        else:
            self.setWindowTitle(self.tr("Kontaktperson bearbeiten"))
        self.name = QLineEdit(self)
        self.role = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.is_responsible = QCheckBox(self.tr("verantwortlich für Ausleihen"), self)
        self.may_sign = QCheckBox(self.tr("darf unterschreiben"), self)
        self.legal_basis = QComboBox(self)
        self.legal_basis.addItem(self.tr("(keine Angabe)"), None)
        self.legal_basis.addItem(self.tr("Einwilligung"), "consent")
        self.legal_basis.addItem(self.tr("Vertrag"), "contract")
        self.legal_basis.addItem(self.tr("berechtigtes Interesse"), "legitimate_interest")
        self.consent_given = QCheckBox(self.tr("Einwilligung liegt vor"), self)
        self.consent_at = QDateEdit(self)
        self.consent_at.setDisplayFormat("dd.MM.yyyy")
        self.consent_at.setCalendarPopup(True)
        self.consent_at.setDate(QDate.currentDate())
        self.consent_version = QLineEdit(self)
        self.consent_version.setPlaceholderText(self.tr("z. B. 2026-1"))
        self.consent_channel = QComboBox(self)
        self.consent_channel.setEditable(True)
        self.consent_channel.addItems(
            ["", self.tr("Papier"), self.tr("E-Mail"), self.tr("mündlich")]
        )
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet("color: #a40000;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        form = QFormLayout()
        self.errors = FieldErrors(form, self.general_error)
        for field, label, widget in (
            ("name", self.tr("Name *"), self.name),
            ("role", self.tr("Funktion"), self.role),
            ("email", self.tr("E-Mail"), self.email),
            ("phone", self.tr("Telefon"), self.phone),
            ("is_responsible", self.tr("Rolle"), self.is_responsible),
            ("may_sign", "", self.may_sign),
            ("legal_basis", self.tr("Rechtsgrundlage"), self.legal_basis),
            ("consent_given", "", self.consent_given),
            ("consent_at", self.tr("Einwilligung am"), self.consent_at),
            ("consent_version", self.tr("Textversion"), self.consent_version),
            ("consent_channel", self.tr("Eingegangen über"), self.consent_channel),
        ):
            widget.setObjectName(f"{field}Input")
            self.errors.add_row(field, label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.consent_given.toggled.connect(self._consent_toggled)
        self.legal_basis.currentIndexChanged.connect(self._basis_changed)
        if existing is not None:
            self._fill(existing)
        self._consent_toggled(self.consent_given.isChecked())

    def _basis_changed(self, _index: int) -> None:
        # Consent as the legal basis needs its date: open the consent fields right away
        # instead of letting the save fail on a field that is still disabled.
        if self.legal_basis.currentData() == "consent":
            self.consent_given.setChecked(True)

    def _consent_toggled(self, checked: bool) -> None:
        for widget in (self.consent_at, self.consent_version, self.consent_channel):
            widget.setEnabled(checked)

    def _fill(self, row: contacts.ContactDTO) -> None:
        self.name.setText(row.name)
        self.role.setText(row.role or "")
        self.email.setText(row.email or "")
        self.phone.setText(row.phone or "")
        self.is_responsible.setChecked(row.is_responsible)
        self.may_sign.setChecked(row.may_sign)
        self.legal_basis.setCurrentIndex(max(0, self.legal_basis.findData(row.legal_basis)))
        if row.consent_at is not None:
            self.consent_given.setChecked(True)
            local = row.consent_at.astimezone(BERLIN).date()
            self.consent_at.setDate(QDate(local.year, local.month, local.day))
        self.consent_version.setText(row.consent_version or "")
        self.consent_channel.setCurrentText(row.consent_channel or "")

    def values(self) -> dict[str, Any]:
        consent_at = None
        consent_version = consent_channel = None
        if self.consent_given.isChecked():
            qdate = self.consent_at.date()
            day = date(qdate.year(), qdate.month(), qdate.day())
            consent_at = datetime.combine(day, time(12, 0), BERLIN)
            consent_version = optional(self.consent_version.text())
            consent_channel = optional(self.consent_channel.currentText())
        return {
            "name": self.name.text(),
            "role": optional(self.role.text()),
            "email": optional(self.email.text()),
            "phone": optional(self.phone.text()),
            "is_responsible": self.is_responsible.isChecked(),
            "may_sign": self.may_sign.isChecked(),
            "legal_basis": self.legal_basis.currentData(),
            "consent_at": consent_at,
            "consent_version": consent_version,
            "consent_channel": consent_channel,
        }

    def save(self) -> None:
        values = self.values()
        context = self.context
        if self.existing is not None:
            contact_id = self.existing.id
            submit_form(
                context, self.errors,
                lambda: contacts.edit_contact(context.uow(), contact_id=contact_id, **values),
                self._saved,
            )  # fmt: skip
            return
        org_id = self.organisation_id
        submit_form(
            context, self.errors,
            lambda: contacts.add_contact(context.uow(), organisation_id=org_id, **values),
            self._saved,
        )  # fmt: skip

    def _saved(self, row: contacts.ContactDTO) -> None:
        self.saved = row
        self.accept()
