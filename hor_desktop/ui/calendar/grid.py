"""The painted room calendar: days left to right, each split into its rooms, time downwards."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import BookingStatus
from hor_desktop.services.room_views import CalendarBookingDTO, WeekViewDTO

FIRST_HOUR, LAST_HOUR = 7, 23
SLOT_MINUTES = 30
HEADER_HEIGHT = 44
TIME_WIDTH = 44

STATUS_COLOURS = {
    BookingStatus.CONFIRMED: QColor("#cfe3f7"),
    BookingStatus.TENTATIVE: QColor("#fdf1c7"),
    BookingStatus.CONFLICT: QColor("#f6c6c6"),
}
STATUS_BORDERS = {
    BookingStatus.CONFIRMED: QColor("#3b78b5"),
    BookingStatus.TENTATIVE: QColor("#b8921a"),
    BookingStatus.CONFLICT: QColor("#b53b3b"),
}
CLOSED = QColor("#d9d9d9")
OUTSIDE_HOURS = QColor("#efefef")
CURSOR = QColor("#1a73e8")


@dataclass(frozen=True)
class Cursor:
    column: int  # day * rooms + room
    slot: int  # half hours from FIRST_HOUR


class CalendarGrid(QWidget):
    """Paints a WeekViewDTO; arrow keys move a cursor over slots.

    ``booking_activated`` fires with a booking id on Enter/double click over a booking,
    ``slot_activated`` with room id and local start over a free slot.
    """

    booking_activated = Signal(object)  # uuid.UUID
    slot_activated = Signal(object, object)  # uuid.UUID room, datetime start (Berlin)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.setAccessibleName(self.tr("Raumbelegung"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.view: WeekViewDTO | None = None
        self.slot_cursor = Cursor(0, 2 * (18 - FIRST_HOUR))
        self._locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)

    # --- model
    def set_view(self, view: WeekViewDTO) -> None:
        self.view = view
        self.slot_cursor = Cursor(
            min(self.slot_cursor.column, max(0, self._columns() - 1)), self.slot_cursor.slot
        )
        self.update()

    def _columns(self) -> int:
        if self.view is None:
            return 0
        return len(self.view.days) * max(1, len(self.view.rooms))

    def _slots(self) -> int:
        return (LAST_HOUR - FIRST_HOUR) * 60 // SLOT_MINUTES

    def sizeHint(self) -> QSize:
        return QSize(1100, HEADER_HEIGHT + self._slots() * 18)

    # --- geometry
    def time_width(self) -> float:
        """The hour column: at least TIME_WIDTH, wider when a large font needs it."""
        return max(float(TIME_WIDTH), self.fontMetrics().horizontalAdvance("00:00") + 12.0)

    def _column_width(self) -> float:
        return (self.width() - self.time_width()) / max(1, self._columns())

    def _slot_height(self) -> float:
        return (self.height() - HEADER_HEIGHT) / self._slots()

    def _y(self, moment: datetime) -> float:
        minutes = (moment.hour - FIRST_HOUR) * 60 + moment.minute
        minutes = max(0, min(minutes, (LAST_HOUR - FIRST_HOUR) * 60))
        return HEADER_HEIGHT + minutes / SLOT_MINUTES * self._slot_height()

    def _column_rect(self, column: int) -> QRectF:
        width = self._column_width()
        return QRectF(self.time_width() + column * width, HEADER_HEIGHT, width, self.height())

    def hour_label_rect(self, slot: int) -> QRectF:
        """Where the hour beside ``slot``'s line goes: centred on the line, but never under
        the header (the first hour) or below the bottom edge (the last)."""
        y = HEADER_HEIGHT + slot * self._slot_height()
        height = float(self.fontMetrics().height())  # a large font must not clip the hours
        top = max(float(HEADER_HEIGHT), min(y - height / 2, self.height() - height))
        return QRectF(0, top, self.time_width() - 6, height)

    def cell(self, cursor: Cursor) -> tuple[uuid.UUID, datetime] | None:
        """Room and local start of the slot under the cursor."""
        if self.view is None or not self.view.rooms:
            return None
        rooms = len(self.view.rooms)
        day = self.view.days[cursor.column // rooms].day
        room = self.view.rooms[cursor.column % rooms]
        start = datetime.combine(day, time(FIRST_HOUR), BERLIN) + timedelta(
            minutes=SLOT_MINUTES * cursor.slot
        )
        return room.id, start

    def booking_at(self, cursor: Cursor) -> CalendarBookingDTO | None:
        found = self.cell(cursor)
        if found is None or self.view is None:
            return None
        room_id, start = found
        end = start + timedelta(minutes=SLOT_MINUTES)
        for booking in self.view.bookings:
            if booking.room_id == room_id and booking.starts_at < end and booking.ends_at > start:
                return booking
        return None

    # --- painting
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect(), self.palette().base())
        if self.view is None:
            return
        if not self.view.rooms:
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Dieser Standort hat keine Räume."),
            )
            return
        self._paint_background(painter)
        self._paint_bookings(painter)
        self._paint_header(painter)
        self._paint_cursor(painter)

    def _paint_background(self, painter: QPainter) -> None:
        assert self.view is not None
        rooms = len(self.view.rooms)
        slot_h = self._slot_height()
        for index, day in enumerate(self.view.days):
            for r, room in enumerate(self.view.rooms):
                rect = self._column_rect(index * rooms + r)
                opens = datetime.combine(day.day, room.bookable_from, BERLIN)
                closes = (
                    datetime.combine(day.day, time(23, 59), BERLIN)
                    if room.bookable_until == time(0)
                    else datetime.combine(day.day, room.bookable_until, BERLIN)
                )
                painter.fillRect(
                    QRectF(rect.x(), HEADER_HEIGHT, rect.width(), self._y(opens) - HEADER_HEIGHT),
                    OUTSIDE_HOURS,
                )
                painter.fillRect(
                    QRectF(rect.x(), self._y(closes), rect.width(), self.height()), OUTSIDE_HOURS
                )
                if day.closed_reason is not None:
                    top = (
                        self._y(datetime.combine(day.day, day.closed_from, BERLIN))
                        if day.closed_from
                        else HEADER_HEIGHT
                    )
                    painter.fillRect(
                        QRectF(rect.x(), top, rect.width(), self.height() - top), CLOSED
                    )
            for blackout in self.view.blackouts:
                if blackout.starts_at.date() <= day.day <= blackout.ends_at.date():
                    room_index = next(
                        (
                            i
                            for i, room in enumerate(self.view.rooms)
                            if room.id == blackout.room_id
                        ),
                        None,
                    )
                    if room_index is not None:
                        rect = self._column_rect(index * rooms + room_index)
                        top = max(HEADER_HEIGHT, self._y(blackout.starts_at)) if (
                            blackout.starts_at.date() == day.day
                        ) else HEADER_HEIGHT  # fmt: skip
                        bottom = self._y(blackout.ends_at) if (
                            blackout.ends_at.date() == day.day
                        ) else self.height()  # fmt: skip
                        painter.fillRect(
                            QRectF(rect.x(), top, rect.width(), bottom - top),
                            QColor(120, 120, 120, 90),
                        )
        grid = QPen(QColor("#e2e2e2"))
        painter.setPen(grid)
        for slot in range(self._slots() + 1):
            y = HEADER_HEIGHT + slot * slot_h
            if slot % 2 == 0:
                hour = FIRST_HOUR + slot // 2
                painter.setPen(QPen(QColor("#5f5f5f")))  # readable: 6:1 against white
                painter.drawText(
                    self.hour_label_rect(slot),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{hour:02d}:00",
                )
                painter.setPen(QPen(QColor("#d0d0d0")))
            else:
                painter.setPen(grid)
            painter.drawLine(QPointF(self.time_width(), y), QPointF(self.width(), y))
        for column in range(self._columns() + 1):
            x = self.time_width() + column * self._column_width()
            strong = column % rooms == 0
            painter.setPen(QPen(QColor("#808080" if strong else "#e2e2e2"), 2 if strong else 1))
            painter.drawLine(QPointF(x, 0 if strong else HEADER_HEIGHT), QPointF(x, self.height()))

    def _paint_header(self, painter: QPainter) -> None:
        assert self.view is not None
        rooms = len(self.view.rooms)
        painter.fillRect(QRectF(0, 0, self.width(), HEADER_HEIGHT), self.palette().alternateBase())
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() - 1.5))
        width = self._column_width()
        for index, day in enumerate(self.view.days):
            x = self.time_width() + index * rooms * width
            painter.setFont(bold)
            painter.setPen(
                QColor("#b53b3b") if day.closed_reason else self.palette().text().color()
            )
            label = self._locale.toString(
                QDate(day.day.year, day.day.month, day.day.day), "ddd dd.MM."
            )
            if day.closed_reason:
                label = f"{label} – {day.closed_reason}"
            painter.drawText(
                QRectF(x + 4, 2, rooms * width - 8, 20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(
                    label, Qt.TextElideMode.ElideRight, int(rooms * width - 8)
                ),
            )
            painter.setFont(small)
            painter.setPen(self.palette().text().color())
            for r, room in enumerate(self.view.rooms):
                rect = QRectF(x + r * width + 2, 22, width - 4, 20)
                metrics = painter.fontMetrics()
                name = room.name
                if metrics.horizontalAdvance(name) > width - 4:
                    name = short_room_name(name)
                name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(width - 4))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        painter.setFont(self.font())

    def _paint_bookings(self, painter: QPainter) -> None:
        assert self.view is not None
        rooms = {room.id: i for i, room in enumerate(self.view.rooms)}
        days = {day.day: i for i, day in enumerate(self.view.days)}
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() - 1.5))
        painter.setFont(small)
        for booking in self.view.bookings:
            day_index = days.get(booking.starts_at.date())
            if day_index is None or booking.room_id not in rooms:
                continue
            column = self._column_rect(day_index * len(rooms) + rooms[booking.room_id])
            top, bottom = self._y(booking.starts_at), self._y(booking.ends_at)
            rect = QRectF(column.x() + 1, top + 1, column.width() - 2, max(4.0, bottom - top - 2))
            painter.setPen(QPen(STATUS_BORDERS.get(booking.status, QColor("#777")), 1))
            painter.setBrush(STATUS_COLOURS.get(booking.status, QColor("#eeeeee")))
            painter.drawRect(rect)
            painter.setPen(QColor("#1d1d1d"))
            # One elided line each: broken words in narrow week columns read worse.
            inner = rect.adjusted(3, 1, -2, -1)
            metrics = painter.fontMetrics()
            line = metrics.height()
            for n, text in enumerate((booking.organisation_name, booking.title)):
                if (n + 1) * line > inner.height() + 2:
                    break
                painter.drawText(
                    QRectF(inner.x(), inner.y() + n * line, inner.width(), line),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width())),
                )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(self.font())

    def _paint_cursor(self, painter: QPainter) -> None:
        if not self.hasFocus():
            return
        rect = self._column_rect(self.slot_cursor.column)
        y = HEADER_HEIGHT + self.slot_cursor.slot * self._slot_height()
        painter.setPen(QPen(CURSOR, 2))
        painter.drawRect(QRectF(rect.x() + 1, y + 1, rect.width() - 2, self._slot_height() - 2))

    # --- input
    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1),
        }  # fmt: skip
        key = Qt.Key(event.key())
        if key in moves and self._columns():
            dx, dy = moves[key]
            self.slot_cursor = Cursor(
                max(0, min(self._columns() - 1, self.slot_cursor.column + dx)),
                max(0, min(self._slots() - 1, self.slot_cursor.slot + dy)),
            )
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate(self.slot_cursor)
            return
        super().keyPressEvent(event)

    def activate(self, cursor: Cursor) -> None:
        booking = self.booking_at(cursor)
        if booking is not None:
            self.booking_activated.emit(booking.id)
            return
        found = self.cell(cursor)
        if found is not None:
            self.slot_activated.emit(*found)

    def _cursor_at(self, pos: QPointF) -> Cursor | None:
        if pos.x() < self.time_width() or pos.y() < HEADER_HEIGHT or not self._columns():
            return None
        column = int((pos.x() - self.time_width()) // self._column_width())
        slot = int((pos.y() - HEADER_HEIGHT) // self._slot_height())
        return Cursor(min(column, self._columns() - 1), min(slot, self._slots() - 1))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self._cursor_at(event.position())
        if found is not None:
            self.slot_cursor = found
            self.setFocus()
            self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self._cursor_at(event.position())
        if found is not None:
            self.slot_cursor = found
            self.activate(found)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        found = self._cursor_at(event.position())
        booking = self.booking_at(found) if found else None
        if booking is None:
            QToolTip.hideText()
            return
        QToolTip.showText(
            event.globalPosition().toPoint(),
            self.tr("%1\n%2\n%3–%4 Uhr")
            .replace("%1", booking.organisation_name)
            .replace("%2", booking.title)
            .replace("%3", f"{booking.starts_at:%H:%M}")
            .replace("%4", f"{booking.ends_at:%H:%M}"),
            self,
        )

    def move_cursor_to_day(self, day: date) -> None:
        if self.view is None or not self.view.rooms:
            return
        for index, d in enumerate(self.view.days):
            if d.day == day:
                self.slot_cursor = Cursor(index * len(self.view.rooms), self.slot_cursor.slot)
        self.update()


def short_room_name(name: str) -> str:
    """ "Seminarraum 1" -> "S1": narrow week columns must still tell two seminar rooms apart."""
    words = name.split()
    letters = "".join(w[0] for w in words if not w.isdigit())
    digits = "".join(w for w in words if w.isdigit())
    return f"{letters}{digits}" or name
