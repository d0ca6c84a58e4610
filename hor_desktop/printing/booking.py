"""Booking confirmation for rooms and desks, with every date of a series."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from hor_desktop.core.clock import to_local
from hor_desktop.printing.formats import format_date
from hor_desktop.printing.model import BookingConfirmation, Letterhead
from hor_desktop.printing.page import build_pdf
from hor_desktop.printing.slip import marks, party_rows, title_block
from hor_desktop.printing.styles import grid, key_values, para, signature_block
from hor_desktop.printing.texts import DocumentTexts


def render_booking_confirmation(booking: BookingConfirmation, letterhead: Letterhead) -> bytes:
    texts = DocumentTexts(booking.language)
    lang = texts.language
    rows: list[tuple[str, str | None]] = [
        *party_rows(texts, booking.borrower),
        (texts["resource"], booking.resource),
        (texts["title"], booking.title),
    ]
    if booking.attendees is not None:
        rows.append((texts["attendees"], str(booking.attendees)))
    story: list[Flowable] = [
        title_block(texts["booking_title"], texts["reference"], booking.reference),
        *marks(texts, provisional=booking.provisional, reprint=booking.reprint),
        Spacer(1, 4 * mm),
        key_values(rows, texts),
        para(texts["dates"], "h2"),
    ]
    dates = []
    for occurrence in booking.occurrences:
        start, end = to_local(occurrence.starts_at), to_local(occurrence.ends_at)
        dates.append(
            (format_date(start.date(), lang), f"{start:%H:%M}–{end:%H:%M}", occurrence.note)
        )
    story.append(grid([texts["col_date"], texts["col_time"], texts["col_note"]], dates,
                      [35 * mm, 35 * mm, None]))  # fmt: skip
    if booking.equipment:
        story.append(para(texts["equipment"], "h2"))
        story.append(grid([texts["col_inventory_no"], texts["col_item"]],
                          [(line.inventory_no, line.name) for line in booking.equipment],
                          [30 * mm, None]))  # fmt: skip
    story.append(signature_block(texts, booking.place))
    footer = texts.format("footer", house=letterhead.house_name, receipt=booking.reference)
    return build_pdf(
        story, letterhead=letterhead, texts=texts,
        title=f"{texts['booking_title']} {booking.reference}", footer=footer,
    )  # fmt: skip
