"""Small input checks shared by the use cases; each raises ValidationError with a field."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from hor_desktop.core.errors import ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ()/\-]{5,25}$")
_POSTCODE = re.compile(r"^\d{5}$")
_REGISTER_NO = re.compile(r"^(VR|HRB|HRA|GnR|PR)\s?\d{1,7}(\s?[A-Z])?$")
_INVENTORY_NO = re.compile(r"^\d{4,12}$")


def required_text(value: str | None, *, field: str, label: str, max_len: int = 200) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{label} darf nicht leer sein.", field=field)
    if len(text) > max_len:
        raise ValidationError(f"{label} ist zu lang (höchstens {max_len} Zeichen).", field=field)
    return text


def optional_text(value: str | None, *, max_len: int = 2000) -> str | None:
    text = (value or "").strip()
    return text[:max_len] if text else None


def email(value: str | None, *, field: str = "email") -> str | None:
    text = optional_text(value)
    if text and not _EMAIL.match(text):
        raise ValidationError(f"„{text}“ ist keine gültige E-Mail-Adresse.", field=field)
    return text


def phone(value: str | None, *, field: str = "phone") -> str | None:
    text = optional_text(value)
    if text and not _PHONE.match(text):
        raise ValidationError(f"„{text}“ ist keine gültige Telefonnummer.", field=field)
    return text


def postcode(value: str | None, *, field: str = "postcode") -> str | None:
    text = optional_text(value)
    if text and not _POSTCODE.match(text):
        raise ValidationError("Die Postleitzahl hat fünf Ziffern.", field=field)
    return text


def register_no(value: str | None, *, field: str = "register_no") -> str | None:
    text = optional_text(value)
    if text and not _REGISTER_NO.match(text):
        raise ValidationError(f"„{text}“ ist keine Registernummer (Form: VR 12345).", field=field)
    return text


def inventory_no(value: str | None, *, field: str = "inventory_no") -> str:
    text = (value or "").strip()
    if not _INVENTORY_NO.match(text):
        raise ValidationError("Die Inventarnummer besteht aus 4 bis 12 Ziffern.", field=field)
    return text


def period(start: date, end: date, *, field: str = "due") -> None:
    if end < start:
        raise ValidationError("Das Ende liegt vor dem Beginn.", field=field)


def time_range(start: datetime, end: datetime, *, field: str = "end") -> None:
    if start.tzinfo is None or end.tzinfo is None:
        raise ValidationError("Zeitangaben brauchen eine Zeitzone.", field=field)
    if end <= start:
        raise ValidationError("Das Ende muss nach dem Beginn liegen.", field=field)


def search_key(text: str) -> str:
    """A normalised form for search and duplicate detection: casefolded, accents removed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("ß", "ss").split())
