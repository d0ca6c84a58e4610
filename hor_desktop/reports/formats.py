"""German number and date formats for report tables, CSV and PDF: 1.234,5 · 12,3 % · 31.12.2026."""

from __future__ import annotations

from datetime import date

MONTHS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")


def number(value: float, decimals: int = 0) -> str:
    """1234.5 → "1.234,5"; whole numbers without decimals when ``decimals`` is 0."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def hours(value: float) -> str:
    return number(value, 1)


def percent(share: float) -> str:
    """0.123 → "12,3 %"."""
    return f"{number(share * 100, 1)} %"


def day(value: date) -> str:
    return f"{value:%d.%m.%Y}"


def month(value: date) -> str:
    """Short month label for charts and tables: "Mär 2026"."""
    return f"{MONTHS[value.month - 1]} {value.year}"
