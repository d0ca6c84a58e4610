"""Settings page „Öffnungszeiten“: weekly hours per location and its closing days."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import local_today
from hor_desktop.core.errors import HorError
from hor_desktop.services import closing_days
from hor_desktop.services.closing_days import ClosingDayDTO
from hor_desktop.services.locations import LocationDTO
from hor_desktop.ui.context import DeskContext

_INTERVAL = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")


def hours_text(intervals: Sequence[Sequence[str]]) -> str:
    """``[["09:00", "18:00"]]`` → ``09:00–18:00``; several joined with commas."""
    return ", ".join(f"{start}–{end}" for start, end in intervals)


def parse_hours(text: str) -> list[list[str]]:
    """``09:00–12:00, 13:00–18:00`` → intervals; empty text: closed that day.

    Raises: ValueError with a German message for anything else.
    """
    intervals: list[list[str]] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        found = _INTERVAL.match(part)
        if found is None:
            raise ValueError(f"„{part}“ ist keine Zeitspanne wie 09:00–18:00.")
        h1, m1, h2, m2 = (int(g) for g in found.groups())
        if not (h1 < 24 and h2 <= 24 and m1 < 60 and m2 < 60) or (h1, m1) >= (h2, m2):
            raise ValueError(f"„{part}“: der Beginn muss vor dem Ende liegen (00:00–24:00).")
        intervals.append([f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}"])
    return intervals


def index_of(combo: QComboBox, value: object) -> int:
    """The entry whose data equals ``value`` (0 if none): findData compares Python
    objects such as UUIDs by identity in PySide6, not by value."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return 0


class HoursPage(QWidget):
    """Edits are kept per location until „Speichern“; closing days are saved at once."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.locations: list[LocationDTO] = []
        self._texts: dict[uuid.UUID, list[str]] = {}
        self._current: uuid.UUID | None = None
        self.location_combo = QComboBox(self)
        self.location_combo.setObjectName("hoursLocationCombo")
        self.location_combo.setAccessibleName(self.tr("Standort"))
        self.day_edits: list[QLineEdit] = []
        hours_box = QGroupBox(self.tr("Öffnungszeiten (leer: geschlossen)"), self)
        hours_form = QFormLayout(hours_box)
        for number, name in enumerate(self._weekday_names(), start=1):
            edit = QLineEdit(self)
            edit.setObjectName(f"hoursDay{number}")
            edit.setAccessibleName(self.tr("Öffnungszeiten {day}").format(day=name))
            edit.setPlaceholderText(self.tr("geschlossen"))
            edit.textEdited.connect(self._edited)
            hours_form.addRow(f"{name}:", edit)
            self.day_edits.append(edit)
        hours_form.addRow(QLabel(self.tr("z. B. 09:00–18:00 oder 09:00–12:00, 13:00–17:00"), self))

        closing_box = QGroupBox(self.tr("Schließtage der nächsten zwölf Monate"), self)
        self.closing_list = QListWidget(self)
        self.closing_list.setObjectName("closingDayList")
        self.closing_list.setAccessibleName(self.tr("Schließtage"))
        self.day_edit = QDateEdit(self)
        self.day_edit.setObjectName("closingDayEdit")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd.MM.yyyy")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("closingReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Grund, z. B. Betriebsausflug"))
        self.all_check = QCheckBox(self.tr("alle &Standorte"), self)
        self.add_button = QPushButton(self.tr("Schließtag &eintragen"), self)
        self.add_button.setObjectName("addClosingDayButton")
        self.remove_button = QPushButton(self.tr("&Entfernen"), self)
        self.remove_button.setObjectName("removeClosingDayButton")
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_edit)
        day_row.addWidget(self.all_check)
        day_row.addStretch(1)
        button_row = QHBoxLayout()
        button_row.addWidget(self.add_button)
        button_row.addStretch(1)
        button_row.addWidget(self.remove_button)
        closing_layout = QVBoxLayout(closing_box)
        closing_layout.addWidget(self.closing_list, 1)
        closing_form = QFormLayout()
        day_label = QLabel(self.tr("T&ag:"), self)
        day_label.setBuddy(self.day_edit)
        closing_form.addRow(day_label, day_row)
        closing_form.addRow(self.tr("&Grund:"), self.reason_edit)
        closing_layout.addLayout(closing_form)
        closing_layout.addLayout(button_row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        top = QFormLayout()
        top.addRow(self.tr("S&tandort:"), self.location_combo)
        body = QHBoxLayout()
        body.addWidget(hours_box, 1)
        body.addWidget(closing_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        self.location_combo.currentIndexChanged.connect(self._location_changed)
        self.add_button.clicked.connect(lambda _c=False: self.add_closing_day())
        self.remove_button.clicked.connect(lambda _c=False: self.remove_closing_day())

    def _weekday_names(self) -> list[str]:
        return [self.tr("Montag"), self.tr("Dienstag"), self.tr("Mittwoch"),
                self.tr("Donnerstag"), self.tr("Freitag"), self.tr("Samstag"),
                self.tr("Sonntag")]  # fmt: skip

    def set_locations(self, locations: Sequence[LocationDTO]) -> None:
        self.locations = list(locations)
        self._texts = {
            loc.id: [hours_text(loc.opening_hours.get(str(n), [])) for n in range(1, 8)]
            for loc in self.locations
        }
        self._current = None
        self.location_combo.blockSignals(True)
        self.location_combo.clear()
        for loc in self.locations:
            self.location_combo.addItem(f"{loc.code} – {loc.name}", loc.id)
        self.location_combo.setCurrentIndex(index_of(self.location_combo, self.context.location.id))
        self.location_combo.blockSignals(False)
        self._location_changed()

    def _edited(self) -> None:
        if self._current is not None:
            self._texts[self._current] = [edit.text() for edit in self.day_edits]

    def _location_changed(self) -> None:
        self._current = self.location_combo.currentData()
        texts = self._texts.get(self._current, [""] * 7) if self._current else [""] * 7
        for edit, text in zip(self.day_edits, texts, strict=True):
            edit.setText(text)
        self.reload_closing_days()

    def changes(self) -> list[tuple[LocationDTO, dict[str, Any]]]:
        """Locations whose hours differ from the stored ones, with the new hours.

        Raises: ValueError (German) naming the location and day of a malformed entry.
        """
        changed: list[tuple[LocationDTO, dict[str, Any]]] = []
        names = self._weekday_names()
        for loc in self.locations:
            hours: dict[str, Any] = {}
            for number, text in enumerate(self._texts[loc.id], start=1):
                try:
                    intervals = parse_hours(text)
                except ValueError as exc:
                    raise ValueError(f"{loc.code}, {names[number - 1]}: {exc}") from exc
                if intervals:
                    hours[str(number)] = intervals
            stored = {k: [list(i) for i in v] for k, v in loc.opening_hours.items() if v}
            if hours != stored:
                changed.append((loc, hours))
        return changed

    # --- closing days: saved at once, like the calendar's „Sperren und Schließtage“ ---------

    def reload_closing_days(self) -> None:
        location_id = self.location_combo.currentData()
        if location_id is None:
            return
        uow = self.context.uow()
        today = local_today(uow.clock)
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        self.context.runner.submit(
            lambda: closing_days.list_closing_days(
                uow, start=today, end=today + timedelta(days=366), location_id=location_id
            ),
            self._closing_days_loaded,
        )

    def _closing_days_loaded(self, days: list[ClosingDayDTO]) -> None:
        self.closing_list.clear()
        for day in days:
            scope = self.tr("alle Standorte") if day.location_id is None else ""
            since = self.tr("ab {time} Uhr").format(time=f"{day.closed_from:%H:%M}") if (
                day.closed_from) else ""  # fmt: skip
            extra = ", ".join(filter(None, (since, scope)))
            text = f"{day.day:%d.%m.%Y} – {day.reason}" + (f" ({extra})" if extra else "")
            item = QListWidgetItem(text, self.closing_list)
            item.setData(Qt.ItemDataRole.UserRole, day.id)

    def add_closing_day(self) -> None:
        picked = self.day_edit.date()
        day = date(picked.year(), picked.month(), picked.day())
        location_id = None if self.all_check.isChecked() else self.location_combo.currentData()
        uow, reason = self.context.uow(), self.reason_edit.text()
        self.context.runner.submit(
            lambda: closing_days.add_closing_day(
                uow, day=day, reason=reason, location_id=location_id
            ),
            lambda _added: self._closing_days_changed(self.tr("Schließtag eingetragen.")),
            self._refused,
        )

    def remove_closing_day(self) -> None:
        item = self.closing_list.currentItem()
        if item is None:
            return
        closing_day_id = item.data(Qt.ItemDataRole.UserRole)
        uow = self.context.uow()
        self.context.runner.submit(
            lambda: closing_days.remove_closing_day(uow, closing_day_id=closing_day_id),
            lambda _none: self._closing_days_changed(self.tr("Schließtag entfernt.")),
            self._refused,
        )

    def _closing_days_changed(self, text: str) -> None:
        self.message.setText(text)
        self.reason_edit.clear()
        self.reload_closing_days()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, HorError):
            raise error
        self.message.setText(error.message)
