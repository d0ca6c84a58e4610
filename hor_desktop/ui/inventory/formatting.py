"""German display formats and input parsing for the Inventar tab (dates, money, statuses)."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from hor_desktop.core.enums import ItemStatus, LoanState
from hor_desktop.printing.formats import format_date, format_datetime, format_money

_MONEY = re.compile(r"^\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?\s*(?:€)?\s*$")


def day(value: date | None) -> str:
    """DD.MM.YYYY, or empty for no date."""
    return format_date(value, "de") if value is not None else ""


def moment(value: datetime | None) -> str:
    """DD.MM.YYYY HH:MM in Berlin time, or empty."""
    return format_datetime(value, "de") if value is not None else ""


def money(cents: int | None) -> str:
    """ "50,00 €", or empty for no value."""
    return format_money(cents, "de") if cents is not None else ""


def parse_money(text: str) -> int | None:
    """Cents from "50", "50,5", "1.234,50 €"; None for an empty field.

    Raises: ValueError for anything else (the dialog shows it next to the field).
    """
    if not text.strip():
        return None
    match = _MONEY.match(text)
    if match is None:
        raise ValueError(text)
    euros = int(match.group(1).replace(".", ""))
    fraction = (match.group(2) or "0").ljust(2, "0")
    return euros * 100 + int(fraction)


def status_text(status: ItemStatus) -> str:
    # One literal per status so lupdate sees each word.
    if status is ItemStatus.AVAILABLE:
        return QCoreApplication.translate("inventory", "verfügbar")
    if status is ItemStatus.MAINTENANCE:
        return QCoreApplication.translate("inventory", "in Wartung")
    if status is ItemStatus.RETIRED:
        return QCoreApplication.translate("inventory", "ausgemustert")
    return QCoreApplication.translate("inventory", "verloren")


def loan_state_text(state: LoanState) -> str:
    if state is LoanState.RESERVED:
        return QCoreApplication.translate("inventory", "reserviert")
    if state is LoanState.OUT:
        return QCoreApplication.translate("inventory", "verliehen")
    if state is LoanState.RETURNED:
        return QCoreApplication.translate("inventory", "zurückgegeben")
    return QCoreApplication.translate("inventory", "storniert")
