"""„Anmelden/Wechseln“: initials and PIN; while locked it cannot be dismissed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.actor import Actor
from hor_desktop.core.errors import HorError
from hor_desktop.services import staff
from hor_desktop.ui.context import DeskContext


class SignInDialog(QDialog):
    """Checks initials and PIN in the background; emits ``signed_in`` with the actor."""

    signed_in = Signal(object)  # Actor

    def __init__(self, context: DeskContext, parent: QWidget | None = None, *,
                 locked: bool = False) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.context = context
        self.locked = locked
        self.setWindowTitle(self.tr("Gesperrt – bitte anmelden") if locked
                            else self.tr("Anmelden/Wechseln"))  # fmt: skip
        self.setModal(True)
        self.initials_edit = QLineEdit(self)
        self.initials_edit.setObjectName("initialsEdit")
        self.initials_edit.setMaxLength(8)
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.pin_edit))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("signInError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Kürzel:"), self.initials_edit)
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Anmelden"))
        if not locked:
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.ok_button = ok
        hint = QLabel(
            self.tr("Angemeldet: {name}").format(name=context.actor.name)
            if context.session.signed_in else self.tr("Niemand angemeldet."),
            self,
        )  # fmt: skip
        hint.setObjectName("signInHint")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.initials_edit.setFocus()

    def submit(self) -> None:
        initials, pin = self.initials_edit.text(), self.pin_edit.text()
        if not initials.strip() or not pin:
            self.error_label.setText(self.tr("Bitte Kürzel und PIN eingeben."))
            return
        self.ok_button.setEnabled(False)
        uow = self.context.uow()
        self.context.runner.submit(
            lambda: staff.authenticate(uow, initials=initials, pin=pin),
            self._signed_in, self._refused,
        )  # fmt: skip

    def _signed_in(self, actor: Actor) -> None:
        self.ok_button.setEnabled(True)
        self.context.session.sign_in(actor)
        self.signed_in.emit(actor)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if not isinstance(error, HorError):
            raise error
        self.pin_edit.clear()
        self.pin_edit.setFocus()
        self.error_label.setText(error.message)

    def reject(self) -> None:
        if not self.locked:  # a lock only ends with a sign-in
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.locked and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
