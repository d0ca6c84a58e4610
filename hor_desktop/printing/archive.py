"""The folder where every issued PDF is kept, and the "NACHDRUCK" stamp for reprints."""

from __future__ import annotations

import hashlib
import io
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hor_desktop.core.clock import to_local

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class StoredFile:
    file_name: str  # relative to the archive root, with forward slashes
    sha256: str


class DocumentArchive:
    """PDFs under ``root/YYYY/MM/``; written atomically so a crash leaves no half file."""

    def __init__(self, root: Path):
        self.root = root

    def write(
        self, *, kind: str, reference: str, pdf: bytes, issued_at: datetime, unique: str
    ) -> StoredFile:
        """``unique`` (the document row's id) keeps two issues in the same instant apart."""
        local = to_local(issued_at)
        safe = _UNSAFE.sub("_", reference)
        name = f"{safe}_{kind}_{local:%Y%m%dT%H%M%S}_{unique}.pdf"
        relative = Path(f"{local:%Y}", f"{local:%m}", name)
        if (self.root / relative).exists():
            raise FileExistsError(f"archive file exists already: {relative}")
        target = self.root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".part")
        with temporary.open("wb") as handle:
            handle.write(pdf)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(target)
        return StoredFile(relative.as_posix(), hashlib.sha256(pdf).hexdigest())

    def read(self, file_name: str) -> bytes:
        """Raises: FileNotFoundError when the PDF is not in this PC's archive."""
        return (self.root / file_name).read_bytes()


def stamp_reprint(pdf: bytes, label: str) -> bytes:
    """The original document, unchanged, with ``label`` stamped on every page."""
    # Imported here: the archive is created at start-up, and these load slowly.
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415
    from reportlab.lib.pagesizes import A4  # noqa: PLC0415
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

    from hor_desktop.printing.fonts import BOLD, register_fonts  # noqa: PLC0415

    register_fonts()
    overlay_buffer = io.BytesIO()
    canvas = Canvas(overlay_buffer, pagesize=A4)
    canvas.setFont(BOLD, 11)
    canvas.setFillColorRGB(0.64, 0, 0)
    canvas.drawCentredString(A4[0] / 2, A4[1] - 12, label)
    canvas.showPage()
    canvas.save()
    stamp = PdfReader(io.BytesIO(overlay_buffer.getvalue())).pages[0]
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        page.merge_page(stamp)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
