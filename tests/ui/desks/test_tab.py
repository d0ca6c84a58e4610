"""The Coworking tab: board, booking, check-in, cancelling, quotas, privacy, navigation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import DeskSlot
from hor_desktop.services import desk_quotas, desks
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.desks.dialogs import BookingDialog
from hor_desktop.ui.desks.models import Columns
from hor_desktop.ui.desks.tab import HIDE_NAMES_KEY, DesksTab

from .conftest import make_tab

DAY = date(2026, 11, 25)  # the fixed clock's day, a Wednesday

# The organisation completer's popup: the offscreen platform cannot raise it or grab keys.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing the keyboard"
)


def cell(tab: DesksTab, row: int, column: Columns) -> str:
    return str(tab.model.index(row, column).data())


def go_to(qtbot: QtBot, tab: DesksTab, row: int, column: Columns) -> None:
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, column))


def fill_and_book(
    qtbot: QtBot, dialog: BookingDialog, *, person: str = "Amina Yusuf",
    organisation: str = "Verein X",
) -> None:  # fmt: skip
    qtbot.keyClicks(dialog.person_edit, person)
    # Typing searches in the background; the completer then knows the organisation.
    qtbot.keyClicks(dialog.organisation_edit, organisation[:6])
    dialog.organisation_edit.setText(organisation)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def book_directly(
    db: Database, actor: Actor, desk: desks.DeskDTO, org: orgs.OrganisationDTO, slot: DeskSlot,
    *,
    person: str = "Oleh Bondar",
) -> desks.DeskBookingDTO:  # fmt: skip
    return desks.book_desk(
        db.unit_of_work(actor), desk_id=desk.id, organisation_id=org.id, person_name=person,
        day=DAY, slot=slot,
    )  # fmt: skip


def test_board_shows_desks_features_and_free_cells(tab: DesksTab) -> None:
    assert tab.model.rowCount() == 2
    assert [cell(tab, 0, Columns.DESK), cell(tab, 1, Columns.FEATURES)] == [
        "A1", "barrierefrei, Ruhezone",
    ]  # fmt: skip
    assert cell(tab, 0, Columns.MORNING) == cell(tab, 1, Columns.AFTERNOON) == "frei"
    assert "25.11.2026" in tab.day_label.text() and "Mittwoch" in tab.day_label.text()


def test_enter_on_a_free_cell_books_it(qtbot: QtBot, tab: DesksTab) -> None:
    go_to(qtbot, tab, 1, Columns.AFTERNOON)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.booking_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.desk_combo.currentText() == "A2"
    assert dialog.slot_combo.currentData() == DeskSlot.AFTERNOON
    fill_and_book(qtbot, dialog)
    assert tab.booking_dialog is None  # closed after booking
    assert (
        cell(tab, 1, Columns.AFTERNOON)
        == "\u200e\u2068Amina Yusuf\u2069\u200e · \u200e\u2068Verein X\u2069\u200e"
    )
    assert cell(tab, 1, Columns.MORNING) == "frei"
    assert "A2 am 25.11.2026 gebucht" in tab.message_label.text()


def test_whole_day_spans_both_halves(
    tab: DesksTab, db: Database, desk_actor: Actor, desk_pair: list[desks.DeskDTO],
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    book_directly(db, desk_actor, desk_pair[0], verein, DeskSlot.DAY)
    tab.refresh()
    assert tab.table.columnSpan(0, Columns.MORNING) == 2
    assert cell(tab, 0, Columns.MORNING).startswith("ganzer Tag:")


def test_check_in_action_records_arrival(
    qtbot: QtBot, *, tab: DesksTab, db: Database, desk_actor: Actor,
    desk_pair: list[desks.DeskDTO], verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    book_directly(db, desk_actor, desk_pair[0], verein, DeskSlot.MORNING)
    tab.refresh()
    go_to(qtbot, tab, 0, Columns.MORNING)
    assert tab.check_in_action.isEnabled()
    tab.check_in_action.trigger()
    assert "da seit 10:00" in cell(tab, 0, Columns.MORNING)  # 09:00 UTC is 10:00 in Köln
    assert "eingecheckt um 10:00" in tab.message_label.text()
    assert not tab.check_in_action.isEnabled()


def test_cancel_asks_first_and_then_frees_the_slot(
    qtbot: QtBot, *, tab: DesksTab, db: Database, desk_actor: Actor,
    desk_pair: list[desks.DeskDTO], verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    book_directly(db, desk_actor, desk_pair[1], verein, DeskSlot.MORNING)
    tab.refresh()
    go_to(qtbot, tab, 1, Columns.MORNING)
    tab.cancel_action.trigger()
    box = tab.message_box
    assert box is not None and "A2 am 25.11.2026 (Vormittag) stornieren?" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Stornieren")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert cell(tab, 1, Columns.MORNING) == "frei"
    assert "storniert" in tab.message_label.text()


def test_quota_refusal_is_shown_in_the_dialog_and_keeps_the_input(
    qtbot: QtBot, tab: DesksTab, db: Database, location_admin: Actor,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    assert location_admin.location_id is not None
    desk_quotas.set_desk_quota(
        db.unit_of_work(location_admin), location_id=location_admin.location_id,
        organisation_id=None, days_per_month=0,
    )  # fmt: skip
    go_to(qtbot, tab, 0, Columns.MORNING)
    tab.book_action.trigger()
    dialog = tab.booking_dialog
    assert dialog is not None
    assert not dialog.override_edit.isVisibleTo(dialog)  # staff cannot override
    fill_and_book(qtbot, dialog)
    assert tab.booking_dialog is dialog and dialog.isVisible()
    assert dialog.error_label.text() == (
        "Verein X hat im November 2026 schon 0 von 0 Platztagen gebucht."
    )
    assert dialog.person_edit.text() == "Amina Yusuf"
    assert cell(tab, 0, Columns.MORNING) == "frei"


def test_admin_overrides_the_quota_with_a_reason(
    qtbot: QtBot, *, admin_context: DeskContext, settings: QSettings, db: Database,
    location_admin: Actor, desk_pair: list[desks.DeskDTO], verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    assert location_admin.location_id is not None
    desk_quotas.set_desk_quota(
        db.unit_of_work(location_admin), location_id=location_admin.location_id,
        organisation_id=None, days_per_month=0,
    )  # fmt: skip
    tab = make_tab(qtbot, admin_context, settings)
    go_to(qtbot, tab, 0, Columns.MORNING)
    tab.book_action.trigger()
    dialog = tab.booking_dialog
    assert dialog is not None and dialog.override_edit.isVisibleTo(dialog)
    dialog.override_edit.setText("Workshop-Vorbereitung")
    fill_and_book(qtbot, dialog)
    assert tab.booking_dialog is None
    assert "Amina Yusuf" in cell(tab, 0, Columns.MORNING)


def test_privacy_mode_hides_names_and_is_remembered(
    qtbot: QtBot, *, tab: DesksTab, db: Database, desk_actor: Actor,
    desk_pair: list[desks.DeskDTO], verein: orgs.OrganisationDTO, desk_context: DeskContext,
    settings: QSettings,
) -> None:  # fmt: skip
    book_directly(db, desk_actor, desk_pair[0], verein, DeskSlot.MORNING, person="Oleh Bondar")
    tab.refresh()
    assert "Oleh Bondar" in cell(tab, 0, Columns.MORNING)
    tab.hide_names_action.trigger()
    shown = cell(tab, 0, Columns.MORNING)
    assert "Oleh" not in shown and "Verein X" in shown
    go_to(qtbot, tab, 0, Columns.MORNING)
    assert "Oleh" not in tab.detail_label.text()
    assert settings.value(HIDE_NAMES_KEY) in (True, "true")
    again = make_tab(qtbot, desk_context, settings)
    assert again.hide_names_action.isChecked()
    assert "Oleh" not in cell(again, 0, Columns.MORNING)


def test_feature_filter_shows_only_matching_desks(tab: DesksTab) -> None:
    index = tab.feature_combo.findText("Ruhezone")
    assert index > 0
    tab.feature_combo.setCurrentIndex(index)
    assert [cell(tab, row, Columns.DESK) for row in range(tab.model.rowCount())] == ["A2"]
    assert tab.week_model.rowCount() == 1


def test_date_navigation_and_closed_days(qtbot: QtBot, tab: DesksTab) -> None:
    tab.next_action.trigger()
    assert tab.day == date(2026, 11, 26)
    assert tab.date_edit.date().toString("dd.MM.yyyy") == "26.11.2026"
    assert tab.today_action.isEnabled()
    tab.today_action.trigger()
    assert tab.day == DAY
    tab.date_edit.setDate(tab.date_edit.date().addDays(30))  # 25.12.2026
    assert "geschlossen (Erster Weihnachtstag)" in tab.day_label.text()
    assert cell(tab, 0, Columns.MORNING) == "geschlossen"


def test_range_booking_lists_the_skipped_days(qtbot: QtBot, tab: DesksTab) -> None:
    tab.set_day(date(2026, 12, 21))
    go_to(qtbot, tab, 0, Columns.MORNING)
    tab.book_action.trigger()
    dialog = tab.booking_dialog
    assert dialog is not None
    dialog.end_edit.setDate(dialog.end_edit.date().addDays(6))
    fill_and_book(qtbot, dialog)
    text = tab.message_label.text()
    assert "4 Tage gebucht." in text
    assert "Übersprungen, weil geschlossen: 25.12.2026 (Erster Weihnachtstag)" in text


def test_release_no_shows_frees_unchecked_morning(
    tab: DesksTab, db: Database, desk_actor: Actor, desk_pair: list[desks.DeskDTO],
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    book_directly(db, desk_actor, desk_pair[0], verein, DeskSlot.MORNING)
    book_directly(db, desk_actor, desk_pair[1], verein, DeskSlot.AFTERNOON)
    tab.refresh()
    tab.release_action.trigger()
    assert cell(tab, 0, Columns.MORNING) == "frei"
    assert "Oleh" in cell(tab, 1, Columns.AFTERNOON)  # afternoons wait until 14:00
    assert "1 Buchungen freigegeben" in tab.message_label.text()


def test_booked_cell_opens_the_booking(
    qtbot: QtBot, *, tab: DesksTab, db: Database, desk_actor: Actor,
    desk_pair: list[desks.DeskDTO], verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    book_directly(db, desk_actor, desk_pair[0], verein, DeskSlot.AFTERNOON)
    tab.refresh()
    go_to(qtbot, tab, 0, Columns.AFTERNOON)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    box = tab.message_box
    assert isinstance(box, QMessageBox) and "Oleh Bondar" in box.text()
    check_in = next(b for b in box.buttons() if b.text() == "Einchecken")
    qtbot.mouseClick(check_in, Qt.MouseButton.LeftButton)
    assert "da seit" in cell(tab, 0, Columns.AFTERNOON)


def test_cancel_range_dialog_cancels_the_organisations_days(
    qtbot: QtBot, *, tab: DesksTab, db: Database, desk_actor: Actor,
    desk_pair: list[desks.DeskDTO], verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    book_directly(db, desk_actor, desk_pair[0], verein, DeskSlot.MORNING)
    tab.refresh()
    go_to(qtbot, tab, 0, Columns.MORNING)
    tab.cancel_range_action.trigger()
    dialog = tab.cancel_dialog
    assert dialog is not None and dialog.organisation_edit.text() == "Verein X"
    dialog.end_edit.setDate(dialog.end_edit.date().addDays(7))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "1 Buchungen von 25.11.2026 bis 02.12.2026 storniert." in tab.message_label.text()
    assert cell(tab, 0, Columns.MORNING) == "frei"


def test_every_action_has_a_shortcut(tab: DesksTab) -> None:
    for action in tab.actions():
        assert not action.shortcut().isEmpty(), action.text()


def test_week_overview_opens_a_day(qtbot: QtBot, tab: DesksTab) -> None:
    tab.views.setCurrentIndex(1)
    headers = [
        tab.week_model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(tab.week_model.columnCount())
    ]
    assert headers == [
        "Arbeitsplatz", "Mo 23.11.", "Di 24.11.", "Mi 25.11.", "Do 26.11.", "Fr 27.11.",
        "Platztage",
    ]  # fmt: skip
    tab.week_table.setFocus()
    tab.week_table.setCurrentIndex(tab.week_model.index(1, 5))
    qtbot.keyClick(tab.week_table, Qt.Key.Key_Return)
    assert tab.day == date(2026, 11, 27) and tab.views.currentIndex() == 0


def test_admin_sets_the_default_quota(
    qtbot: QtBot, admin_context: DeskContext, settings: QSettings,
    desk_pair: list[desks.DeskDTO],
) -> None:  # fmt: skip
    tab = make_tab(qtbot, admin_context, settings)
    assert tab.quota_action.isVisible()
    tab.quota_action.trigger()
    dialog = tab.quota_dialog
    assert dialog is not None
    dialog.days_spin.setValue(6)
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "Standard für alle Organisationen"
    assert dialog.model.index(0, 1).data() == "6"


def test_quotas_are_hidden_from_reception_staff(tab: DesksTab) -> None:
    assert not tab.quota_action.isVisible()
