"""The Raumkalender tab (placeholder): room bookings and series."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hor_desktop.ui.context import DeskContext


class CalendarTab(QWidget):
    """Placeholder until the Raumkalender tab is built; says what will come here."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("calendarTab")
        self.placeholder = QLabel(
            self.tr(
                "Hier entsteht der Raumkalender: Räume buchen, Serientermine anlegen und Buchungsbestätigungen drucken."  # noqa: E501 (one literal for lupdate)
            ),
            self,
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
