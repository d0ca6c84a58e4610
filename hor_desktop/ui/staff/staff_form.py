"""The form for a new staff member: name, initials, role, home location, PIN twice."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from hor_desktop.core.enums import Role
from hor_desktop.core.errors import ValidationError
from hor_desktop.services import staff
from hor_desktop.services.locations import LocationDTO


def role_text(role: Role) -> str:
    """German name of a role, as staff say it."""
    if role is Role.ADMIN:
        return QCoreApplication.translate("staff", "Admin")
    if role is Role.LOCATION_ADMIN:
        return QCoreApplication.translate("staff", "Standort-Admin")
    return QCoreApplication.translate("staff", "Empfang")


class StaffFormDialog(QDialog):
    """OK stays possible; a mistake is named in the message line instead of closing."""

    def __init__(
        self, locations: Sequence[LocationDTO], default_location: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("staffFormDialog")
        self.setWindowTitle(self.tr("Neue Mitarbeiterin / neuer Mitarbeiter"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("staffName")
        self.initials_edit = QLineEdit(self)
        self.initials_edit.setObjectName("staffInitials")
        self.initials_edit.setMaxLength(8)
        self.initials_edit.setPlaceholderText(self.tr("z. B. AM"))
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("staffRole")
        for role in (Role.DESK, Role.LOCATION_ADMIN, Role.ADMIN):
            self.role_combo.addItem(role_text(role), role)
        self.location_combo = QComboBox(self)
        self.location_combo.setObjectName("staffLocation")
        for location in locations:
            self.location_combo.addItem(f"{location.code} – {location.name}", location.id)
        for index, location in enumerate(locations):
            if location.id == default_location:  # findData compares UUIDs by identity
                self.location_combo.setCurrentIndex(index)
        self.pin_edit = self._pin("staffPin")
        self.repeat_edit = self._pin("staffPinRepeat")
        self.message = QLabel(self)
        self.message.setObjectName("staffFormMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Anlegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Kürzel:"), self.initials_edit)
        form.addRow(self.tr("&Rolle:"), self.role_combo)
        form.addRow(self.tr("&Standort:"), self.location_combo)
        form.addRow(self.tr("&PIN (4–8 Ziffern):"), self.pin_edit)
        form.addRow(self.tr("PIN &wiederholen:"), self.repeat_edit)
        form.addRow(self.message)
        form.addRow(buttons)
        for widget, name in (
            (self.name_edit, self.tr("Name")), (self.initials_edit, self.tr("Kürzel")),
            (self.role_combo, self.tr("Rolle")), (self.location_combo, self.tr("Standort")),
            (self.pin_edit, self.tr("PIN")), (self.repeat_edit, self.tr("PIN wiederholen")),
        ):  # fmt: skip
            widget.setAccessibleName(name)

    def _pin(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(8)
        return edit

    def values(self) -> dict[str, Any]:
        return {
            "display_name": self.name_edit.text().strip(),
            "initials": self.initials_edit.text().strip().upper(),
            "role": self.role_combo.currentData(),
            "home_location_id": self.location_combo.currentData(),
            "pin": self.pin_edit.text(),
        }

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            self.message.setText(self.tr("Bitte einen Namen eingeben."))
            return
        if not self.initials_edit.text().strip():
            self.message.setText(self.tr("Bitte ein Kürzel eingeben."))
            return
        try:
            staff.check_pin(self.pin_edit.text())
        except ValidationError as exc:
            self.message.setText(exc.message)
            return
        if self.pin_edit.text() != self.repeat_edit.text():
            self.message.setText(self.tr("Die beiden PINs stimmen nicht überein."))
            return
        super().accept()
