"""German (and English) formats for dates and money on documents, without Qt."""

from __future__ import annotations

from datetime import date, datetime

from hor_desktop.core.clock import to_local


def format_date(value: date, language: str) -> str:
    return value.strftime("%d.%m.%Y") if language == "de" else value.strftime("%d/%m/%Y")


def format_datetime(value: datetime, language: str) -> str:
    local = to_local(value)
    return f"{format_date(local.date(), language)} {local:%H:%M}"


def format_money(cents: int, language: str) -> str:
    euros, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    if language == "de":
        grouped = f"{euros:,}".replace(",", ".")
        return f"{sign}{grouped},{rest:02d} €"
    return f"{sign}€{euros:,}.{rest:02d}"
