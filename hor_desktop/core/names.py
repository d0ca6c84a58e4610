"""Normalised organisation names and phone numbers, and how alike two names are."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

# Legal forms say nothing about *which* organisation is meant:
# "Müller e.V." and "Mueller eV" are the same club. Matched on the normalised text.
_LEGAL_FORMS = re.compile(r"\b(e ?v|ev|ggmbh|gmbh|gbr|gug|ug|eg)\b")
# German transliteration first, so "Müller" and "Mueller" meet; other accents are dropped.
_TRANSLITERATION = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae"}
)
_NOT_WORD = re.compile(r"[^\w]+")
SIMILARITY_THRESHOLD = 0.86


def normalise_organisation_name(name: str) -> str:
    """A key under which spelling variants of one organisation name coincide.

    Casefolded, German umlauts transliterated (ü → ue), other accents removed,
    punctuation and legal forms ("e.V.", "gGmbH") dropped, spaces collapsed.
    """
    text = name.casefold().translate(_TRANSLITERATION)
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = _NOT_WORD.sub(" ", plain.replace("e.v.", " ev ").replace("e. v.", " ev "))
    stripped = _LEGAL_FORMS.sub(" ", words)
    key = " ".join(stripped.split())
    return key or " ".join(words.split())


def name_similarity(a: str, b: str) -> float:
    """0..1: how alike two *normalised* names are; word order does not matter."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    direct = SequenceMatcher(None, a, b, autojunk=False)
    if direct.real_quick_ratio() < SIMILARITY_THRESHOLD - 0.2:
        return 0.0
    sorted_a, sorted_b = " ".join(sorted(a.split())), " ".join(sorted(b.split()))
    return max(direct.ratio(), SequenceMatcher(None, sorted_a, sorted_b).ratio())


def phone_digits(phone: str | None) -> str | None:
    """The digits of a phone number in national form: "+49 221 12 34" → "02211234".

    Only digits are kept; a leading +49 or 0049 becomes 0, so the same number typed
    two ways compares equal. None for an empty number.
    """
    if not phone:
        return None
    digits = "".join(ch for ch in phone if ch.isdigit())
    if phone.strip().startswith("+"):
        digits = "00" + digits
    if digits.startswith("0049"):
        digits = "0" + digits[4:]
    return digits or None
