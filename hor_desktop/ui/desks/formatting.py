"""German texts and formats of the Coworking tab: slots, weekdays, dates, desk-days."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from hor_desktop.core.clock import to_local
from hor_desktop.core.enums import DeskSlot

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def slot_text(slot: DeskSlot) -> str:
    # One literal per slot so lupdate sees each word.
    if slot is DeskSlot.MORNING:
        return QCoreApplication.translate("desks", "Vormittag")
    if slot is DeskSlot.AFTERNOON:
        return QCoreApplication.translate("desks", "Nachmittag")
    return QCoreApplication.translate("desks", "ganzer Tag")


def day_text(value: date) -> str:
    """DD.MM.YYYY."""
    return f"{value:%d.%m.%Y}"


def long_day_text(value: date) -> str:
    """ "Mittwoch, 25.11.2026" with the weekday from the German locale."""
    weekday = GERMAN.dayName(value.isoweekday(), QLocale.FormatType.LongFormat)
    return f"{weekday}, {day_text(value)}"


def short_day_text(value: date) -> str:
    """ "Mi 25.11." for the week overview's columns."""
    weekday = GERMAN.dayName(value.isoweekday(), QLocale.FormatType.ShortFormat).rstrip(".")
    return f"{weekday} {value:%d.%m.}"


def weekday_short(iso_weekday: int) -> str:
    return GERMAN.dayName(iso_weekday, QLocale.FormatType.ShortFormat).rstrip(".")


def clock_text(moment: datetime) -> str:
    """HH:MM in Cologne."""
    return f"{to_local(moment):%H:%M}"


def desk_days_text(value: float) -> str:
    """ "3", "3,5"."""
    return GERMAN.toString(value, "g", 3)


def month_text(first: date) -> str:
    """ "Dezember 2026" with the month name from the German locale."""
    name = GERMAN.standaloneMonthName(first.month, QLocale.FormatType.LongFormat)
    return f"{name} {first.year}"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
