"""Table models of the Coworking tab: the day board, the week overview and the quotas."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hor_desktop.core.enums import BookingStatus, DeskSlot
from hor_desktop.services.desk_board import DeskBoardDTO
from hor_desktop.services.desk_quotas import DeskQuotaDTO
from hor_desktop.services.desks import NOT_OPEN, DeskBookingDTO, DeskDTO
from hor_desktop.ui.desks.formatting import clock_text, desk_days_text, short_day_text, slot_text
from hor_desktop.ui.table_model import HeaderedTableModel

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
BookingRole = Qt.ItemDataRole.UserRole + 3  # the booking in a cell, or None

Index = QModelIndex | QPersistentModelIndex

FREE = QColor("#d9f2d9")  # green: bookable
BOOKED = QColor("#fbe7b5")  # amber: booked, nobody there yet
PRESENT = QColor("#b9d3f0")  # blue: checked in
HALF = QColor("#dde7f7")  # light blue: half booked (week overview)
CLOSED = QColor("#e6e6e6")  # grey: closed day or desk out of service


class Columns(IntEnum):
    DESK = 0
    FEATURES = 1
    MORNING = 2
    AFTERNOON = 3


SLOT_OF_COLUMN = {Columns.MORNING: DeskSlot.MORNING, Columns.AFTERNOON: DeskSlot.AFTERNOON}


def _isolated(text: str) -> str:
    """The text as a bidi isolate between left-to-right marks: an Arabic name must not
    turn the cell right-to-left nor swap places with its neighbour (Qt 6 honours the
    marks more reliably than the isolates alone)."""
    return f"\u200e\u2068{text}\u2069\u200e"


def _booking_texts(booking: DeskBookingDTO) -> tuple[str, str]:
    """(with names, without names) of a booked cell, marked when the shared server has
    not confirmed the booking (replica mode)."""
    with_names, without = _plain_booking_texts(booking)
    if booking.status is BookingStatus.TENTATIVE:
        mark = QCoreApplication.translate("DeskBoardModel", "vorläufig")
    elif booking.status is BookingStatus.CONFLICT:
        mark = QCoreApplication.translate("DeskBoardModel", "Konflikt")
    else:
        return with_names, without
    return f"{with_names} ({mark})", f"{without} ({mark})"


def _plain_booking_texts(booking: DeskBookingDTO) -> tuple[str, str]:
    """(with names, without names) of a booked cell."""
    person, organisation = _isolated(booking.person_name), _isolated(booking.organisation_name)
    whole = booking.slot is DeskSlot.DAY
    if booking.checked_in_at is not None:
        arrived = clock_text(booking.checked_in_at)
        if whole:
            return (
                QCoreApplication.translate(
                    "DeskBoardModel", "ganzer Tag: {person} · {organisation} – ✓ da seit {time}"
                ).format(person=person, organisation=organisation, time=arrived),
                QCoreApplication.translate(
                    "DeskBoardModel", "ganzer Tag: {organisation} – ✓ da seit {time}"
                ).format(organisation=organisation, time=arrived),
            )
        return (
            QCoreApplication.translate(
                "DeskBoardModel", "{person} · {organisation} – ✓ da seit {time}"
            ).format(person=person, organisation=organisation, time=arrived),
            QCoreApplication.translate(
                "DeskBoardModel", "{organisation} – ✓ da seit {time}"
            ).format(organisation=organisation, time=arrived),
        )
    if whole:
        return (
            QCoreApplication.translate(
                "DeskBoardModel", "ganzer Tag: {person} · {organisation}"
            ).format(person=person, organisation=organisation),
            QCoreApplication.translate("DeskBoardModel", "ganzer Tag: {organisation}").format(
                organisation=organisation
            ),
        )
    return (
        QCoreApplication.translate("DeskBoardModel", "{person} · {organisation}").format(
            person=person, organisation=organisation
        ),
        organisation,
    )


def _released_tips(free: str, released: Sequence[DeskBookingDTO]) -> tuple[str, str]:
    """(with names, without names) tooltip of a free cell whose booking was cancelled
    with a reason, e.g. a no-show released at the release time."""
    named, anonymous = [free], [free]
    for booking in released:
        organisation = _isolated(booking.organisation_name)
        slot, reason = slot_text(booking.slot), booking.cancel_reason
        person = _isolated(booking.person_name)
        named.append(
            QCoreApplication.translate(
                "DeskBoardModel", "{slot}: {person} · {organisation} – storniert: {reason}"
            ).format(slot=slot, person=person, organisation=organisation, reason=reason)
        )
        anonymous.append(
            QCoreApplication.translate(
                "DeskBoardModel", "{slot}: {organisation} – storniert: {reason}"
            ).format(slot=slot, organisation=organisation, reason=reason)
        )
    return "\n".join(named), "\n".join(anonymous)


def _covers(booking: DeskBookingDTO, half: DeskSlot) -> bool:
    return booking.slot is half or booking.slot is DeskSlot.DAY


@dataclass(frozen=True)
class BoardRow:
    """One desk on one day: its bookings per half, texts formatted once."""

    desk: DeskDTO
    morning: DeskBookingDTO | None
    afternoon: DeskBookingDTO | None
    named: tuple[str, ...]
    anonymous: tuple[str, ...]
    colours: tuple[QColor | None, ...]
    named_tips: tuple[str, ...]
    anonymous_tips: tuple[str, ...]

    @property
    def whole_day(self) -> bool:
        return self.morning is not None and self.morning.slot is DeskSlot.DAY

    def booking(self, column: int) -> DeskBookingDTO | None:
        if column == Columns.MORNING:
            return self.morning
        if column == Columns.AFTERNOON:
            return self.afternoon
        return None

    @classmethod
    def of(
        cls, desk: DeskDTO, bookings: Sequence[DeskBookingDTO], closed_reason: str | None,
        released: Sequence[DeskBookingDTO] = (),
    ) -> BoardRow:  # fmt: skip
        morning: DeskBookingDTO | None = None
        afternoon: DeskBookingDTO | None = None
        for booking in bookings:
            if booking.slot in (DeskSlot.MORNING, DeskSlot.DAY):
                morning = booking
            if booking.slot in (DeskSlot.AFTERNOON, DeskSlot.DAY):
                afternoon = booking
        features = ", ".join(desk.features)
        named: list[str] = [desk.label, features]
        anonymous: list[str] = [desk.label, features]
        colours: list[QColor | None] = [None, None]
        named_tips: list[str] = [desk.label, features]
        anonymous_tips: list[str] = [desk.label, features]
        for slot, half in ((DeskSlot.MORNING, morning), (DeskSlot.AFTERNOON, afternoon)):
            if half is not None:
                with_names, without = _booking_texts(half)
                named.append(with_names)
                anonymous.append(without)
                colours.append(PRESENT if half.checked_in_at else BOOKED)
                named_tips.append(with_names)
                anonymous_tips.append(without)
            else:
                if closed_reason is not None:
                    text, colour = (
                        QCoreApplication.translate("DeskBoardModel", "geschlossen"),
                        CLOSED,
                    )
                elif not desk.active:
                    text, colour = (
                        QCoreApplication.translate("DeskBoardModel", "außer Betrieb"),
                        CLOSED,
                    )
                else:
                    text, colour = QCoreApplication.translate("DeskBoardModel", "frei"), FREE
                named.append(text)
                anonymous.append(text)
                colours.append(colour)
                tip_named, tip_anonymous = _released_tips(
                    text, [b for b in released if _covers(b, slot)]
                )
                named_tips.append(tip_named)
                anonymous_tips.append(tip_anonymous)
        return cls(
            desk, morning, afternoon, tuple(named), tuple(anonymous), tuple(colours),
            tuple(named_tips), tuple(anonymous_tips),
        )  # fmt: skip


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("DeskBoardModel", "Arbeitsplatz"),
        QCoreApplication.translate("DeskBoardModel", "Ausstattung"),
        QCoreApplication.translate("DeskBoardModel", "Vormittag"),
        QCoreApplication.translate("DeskBoardModel", "Nachmittag"),
    )


class _ReadOnlyTable(HeaderedTableModel):
    """Shared Qt plumbing: rows of preformatted cells, horizontal headers."""

    _headers: tuple[str, ...] = ()
    _rows: Sequence[Any] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self._rows)

    def _valid(self, index: Index) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self._headers)
        )


class DeskBoardModel(_ReadOnlyTable):
    """The day board: desks against the morning and afternoon; whole days span both."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = _headers()
        self._all: list[BoardRow] = []
        self._rows: list[BoardRow] = []
        self._hide_names = False
        self._feature: str | None = None
        self.day: date | None = None
        self.closed_reason: str | None = None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.anonymous if self._hide_names else row.named)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (row.anonymous_tips if self._hide_names else row.named_tips)[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = row.colours[column]
            return None if colour is None else QBrush(colour)
        if role == SortRole:
            return row.anonymous[column].casefold()
        if role == RowRole:
            return row
        if role == BookingRole:
            return row.booking(column)
        return None

    def set_board(self, board: DeskBoardDTO, day: date) -> None:
        per_desk: dict[uuid.UUID, list[DeskBookingDTO]] = {}
        for booking in board.bookings:
            if booking.day == day:
                per_desk.setdefault(booking.desk_id, []).append(booking)
        released: dict[uuid.UUID, list[DeskBookingDTO]] = {}
        for booking in board.released:
            if booking.day == day:
                released.setdefault(booking.desk_id, []).append(booking)
        self.day = day
        self.closed_reason = board.closed.get(day)
        self.beginResetModel()
        self._all = [
            BoardRow.of(
                desk, per_desk.get(desk.id, ()), self.closed_reason, released.get(desk.id, ())
            )
            for desk in board.desks
        ]
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[BoardRow]:
        if self._feature is None:
            return list(self._all)
        return [row for row in self._all if self._feature in row.desk.features]

    def set_feature(self, feature: str | None) -> None:
        self.beginResetModel()
        self._feature = feature
        self._rows = self._filtered()
        self.endResetModel()

    def set_hide_names(self, hide: bool) -> None:
        if hide == self._hide_names:
            return
        self._hide_names = hide
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    @property
    def hide_names(self) -> bool:
        return self._hide_names

    def features(self) -> list[str]:
        return sorted({feature for row in self._all for feature in row.desk.features})

    def row(self, row: int) -> BoardRow:
        return self._rows[row]

    def row_of(self, desk_id: uuid.UUID) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.desk.id == desk_id), None)


@dataclass(frozen=True)
class WeekRow:
    desk: DeskDTO
    cells: tuple[str, ...]
    colours: tuple[QColor | None, ...]
    sort_values: tuple[Any, ...]
    tips: tuple[str, ...]


class DeskWeekModel(_ReadOnlyTable):
    """The week overview: per desk and day free, a half or full; the week's desk-days."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = (QCoreApplication.translate("DeskBoardModel", "Arbeitsplatz"),)
        self._rows: list[WeekRow] = []
        self.days: list[date] = []
        self.total_text = ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tips[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = row.colours[index.column()]
            return None if colour is None else QBrush(colour)
        if role == SortRole:
            return row.sort_values[index.column()]
        if role == RowRole:
            return row.desk
        return None

    def set_board(self, board: DeskBoardDTO, feature: str | None = None) -> None:
        count = (board.end - board.start).days + 1
        halves: dict[tuple[uuid.UUID, date], int] = {}
        for booking in board.bookings:
            key = (booking.desk_id, booking.day)
            halves[key] = halves.get(key, 0) + (2 if booking.slot is DeskSlot.DAY else 1)
        booked_days = {day for _desk, day in halves}
        released: dict[tuple[uuid.UUID, date], list[DeskBookingDTO]] = {}
        for booking in board.released:
            released.setdefault((booking.desk_id, booking.day), []).append(booking)
        # Weekdays the location never opens (the weekend) only cost space; holidays stay.
        self.days = [
            day
            for day in (board.start + timedelta(days=n) for n in range(count))
            if board.closed.get(day) != NOT_OPEN or day in booked_days
        ]
        rows: list[WeekRow] = []
        booked_total = available_total = 0
        for desk in board.desks:
            if feature is not None and feature not in desk.features:
                continue
            cells: list[str] = [desk.label]
            colours: list[QColor | None] = [None]
            sorts: list[Any] = [desk.label.casefold()]
            tips: list[str] = [desk.label]
            desk_halves = 0
            for day in self.days:
                used = halves.get((desk.id, day), 0)
                desk_halves += used
                if day in board.closed:
                    text, colour = (
                        QCoreApplication.translate("DeskBoardModel", "geschlossen"),
                        CLOSED,
                    )
                elif used >= 2:
                    text, colour = QCoreApplication.translate("DeskBoardModel", "voll"), PRESENT
                elif used == 1:
                    text, colour = QCoreApplication.translate("DeskBoardModel", "halb"), HALF
                else:
                    text, colour = QCoreApplication.translate("DeskBoardModel", "frei"), FREE
                if day not in board.closed and desk.active:
                    available_total += 2
                cells.append(text)
                colours.append(colour)
                sorts.append(used)
                # Week cells never name people: the overview may face the visitors.
                tips.append(_released_tips(text, released.get((desk.id, day), ()))[1])
            booked_total += desk_halves
            cells.append(desk_days_text(desk_halves / 2))
            colours.append(None)
            sorts.append(desk_halves)
            tips.append(cells[-1])
            rows.append(WeekRow(desk, tuple(cells), tuple(colours), tuple(sorts), tuple(tips)))
        percent = round(100 * booked_total / available_total) if available_total else 0
        self.total_text = QCoreApplication.translate(
            "DeskBoardModel", "Belegung: {booked} von {available} Platztagen ({percent} %)"
        ).format(
            booked=desk_days_text(booked_total / 2),
            available=desk_days_text(available_total / 2),
            percent=percent,
        )
        self.beginResetModel()
        self._headers = (
            QCoreApplication.translate("DeskBoardModel", "Arbeitsplatz"),
            *(short_day_text(day) for day in self.days),
            QCoreApplication.translate("DeskBoardModel", "Platztage"),
        )
        self._rows = rows
        self.endResetModel()


class QuotaTableModel(_ReadOnlyTable):
    """The location's desk quotas: the default first, then per organisation."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = (
            QCoreApplication.translate("DeskBoardModel", "Organisation"),
            QCoreApplication.translate("DeskBoardModel", "Platztage im Monat"),
        )
        self._rows: list[DeskQuotaDTO] = []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        quota = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if index.column() == 0:
                return quota.organisation_name or QCoreApplication.translate(
                    "DeskBoardModel", "Standard für alle Organisationen"
                )
            return (
                str(quota.days_per_month)
                if role == Qt.ItemDataRole.DisplayRole
                else (quota.days_per_month)
            )
        if role == RowRole:
            return quota
        return None

    def set_quotas(self, quotas: Sequence[DeskQuotaDTO]) -> None:
        self.beginResetModel()
        self._rows = list(quotas)
        self.endResetModel()

    def quota(self, row: int) -> DeskQuotaDTO:
        return self._rows[row]
