"""Table models of the lending desk over preformatted DTO rows (cart, returns, lists)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hor_desktop.services.availability import CartItemDTO, FreeItemDTO, TransferDTO
from hor_desktop.services.lending import LoanDTO
from hor_desktop.services.returns import OpenLineDTO
from hor_desktop.ui.lending.formatting import german_date

RowT = TypeVar("RowT")
SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of DTOs with their display texts computed once, when the rows are set."""

    Column: ClassVar[type[IntEnum]]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._texts: list[tuple[str, ...]] = []
        self._sort_keys: list[tuple[Any, ...]] = []

    # --- subclass hooks
    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def texts(self, row: RowT) -> tuple[str, ...]:
        raise NotImplementedError

    def sort_keys(self, row: RowT) -> tuple[Any, ...]:
        return self.texts(row)

    # --- rows
    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [self.texts(row) for row in self._rows]
        self._sort_keys = [self.sort_keys(row) for row in self._rows]
        self.endResetModel()

    def append(self, row: RowT) -> None:
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.append(row)
        self._texts.append(self.texts(row))
        self._sort_keys.append(self.sort_keys(row))
        self.endInsertRows()

    def remove(self, at: int) -> RowT:
        self.beginRemoveRows(QModelIndex(), at, at)
        row = self._rows.pop(at)
        del self._texts[at], self._sort_keys[at]
        self.endRemoveRows()
        return row

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, at: int) -> RowT:
        return self._rows[at]

    # --- QAbstractTableModel
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == SortRole:
            return self._sort_keys[index.row()][index.column()]
        if role == RowRole:
            return self._rows[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.Column)
        ):
            return self.headers()[section]
        return None


class CartTableModel(RowsTableModel[CartItemDTO]):
    class Column(IntEnum):
        INVENTORY_NO = 0
        NAME = 1
        CATEGORY = 2
        LOCATION = 3

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("lending", "Inventarnr."),
            QCoreApplication.translate("lending", "Gerät"),
            QCoreApplication.translate("lending", "Kategorie"),
            QCoreApplication.translate("lending", "Standort"),
        )

    def texts(self, row: CartItemDTO) -> tuple[str, ...]:
        return (row.inventory_no, row.name, row.category_name, row.location_code)

    def item_ids(self) -> list[Any]:
        return [row.id for row in self._rows]


class ReturnLinesModel(RowsTableModel[OpenLineDTO]):
    """The collected lines of the loan being returned."""

    class Column(IntEnum):
        INVENTORY_NO = 0
        NAME = 1
        CONDITION_OUT = 2
        ACCESSORIES_OUT = 3

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("lending", "Inventarnr."),
            QCoreApplication.translate("lending", "Gerät"),
            QCoreApplication.translate("lending", "Zustand bei Ausgabe"),
            QCoreApplication.translate("lending", "Zubehör"),
        )

    def texts(self, row: OpenLineDTO) -> tuple[str, ...]:
        line = next(line for line in row.loan.lines if line.id == row.line_id)
        return (
            line.inventory_no,
            line.item_name,
            line.condition_out or "–",
            line.accessories_out or "–",
        )

    def line_ids(self) -> list[Any]:
        return [row.line_id for row in self._rows]


class DueLoansTableModel(RowsTableModel[LoanDTO]):
    """Loans due today or overdue; ``today`` decides the days overdue."""

    class Column(IntEnum):
        RECEIPT = 0
        ORGANISATION = 1
        CONTACT = 2
        PHONE = 3
        DUE = 4
        DAYS_OVERDUE = 5
        ITEMS = 6

    def __init__(self, today: date, parent: Any = None, *, replica: bool = False) -> None:
        self.today = today
        self.replica = replica  # unconfirmed loans say "vorläufig" (replica mode only)
        super().__init__(parent)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("lending", "Leihschein"),
            QCoreApplication.translate("lending", "Organisation"),
            QCoreApplication.translate("lending", "Kontakt"),
            QCoreApplication.translate("lending", "Telefon"),
            QCoreApplication.translate("lending", "Fällig am"),
            QCoreApplication.translate("lending", "Tage überfällig"),
            QCoreApplication.translate("lending", "Geräte"),
        )

    def _open_items(self, row: LoanDTO) -> list[str]:
        return [line.item_name for line in row.lines if line.returned_at is None]

    def texts(self, row: LoanDTO) -> tuple[str, ...]:
        overdue = max(0, (self.today - row.due_date).days)
        receipt = row.receipt_no
        if self.replica and row.confirmed_at is None:
            receipt = QCoreApplication.translate("lending", "{receipt} (vorläufig)").format(
                receipt=receipt
            )
        return (
            receipt, row.organisation_name, row.contact_name, row.contact_phone or "–",
            german_date(row.due_date), str(overdue) if overdue else "–",
            ", ".join(self._open_items(row)),
        )  # fmt: skip

    def sort_keys(self, row: LoanDTO) -> tuple[Any, ...]:
        texts = self.texts(row)
        overdue = (self.today - row.due_date).days
        return (*texts[:4], row.due_date.isoformat(), overdue, texts[6])


class TransfersTableModel(RowsTableModel[TransferDTO]):
    class Column(IntEnum):
        START = 0
        RECEIPT = 1
        ORGANISATION = 2
        INVENTORY_NO = 3
        NAME = 4
        FROM = 5
        TO = 6

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("lending", "Beginn"),
            QCoreApplication.translate("lending", "Leihschein"),
            QCoreApplication.translate("lending", "Organisation"),
            QCoreApplication.translate("lending", "Inventarnr."),
            QCoreApplication.translate("lending", "Gerät"),
            QCoreApplication.translate("lending", "Jetzt in"),
            QCoreApplication.translate("lending", "Gebraucht in"),
        )

    def texts(self, row: TransferDTO) -> tuple[str, ...]:
        return (
            german_date(row.start_date), row.receipt_no, row.organisation_name,
            row.inventory_no, row.item_name, row.from_location_code, row.to_location_code,
        )  # fmt: skip

    def sort_keys(self, row: TransferDTO) -> tuple[Any, ...]:
        return (row.start_date.isoformat(), *self.texts(row)[1:])


class FreeItemsTableModel(RowsTableModel[FreeItemDTO]):
    class Column(IntEnum):
        INVENTORY_NO = 0
        NAME = 1
        CATEGORY = 2
        LOCATION = 3

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("lending", "Inventarnr."),
            QCoreApplication.translate("lending", "Gerät"),
            QCoreApplication.translate("lending", "Kategorie"),
            QCoreApplication.translate("lending", "Standort"),
        )

    def texts(self, row: FreeItemDTO) -> tuple[str, ...]:
        return (row.inventory_no, row.name, row.category_name, row.location_code)
