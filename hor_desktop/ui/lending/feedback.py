"""The scan field and its colored status line: green for a hit, red with a reason and a beep."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from hor_desktop.core.errors import HorError
from hor_desktop.ui.tasks import report_unexpected

_OK_STYLE = (
    "QLabel { background: #e3f4e6; color: #17622c; border: 1px solid #8fcf9c;"
    " border-radius: 3px; padding: 4px 8px; font-weight: 600; }"
)
_ERROR_STYLE = (
    "QLabel { background: #fde7e7; color: #a1141c; border: 1px solid #ee9a9e;"
    " border-radius: 3px; padding: 4px 8px; font-weight: 600; }"
)
_IDLE_STYLE = "QLabel { color: palette(mid); padding: 4px 8px; }"


class FeedbackLabel(QLabel):
    """One line that says what the last scan or action did. ``state`` is for tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackLabel")
        self.setWordWrap(True)
        self.setMinimumHeight(30)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = "idle"
        self.setStyleSheet(_IDLE_STYLE)

    def show_ok(self, text: str) -> None:
        self.state = "ok"
        self.setStyleSheet(_OK_STYLE)
        self.setText(text)

    def show_error(self, text: str, *, beep: bool = True) -> None:
        self.state = "error"
        self.setStyleSheet(_ERROR_STYLE)
        self.setText(text)
        if beep:
            QApplication.beep()

    def show_hint(self, text: str) -> None:
        self.state = "idle"
        self.setStyleSheet(_IDLE_STYLE)
        self.setText(text)

    def report_document(self, text: str, ok: bool) -> None:
        """How issuing a slip went (slips.issue_and_present's ``report``); never beeps."""
        self.show()
        if ok:
            self.show_hint(text)
        else:
            self.show_error(text, beep=False)

    def show_failure(self, error: BaseException) -> None:
        """An expected problem in this line; anything else is a bug for the crash dialog."""
        if isinstance(error, HorError):
            self.show_error(error.message)
            return
        report_unexpected(error)


class ScanField(QLineEdit):
    """Where a barcode scanner types: the code, then Enter. Cleared after every scan."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)
        self.setClearButtonEnabled(True)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.setFont(font)
        self.setMinimumHeight(34)

    def take(self) -> str:
        """The scanned text, trimmed; the field is cleared and keeps the focus."""
        text = self.text().strip()
        self.clear()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return text
