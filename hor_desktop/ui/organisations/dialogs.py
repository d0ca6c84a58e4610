"""Dialogs of the Organisationen tab: organisation form with duplicate warning, reason, merge."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.services import merges
from hor_desktop.services import organisations as orgs
from hor_desktop.services.locations import LocationDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.organisations.forms import FieldErrors, optional, submit_form

LEGAL_FORMS = ("e.V.", "gGmbH", "GbR", "Initiative", "UG", "gUG")


class OrganisationDialog(QDialog):
    """Create or edit an organisation; errors appear under the field they belong to.

    On create, similar organisations in the register are shown first; a second click on
    "Trotzdem anlegen" creates the new one anyway.
    """

    def __init__(
        self,
        context: DeskContext,
        locations: Sequence[LocationDTO],
        existing: orgs.OrganisationDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("organisationDialog")
        self.context = context
        self.existing = existing
        self.saved: orgs.OrganisationDTO | None = None
        self._warned_for: tuple[str, str, str] | None = None
        if existing is None:
            self.setWindowTitle(self.tr("Neue Organisation"))
        else:
            self.setWindowTitle(self.tr("Organisation bearbeiten"))

        self.name = QLineEdit(self)
        self.short_name = QLineEdit(self)
        self.legal_form = QComboBox(self)
        self.legal_form.setEditable(True)
        self.legal_form.addItems(["", *LEGAL_FORMS])
        self.register_no = QLineEdit(self)
        self.register_no.setPlaceholderText(self.tr("z. B. VR 12345"))
        self.street = QLineEdit(self)
        self.postcode = QLineEdit(self)
        self.postcode.setMaxLength(5)
        self.postcode.setPlaceholderText(self.tr("5 Ziffern"))
        self.city = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("z. B. 0221 123456"))
        self.website = QLineEdit(self)
        self.document_language = QComboBox(self)
        self.document_language.addItem(self.tr("Deutsch"), "de")
        self.document_language.addItem(self.tr("Englisch"), "en")
        self.home_location = QComboBox(self)
        self.home_location.addItem(self.tr("(kein Standort)"), None)
        for location in locations:
            self.home_location.addItem(f"{location.code} – {location.name}", str(location.id))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)

        self.general_error = QLabel(self)
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet("color: #a40000;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.similar_label = QLabel(self)
        self.similar_label.setObjectName("similarWarning")
        self.similar_label.setWordWrap(True)
        self.similar_label.setStyleSheet(
            "background: #fff4ce; border: 1px solid #e0b400; padding: 6px;"
        )
        self.similar_label.hide()

        form = QFormLayout()
        self.errors = FieldErrors(form, self.general_error)
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("Name *"), self.name),
            ("short_name", self.tr("Kurzname"), self.short_name),
            ("legal_form", self.tr("Rechtsform"), self.legal_form),
            ("register_no", self.tr("Registernummer"), self.register_no),
            ("street", self.tr("Straße"), self.street),
            ("postcode", self.tr("PLZ"), self.postcode),
            ("city", self.tr("Ort"), self.city),
            ("email", self.tr("E-Mail"), self.email),
            ("phone", self.tr("Telefon"), self.phone),
            ("website", self.tr("Webseite"), self.website),
            ("document_language", self.tr("Dokumentsprache"), self.document_language),
            ("home_location_id", self.tr("Heimatstandort"), self.home_location),
            ("notes", self.tr("Notizen"), self.notes),
        ]
        for field, label, widget in rows:
            widget.setObjectName(f"{field}Input")
            self.errors.add_row(field, label, widget)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.similar_label)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if existing is not None:
            self._fill(existing)
        else:
            self.home_location.setCurrentIndex(
                max(0, self.home_location.findData(context.location.id))
            )
        self.name.setFocus()

    def _fill(self, org: orgs.OrganisationDTO) -> None:
        self.name.setText(org.name)
        self.short_name.setText(org.short_name or "")
        self.legal_form.setCurrentText(org.legal_form or "")
        self.register_no.setText(org.register_no or "")
        self.street.setText(org.street or "")
        self.postcode.setText(org.postcode or "")
        self.city.setText(org.city or "")
        self.email.setText(org.email or "")
        self.phone.setText(org.phone or "")
        self.website.setText(org.website or "")
        self.document_language.setCurrentIndex(
            max(0, self.document_language.findData(org.document_language))
        )
        self.home_location.setCurrentIndex(
            max(0, self.home_location.findData(org.home_location_id))
        )
        self.notes.setPlainText(org.notes or "")

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "short_name": optional(self.short_name.text()),
            "legal_form": optional(self.legal_form.currentText()),
            "register_no": optional(self.register_no.text()),
            "street": optional(self.street.text()),
            "postcode": optional(self.postcode.text()),
            "city": optional(self.city.text()),
            "email": optional(self.email.text()),
            "phone": optional(self.phone.text()),
            "website": optional(self.website.text()),
            "document_language": self.document_language.currentData(),
            "home_location_id": uuid.UUID(home)
            if (home := self.home_location.currentData())
            else None,
            "notes": optional(self.notes.toPlainText()),
        }

    def save(self) -> None:
        values = self.values()
        context = self.context
        if self.existing is not None:
            org_id = self.existing.id
            submit_form(
                context, self.errors,
                lambda: orgs.edit_organisation(context.uow(), organisation_id=org_id, **values),
                self._saved,
            )  # fmt: skip
            return
        probe = (values["name"].strip(), values["email"] or "", values["phone"] or "")
        if probe[0] and self._warned_for != probe:
            submit_form(
                context, self.errors,
                lambda: merges.find_similar(
                    context.uow(), name=probe[0], email=probe[1] or None, phone=probe[2] or None
                ),
                lambda similar: self._check_similar(similar, probe, values),
            )  # fmt: skip
            return
        self._create(values)

    def _check_similar(
        self,
        similar: list[merges.SimilarOrganisationDTO],
        probe: tuple[str, str, str],
        values: dict[str, Any],
    ) -> None:
        if not similar:
            self._create(values)
            return
        self._warned_for = probe
        lines = [
            self.tr("• {name} ({city}) – {why}").format(
                name=row.name, city=row.city or "–", why=self._reason_text(row.reasons)
            )
            for row in similar[:5]
        ]
        self.similar_label.setText(
            self.tr("Diese Organisationen sehen ähnlich aus:")
            + "\n"
            + "\n".join(lines)
            + "\n"
            + self.tr("Bitte prüfen, ob die Organisation schon erfasst ist.")
        )
        self.similar_label.show()
        self.save_button.setText(self.tr("Trotzdem anlegen"))

    def _reason_text(self, reasons: Sequence[str]) -> str:
        texts = {
            "name": self.tr("gleicher Name"),
            "similar_name": self.tr("ähnlicher Name"),
            "email": self.tr("gleiche E-Mail"),
            "phone": self.tr("gleiche Telefonnummer"),
        }
        return ", ".join(texts.get(reason, reason) for reason in reasons)

    def _create(self, values: dict[str, Any]) -> None:
        context = self.context
        submit_form(
            context, self.errors,
            lambda: orgs.create_organisation(context.uow(), **values),
            self._saved,
        )  # fmt: skip

    def _saved(self, org: orgs.OrganisationDTO) -> None:
        self.saved = org
        self.accept()


class ReasonDialog(QDialog):
    """Asks for a reason (block) and runs the action; a refusal stays in the dialog."""

    def __init__(
        self,
        context: DeskContext,
        *,
        title: str,
        prompt: str,
        action: Callable[[str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.context = context
        self.result_value: Any = None
        self._action = action
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reasonInput")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet("color: #a40000;")
        self.general_error.hide()
        form = QFormLayout()
        self.errors = FieldErrors(form, self.general_error)
        self.errors.add_row("reason", prompt, self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sperren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def confirm(self) -> None:
        reason = self.reason.toPlainText()
        submit_form(self.context, self.errors, lambda: self._action(reason), self._done)

    def _done(self, value: Any) -> None:
        self.result_value = value
        self.accept()


class MergeDialog(QDialog):
    """Pick the duplicate that is merged into the kept organisation (admins only)."""

    def __init__(
        self, context: DeskContext, keep: orgs.OrganisationDTO, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Organisationen zusammenführen"))
        self.context = context
        self.keep = keep
        self.merged: orgs.OrganisationDTO | None = None
        intro = QLabel(
            self.tr(
                "Die gewählte Organisation wird in „{name}“ übernommen: Ausleihen, Buchungen, Kontaktpersonen und Notizen wandern mit, die gewählte wird als zusammengeführt markiert."  # noqa: E501 (one literal for lupdate)
            ).format(name=keep.name),
            self,
        )
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("mergeSearch")
        self.search.setPlaceholderText(self.tr("Organisation suchen …"))
        self.candidates = QListWidget(self)
        self.candidates.setObjectName("mergeCandidates")
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet("color: #a40000;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.errors = FieldErrors(QFormLayout(), self.general_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Zusammenführen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.candidates)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._search)
        self._load_similar()

    def _load_similar(self) -> None:
        keep = self.keep
        self.context.runner.submit(
            lambda: merges.find_similar(
                self.context.uow(), name=keep.name, email=keep.email, phone=keep.phone,
                exclude_id=keep.id,
            ),
            lambda rows: self._show([(row.id, row.name, row.city) for row in rows]),
        )  # fmt: skip

    def _search(self, text: str) -> None:
        self.context.runner.submit(
            lambda: orgs.search_organisations(self.context.uow(), text=text, limit=30),
            lambda rows: self._show(
                [(row.id, row.name, row.city) for row in rows if row.id != self.keep.id]
            ),
        )

    def _show(self, rows: list[tuple[Any, str, str | None]]) -> None:
        self.candidates.clear()
        for org_id, name, city in rows:
            item = QListWidgetItem(f"{name} ({city})" if city else name)
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            self.candidates.addItem(item)
        if rows:
            self.candidates.setCurrentRow(0)

    def confirm(self) -> None:
        item = self.candidates.currentItem()
        if item is None:
            self.general_error.setText(self.tr("Bitte eine Organisation wählen."))
            self.general_error.show()
            return
        merge_id = item.data(Qt.ItemDataRole.UserRole)
        keep_id = self.keep.id
        submit_form(
            self.context, self.errors,
            lambda: merges.merge_organisations(
                self.context.uow(), keep_id=keep_id, merge_id=merge_id
            ),
            self._done,
        )  # fmt: skip

    def _done(self, org: orgs.OrganisationDTO) -> None:
        self.merged = org
        self.accept()
