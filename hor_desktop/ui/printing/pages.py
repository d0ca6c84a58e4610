"""PDF pages as QImages, rasterised with pypdfium2 (QtPdf is not in PySide6-Essentials)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtGui import QImage

POINTS_PER_INCH = 72


class UnreadablePdfError(Exception):
    """The bytes are not a PDF that PDFium can open."""


@contextmanager
def _open(pdf: bytes) -> Iterator[Any]:
    # Imported on first preview, not at start-up (PDFium loads a native library).
    import pypdfium2 as pdfium  # noqa: PLC0415

    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise UnreadablePdfError(str(exc)) from exc
    try:
        yield document
    finally:
        document.close()


def page_count(pdf: bytes) -> int:
    """Raises: UnreadablePdfError when the bytes are not a readable PDF."""
    with _open(pdf) as document:
        return len(document)


def render_pages(
    pdf: bytes, *, dpi: float, first: int = 0, last: int | None = None
) -> list[QImage]:
    """Pages ``first``..``last`` (0-based, inclusive) as white-backed RGB images.

    PDFium is not thread-safe: call this on one thread only (the GUI thread).
    """
    images: list[QImage] = []
    with _open(pdf) as document:
        last = len(document) - 1 if last is None else min(last, len(document) - 1)
        for index in range(first, last + 1):
            page = document[index]
            try:
                bitmap = page.render(
                    scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True
                )
                image = QImage(
                    bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                    QImage.Format.Format_RGBX8888,
                )  # fmt: skip
                # copy(): the QImage must own its pixels, the buffer goes with the bitmap
                images.append(image.copy())
                bitmap.close()
            finally:
                page.close()
    return images
