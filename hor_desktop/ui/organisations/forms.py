"""Form plumbing shared by the dialogs: an error line under each input, filled from
HorError, and a busy indicator for long background work."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.errors import HorError
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.tasks import report_unexpected

T = TypeVar("T")


class FieldErrors:
    """Puts an input into a form row with a red message line below it, per service field."""

    def __init__(self, form: QFormLayout, general: QLabel) -> None:
        self._form = form
        self._general = general
        self.labels: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}

    def add_row(self, field: str, label: str, widget: QWidget) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName(f"{field}Error")
        error.setStyleSheet("color: #a40000;")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self._form.addRow(label, holder)
        # The form's label belongs to the holder; name the input itself for screen readers
        # and let the label's mnemonic focus it.
        name = label.replace("&", "").rstrip(" *")
        if name and not isinstance(widget, QAbstractButton):  # a check box has its own text
            widget.setAccessibleName(name)
        caption = self._form.labelForField(holder)
        if isinstance(caption, QLabel):
            caption.setBuddy(widget)
        self.labels[field] = error
        self.inputs[field] = widget

    def clear(self) -> None:
        for label in (*self.labels.values(), self._general):
            label.clear()
            label.hide()

    def show(self, error: HorError) -> None:
        """The message under its input (focused), else in the general line."""
        label = self.labels.get(error.field or "")
        if label is None:
            label = self._general
        label.setText(error.message)
        label.show()
        widget = self.inputs.get(error.field or "")
        if widget is not None:
            widget.setFocus()

    def text_of(self, field: str) -> str:
        return self.labels[field].text() if field in self.labels else ""


def submit_form(
    context: DeskContext,
    errors: FieldErrors,
    work: Callable[[], T],
    on_done: Callable[[T], Any],
) -> None:
    """Run ``work`` in the background; an expected error lands next to its field."""
    errors.clear()

    def failed(error: BaseException) -> None:
        if isinstance(error, HorError):
            errors.show(error)
            return
        report_unexpected(error)

    context.runner.submit(work, on_done, failed)


def optional(text: str) -> str | None:
    stripped = text.strip()
    return stripped or None


# Short work finishes before the indicator appears, so it never flashes.
BUSY_DELAY_MS = 400


def busy_indicator(parent: QWidget, text: str) -> QProgressDialog:
    """A window-modal "working" indicator without a cancel button (the services cannot be
    interrupted halfway: an import is all or nothing). Close it with ``done_busy``."""
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setObjectName("busyIndicator")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(BUSY_DELAY_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)
    return progress


def done_busy(progress: QProgressDialog) -> None:
    progress.reset()
    progress.close()
    progress.deleteLater()
