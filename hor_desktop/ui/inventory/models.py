"""Table models of the Inventar tab: the paged item list and small read-only tables."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hor_desktop.core.enums import ItemStatus
from hor_desktop.services.inventory_views import ItemRowDTO
from hor_desktop.ui.inventory.formatting import day, status_text
from hor_desktop.ui.table_model import HeaderedTableModel

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class Columns(IntEnum):
    INVENTORY_NO = 0
    NAME = 1
    CATEGORY = 2
    HOME = 3
    CURRENT = 4
    STATUS = 5
    DATES = 6


# The service's sort keys; the dates column is computed per page and cannot sort in SQL.
SORT_KEYS: dict[Columns, str] = {
    Columns.INVENTORY_NO: "inventory_no",
    Columns.NAME: "name",
    Columns.CATEGORY: "category",
    Columns.HOME: "home",
    Columns.CURRENT: "current",
    Columns.STATUS: "status",
}


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("ItemsTableModel", "Inventar-Nr."),
        QCoreApplication.translate("ItemsTableModel", "Bezeichnung"),
        QCoreApplication.translate("ItemsTableModel", "Kategorie"),
        QCoreApplication.translate("ItemsTableModel", "Heimat"),
        QCoreApplication.translate("ItemsTableModel", "Jetzt bei"),
        QCoreApplication.translate("ItemsTableModel", "Status"),
        QCoreApplication.translate("ItemsTableModel", "Termin"),
    )


def _dates_text(dto: ItemRowDTO) -> str:
    if dto.lent_until is not None:
        return QCoreApplication.translate("ItemsTableModel", "verliehen bis {date}").format(
            date=day(dto.lent_until)
        )
    if dto.status is not ItemStatus.AVAILABLE and dto.status_until is not None:
        return QCoreApplication.translate("ItemsTableModel", "bis {date}").format(
            date=day(dto.status_until)
        )
    if dto.next_reservation is not None:
        return QCoreApplication.translate("ItemsTableModel", "reserviert ab {date}").format(
            date=day(dto.next_reservation)
        )
    return ""


@dataclass(frozen=True)
class ItemRow:
    """An item list line, formatted once when the page arrives (data() only looks up)."""

    dto: ItemRowDTO
    cells: tuple[str, ...]
    sort_values: tuple[Any, ...]

    @classmethod
    def of(cls, dto: ItemRowDTO) -> ItemRow:
        status = status_text(dto.status)
        if dto.lent_until is not None:
            status = QCoreApplication.translate("ItemsTableModel", "verliehen")
        cells = (
            dto.inventory_no,
            dto.name,
            dto.category_name,
            dto.home_location_code,
            dto.current_location_code,
            status,
            _dates_text(dto),
        )
        dates = dto.lent_until or dto.status_until or dto.next_reservation
        sort_values = (
            dto.inventory_no,
            dto.name.casefold(),
            dto.category_name,
            dto.home_location_code,
            dto.current_location_code,
            dto.status.value,
            dates.isoformat() if dates else "",
        )
        return cls(dto, cells, sort_values)


class ItemsTableModel(HeaderedTableModel):
    """The item list: pages come from the service; sorting and paging are asked for by signal.

    The model never touches the database: ``fetchMore`` and ``sort`` only emit a request,
    and the list controller answers with ``append_rows`` / ``reset_rows``.
    """

    fetch_more_requested = Signal()
    sort_requested = Signal(str, bool)  # service sort key, descending

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ItemRow] = []
        self._headers = _headers()
        self._has_more = False
        self._fetching = False

    # --- Qt interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == SortRole:
            return row.sort_values[index.column()]
        if role == RowRole:
            return row.dto
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self.fetch_more_requested.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Columns(column)) if 0 <= column < len(Columns) else None
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    # --- filling from the controller -------------------------------------------------

    def reset_rows(self, rows: Sequence[ItemRowDTO], *, has_more: bool) -> None:
        self.beginResetModel()
        self._rows = [ItemRow.of(dto) for dto in rows]
        self._has_more = has_more
        self._fetching = False
        self.endResetModel()

    def append_rows(self, rows: Sequence[ItemRowDTO], *, has_more: bool) -> None:
        self._fetching = False
        self._has_more = has_more
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(ItemRow.of(dto) for dto in rows)
        self.endInsertRows()

    def fetch_failed(self) -> None:
        """A page did not come: allow the view to ask again."""
        self._fetching = False

    def replace_row(self, dto: ItemRowDTO) -> None:
        row = self.row_of(dto.id)
        if row is None:
            return
        self._rows[row] = ItemRow.of(dto)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Columns) - 1))

    # --- lookups for the tab ---------------------------------------------------------

    @property
    def has_more(self) -> bool:
        return self._has_more

    def row_dto(self, row: int) -> ItemRowDTO:
        return self._rows[row].dto

    def row_of(self, item_id: uuid.UUID) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.dto.id == item_id), None)

    def row_of_inventory_no(self, inventory_no: str) -> int | None:
        return next(
            (i for i, row in enumerate(self._rows) if row.dto.inventory_no == inventory_no), None
        )


class TextTableModel(HeaderedTableModel):
    """A small read-only table of preformatted text (detail lists, kit list, kit items)."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[tuple[str, ...]] = []
        self._payloads: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            return self._rows[index.row()][index.column()]
        if role == RowRole:
            return self._payloads[index.row()]
        return None

    def set_rows(self, rows: Sequence[tuple[str, ...]], payloads: Sequence[Any] = ()) -> None:
        self.beginResetModel()
        self._rows = [tuple(row) for row in rows]
        self._payloads = list(payloads) if payloads else [None] * len(self._rows)
        self.endResetModel()

    def payload(self, row: int) -> Any:
        return self._payloads[row]
