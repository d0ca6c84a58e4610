"""Data-protection documents: the Art. 13 information notice and the Art. 15 data export."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from reportlab.platypus import Flowable, Spacer

from hor_desktop.core.clock import BERLIN
from hor_desktop.printing.formats import format_date
from hor_desktop.printing.model import Letterhead, PrivacyNotice
from hor_desktop.printing.page import build_pdf
from hor_desktop.printing.styles import grid, key_values, para, signature_block
from hor_desktop.printing.texts import DocumentTexts


def render_privacy_notice(notice: PrivacyNotice, letterhead: Letterhead) -> bytes:
    texts = DocumentTexts(notice.language)
    story: list[Flowable] = [
        para(texts["privacy_title"], "title"),
        Spacer(1, 6),
        para(format_date(notice.day, texts.language), "small"),
        Spacer(1, 6),
        key_values(
            [
                (texts["borrower"], notice.organisation),
                (texts["contact"], notice.contact),
                (texts["email"], notice.email),
                (texts["phone"], notice.phone),
            ],
            texts,
        ),
        Spacer(1, 10),
        para(texts["privacy_notice"]),
        Spacer(1, 24),
        signature_block(texts, letterhead.location_name),
    ]
    return build_pdf(
        story, letterhead=letterhead, texts=texts, title=texts["privacy_title"],
        footer=f"{letterhead.house_name} – {texts['privacy_title']}",
    )  # fmt: skip


def _text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, bool):
        return "ja" if value else "nein"
    return "" if value is None else str(value)


def render_data_export(data: dict[str, Any], letterhead: Letterhead, issued: datetime) -> bytes:
    """Everything stored about one person, readable (the JSON of the same export is exact)."""
    texts = DocumentTexts("de")
    person = data["kontaktperson"]
    story: list[Flowable] = [
        para("Datenauskunft nach Art. 15 DSGVO", "title"),
        Spacer(1, 6),
        para(f"Stand: {_text(issued)}", "small"),
        para("Gespeicherte Angaben zur Person", "h2"),
        key_values(
            [
                ("Name", person["name"]),
                ("Organisation", data["organisation"]["name"]),
                ("Funktion", person["role"]),
                ("E-Mail", person["email"]),
                ("Telefon", person["phone"]),
                ("Verantwortlich", _text(person["is_responsible"])),
                ("Zeichnungsberechtigt", _text(person["may_sign"])),
                ("Rechtsgrundlage", person["legal_basis"]),
                ("Einwilligung am", person["consent_at"]),
                ("Einwilligungstext", person["consent_version"]),
                ("Einwilligung über", person["consent_channel"]),
            ],
            texts,
        ),
    ]
    sections = (
        ("Ausleihen", ("Leihschein", "Von", "Bis", "Status"), "ausleihen"),
        ("Raumbuchungen", ("Titel", "Von", "Bis", "Status"), "raumbuchungen"),
        ("Arbeitsplatzbuchungen", ("Tag", "Zeit", "Name", "Status"), "arbeitsplatzbuchungen"),
        ("Anrufe und Erinnerungen", ("Zeit", "Kanal", "Notiz"), "anrufe"),
    )
    for title, header, key in sections:
        story.append(para(title, "h2"))
        rows = [[str(value) for value in entry.values()] for entry in data[key]]
        if rows:
            widths: list[float | None] = [None] + [95.0] * (len(header) - 1)
            story.append(grid(header, rows, widths))
        else:
            story.append(para("Keine Einträge.", "small"))
    return build_pdf(
        story, letterhead=letterhead, texts=texts, title="Datenauskunft",
        footer=f"{letterhead.house_name} – Datenauskunft",
    )  # fmt: skip
