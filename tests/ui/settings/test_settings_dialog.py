"""Verwaltung → Einstellungen: saves to the database and the settings file, and reloads."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from hor_desktop.config import Settings, config_path, load_file_settings
from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import local_today
from hor_desktop.services import desk_quotas, equipment
from hor_desktop.services.locations import LocationDTO, get_by_code
from hor_desktop.store.database import Database
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.settings.dialog import SettingsDialog
from hor_desktop.ui.settings.hours import parse_hours


@pytest.fixture
def admin_context(desk_context: DeskContext, admin_actor: Actor) -> DeskContext:
    return dataclasses.replace(desk_context, actor=admin_actor)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(database_url=f"sqlite:///{tmp_path / 'x.sqlite'}", house_name="Altes Haus")


def open_dialog(
    qtbot: QtBot, context: DeskContext, settings: Settings, tmp_path: Path
) -> SettingsDialog:
    dialog = SettingsDialog(context, settings, config_dir=tmp_path / "config")
    qtbot.addWidget(dialog)
    assert dialog.loaded  # the runner in tests runs at once
    return dialog


def test_settings_are_saved_and_shown_again_on_reopening(
    qtbot: QtBot, *, admin_context: DeskContext, admin_actor: Actor, db: Database,
    settings: Settings, tmp_path: Path, locations: list[LocationDTO],
) -> None:  # fmt: skip
    equipment.create_category(db.unit_of_work(admin_actor), name="Beamer", default_loan_days=7)
    dialog = open_dialog(qtbot, admin_context, settings, tmp_path)
    here = admin_context.location
    assert dialog.hours_page.location_combo.currentData() == here.id
    assert dialog.hours_page.day_edits[0].text() == "09:00–18:00"
    dialog.hours_page.day_edits[0].setText("10:00–14:00, 15:00-19:00")
    dialog.hours_page.day_edits[0].textEdited.emit("")  # as typing does
    dialog.hours_page.day_edits[5].setText("10:00–13:00")
    dialog.hours_page.day_edits[5].textEdited.emit("")
    dialog.loans_page.spins[0].setValue(14)
    dialog.quota_page.default_spin.setValue(6)
    dialog.texts_page.conditions_edit.setPlainText("Bitte pfleglich behandeln.")
    dialog.letterhead_page.house_edit.setText("HoR Köln")
    dialog.letterhead_page.language_combo.setCurrentIndex(1)
    assert "Neustart" in dialog.letterhead_page.language_note.text()
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()

    stored = load_file_settings(config_dir=tmp_path / "config")
    assert (stored.house_name, stored.language) == ("HoR Köln", "en")
    assert stored.lending_conditions == "Bitte pfleglich behandeln."
    assert stored.privacy_notice is None
    assert stored.database_url == settings.database_url
    location = get_by_code(db.unit_of_work(admin_actor), here.code)
    assert location.opening_hours["1"] == [["10:00", "14:00"], ["15:00", "19:00"]]
    assert location.opening_hours["6"] == [["10:00", "13:00"]]
    assert "7" not in location.opening_hours
    assert equipment.list_categories(db.unit_of_work(admin_actor))[0].default_loan_days == 14
    quotas = desk_quotas.list_desk_quotas(db.unit_of_work(admin_actor), location_id=here.id)
    assert [(q.organisation_id, q.days_per_month) for q in quotas] == [(None, 6)]

    again = open_dialog(qtbot, admin_context, stored, tmp_path)
    assert again.hours_page.day_edits[0].text() == "10:00–14:00, 15:00–19:00"
    assert again.loans_page.spins[0].value() == 14
    assert again.quota_page.default_spin.value() == 6
    assert again.letterhead_page.house_edit.text() == "HoR Köln"
    assert again.letterhead_page.language_combo.currentData() == "en"
    assert again.texts_page.conditions_edit.toPlainText() == "Bitte pfleglich behandeln."


def test_hours_open_on_this_pcs_location(
    qtbot: QtBot, admin_context: DeskContext, settings: Settings, tmp_path: Path,
    locations: list[LocationDTO],
) -> None:  # fmt: skip
    here = dataclasses.replace(locations[2], id=uuid.UUID(str(locations[2].id)))
    dialog = open_dialog(qtbot, dataclasses.replace(admin_context, location=here), settings,
                         tmp_path)  # fmt: skip
    assert dialog.hours_page.location_combo.currentData() == locations[2].id


def test_malformed_hours_are_named_and_nothing_is_saved(
    qtbot: QtBot, admin_context: DeskContext, settings: Settings, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, admin_context, settings, tmp_path)
    dialog.hours_page.day_edits[2].setText("18:00–09:00")
    dialog.hours_page.day_edits[2].textEdited.emit("")
    dialog.save_button.click()
    assert "Mittwoch" in dialog.message.text() and "Beginn" in dialog.message.text()
    assert not config_path(tmp_path / "config").exists()
    assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted


def test_desk_user_cannot_save_settings_the_service_refuses(
    qtbot: QtBot, *, desk_context: DeskContext, admin_actor: Actor, db: Database,
    settings: Settings, tmp_path: Path,
) -> None:  # fmt: skip
    dialog = open_dialog(qtbot, desk_context, settings, tmp_path)
    dialog.hours_page.day_edits[6].setText("10:00–12:00")
    dialog.hours_page.day_edits[6].textEdited.emit("")
    dialog.save_button.click()
    assert "vorbehalten" in dialog.message.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not config_path(tmp_path / "config").exists()
    here = get_by_code(db.unit_of_work(admin_actor), desk_context.location.code)
    assert "7" not in here.opening_hours


def test_closing_day_is_added_and_removed_at_once(
    qtbot: QtBot, admin_context: DeskContext, settings: Settings, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, admin_context, settings, tmp_path)
    page = dialog.hours_page
    before = page.closing_list.count()
    day = local_today(admin_context.uow().clock) + timedelta(days=30)
    page.day_edit.setDate(QDate(day.year, day.month, day.day))
    page.reason_edit.setText("Betriebsausflug")
    page.add_closing_day()
    assert page.message.text() == "Schließtag eingetragen."
    texts = [page.closing_list.item(i).text() for i in range(page.closing_list.count())]
    assert f"{day:%d.%m.%Y} – Betriebsausflug" in texts
    assert page.closing_list.count() == before + 1
    page.closing_list.setCurrentRow(texts.index(f"{day:%d.%m.%Y} – Betriebsausflug"))
    page.remove_closing_day()
    assert page.message.text() == "Schließtag entfernt."
    assert page.closing_list.count() == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", []), ("9:00-12:00", [["09:00", "12:00"]]),
     ("08:30–12:00, 13:00–24:00", [["08:30", "12:00"], ["13:00", "24:00"]])],
)  # fmt: skip
def test_hours_text_parses(text: str, expected: list[list[str]]) -> None:
    assert parse_hours(text) == expected


@pytest.mark.parametrize("text", ["9 bis 12", "12:00–09:00", "25:00–26:00"])
def test_bad_hours_text_is_refused_in_german(text: str) -> None:
    with pytest.raises(ValueError, match="„"):
        parse_hours(text)


def test_dates_are_shown_german(
    qtbot: QtBot, admin_context: DeskContext, settings: Settings, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, admin_context, settings, tmp_path)
    dialog.hours_page.day_edit.setDate(QDate(2031, 1, 2))
    assert dialog.hours_page.day_edit.text() == "02.01.2031"
