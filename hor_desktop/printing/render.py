"""The document renderers, loaded on first use: reportlab costs a noticeable part of a
second at start-up, and most starts print nothing before the first visitor."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hor_desktop.printing.model import (
    BookingConfirmation,
    Label,
    LendingSlip,
    Letterhead,
    PrivacyNotice,
    ReturnRecord,
)


def lending_slip(slip: LendingSlip, letterhead: Letterhead) -> bytes:
    from hor_desktop.printing.slip import render_lending_slip  # noqa: PLC0415

    return render_lending_slip(slip, letterhead)


def return_record(record: ReturnRecord, letterhead: Letterhead) -> bytes:
    from hor_desktop.printing.return_record import render_return_record  # noqa: PLC0415

    return render_return_record(record, letterhead)


def booking_confirmation(booking: BookingConfirmation, letterhead: Letterhead) -> bytes:
    from hor_desktop.printing.booking import render_booking_confirmation  # noqa: PLC0415

    return render_booking_confirmation(booking, letterhead)


def label_sheet(labels: Sequence[Label]) -> bytes:
    from hor_desktop.printing.labels import render_label_sheet  # noqa: PLC0415

    return render_label_sheet(labels)


def privacy_notice(notice: PrivacyNotice, letterhead: Letterhead) -> bytes:
    from hor_desktop.printing.privacy import render_privacy_notice  # noqa: PLC0415

    return render_privacy_notice(notice, letterhead)


def data_export(data: dict[str, Any], letterhead: Letterhead, issued: datetime) -> bytes:
    from hor_desktop.printing.privacy import render_data_export  # noqa: PLC0415

    return render_data_export(data, letterhead, issued)


@dataclass(frozen=True)
class ReportSection:
    """One table of a statistics report: already formatted text, numbers right-aligned."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[int, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class ReportChart:
    """Grouped bars: one label per group, one (name, values) per series."""

    title: str
    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]


@dataclass(frozen=True)
class ReportDocument:
    title: str
    subtitle: str
    sections: tuple[ReportSection, ...]
    charts: tuple[ReportChart, ...] = field(default=())


def report(document: ReportDocument, letterhead: Letterhead) -> bytes:
    from hor_desktop.printing.report import render_report  # noqa: PLC0415

    return render_report(document, letterhead)
