"""The return record (Rücknahmeprotokoll): what came back, in what state, what is still out."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from hor_desktop.printing.formats import format_date, format_datetime
from hor_desktop.printing.model import Letterhead, ReturnLine, ReturnRecord
from hor_desktop.printing.page import build_pdf
from hor_desktop.printing.slip import marks, party_rows, title_block
from hor_desktop.printing.styles import grid, key_values, para, signature_block
from hor_desktop.printing.texts import DocumentTexts


def _checklist(line: ReturnLine) -> str:
    return ", ".join(f"{name} {'✓' if ok else '✗'}" for name, ok in line.checklist.items())


def _condition(line: ReturnLine) -> str:
    return " – ".join(part for part in (line.condition, line.damage_note) if part)


def render_return_record(record: ReturnRecord, letterhead: Letterhead) -> bytes:
    texts = DocumentTexts(record.language)
    lang = texts.language
    period = texts.format(
        "period_value", start=format_date(record.start, lang), due=format_date(record.due, lang)
    )
    story: list[Flowable] = [
        title_block(texts["return_title"], texts["receipt_no"], record.receipt_no),
        *marks(texts, provisional=False, reprint=record.reprint),
        Spacer(1, 4 * mm),
        key_values([*party_rows(texts, record.borrower), (texts["period"], period)], texts),
        Spacer(1, 5 * mm),
    ]
    header = [
        texts["col_inventory_no"],
        texts["col_item"],
        texts["col_status"],
        texts["col_checklist"],
        texts["col_condition_in"],
    ]
    rows = [
        (
            line.inventory_no,
            line.name,
            texts.format("returned_on", date=format_datetime(line.returned_at, lang))
            if line.returned_at
            else texts["still_out"],
            _checklist(line),
            _condition(line),
        )
        for line in record.lines
    ]
    story.append(grid(header, rows, [22 * mm, 45 * mm, 32 * mm, 40 * mm, None]))
    still_out = [line for line in record.lines if line.returned_at is None]
    story.append(Spacer(1, 4 * mm))
    if still_out:
        story.append(para(texts["still_open"], "h2"))
        story.append(grid([texts["col_inventory_no"], texts["col_item"]],
                          [(line.inventory_no, line.name) for line in still_out],
                          [30 * mm, None]))  # fmt: skip
    else:
        story.append(para(texts["all_returned"]))
    if record.issued_at is not None and record.staff_name:
        when = format_datetime(record.issued_at, lang)
        story.append(Spacer(1, 2 * mm))
        story.append(para(texts.format("received_by", staff=record.staff_name, when=when), "small"))
    story.append(signature_block(texts, record.place))
    footer = texts.format("footer", house=letterhead.house_name, receipt=record.receipt_no)
    return build_pdf(
        story, letterhead=letterhead, texts=texts,
        title=f"{texts['return_title']} {record.receipt_no}", footer=footer,
    )  # fmt: skip
