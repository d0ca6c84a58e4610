"""The rows of the "Konflikte" tab: one per open conflict, most urgent first."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from hor_desktop.core.clock import to_local
from hor_desktop.services.conflict_texts import day_text
from hor_desktop.services.conflicts import ConflictDTO, ConflictSideDTO
from hor_desktop.ui.table_model import HeaderedTableModel, Index

_DOUBLE = QColor("#fde7e7")


def side_text(conflict: ConflictDTO, side: ConflictSideDTO | None) -> str:
    if side is None:
        return "—"
    if conflict.kind == "field_edit":
        return f"{conflict.field_label}: {side.value or '—'}"
    return " – ".join(part for part in (side.organisation_name, side.what) if part)


def row_texts(c: ConflictDTO) -> tuple[str, ...]:
    """Double bookings: the resource and both bookings; other kinds: the record, then the
    two values (field edits) or the server's reason (refused, quarantined)."""
    if c.is_double:
        return when_text(c), c.kind_label, c.a.resource, side_text(c, c.a), side_text(c, c.b)
    if c.kind == "field_edit":
        return when_text(c), c.kind_label, c.a.what, side_text(c, c.a), side_text(c, c.b)
    return when_text(c), c.kind_label, c.a.what, c.detail or "", side_text(c, c.b)


def when_text(conflict: ConflictDTO) -> str:
    if conflict.a.when:
        return conflict.a.when
    if conflict.starts_at is not None:
        local = to_local(conflict.starts_at)
        return f"{day_text(local.date())} {local:%H:%M}"
    return "—"


class ConflictsTableModel(HeaderedTableModel):
    class Column(IntEnum):
        WHEN = 0
        KIND = 1
        RESOURCE = 2
        KEEPS = 3
        CONFLICTS = 4

    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Wann"), self.tr("Art"), self.tr("Raum / Platz / Gerät / Datensatz"),
            self.tr("A – behält den Platz / gilt"), self.tr("B – im Konflikt / überschrieben"),
        )  # fmt: skip
        self._rows: list[tuple[tuple[str, ...], ConflictDTO]] = []

    def set_conflicts(self, conflicts: list[ConflictDTO]) -> None:
        self.beginResetModel()
        self._rows = [(row_texts(c), c) for c in conflicts]
        self.endResetModel()

    def conflict(self, row: int) -> ConflictDTO:
        return self._rows[row][1]

    def row_of(self, conflict_id: object) -> int | None:
        return next((i for i, (_t, c) in enumerate(self._rows) if c.id == conflict_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        texts, conflict = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and conflict.is_double:
            return _DOUBLE
        if role == self.RowRole:
            return conflict
        return None
