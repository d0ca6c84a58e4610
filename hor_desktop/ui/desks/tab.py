"""The Coworking tab (placeholder): desk bookings and check-in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hor_desktop.ui.context import DeskContext


class DesksTab(QWidget):
    """Placeholder until the Coworking tab is built; says what will come here."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("desksTab")
        self.placeholder = QLabel(
            self.tr(
                "Hier entsteht die Coworking-Übersicht: Arbeitsplätze für Vormittag, Nachmittag oder den ganzen Tag buchen und einchecken."  # noqa: E501 (one literal for lupdate)
            ),
            self,
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
