"""Coworking dialogs: quota usage and contacts in the booking dialog, release time,
cancel reasons, and the released slot's tooltip on the board."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import DeskSlot
from hor_desktop.services import contacts, desk_board, desk_quotas, desks
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.desks.dialogs import BookingDialog
from hor_desktop.ui.desks.models import Columns
from hor_desktop.ui.desks.tab import DesksTab

from .conftest import make_tab

DAY = date(2026, 11, 25)

pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing the keyboard"
)


def open_booking(tab: DesksTab, row: int = 0) -> BookingDialog:
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, Columns.MORNING))
    tab.book_action.trigger()
    dialog = tab.booking_dialog
    assert dialog is not None
    return dialog


def choose_organisation(qtbot: QtBot, dialog: BookingDialog, name: str = "Verein X") -> None:
    qtbot.keyClicks(dialog.organisation_edit, name[:6])
    dialog.organisation_edit.setText(name)


def press_ok(qtbot: QtBot, dialog: BookingDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def book_days(
    db: Database, actor: Actor, desk: desks.DeskDTO, org: orgs.OrganisationDTO, days: list[int]
) -> None:
    for day in days:
        desks.book_desk(
            db.unit_of_work(actor), desk_id=desk.id, organisation_id=org.id,
            person_name="Oleh", day=date(2026, 12, day), slot=DeskSlot.DAY,
        )  # fmt: skip


def test_booking_dialog_shows_the_months_quota_usage_and_follows_the_date(
    qtbot: QtBot, *, tab: DesksTab, db: Database, desk_actor: Actor, location_admin: Actor,
    desk_pair: list[desks.DeskDTO], verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    assert location_admin.location_id is not None
    desk_quotas.set_desk_quota(
        db.unit_of_work(location_admin), location_id=location_admin.location_id,
        organisation_id=None, days_per_month=8,
    )  # fmt: skip
    book_days(db, desk_actor, desk_pair[0], verein, [1, 2, 3, 4, 7, 8])
    dialog = open_booking(tab)
    assert dialog.quota_label.text() == ""  # no organisation chosen yet
    choose_organisation(qtbot, dialog)
    assert dialog.quota_label.text() == "Im November 2026: 0 von 8 Platztagen gebucht"
    dialog.start_edit.setDate(dialog.start_edit.date().addMonths(1))
    assert dialog.quota_label.text() == "Im Dezember 2026: 6 von 8 Platztagen gebucht"
    dialog.organisation_edit.setText("unbekannt")
    assert dialog.quota_label.text() == ""


def test_booking_dialog_says_when_no_quota_applies(
    qtbot: QtBot, *, tab: DesksTab, db: Database, desk_actor: Actor,
    desk_pair: list[desks.DeskDTO], verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    desks.book_desk(
        db.unit_of_work(desk_actor), desk_id=desk_pair[1].id, organisation_id=verein.id,
        person_name="Oleh", day=DAY, slot=DeskSlot.AFTERNOON,
    )  # fmt: skip
    dialog = open_booking(tab)
    choose_organisation(qtbot, dialog)
    assert dialog.quota_label.text() == "Im November 2026: 0,5 Platztage gebucht (kein Kontingent)"


def test_picking_a_contact_fills_the_person_and_books_with_the_contact(
    qtbot: QtBot, tab: DesksTab, db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    ben = contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=verein.id, name="Ben Okafor"
    )
    dialog = open_booking(tab)
    choose_organisation(qtbot, dialog)
    names = [dialog.person_combo.itemText(i) for i in range(dialog.person_combo.count())]
    assert sorted(names) == ["Ana", "Ben Okafor"]
    assert dialog.person_edit.text() == ""  # filling the list does not pick anyone
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findText("Ben Okafor"))
    assert dialog.person_edit.text() == "Ben Okafor"
    assert dialog.contact_id() == ben.id
    press_ok(qtbot, dialog)
    assert tab.booking_dialog is None
    (booked,) = desks.list_desk_bookings(
        db.unit_of_work(desk_actor), location_id=tab.context.location.id, day=DAY
    )
    assert (booked.person_name, booked.contact_id) == ("Ben Okafor", ben.id)


def test_free_text_person_books_without_a_contact(
    qtbot: QtBot, *, tab: DesksTab, db: Database, desk_actor: Actor, verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    dialog = open_booking(tab)
    qtbot.keyClicks(dialog.person_edit, "Gast Mueller")
    choose_organisation(qtbot, dialog)
    assert dialog.person_edit.text() == "Gast Mueller"  # the contacts loaded, the text stayed
    assert dialog.contact_id() is None
    press_ok(qtbot, dialog)
    (booked,) = desks.list_desk_bookings(
        db.unit_of_work(desk_actor), location_id=tab.context.location.id, day=DAY
    )
    assert (booked.person_name, booked.contact_id) == ("Gast Mueller", None)


def test_admin_sets_the_release_time_in_the_quota_dialog(
    qtbot: QtBot, *, admin_context: DeskContext, settings: QSettings, db: Database,
    location_admin: Actor, desk_pair: list[desks.DeskDTO],
) -> None:  # fmt: skip
    assert location_admin.location_id is not None
    tab = make_tab(qtbot, admin_context, settings)
    tab.quota_action.trigger()
    dialog = tab.quota_dialog
    assert dialog is not None
    assert dialog.release_edit.time() == QTime(10, 0)
    dialog.release_edit.setTime(QTime(11, 15))
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text() == "Freigabezeit gespeichert: ab 11:15 Uhr."
    dialog.reject()
    assert tab.board is not None and tab.board.release_time == time(11, 15)
    board = desk_board.desk_board(
        db.unit_of_work(location_admin), location_id=location_admin.location_id, start=DAY
    )
    assert board.release_time == time(11, 15)


def test_released_slot_shows_the_reason_in_its_tooltip(
    qtbot: QtBot, *, tab: DesksTab, db: Database, desk_actor: Actor,
    desk_pair: list[desks.DeskDTO], verein: orgs.OrganisationDTO, clock: FixedClock,
) -> None:  # fmt: skip
    desks.book_desk(
        db.unit_of_work(desk_actor), desk_id=desk_pair[0].id, organisation_id=verein.id,
        person_name="Oleh Bondar", day=DAY, slot=DeskSlot.DAY,
    )  # fmt: skip
    clock.current = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)  # 10:30 in Cologne
    tab.release_action.trigger()
    for column in (Columns.MORNING, Columns.AFTERNOON):
        index = tab.model.index(0, column)
        assert index.data() == "frei"
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert "ganzer Tag" in tip and "Oleh Bondar" in tip and "nicht erschienen" in tip
    tab.hide_names_action.trigger()
    tip = tab.model.index(0, Columns.MORNING).data(Qt.ItemDataRole.ToolTipRole)
    assert "Oleh" not in tip and "nicht erschienen" in tip


def test_cancel_range_records_the_reason(
    qtbot: QtBot, *, tab: DesksTab, db: Database, desk_actor: Actor,
    desk_pair: list[desks.DeskDTO], verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    desks.book_desk(
        db.unit_of_work(desk_actor), desk_id=desk_pair[0].id, organisation_id=verein.id,
        person_name="Oleh", day=DAY, slot=DeskSlot.MORNING,
    )  # fmt: skip
    tab.refresh()
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, Columns.MORNING))
    tab.cancel_range_action.trigger()
    dialog = tab.cancel_dialog
    assert dialog is not None
    dialog.reason_edit.setText("Urlaub")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert tab.board is not None
    assert [b.cancel_reason for b in tab.board.released] == ["Urlaub"]
    tip = tab.model.index(0, Columns.MORNING).data(Qt.ItemDataRole.ToolTipRole)
    assert "storniert: Urlaub" in tip
