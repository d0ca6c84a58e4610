"""An A4 sheet of inventory labels (65 per page, 5 × 13) with the number as Code128."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hor_desktop.printing.fonts import BOLD, REGULAR, register_fonts, visual
from hor_desktop.printing.model import Label

# The common 38.1 × 21.2 mm layout (e.g. Avery L7651 / Zweckform 3666).
COLUMNS, ROWS = 5, 13
LABEL_W, LABEL_H = 38.1 * mm, 21.2 * mm
LEFT, TOP = 4.75 * mm, 10.7 * mm
GAP_X = 2.5 * mm


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Cut ``text`` with an ellipsis so it fits ``width`` points."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def render_label_sheet(labels: Sequence[Label]) -> bytes:
    """As many sheets as the labels need; each label: number as barcode, name, home."""
    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle("Inventaretiketten")
    per_page = COLUMNS * ROWS
    inner = LABEL_W - 4 * mm
    for index, label in enumerate(labels):
        if index and index % per_page == 0:
            canvas.showPage()
        slot = index % per_page
        col, row = slot % COLUMNS, slot // COLUMNS
        x = LEFT + col * (LABEL_W + GAP_X) + 2 * mm
        y = A4[1] - TOP - (row + 1) * LABEL_H + 2 * mm
        barcode = Code128(label.inventory_no, barHeight=7 * mm, barWidth=0.7, quiet=False)
        barcode.drawOn(canvas, x, y + 8.5 * mm)
        canvas.setFont(BOLD, 7)
        canvas.drawString(x, y + 5.5 * mm, label.inventory_no)
        canvas.setFont(REGULAR, 6)
        canvas.drawString(x, y + 2.8 * mm, _fit(canvas, visual(label.name), REGULAR, 6, inner))
        canvas.drawString(x, y + 0.3 * mm, _fit(canvas, visual(label.location), REGULAR, 6, inner))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
