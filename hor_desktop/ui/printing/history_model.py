"""The table of issued documents: preformatted rows, so data() is a lookup."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from hor_desktop.core.clock import to_local
from hor_desktop.services.documents import IssuedDocumentDTO
from hor_desktop.ui.table_model import HeaderedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    KIND = 0
    REFERENCE = 1
    ISSUED_AT = 2
    REPRINT = 3


SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2


def kind_text(kind: str) -> str:
    """The German name staff know a document kind by."""
    if kind == "lending_slip":
        return QCoreApplication.translate("DocumentsTableModel", "Leihschein")
    if kind == "return_record":
        return QCoreApplication.translate("DocumentsTableModel", "Rücknahmeprotokoll")
    if kind == "booking":
        return QCoreApplication.translate("DocumentsTableModel", "Buchungsbestätigung")
    return kind


@dataclass(frozen=True)
class DocumentRow:
    document: IssuedDocumentDTO
    texts: tuple[str, str, str, str]
    sort_keys: tuple[str, str, str, int]


def make_row(document: IssuedDocumentDTO) -> DocumentRow:
    issued = to_local(document.issued_at)
    return DocumentRow(
        document,
        (
            kind_text(document.kind),
            document.reference,
            f"{issued:%d.%m.%Y %H:%M}",
            QCoreApplication.translate("DocumentsTableModel", "Nachdruck")
            if document.is_reprint
            else "",
        ),
        (kind_text(document.kind), document.reference, issued.isoformat(), document.is_reprint),
    )


class DocumentsTableModel(HeaderedTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentRow] = []
        self._headers = (
            self.tr("Art"),
            self.tr("Nummer"),
            self.tr("Ausgestellt am"),
            self.tr("Nachdruck"),
        )

    def set_documents(self, documents: list[IssuedDocumentDTO]) -> None:
        self.beginResetModel()
        self._rows = [make_row(document) for document in documents]
        self.endResetModel()

    def document(self, row: int) -> IssuedDocumentDTO:
        return self._rows[row].document

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[index.column()]
        if role == SortRole:
            return row.sort_keys[index.column()]
        if role == RowRole:
            return row.document
        return None
