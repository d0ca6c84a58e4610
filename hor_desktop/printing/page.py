"""The page frame every document shares: letterhead, footer, and "Seite X von Y" per copy."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from hor_desktop.printing.fonts import BOLD, REGULAR, register_fonts, visual
from hor_desktop.printing.model import Letterhead
from hor_desktop.printing.texts import DocumentTexts

MARGIN = 18 * mm
HEADER_HEIGHT = 24 * mm


class CopyMarker(Flowable):  # type: ignore[misc]
    """Invisible: tells the canvas which copy ("Exemplar Verleih") the page belongs to."""

    def __init__(self, label: str):
        super().__init__()
        self.label = label
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv.hor_copy = self.label


def _numbered_canvas(texts: DocumentTexts, footer: str) -> type[Canvas]:
    """A canvas that holds its pages until save, so each can say "Seite 2 von 3"."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self.hor_copy = ""
            self._pages: list[tuple[dict[str, Any], str]] = []

        def showPage(self) -> None:  # reportlab's API name
            self._pages.append((dict(self.__dict__), self.hor_copy))
            self._startPage()

        def save(self) -> None:
            totals: dict[str, int] = {}
            for _state, copy in self._pages:
                totals[copy] = totals.get(copy, 0) + 1
            seen: dict[str, int] = {}
            for state, copy in self._pages:
                self.__dict__.update(state)
                seen[copy] = seen.get(copy, 0) + 1
                self._draw_footer(seen[copy], totals[copy], copy)
                super().showPage()
            super().save()

        def _draw_footer(self, page: int, total: int, copy: str) -> None:
            width, _height = A4
            self.setFont(REGULAR, 8)
            self.setFillGray(0.35)
            self.drawString(MARGIN, 10 * mm, visual(footer))
            self.drawRightString(
                width - MARGIN, 10 * mm, texts.format("page_of", page=page, total=total)
            )
            if copy:
                self.setFont(BOLD, 9)
                self.setFillGray(0)
                self.drawRightString(width - MARGIN, A4[1] - MARGIN - HEADER_HEIGHT + 2 * mm, copy)

    return NumberedCanvas


def _draw_letterhead(canvas: Canvas, letterhead: Letterhead) -> None:
    width, height = A4
    top = height - MARGIN
    x = MARGIN
    if letterhead.logo is not None and letterhead.logo.is_file():
        canvas.drawImage(
            str(letterhead.logo), x, top - 16 * mm, width=16 * mm, height=16 * mm,
            preserveAspectRatio=True, mask="auto",
        )  # fmt: skip
        x += 20 * mm
    canvas.setFillGray(0)
    canvas.setFont(BOLD, 13)
    canvas.drawString(x, top - 5 * mm, visual(letterhead.house_name))
    canvas.setFont(REGULAR, 9)
    canvas.drawString(x, top - 10 * mm, visual(letterhead.location_name))
    canvas.setFont(REGULAR, 8)
    y = top - 3 * mm
    for line in (*letterhead.address_lines, letterhead.contact_line):
        if line:
            canvas.drawRightString(width - MARGIN, y, visual(line))
            y -= 3.8 * mm
    canvas.setStrokeGray(0.6)
    canvas.setLineWidth(0.5)
    line_y = height - MARGIN - HEADER_HEIGHT + 6 * mm
    canvas.line(MARGIN, line_y, width - MARGIN, line_y)


def build_pdf(
    story: list[Flowable],
    *,
    letterhead: Letterhead,
    texts: DocumentTexts,
    title: str,
    footer: str,
) -> bytes:
    """Lay out ``story`` on A4 pages with the letterhead; returns the PDF bytes."""
    register_fonts()
    buffer = BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author=letterhead.house_name,
        creator="HoR Desk",
        lang=texts.language,
    )
    on_page: Callable[[Canvas, Any], None] = lambda canvas, _doc: _draw_letterhead(  # noqa: E731
        canvas, letterhead
    )
    # No frame padding (reportlab's default is 6 pt): the body then lines up with the
    # letterhead and footer, which are drawn at the page margin.
    frame = Frame(
        document.leftMargin, document.bottomMargin, document.width, document.height,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )  # fmt: skip
    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    document.build(story, canvasmaker=_numbered_canvas(texts, footer))
    return buffer.getvalue()
