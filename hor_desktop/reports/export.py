"""Report exports: one CSV per table for German Excel, and the PDF with its two charts."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hor_desktop.core.errors import ValidationError
from hor_desktop.printing import render
from hor_desktop.printing.model import Letterhead
from hor_desktop.reports import formats as f
from hor_desktop.reports.dto import ReportDTO
from hor_desktop.reports.tables import NEVER_LENT_IN_PDF, report_tables


def csv_bytes(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> bytes:
    """German Excel opens this as is: ``;`` between fields, UTF-8 with BOM, decimal commas."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(report: ReportDTO, directory: Path) -> list[Path]:
    """One file per table in ``directory`` (created if needed); returns the paths.

    Raises: ValidationError when the directory cannot be written.
    """
    written = []
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for table in report_tables(report):
            path = directory / f"bericht_{table.key}.csv"
            path.write_bytes(csv_bytes(table.header, table.rows))
            written.append(path)
    except OSError as exc:
        raise ValidationError(
            f"{directory} kann nicht geschrieben werden: {exc.strerror or exc}", field="csv"
        ) from exc
    return written


def pdf_bytes(report: ReportDTO, letterhead: Letterhead) -> bytes:
    """The report as an A4 PDF: key figures, monthly and location bars, every table."""
    sections = []
    for table in report_tables(report):
        rows = table.rows
        note = ""
        if table.key == "nie_verliehen" and len(rows) > NEVER_LENT_IN_PDF:
            note = f"… und {f.number(len(rows) - NEVER_LENT_IN_PDF)} weitere (vollständig im CSV)"
            rows = rows[:NEVER_LENT_IN_PDF]
        sections.append(render.ReportSection(table.title, table.header, rows, table.numeric, note))
    months = render.ReportChart(
        "Geräte-Tage und Raumstunden je Monat",
        tuple(f.month(m.month) for m in report.months),
        (
            ("Geräte-Tage", tuple(float(m.equipment_days) for m in report.months)),
            ("Raumstunden", tuple(m.room_hours for m in report.months)),
        ),
    )
    locations = render.ReportChart(
        "Standorte im Vergleich: Organisationen und Ausleihen",
        tuple(loc.location_code for loc in report.locations),
        (
            ("Organisationen", tuple(float(loc.organisations) for loc in report.locations)),
            ("Ausleihen", tuple(float(loc.loans) for loc in report.locations)),
        ),
    )
    document = render.ReportDocument(
        title="Bericht für Fördergeber",
        subtitle=f"{f.day(report.start)} – {f.day(report.end)} · {report.location_label}",
        sections=tuple(sections),
        charts=(months, locations),
    )
    return render.report(document, letterhead)
