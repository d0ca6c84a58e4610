"""German texts of the conflicts inbox: kinds, tables, fields, statuses, days and periods."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any

from hor_desktop.core.clock import to_local

KIND_LABELS = {
    "room_double": "Raum doppelt gebucht",
    "desk_double": "Arbeitsplatz doppelt gebucht",
    "item_double": "Gerät doppelt verliehen",
    "field_edit": "Gleichzeitige Änderung",
    "refused": "Änderung abgelehnt",
    "quarantined": "Änderung nicht verarbeitbar",
}
TABLE_LABELS = {
    "room_booking": "Raumbuchung", "desk_booking": "Arbeitsplatzbuchung", "loan": "Leihvorgang",
    "loan_line": "Leihposition", "organisation": "Organisation", "contact": "Kontakt",
    "equipment_item": "Gerät", "room": "Raum", "desk": "Arbeitsplatz",
}  # fmt: skip
FIELD_LABELS = {
    "name": "Name", "status": "Status", "blocked_reason": "Sperrgrund",
    "block_reason": "Sperrgrund", "due_date": "Rückgabedatum", "starts_at": "Beginn",
    "ends_at": "Ende", "room_id": "Raum", "day": "Tag", "slot": "Tageshälfte",
    "desk_id": "Arbeitsplatz",
}  # fmt: skip
STATUS_LABELS = {
    "tentative": "vorläufig", "confirmed": "bestätigt", "conflict": "im Konflikt",
    "cancelled": "storniert", "reserved": "reserviert", "out": "verliehen",
    "returned": "zurückgegeben",
}  # fmt: skip
_WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def day_text(day: date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {day:%d.%m.%Y}"


def period_text(starts_at: datetime, ends_at: datetime) -> str:
    start, end = to_local(starts_at), to_local(ends_at)
    if start.date() == end.date() or end.time() == time(0):
        return f"{day_text(start.date())}, {start:%H:%M}–{end:%H:%M} Uhr"
    return f"{day_text(start.date())} {start:%H:%M} – {day_text(end.date())} {end:%H:%M} Uhr"


def value_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict) and len(value) == 1:
        (value,) = value.values()  # the server wraps a column value as {"value": …}
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
