"""The selected conflict in full: both rows side by side, field by field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hor_desktop.services.conflicts import ConflictDTO, ConflictSideDTO


class SidePanel(QGroupBox):
    """One row of the conflict: organisation, what, where, when, status (and a value)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("organisation", self.tr("Organisation:")), ("what", self.tr("Was:")),
            ("resource", self.tr("Raum / Platz / Gerät:")), ("when", self.tr("Wann:")),
            ("location", self.tr("Standort:")), ("booked_at", self.tr("Erfasst in:")),
            ("status", self.tr("Status:")), ("value", self.tr("Wert:")),
        ):  # fmt: skip
            value = QLabel(self)
            value.setObjectName(f"side_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.fields[key] = value

    def show_side(self, side: ConflictSideDTO | None) -> None:
        self.setVisible(side is not None)
        if side is None:
            return
        values = {
            "organisation": side.organisation_name, "what": side.what,
            "resource": side.resource, "when": side.when, "location": side.location,
            "booked_at": side.booked_at, "status": side.status, "value": side.value or "",
        }  # fmt: skip
        if side.attendees:
            values["what"] = self.tr("{what} ({count} Personen)").format(
                what=side.what, count=side.attendees
            )
        form = self.layout()
        assert isinstance(form, QFormLayout)
        for key, text in values.items():
            self.fields[key].setText(text)
            form.setRowVisible(self.fields[key], bool(text))

    def text(self) -> str:
        return "\n".join(label.text() for label in self.fields.values() if label.text())


class ConflictDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel(self)
        self.headline.setObjectName("conflictHeadline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold;")
        self.side_a = SidePanel(self.tr("A – behält den Platz"), self)
        self.side_a.setObjectName("sideA")
        self.side_b = SidePanel(self.tr("B – im Konflikt"), self)
        self.side_b.setObjectName("sideB")
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        sides = QHBoxLayout()
        sides.addWidget(self.side_a, 1)
        sides.addWidget(self.side_b, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addLayout(sides)
        layout.addWidget(self.detail_label)

    def show_conflict(self, conflict: ConflictDTO | None) -> None:
        self.setVisible(conflict is not None)
        if conflict is None:
            return
        if conflict.is_double:
            self.headline.setText(
                self.tr("{kind}: {resource}, {when}").format(
                    kind=conflict.kind_label, resource=conflict.a.resource, when=conflict.a.when
                )
            )
            self.side_a.setTitle(self.tr("A – behält den Platz (vom Server bestätigt)"))
            self.side_b.setTitle(self.tr("B – im Konflikt (nicht bestätigt)"))
        elif conflict.kind == "field_edit":
            self.headline.setText(
                self.tr("{kind}: „{field}“ von {what} wurde an zwei Standorten geändert").format(
                    kind=conflict.kind_label,
                    field=conflict.field_label or "?",
                    what=conflict.a.what,
                )
            )
            self.side_a.setTitle(self.tr("A – dieser Wert gilt"))
            self.side_b.setTitle(self.tr("B – dieser Wert wurde überschrieben"))
        else:
            self.headline.setText(conflict.kind_label)
            self.side_a.setTitle(self.tr("Betroffener Datensatz"))
            self.side_b.setTitle(self.tr("Abgelehnte Änderung"))
        self.side_a.show_side(conflict.a)
        self.side_b.show_side(conflict.b)
        self.detail_label.setText(conflict.detail or "")
        self.detail_label.setVisible(bool(conflict.detail))
