"""Sends PDF pages to a QPrinter as images, each scaled into the printable page rect."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from hor_desktop.ui.printing.pages import render_pages

# Enough for sharp text and Code128 bars; more only makes the spool file huge.
MAX_PRINT_DPI = 300


class PrintError(Exception):
    """The printer did not start the job (QPainter.begin failed) or stopped it."""


def print_pdf(pdf: bytes, printer: QPrinter, *, first: int, last: int) -> int:
    """Pages ``first``..``last`` (0-based, inclusive) to ``printer``; returns the page count.

    Raises: PrintError when the printer cannot be opened.
    """
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("QPainter.begin failed")
    printed = 0
    try:
        page_rect = printer.pageRect(QPrinter.Unit.DevicePixel)
        # One page at a time: a long label run would not fit in memory as 300 dpi images.
        for index in range(first, last + 1):
            images = render_pages(pdf, dpi=dpi, first=index, last=index)
            if not images:
                break
            if printed and not printer.newPage():
                raise PrintError("QPrinter.newPage failed")
            image = images[0]
            size = (
                image.size().toSizeF().scaled(page_rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            )
            left = (page_rect.width() - size.width()) / 2  # centred: printable areas differ
            target = QRectF(left, 0, size.width(), size.height())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed
