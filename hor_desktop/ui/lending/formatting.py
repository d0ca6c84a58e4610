"""German display formats for the lending desk (dates, euros), kept out of the models."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def german_date(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def euros(cents: int) -> str:
    return QLocale(QLocale.Language.German, QLocale.Country.Germany).toCurrencyString(
        cents / 100, "€"
    )


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
