"""Choosing the borrowing organisation (completer over name and short name) and its contact."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from hor_desktop.core.enums import OrganisationStatus
from hor_desktop.core.errors import HorError
from hor_desktop.services import organisations
from hor_desktop.services.organisations import OrganisationDTO, OrganisationRowDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.tasks import report_unexpected

_BLOCKED_STYLE = "QLabel { color: #a1141c; font-weight: 600; }"


class OrganisationPicker(QWidget):
    """Organisation line edit with completion, contact combo, and the block state inline.

    ``changed`` fires when the chosen organisation (or its override reason) changes; the
    dialog then asks ``may_lend()``.
    """

    changed = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation: OrganisationDTO | None = None
        self._matches: dict[str, OrganisationRowDTO] = {}
        self._search_serial = 0

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("organisationEdit")
        self.name_edit.setPlaceholderText(self.tr("Name oder Kurzname eingeben …"))
        self._completions = QStringListModel(self)
        self.completer = QCompleter(self._completions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name_edit.setCompleter(self.completer)
        self.completer.activated[str].connect(self.choose_text)  # type: ignore[index]
        self.name_edit.textEdited.connect(self._search)
        self.name_edit.returnPressed.connect(self._choose_typed)

        self.contact_combo = QComboBox(self)
        self.contact_combo.setObjectName("contactCombo")
        self.contact_combo.setEnabled(False)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("organisationStatus")
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.override_edit = QLineEdit(self)
        self.override_edit.setObjectName("overrideReasonEdit")
        self.override_edit.setAccessibleName(self.tr("Begründung für die Ausnahme"))
        self.override_edit.setPlaceholderText(
            self.tr("Begründung, um die Sperre zu übergehen (nur Administration)")
        )
        self.override_edit.hide()
        self.override_edit.textChanged.connect(lambda _text: self.changed.emit())

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Organisation:"), self.name_edit)
        form.addRow(self.tr("&Kontaktperson:"), self.contact_combo)
        form.addRow("", self.status_label)
        form.addRow("", self.override_edit)

    # --- search
    def _search(self, text: str) -> None:
        if self.organisation is not None:
            self._set_organisation(None)
        if len(text.strip()) < 2:
            self._completions.setStringList([])
            return
        self._search_serial += 1
        serial = self._search_serial

        def work() -> list[OrganisationRowDTO]:
            return organisations.search_organisations(self.context.uow(), text=text, limit=20)

        def done(rows: list[OrganisationRowDTO]) -> None:
            if serial != self._search_serial:
                return  # a later keystroke already asked again
            self._matches = {self._label(row): row for row in rows}
            self._completions.setStringList(list(self._matches))
            if rows and self.name_edit.hasFocus():
                self.completer.complete()

        self.context.runner.submit(work, done, self._failed)

    def _label(self, row: OrganisationRowDTO) -> str:
        if row.short_name:
            return self.tr("{name} ({short})").format(name=row.name, short=row.short_name)
        return row.name

    def _choose_typed(self) -> None:
        text = self.name_edit.text().strip()
        if self.organisation is not None:
            return
        if text in self._matches:
            self.choose_text(text)
        elif len(self._matches) == 1:
            self.choose_text(next(iter(self._matches)))

    def choose_text(self, label: str) -> None:
        row = self._matches.get(label)
        if row is not None:
            self.choose(row.id, label)

    def choose(self, organisation_id: uuid.UUID, label: str | None = None) -> None:
        """Load the organisation with its contacts (also used by tests and the desk panel)."""

        def work() -> OrganisationDTO:
            return organisations.get_organisation(
                self.context.uow(), organisation_id=organisation_id
            )

        def done(org: OrganisationDTO) -> None:
            self.name_edit.blockSignals(True)
            self.name_edit.setText(label or org.name)
            self.name_edit.blockSignals(False)
            self._set_organisation(org)

        self.context.runner.submit(work, done, self._failed)

    # --- state
    def _set_organisation(self, org: OrganisationDTO | None) -> None:
        self.organisation = org
        self.contact_combo.clear()
        self.override_edit.clear()
        self.override_edit.hide()
        self.status_label.hide()
        if org is not None:
            contacts = sorted(
                (c for c in org.contacts if not c.anonymised),
                key=lambda c: (not c.is_responsible, c.name.casefold()),
            )
            for contact in contacts:
                text = contact.name
                if contact.is_responsible:
                    text = self.tr("{name} (verantwortlich)").format(name=contact.name)
                self.contact_combo.addItem(text, contact.id)
            if not contacts:
                self._show_problem(self.tr("Keine Kontaktperson hinterlegt."))
            if org.status is OrganisationStatus.BLOCKED:
                self._show_problem(
                    self.tr("Gesperrt: {reason}").format(
                        reason=org.block_reason or self.tr("ohne Angabe")
                    )
                )
                self.override_edit.setVisible(self.context.actor.is_admin)
        self.contact_combo.setEnabled(self.contact_combo.count() > 0)
        self.changed.emit()

    def _show_problem(self, text: str) -> None:
        self.status_label.setStyleSheet(_BLOCKED_STYLE)
        self.status_label.setText(text)
        self.status_label.show()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self._show_problem(error.message)
            return
        report_unexpected(error)

    # --- what the dialog asks
    @property
    def is_blocked(self) -> bool:
        return (
            self.organisation is not None and self.organisation.status is OrganisationStatus.BLOCKED
        )

    @property
    def override_reason(self) -> str | None:
        text = self.override_edit.text().strip()
        return text if self.is_blocked and text else None

    def contact_id(self) -> uuid.UUID | None:
        contact_id: uuid.UUID | None = self.contact_combo.currentData()
        return contact_id

    def may_lend(self) -> bool:
        if self.organisation is None or self.contact_id() is None:
            return False
        return not self.is_blocked or (
            self.context.actor.is_admin and self.override_reason is not None
        )

    def reset(self) -> None:
        self.name_edit.clear()
        self._matches = {}
        self._completions.setStringList([])
        self._set_organisation(None)
