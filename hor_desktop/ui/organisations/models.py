"""Table models of the Organisationen tab: preformatted DTO rows, no I/O in data()."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import OrganisationStatus
from hor_desktop.services.contacts import ContactDTO
from hor_desktop.services.organisations import HistoryRowDTO, OrganisationRowDTO
from hor_desktop.ui.table_model import HeaderedTableModel

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
_BLOCKED = QBrush(QColor("#a40000"))


def status_text(status: OrganisationStatus) -> str:
    if status is OrganisationStatus.BLOCKED:
        return QCoreApplication.translate("organisations", "gesperrt")
    if status is OrganisationStatus.MERGED:
        return QCoreApplication.translate("organisations", "zusammengeführt")
    return QCoreApplication.translate("organisations", "aktiv")


def german_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")
    return value.strftime("%d.%m.%Y")


@dataclass(frozen=True)
class _Cells:
    display: tuple[str, ...]
    sort: tuple[Any, ...]


class _RowsModel(HeaderedTableModel):
    """A read-only table of DTO rows whose cells are formatted once, when rows arrive."""

    _headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._cells: list[_Cells] = []

    def _format(self, row: Any) -> _Cells:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [self._format(row) for row in self._rows]
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._cells.extend(self._format(row) for row in rows)
        self.endInsertRows()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cells = self._cells[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells.display[index.column()]
        if role == SortRole:
            return cells.sort[index.column()]
        if role == RowRole:
            return self._rows[index.row()]
        return self._extra(index, role)

    def _extra(self, index: AnyIndex, role: int) -> Any:
        return None


class OrganisationsTableModel(_RowsModel):
    """The organisation list. Sorting happens in SQL; ``sort_requested`` asks for it."""

    class Columns(IntEnum):
        NAME = 0
        SHORT_NAME = 1
        LEGAL_FORM = 2
        CITY = 3
        PHONE = 4
        EMAIL = 5
        STATUS = 6

    # The service's sort key of each column.
    SORT_KEYS = ("name", "short_name", "legal_form", "city", "phone", "email", "status")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            QCoreApplication.translate("organisations", "Name"),
            QCoreApplication.translate("organisations", "Kurzname"),
            QCoreApplication.translate("organisations", "Rechtsform"),
            QCoreApplication.translate("organisations", "Ort"),
            QCoreApplication.translate("organisations", "Telefon"),
            QCoreApplication.translate("organisations", "E-Mail"),
            QCoreApplication.translate("organisations", "Status"),
        )
        self.sort_requested: Callable[[str, bool], None] | None = None
        self.fetch_more_requested: Callable[[], None] | None = None
        self.more_available = False

    def _format(self, row: OrganisationRowDTO) -> _Cells:
        city = " ".join(part for part in (row.postcode, row.city) if part)
        display = (
            row.name, row.short_name or "", row.legal_form or "", city, row.phone or "",
            row.email or "", status_text(row.status),
        )  # fmt: skip
        return _Cells(display, (row.cursor[1], *display[1:]))

    def _extra(self, index: AnyIndex, role: int) -> Any:
        row: OrganisationRowDTO = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and row.status is OrganisationStatus.BLOCKED:
            return _BLOCKED
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.column() == self.Columns.STATUS
            and row.block_reason
        ):
            return row.block_reason
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.sort_requested is not None and 0 <= column < len(self.SORT_KEYS):
            self.sort_requested(self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more_available and bool(self.fetch_more_requested)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self.fetch_more_requested is not None:
            self.more_available = False  # until the next page says otherwise
            self.fetch_more_requested()


class ContactsTableModel(_RowsModel):
    class Columns(IntEnum):
        NAME = 0
        ROLE = 1
        RESPONSIBLE = 2
        MAY_SIGN = 3
        PHONE = 4
        EMAIL = 5
        CONSENT = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            QCoreApplication.translate("organisations", "Name"),
            QCoreApplication.translate("organisations", "Funktion"),
            QCoreApplication.translate("organisations", "Verantwortlich"),
            QCoreApplication.translate("organisations", "Zeichnet"),
            QCoreApplication.translate("organisations", "Telefon"),
            QCoreApplication.translate("organisations", "E-Mail"),
            QCoreApplication.translate("organisations", "Einwilligung"),
        )

    def _format(self, row: ContactDTO) -> _Cells:
        yes, no = QCoreApplication.translate("organisations", "ja"), ""
        consent = german_date(row.consent_at.date() if row.consent_at else None)
        display = (
            row.name, row.role or "", yes if row.is_responsible else no,
            yes if row.may_sign else no, row.phone or "", row.email or "", consent,
        )  # fmt: skip
        return _Cells(display, display)


class HistoryTableModel(_RowsModel):
    class Columns(IntEnum):
        KIND = 0
        REFERENCE = 1
        PERIOD = 2
        STATE = 3
        PERSON = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            QCoreApplication.translate("organisations", "Art"),
            QCoreApplication.translate("organisations", "Vorgang"),
            QCoreApplication.translate("organisations", "Zeitraum"),
            QCoreApplication.translate("organisations", "Stand"),
            QCoreApplication.translate("organisations", "Person"),
        )

    @staticmethod
    def kind_text(kind: str) -> str:
        texts = {
            "loan": QCoreApplication.translate("organisations", "Ausleihe"),
            "reservation": QCoreApplication.translate("organisations", "Reservierung"),
            "room": QCoreApplication.translate("organisations", "Raum"),
            "desk_morning": QCoreApplication.translate(
                "organisations", "Arbeitsplatz (vormittags)"
            ),
            "desk_afternoon": QCoreApplication.translate(
                "organisations", "Arbeitsplatz (nachmittags)"
            ),
            "desk_day": QCoreApplication.translate("organisations", "Arbeitsplatz (ganztags)"),
        }
        return texts.get(kind, kind)

    @staticmethod
    def state_text(state: str) -> str:
        texts = {
            "reserved": QCoreApplication.translate("organisations", "reserviert"),
            "out": QCoreApplication.translate("organisations", "ausgeliehen"),
            "returned": QCoreApplication.translate("organisations", "zurück"),
            "cancelled": QCoreApplication.translate("organisations", "storniert"),
            "tentative": QCoreApplication.translate("organisations", "vorläufig"),
            "confirmed": QCoreApplication.translate("organisations", "bestätigt"),
            "conflict": QCoreApplication.translate("organisations", "Konflikt"),
        }
        return texts.get(state, state)

    def _format(self, row: HistoryRowDTO) -> _Cells:
        start, end = german_date(row.starts), german_date(row.ends)
        period = start if start == end else f"{start} – {end}"
        display = (
            self.kind_text(row.kind), row.reference, period, self.state_text(row.state),
            row.contact_name or "",
        )  # fmt: skip
        return _Cells(display, (row.kind, row.reference, str(row.starts), row.state, display[4]))
