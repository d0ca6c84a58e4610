"""Dialogs of the conflicts inbox: pick a free alternative, give a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.services.conflict_alternatives import AlternativeDTO


class AlternativeDialog(QDialog):
    """A list of free alternatives (↑/↓, Enter takes one, Esc cancels) and a note."""

    def __init__(
        self, title: str, intro: str, alternatives: list[AlternativeDTO],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("alternativeDialog")
        self.setWindowTitle(title)
        self.resize(560, 380)
        self.alternatives = alternatives
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("alternativeList")
        kinds = {
            "room": self.tr("anderer Raum"), "time": self.tr("andere Zeit"),
            "desk": self.tr("anderer Platz"), "slot": self.tr("andere Tageshälfte"),
            "item": self.tr("anderes Gerät"),
        }  # fmt: skip
        for alternative in alternatives:
            kind = kinds.get(alternative.kind, alternative.kind)
            item = QListWidgetItem(f"{alternative.label}   ({kind})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, alternative)
        self.empty_label = QLabel(
            self.tr("Keine freie Alternative gefunden. Bitte stornieren oder die Leitung fragen."),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not alternatives)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Notiz (freiwillig), z. B. mit wem gesprochen"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        note_label = QLabel(self.tr("&Notiz:"), self)
        note_label.setBuddy(self.note_edit)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.buttons)
        if alternatives:
            self.list.setCurrentRow(0)
        self.list.setFocus()
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen() is not None)

    def chosen(self) -> AlternativeDTO | None:
        item = self.list.currentItem()
        if item is None:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, AlternativeDTO) else None

    def note(self) -> str | None:
        return self.note_edit.text().strip() or None


class ReasonDialog(QDialog):
    """Asks for a required reason; OK stays disabled until there is one."""

    def __init__(
        self, title: str, intro: str, *, required: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.required = required
        self.setWindowTitle(title)
        self.resize(480, 240)
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            self.tr("Grund (Pflichtfeld)") if required else self.tr("Notiz (freiwillig)")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        reason_label = QLabel(self.tr("&Grund:"), self)
        reason_label.setBuddy(self.reason_edit)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason()) or not self.required)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()
