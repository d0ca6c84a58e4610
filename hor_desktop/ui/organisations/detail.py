"""The detail pane: master data, block, contacts with roles and DSGVO actions, history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.errors import HorError
from hor_desktop.services import contacts, personal_data, privacy
from hor_desktop.services import organisations as orgs
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.organisations.contact_dialog import ContactDialog
from hor_desktop.ui.organisations.models import (
    ContactsTableModel,
    HistoryTableModel,
    RowRole,
    status_text,
)
from hor_desktop.ui.printing import present_pdf
from hor_desktop.ui.tasks import report_unexpected


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


class OrganisationDetail(QWidget):
    """Shows one organisation; ``changed`` asks the tab to reload it after an edit."""

    changed = Signal(object)  # organisation id
    message = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationDetail")
        self.context = context
        self.organisation: orgs.OrganisationDTO | None = None
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.block_banner = QLabel(self)
        self.block_banner.setObjectName("blockBanner")
        self.block_banner.setWordWrap(True)
        self.block_banner.setStyleSheet(
            "background: #fde7e9; color: #a40000; border: 1px solid #a40000; padding: 6px;"
        )
        self.block_banner.hide()
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("legal", self.tr("Rechtsform / Register")),
            ("address", self.tr("Anschrift")),
            ("phone", self.tr("Telefon")),
            ("email", self.tr("E-Mail")),
            ("website", self.tr("Webseite")),
            ("language", self.tr("Dokumentsprache")),
            ("status", self.tr("Status")),
            ("notes", self.tr("Notizen")),
        ):
            value = QLabel(self)
            value.setObjectName(f"{key}Value")
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                value.textInteractionFlags() | value.textInteractionFlags().TextSelectableByMouse
            )
            form.addRow(label, value)
            self.fields[key] = value

        self.contacts_model = ContactsTableModel(self)
        self.contacts_view = _table(self, "contactsView")
        self.contacts_view.setAccessibleName(self.tr("Kontaktpersonen"))
        self.contacts_view.setModel(self.contacts_model)
        self.contacts_view.doubleClicked.connect(lambda _index: self.edit_contact())
        self.add_contact_button = QPushButton(self.tr("Neue Person"), self)
        self.edit_contact_button = QPushButton(self.tr("Bearbeiten"), self)
        self.export_button = QPushButton(self.tr("Datenauskunft …"), self)
        self.anonymise_button = QPushButton(self.tr("Anonymisieren …"), self)
        self.notice_action = QAction(self.tr("Datenschutzhinweis &drucken …"), self)
        self.notice_action.setObjectName("privacyNoticeAction")
        self.notice_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.notice_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.notice_action.triggered.connect(self.print_privacy_notice)
        self.addAction(self.notice_action)
        self.notice_button = QPushButton(self.tr("Datenschutzhinweis …"), self)
        self.notice_button.setToolTip(self.tr("Datenschutzhinweis drucken (Strg+Umschalt+D)"))
        self.notice_button.clicked.connect(self.notice_action.trigger)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.export_button.clicked.connect(self.export_contact)
        self.anonymise_button.clicked.connect(self.anonymise_contact)
        # Two rows of three: in one row the five buttons made the tab wider than a
        # 1366-pixel screen with a large font (docs/screenshots).
        contact_buttons = QGridLayout()
        for index, button in enumerate((
            self.add_contact_button, self.edit_contact_button, self.export_button,
            self.notice_button, self.anonymise_button,
        )):  # fmt: skip
            contact_buttons.addWidget(button, index // 3, index % 3)
        contact_buttons.setColumnStretch(3, 1)

        self.history_model = HistoryTableModel(self)
        self.history_view = _table(self, "historyView")
        self.history_view.setAccessibleName(self.tr("Verlauf"))
        self.history_view.setModel(self.history_model)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.block_banner)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Kontaktpersonen</b>"), self))
        layout.addWidget(self.contacts_view, 2)
        layout.addLayout(contact_buttons)
        layout.addWidget(
            QLabel(
                self.tr("<b>Verlauf</b> (Ausleihen, Reservierungen, Räume, Arbeitsplätze)"), self
            )
        )
        layout.addWidget(self.history_view, 3)
        self.show_organisation(None)

    def show_organisation(self, org: orgs.OrganisationDTO | None) -> None:
        self.organisation = org
        for button in (self.add_contact_button, self.edit_contact_button, self.export_button,
                       self.notice_button, self.anonymise_button):  # fmt: skip
            button.setEnabled(org is not None)
        self.notice_action.setEnabled(org is not None)
        if org is None:
            self.title.setText(self.tr("Keine Organisation gewählt"))
            self.block_banner.hide()
            for label in self.fields.values():
                label.clear()
            self.contacts_model.set_rows([])
            self.history_model.set_rows([])
            return
        name = org.name if not org.short_name else f"{org.name} ({org.short_name})"
        self.title.setText(name)
        if org.block_reason and org.status.value == "blocked":
            self.block_banner.setText(self.tr("Gesperrt: {reason}").format(reason=org.block_reason))
            self.block_banner.show()
        else:
            self.block_banner.hide()
        street_city = " ".join(part for part in (org.postcode, org.city) if part)
        self.fields["legal"].setText(
            " · ".join(p for p in (org.legal_form, org.register_no) if p) or "–"
        )
        self.fields["address"].setText(", ".join(p for p in (org.street, street_city) if p) or "–")
        self.fields["phone"].setText(org.phone or "–")
        self.fields["email"].setText(org.email or "–")
        self.fields["website"].setText(org.website or "–")
        self.fields["language"].setText(
            self.tr("Englisch") if org.document_language == "en" else self.tr("Deutsch")
        )
        self.fields["status"].setText(status_text(org.status))
        self.fields["notes"].setText(org.notes or "–")
        self.contacts_model.set_rows(list(org.contacts))
        self.history_model.set_rows([])
        org_id = org.id
        self.context.runner.submit(
            lambda: orgs.get_history(self.context.uow(), organisation_id=org_id),
            lambda rows: self._show_history(org_id, rows),
        )

    def _show_history(self, org_id: object, rows: list[orgs.HistoryRowDTO]) -> None:
        if self.organisation is not None and self.organisation.id == org_id:
            self.history_model.set_rows(rows)

    def selected_contact(self) -> contacts.ContactDTO | None:
        index = self.contacts_view.currentIndex()
        if not index.isValid():
            return None
        row: contacts.ContactDTO = self.contacts_model.data(index, RowRole)
        return row

    def add_contact(self) -> None:
        if self.organisation is None:
            return
        dialog = ContactDialog(self.context, self.organisation.id, parent=self)
        if dialog.exec() == ContactDialog.DialogCode.Accepted:
            self.changed.emit(self.organisation.id)

    def edit_contact(self) -> None:
        contact = self.selected_contact()
        if self.organisation is None or contact is None:
            return
        dialog = ContactDialog(self.context, self.organisation.id, contact, parent=self)
        if dialog.exec() == ContactDialog.DialogCode.Accepted:
            self.changed.emit(self.organisation.id)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            QMessageBox.warning(self, self.tr("Nicht möglich"), error.message)
            self.message.emit(error.message)
            return
        report_unexpected(error)

    def export_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        house = self.context.house_name
        self.context.runner.submit(
            lambda: personal_data.export_personal_data(
                self.context.uow(), contact_id=contact.id, house_name=house
            ),
            self._save_export,
            self._failed,
        )

    def _save_export(self, export: personal_data.PersonalDataExport) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Datenauskunft speichern"), f"{export.file_stem}.pdf",
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if not path:
            return
        pdf = Path(path).with_suffix(".pdf")
        self.context.runner.submit(
            lambda: (
                pdf.write_bytes(export.pdf),
                pdf.with_suffix(".json").write_text(export.json_text, encoding="utf-8"),
            ),
            lambda _done: self.message.emit(
                self.tr("Datenauskunft gespeichert: {pdf} und {json}").format(
                    pdf=pdf.name, json=pdf.with_suffix(".json").name
                )
            ),
        )

    def anonymise_contact(self) -> None:
        contact = self.selected_contact()
        if self.organisation is None or contact is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Kontaktperson anonymisieren"),
            self.tr("Name, E-Mail und Telefon von „{name}“ werden endgültig gelöscht. Ausleihen und Buchungen bleiben für die Statistik erhalten. Fortfahren?").format(name=contact.name),  # noqa: E501
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        org_id = self.organisation.id
        self.context.runner.submit(
            lambda: privacy.anonymise_contact(self.context.uow(), contact_id=contact.id),
            lambda _row: self.changed.emit(org_id),
            self._failed,
        )

    def print_privacy_notice(self) -> None:
        """The Art. 13 information notice of the selected contact, in a print preview."""
        contact = self.selected_contact()
        if contact is None:
            self.message.emit(self.tr("Bitte zuerst eine Kontaktperson wählen."))
            return
        house = self.context.house_name
        self.context.runner.submit(
            lambda: privacy.render_privacy_notice(
                self.context.uow(), contact_id=contact.id, house_name=house
            ),
            lambda pdf: self._present_notice(pdf, contact.name),
            self._failed,
        )

    def _present_notice(self, pdf: bytes, name: str) -> None:
        present_pdf(self, pdf, self.tr("Datenschutzhinweis – {name}").format(name=name))
