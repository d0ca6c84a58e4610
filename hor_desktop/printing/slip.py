"""The lending slip (Leihschein) both sides sign at the desk."""

from __future__ import annotations

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from hor_desktop.printing.formats import format_date, format_datetime, format_money
from hor_desktop.printing.model import LendingSlip, Letterhead, Party
from hor_desktop.printing.page import CopyMarker, build_pdf
from hor_desktop.printing.styles import FRAME_WIDTH, grid, key_values, para, signature_block
from hor_desktop.printing.texts import DocumentTexts


def title_block(title: str, label: str, number: str) -> Table:
    """Title on the left; number and its Code128 flush with the right margin."""
    barcode = Code128(number, barHeight=11 * mm, barWidth=0.95, humanReadable=False)
    barcode.hAlign = "RIGHT"
    right = [para(f"{label}: {number}", "number"), Spacer(1, 1 * mm), barcode]
    table = Table([[para(title, "title"), right]], colWidths=[95 * mm, FRAME_WIDTH - 95 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def marks(texts: DocumentTexts, *, provisional: bool, reprint: bool) -> list[Flowable]:
    out: list[Flowable] = []
    if provisional:
        out.append(para(texts["provisional"], "warn"))
    if reprint:
        out.append(para(texts["reprint"], "warn"))
    return out


def party_rows(texts: DocumentTexts, party: Party) -> list[tuple[str, str | None]]:
    rows: list[tuple[str, str | None]] = [(texts["borrower"], party.organisation)]
    if party.address_lines:
        rows.append(("", ", ".join(party.address_lines)))
    rows.append((texts["contact"], party.contact))
    rows.append((texts["phone"], party.phone))
    if party.email:
        rows.append((texts["email"], party.email))
    return rows


def _slip_story(slip: LendingSlip, texts: DocumentTexts) -> list[Flowable]:
    lang = texts.language
    story: list[Flowable] = [
        title_block(texts["slip_title"], texts["receipt_no"], slip.receipt_no),
        *marks(texts, provisional=slip.provisional, reprint=slip.reprint),
        Spacer(1, 4 * mm),
    ]
    rows = party_rows(texts, slip.borrower)
    period = texts.format(
        "period_value", start=format_date(slip.start, lang), due=format_date(slip.due, lang)
    )
    rows += [
        (texts["period"], period),
        (texts["deposit"], format_money(slip.deposit_cents, lang)),
        (texts["purpose"], slip.purpose),
    ]
    story += [key_values(rows, texts), Spacer(1, 5 * mm)]
    header = [
        texts["col_no"],
        texts["col_inventory_no"],
        texts["col_item"],
        texts["col_accessories"],
        texts["col_condition"],
    ]
    lines = [
        (str(index), line.inventory_no, line.name, line.accessories, line.condition)
        for index, line in enumerate(slip.lines, start=1)
    ]
    story.append(grid(header, lines, [10 * mm, 22 * mm, 55 * mm, 45 * mm, None]))
    if slip.issued_at is not None and slip.staff_name:
        when = format_datetime(slip.issued_at, lang)
        issued = texts.format("issued_by", staff=slip.staff_name, when=when)
        story += [Spacer(1, 2 * mm), para(issued, "small")]
    story.append(
        KeepTogether(
            [
                para(texts["conditions_title"], "h2"),
                para(slip.conditions or texts["conditions"], "small"),
                para(texts["privacy_title"], "h2"),
                para(slip.privacy_notice or texts["privacy_notice"], "small"),
            ]
        )
    )
    story.append(signature_block(texts, slip.place))
    return story


def render_lending_slip(slip: LendingSlip, letterhead: Letterhead) -> bytes:
    """The slip as PDF bytes; with ``two_copies`` one copy for each side, each numbered."""
    texts = DocumentTexts(slip.language)
    if slip.two_copies:
        story: list[Flowable] = [CopyMarker(texts["copy_lender"]), *_slip_story(slip, texts)]
        story += [PageBreak(), CopyMarker(texts["copy_borrower"]), *_slip_story(slip, texts)]
    else:
        story = _slip_story(slip, texts)
    footer = texts.format("footer", house=letterhead.house_name, receipt=slip.receipt_no)
    return build_pdf(
        story,
        letterhead=letterhead,
        texts=texts,
        title=f"{texts['slip_title']} {slip.receipt_no}",
        footer=footer,
    )
