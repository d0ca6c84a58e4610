"""A plain grouped bar chart painted with QPainter (no QtCharts dependency)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from hor_desktop.reports import formats

COLOURS = (QColor("#2f6f9f"), QColor("#e39b2d"))


class BarChartWidget(QWidget):
    """Groups of bars with a title, a legend and a value axis in German number format."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.labels: tuple[str, ...] = ()
        self.series: tuple[tuple[str, tuple[float, ...]], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(520, 240)

    def set_data(
        self, title: str, labels: tuple[str, ...], series: tuple[tuple[str, tuple[float, ...]], ...]
    ) -> None:
        self.title, self.labels, self.series = title, labels, series
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        rect = self.rect().adjusted(8, 4, -8, -4)
        text_colour = self.palette().text().color()
        painter.setPen(text_colour)
        bold = painter.font()
        bold.setBold(True)
        painter.save()
        painter.setFont(bold)
        painter.drawText(rect.left(), rect.top() + line, self.title)
        painter.restore()
        x = rect.right()
        for index, (name, _values) in reversed(list(enumerate(self.series))):
            width = metrics.horizontalAdvance(name)
            x -= width
            painter.drawText(x, rect.top() + line, name)
            x -= 14
            painter.fillRect(x, rect.top() + line - 10, 10, 10, COLOURS[index % len(COLOURS)])
            x -= 12
        top = rect.top() + 2 * line
        bottom = rect.bottom() - line - 4
        peak = max((v for _n, values in self.series for v in values), default=0.0) or 1.0
        axis_width = metrics.horizontalAdvance(formats.number(peak)) + 8
        left = rect.left() + axis_width
        height = max(1, bottom - top)
        grid = QColor(text_colour)
        grid.setAlpha(40)
        for step in range(5):
            value = peak * step / 4
            y = bottom - height * step / 4
            painter.setPen(grid)
            painter.drawLine(left, int(y), rect.right(), int(y))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(rect.left(), y - line / 2, axis_width - 6, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                formats.number(value),
            )
        groups = max(1, len(self.labels))
        group_width = (rect.right() - left) / groups
        bars = max(1, len(self.series))
        bar_width = max(2.0, group_width * 0.8 / bars)
        for group, label in enumerate(self.labels):
            gx = left + group * group_width + group_width * 0.1
            for index, (_name, values) in enumerate(self.series):
                value = values[group] if group < len(values) else 0.0
                bar_height = height * value / peak
                painter.fillRect(
                    QRectF(gx + index * bar_width, bottom - bar_height, bar_width - 1, bar_height),
                    COLOURS[index % len(COLOURS)],
                )
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(left + group * group_width, bottom + 2, group_width, line),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                label,
            )
        painter.end()
