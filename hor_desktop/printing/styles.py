"""Paragraph styles and small flowable builders shared by the documents."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from hor_desktop.printing.fonts import BOLD, REGULAR, register_fonts, visual
from hor_desktop.printing.texts import DocumentTexts

# The frame between the page margins (18 mm each side); page.py gives it no padding.
FRAME_WIDTH = A4[0] - 2 * 18 * mm
CELL_PADDING = 4
# Wide enough for "Entleihende Organisation" / "Borrowing organisation" on one line.
KEY_WIDTH = 50 * mm


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=8.5, leading=10.5),
        "number": ParagraphStyle(
            "number", parent=body, fontName=BOLD, fontSize=9, leading=12, alignment=TA_RIGHT
        ),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=17, leading=21),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=6
        ),
        "warn": ParagraphStyle(
            "warn", parent=body, fontName=BOLD, fontSize=10, textColor=colors.HexColor("#a40000")
        ),
    }


def para(text: str | None, style: str = "body") -> Paragraph:
    """A paragraph of user text: escaped for reportlab's markup and shaped when RTL."""
    return Paragraph(escape(visual(text or "")), styles()[style])


def key_values(rows: Sequence[tuple[str, str | None]], texts: DocumentTexts) -> Table:
    """A two-column block of labels and values, e.g. organisation, contact, period."""
    data = [[para(label, "head"), para(value or texts["none"], "cell")] for label, value in rows]
    table = Table(data, colWidths=[KEY_WIDTH, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _cell(text: str | None, width: float, style: ParagraphStyle) -> Paragraph | str:
    """A plain string when the text fits on one line (much cheaper to lay out), else a
    wrapping paragraph."""
    shaped = visual(text or "")
    if "\n" not in shaped and stringWidth(shaped, style.fontName, style.fontSize) <= width:
        return shaped
    return Paragraph(escape(shaped), style)


def grid(
    header: Sequence[str], rows: Sequence[Sequence[str | None]], widths: Sequence[float | None]
) -> Table:
    """A table that flows over pages and repeats its header row on each.

    One width may be None: that column takes what the frame has left.
    """
    fixed = sum(width for width in widths if width is not None)
    resolved = [FRAME_WIDTH - fixed if width is None else width for width in widths]
    inner = [width - 2 * CELL_PADDING for width in resolved]
    cell_style, head_style = styles()["cell"], styles()["head"]
    data: list[list[Paragraph | str]] = [
        [_cell(text, width, head_style) for text, width in zip(header, inner, strict=True)]
    ]
    data += [
        [_cell(text, width, cell_style) for text, width in zip(row, inner, strict=True)]
        for row in rows
    ]
    table = Table(data, colWidths=resolved, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, 0), head_style.fontName, head_style.fontSize),
                ("FONT", (0, 1), (-1, -1), cell_style.fontName, cell_style.fontSize),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#b0b0b0")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f7f7")]),
            ]
        )
    )
    return table


def signature_block(texts: DocumentTexts, place: str) -> Flowable:
    """Two signature lines (borrower, staff), each with place and date; kept on one page."""
    line = "_" * 38
    where = f"{texts['place_date']}: {place}, "
    cells = [
        [para(where, "small"), para(where, "small")],
        [Spacer(1, 12 * mm), Spacer(1, 12 * mm)],
        [para(line, "small"), para(line, "small")],
        [para(texts["signature_borrower"], "small"), para(texts["signature_staff"], "small")],
    ]  # fmt: skip
    table = Table(cells, colWidths=[85 * mm, 85 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 8 * mm), table])
