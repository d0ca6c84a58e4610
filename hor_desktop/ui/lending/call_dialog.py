"""A small dialog to note a call, mail, visit or letter about a loan (the call log)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.errors import HorError
from hor_desktop.services import calls
from hor_desktop.services.calls import CallDTO
from hor_desktop.services.lending import LoanDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.lending.feedback import FeedbackLabel
from hor_desktop.ui.tasks import report_unexpected


class LogCallDialog(QDialog):
    def __init__(self, context: DeskContext, loan: LoanDTO, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("logCallDialog")
        self.setWindowTitle(self.tr("Anruf erfassen – {receipt}").format(receipt=loan.receipt_no))
        self.context = context
        self.loan = loan
        self.saved: CallDTO | None = None
        self.channel_combo = QComboBox(self)
        for value, text in (
            ("phone", self.tr("Telefon")),
            ("email", self.tr("E-Mail")),
            ("visit", self.tr("Besuch")),
            ("letter", self.tr("Brief")),
        ):
            self.channel_combo.addItem(text, value)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(self.tr("z. B. Rückgabe für Freitag zugesagt"))
        self.note_edit.setTabChangesFocus(True)
        self.feedback = FeedbackLabel(self)
        self.feedback.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_action = QAction(self.tr("Speichern"), self)
        self.save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        form = QFormLayout()
        form.addRow(self.tr("Organisation:"), QLabel(loan.organisation_name, self))
        form.addRow(self.tr("Kontakt:"), QLabel(loan.contact_name, self))
        form.addRow(self.tr("&Weg:"), self.channel_combo)
        form.addRow(self.tr("&Notiz:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        layout.addWidget(buttons)
        self.note_edit.setFocus()

    def save(self) -> None:
        channel, note = self.channel_combo.currentData(), self.note_edit.toPlainText()

        def work() -> CallDTO:
            return calls.log_call(
                self.context.uow(), organisation_id=self.loan.organisation_id,
                contact_id=self.loan.contact_id, loan_id=self.loan.id, channel=channel,
                note=note,
            )  # fmt: skip

        def done(call: CallDTO) -> None:
            self.saved = call
            self.accept()

        def failed(error: BaseException) -> None:
            if isinstance(error, HorError):
                self.feedback.show()
                self.feedback.show_error(error.message, beep=False)
                return
            report_unexpected(error)

        self.context.runner.submit(work, done, failed)
