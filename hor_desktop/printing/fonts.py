"""Embedded fonts and right-to-left shaping, so every name prints as it is written."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import arabic_reshaper
from bidi import get_display
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hor_desktop.resources import resource

REGULAR = "HorSans"
BOLD = "HorSans-Bold"

# Arabic, Hebrew, Syriac, Thaana, N'Ko and the Arabic presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold) once; TTF fonts are embedded as subsets."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


def visual(text: str) -> str:
    """Text as reportlab must draw it: reportlab neither shapes nor reorders.

    Arabic-script text is shaped into presentation forms (arabic_reshaper) and put in
    visual order (python-bidi); everything else is returned unchanged, NFC-normalised so
    that decomposed diacritics (a + combining breve) print as one glyph.
    """
    text = unicodedata.normalize("NFC", text)
    if not has_rtl(text):
        return text
    return str(get_display(arabic_reshaper.reshape(text)))
