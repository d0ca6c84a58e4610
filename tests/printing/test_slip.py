"""The lending slip carries every field, embeds its fonts and flows over pages."""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from hor_desktop.printing.fonts import visual
from hor_desktop.printing.model import LendingSlip, Letterhead, Party
from hor_desktop.printing.slip import render_lending_slip
from tests.printing.conftest import make_lines
from tests.printing.pdf_text import all_text, embedded_fonts, pages_text


def test_slip_text_has_every_field_and_item(slip: LendingSlip, letterhead: Letterhead) -> None:
    text = all_text(render_lending_slip(slip, letterhead))
    for expected in (
        "Leihschein", "CCH-2026-00042", "Förderverein Ümraniye e.V.", "Jan Kowalski",
        "0221 123456", "12.12.2026 bis 14.12.2026", "50,00 €", "Mitgliederversammlung",
        "100234", "Beamer Epson EB-W06", "Netzkabel, HDMI-Kabel", "100235", "Leinwand 180 cm",
        "Kratzer am Gehäuse", "Leihbedingungen", "Art. 13 DSGVO", "Unterschrift entleihende Person",
        "Unterschrift Haus der Ressourcen", "Ort, Datum: Köln", "Haus der Ressourcen Köln",
        "Ausgegeben von Maria Müller am 25.11.2026 10:30", "Seite 1 von 1",
    ):  # fmt: skip
        assert expected in text, expected


def test_fonts_are_embedded(slip: LendingSlip, letterhead: Letterhead) -> None:
    fonts = embedded_fonts(render_lending_slip(slip, letterhead))
    # Subset prefixes (AAAAAA+) vary; the family must be DejaVu, embedded, both weights.
    assert {name.split("+")[-1] for name in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}


def test_sixty_items_repeat_the_header_and_number_the_pages(
    slip: LendingSlip, letterhead: Letterhead
) -> None:
    long_slip = dataclasses.replace(slip, lines=make_lines(60))
    pages = pages_text(render_lending_slip(long_slip, letterhead))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Seite {number} von {len(pages)}" in page
    item_pages = [page for page in pages if re.search(r"Gerät Nummer \d+", page)]
    assert len(item_pages) >= 2
    for page in item_pages:
        assert "Inv.-Nr." in page and "Zubehör" in page
    every_item = "\n".join(pages)
    for index in range(60):
        assert re.search(rf"Gerät Nummer {index}\b", every_item), index


def test_two_copies_are_labelled_and_numbered_each(
    slip: LendingSlip, letterhead: Letterhead
) -> None:
    pages = pages_text(render_lending_slip(dataclasses.replace(slip, two_copies=True), letterhead))
    assert len(pages) == 2
    assert "Exemplar Verleih" in pages[0] and "Seite 1 von 1" in pages[0]
    assert "Exemplar Entleiher" in pages[1] and "Seite 1 von 1" in pages[1]


def test_names_in_latin_with_diacritics_and_cyrillic_print_exactly(
    slip: LendingSlip, letterhead: Letterhead
) -> None:
    names = ("Stowarzyszenie Łódź", "Ayşe Doğan", "Ştefănescu", "Café Élysée", "Олена Шевченко")
    borrower = Party(names[0], " ".join(names[1:]), "0221 1")
    text = all_text(render_lending_slip(dataclasses.replace(slip, borrower=borrower), letterhead))
    for name in names:
        assert name in text, name


def test_arabic_names_print_shaped_and_right_to_left(
    slip: LendingSlip, letterhead: Letterhead
) -> None:
    name = "جمعية الجالية السورية"
    borrower = Party(name, "Ahmad", "0221 1")
    text = all_text(render_lending_slip(dataclasses.replace(slip, borrower=borrower), letterhead))
    arabic_line = next(line for line in text.splitlines() if any(ch >= "\ufe70" for ch in line))
    shaped = "".join(ch for ch in arabic_line if ch == " " or "\ufb50" <= ch <= "\ufeff").strip()
    # Presentation forms in the PDF prove the shaping; pypdf hands back logical order.
    assert all("\ufb50" <= ch <= "\ufeff" for ch in shaped.replace(" ", ""))
    assert unicodedata.normalize("NFKC", shaped) == name


def test_arabic_is_drawn_in_visual_order() -> None:
    drawn = visual("جمعية")
    # Drawn left to right, the word starts with the final form of its last letter (ة).
    assert drawn[0] == "\ufe94"
    assert unicodedata.normalize("NFKC", drawn)[::-1] == "جمعية"
    assert visual("Müller") == "Müller"


def test_provisional_and_reprint_are_marked(slip: LendingSlip, letterhead: Letterhead) -> None:
    marked = dataclasses.replace(slip, provisional=True, reprint=True)
    text = all_text(render_lending_slip(marked, letterhead))
    assert "VORLÄUFIG" in text and "NACHDRUCK" in text
    assert "VORLÄUFIG" not in all_text(render_lending_slip(slip, letterhead))


def test_english_slip_uses_english_texts(slip: LendingSlip, letterhead: Letterhead) -> None:
    text = all_text(render_lending_slip(dataclasses.replace(slip, language="en"), letterhead))
    assert "Lending slip" in text and "Page 1 of 1" in text and "€50.00" in text


def test_unknown_language_falls_back_to_german(slip: LendingSlip, letterhead: Letterhead) -> None:
    text = all_text(render_lending_slip(dataclasses.replace(slip, language="xx"), letterhead))
    assert "Leihschein" in text
