"""Table model over preformatted audit rows; read-only, rows appended page by page."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hor_desktop.services.audit_log import AuditEventDTO

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    WHEN = 0
    WHO = 1
    LOCATION = 2
    ENTITY = 3
    ACTION = 4
    CHANGES = 5


SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2


def _headers() -> dict[Column, str]:
    return {
        Column.WHEN: QCoreApplication.translate("AuditTableModel", "Zeitpunkt"),
        Column.WHO: QCoreApplication.translate("AuditTableModel", "Mitarbeiter:in"),
        Column.LOCATION: QCoreApplication.translate("AuditTableModel", "Standort"),
        Column.ENTITY: QCoreApplication.translate("AuditTableModel", "Bereich"),
        Column.ACTION: QCoreApplication.translate("AuditTableModel", "Aktion"),
        Column.CHANGES: QCoreApplication.translate("AuditTableModel", "Änderungen"),
    }


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditEventDTO] = []
        self._headers = _headers()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == RowRole:
            return row
        if role == SortRole and column is Column.WHEN:
            return row.occurred_at.isoformat()
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            return {
                Column.WHEN: row.occurred_text,
                Column.WHO: row.staff_name,
                Column.LOCATION: row.location_code,
                Column.ENTITY: row.entity_label,
                Column.ACTION: row.action,
                Column.CHANGES: row.changes_text,
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.CHANGES:
            return row.changes_text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return self._headers[Column(section)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Append-only trail: selectable for reading and copying, never editable.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def reset_rows(self, rows: list[AuditEventDTO]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: list[AuditEventDTO]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()
