"""The Organisationen tab (placeholder): organisations, contacts, blocks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hor_desktop.ui.context import DeskContext


class OrganisationsTab(QWidget):
    """Placeholder until the Organisationen tab is built; says what will come here."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("organisationsTab")
        self.placeholder = QLabel(
            self.tr(
                "Hier entsteht die Verwaltung der Organisationen: Stammdaten, Ansprechpersonen, Einwilligungen und Sperren."  # noqa: E501 (one literal for lupdate)
            ),
            self,
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
