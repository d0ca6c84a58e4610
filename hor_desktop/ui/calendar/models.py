"""Table models of the room calendar: series preview, free slots, bookings to call."""

from __future__ import annotations

from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from hor_desktop.core.clock import BERLIN
from hor_desktop.services.room_blackouts import AffectedBookingDTO
from hor_desktop.services.room_series import OccurrencePreviewDTO
from hor_desktop.services.room_views import FreeSlotDTO
from hor_desktop.ui.lending.models import RowRole, RowsTableModel, SortRole

__all__ = [
    "AffectedBookingsTableModel",
    "FreeSlotsTableModel",
    "RowRole",
    "SeriesPreviewTableModel",
    "SortRole",
]

_GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
_RED = QColor("#b53b3b")
_GREY = QColor("#777777")


def day_text(day: date) -> str:
    """ "Di 05.01.2027": staff look for the weekday first."""
    return _GERMAN.toString(QDate(day.year, day.month, day.day), "ddd dd.MM.yyyy")


def times_text(start: datetime, end: datetime) -> str:
    a, b = start.astimezone(BERLIN), end.astimezone(BERLIN)
    return f"{a:%H:%M}–{b:%H:%M}"


class SeriesPreviewTableModel(RowsTableModel[OccurrencePreviewDTO]):
    """Every date of a planned series: free, taken (Konflikt) or a closing day."""

    class Column(IntEnum):
        DATE = 0
        TIME = 1
        STATUS = 2
        REASON = 3

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("calendar", "Datum"),
            QCoreApplication.translate("calendar", "Zeit"),
            QCoreApplication.translate("calendar", "Status"),
            QCoreApplication.translate("calendar", "Grund"),
        )

    def texts(self, row: OccurrencePreviewDTO) -> tuple[str, ...]:
        if row.conflicts:
            status, reason = (
                QCoreApplication.translate("calendar", "Konflikt"),
                "; ".join(row.conflicts),
            )
        elif row.closure is not None and not row.forced:
            status, reason = QCoreApplication.translate("calendar", "Schließtag"), row.closure
        elif row.closure is not None:
            status, reason = (
                QCoreApplication.translate("calendar", "frei"),
                QCoreApplication.translate("calendar", "trotz Schließtag: %1").replace(
                    "%1", row.closure
                ),
            )
        else:
            status, reason = QCoreApplication.translate("calendar", "frei"), ""
        return (day_text(row.day), times_text(row.starts_at, row.ends_at), status, reason)

    def sort_keys(self, row: OccurrencePreviewDTO) -> tuple[Any, ...]:
        texts = self.texts(row)
        return (row.day, row.starts_at, texts[2], texts[3])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if not 0 <= index.row() < self.rowCount():
                return None
            row = self.row_at(index.row())
            if row.conflicts:
                return _RED
            return None if row.bookable else _GREY
        return super().data(index, role)


class FreeSlotsTableModel(RowsTableModel[FreeSlotDTO]):
    """Rooms free for the whole asked window, by date and then the smallest room."""

    class Column(IntEnum):
        DATE = 0
        TIME = 1
        ROOM = 2
        CAPACITY = 3

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("calendar", "Datum"),
            QCoreApplication.translate("calendar", "Zeit"),
            QCoreApplication.translate("calendar", "Raum"),
            QCoreApplication.translate("calendar", "Plätze"),
        )

    def texts(self, row: FreeSlotDTO) -> tuple[str, ...]:
        return (
            day_text(row.day), times_text(row.starts_at, row.ends_at), row.room_name,
            str(row.capacity),
        )  # fmt: skip

    def sort_keys(self, row: FreeSlotDTO) -> tuple[Any, ...]:
        return (row.starts_at, row.starts_at.time(), row.room_name.casefold(), row.capacity)


class AffectedBookingsTableModel(RowsTableModel[AffectedBookingDTO]):
    """Bookings a new closing day or blackout hits, with whom to call."""

    class Column(IntEnum):
        DATE = 0
        TIME = 1
        ROOM = 2
        TITLE = 3
        ORGANISATION = 4
        CONTACT = 5
        PHONE = 6

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("calendar", "Datum"),
            QCoreApplication.translate("calendar", "Zeit"),
            QCoreApplication.translate("calendar", "Raum"),
            QCoreApplication.translate("calendar", "Titel"),
            QCoreApplication.translate("calendar", "Organisation"),
            QCoreApplication.translate("calendar", "Kontakt"),
            QCoreApplication.translate("calendar", "Telefon"),
        )

    def texts(self, row: AffectedBookingDTO) -> tuple[str, ...]:
        return (
            day_text(row.starts_at.astimezone(BERLIN).date()),
            times_text(row.starts_at, row.ends_at),
            row.room_name,
            row.title,
            row.organisation_name,
            row.contact_name or "–",
            row.phone or QCoreApplication.translate("calendar", "keine Nummer"),
        )

    def sort_keys(self, row: AffectedBookingDTO) -> tuple[Any, ...]:
        texts = self.texts(row)
        return (row.starts_at, row.starts_at, *(t.casefold() for t in texts[2:]))
