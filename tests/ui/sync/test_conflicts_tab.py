"""The "Konflikte" tab: cards by urgency, both rows side by side, actions by keyboard."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import BookingStatus
from hor_desktop.store.models import RoomBooking, SyncConflict
from hor_desktop.ui.changes import ChangeNotifier
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.sync.conflict_dialogs import AlternativeDialog, ReasonDialog
from hor_desktop.ui.sync.conflicts_model import ConflictsTableModel
from hor_desktop.ui.sync.conflicts_tab import ConflictsTab
from tests.services.conflict_helpers import (
    DAY,
    House,
    add_conflict,
    at,
    conflict_row,
    house,
    pulled_double_room,
)

__all__ = ["house"]  # the fixture, imported for pytest


def make_tab(qtbot: QtBot, context: DeskContext) -> ConflictsTab:
    tab = ConflictsTab(dataclasses.replace(context, mode="replica"))
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=2000)
    return tab


def test_empty_inbox_says_what_would_appear(qtbot: QtBot, desk_context: DeskContext) -> None:
    tab = make_tab(qtbot, desk_context)
    assert tab.empty_label.isVisible() and not tab.table.isVisible()
    assert not tab.move_action.isEnabled()


def test_cards_sorted_by_urgency_with_both_rows_side_by_side(
    qtbot: QtBot,
    desk_context: DeskContext,
    house: House,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    later, *_ = pulled_double_room(house, start=at(18), end=at(20))
    sooner, *_ = pulled_double_room(
        house, start=at(9, day=DAY - timedelta(days=3)), end=at(11, day=DAY - timedelta(days=3)),
        room=house.big,
    )  # fmt: skip
    tab = make_tab(qtbot, desk_context)
    qtmodeltester.check(tab.model)
    assert [tab.model.conflict(r).id for r in range(tab.model.rowCount())] == [sooner, later]
    column = ConflictsTableModel.Column
    assert tab.model.index(1, column.WHEN).data() == "Mi 02.12.2026, 18:00–20:00 Uhr"
    assert tab.model.index(1, column.KEEPS).data() == "Afrika Forum e. V. – Vorstand"
    assert tab.model.index(1, column.CONFLICTS).data() == "Bildungsverein Köln – Sprachkurs"
    assert tab.summary_label.text() == "Offene Konflikte an diesem Standort: 2"
    # The first (most urgent) card is selected and shown in full, A beside B.
    assert tab.selected() is not None and tab.selected().id == sooner  # type: ignore[union-attr]
    assert tab.detail.side_a.fields["organisation"].text() == "Afrika Forum e. V."
    assert tab.detail.side_b.fields["organisation"].text() == "Bildungsverein Köln"
    assert tab.detail.side_b.fields["status"].text() == "im Konflikt"
    a_box, b_box = tab.detail.side_a.geometry(), tab.detail.side_b.geometry()
    assert a_box.right() < b_box.left() and a_box.top() == b_box.top()


def test_move_by_keyboard_takes_the_chosen_free_room_and_the_card_disappears(
    qtbot: QtBot, desk_context: DeskContext, house: House
) -> None:
    conflict_id, _a, b_id = pulled_double_room(house, start=at(18), end=at(20))
    tab = make_tab(qtbot, desk_context)
    tab.table.setFocus()
    QTest.keyClick(
        tab.table,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = tab.dialog
    assert isinstance(dialog, AlternativeDialog)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert labels[0].startswith("Saal (40 Plätze), Mi 02.12.2026, 18:00–20:00 Uhr")
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=2000)
    with house.uow() as uow:
        assert uow.session.get_one(RoomBooking, b_id).room_id == house.big.id
    assert conflict_row(house, conflict_id).status == "resolved"
    assert "Saal" in tab.message_label.text()


def test_cancel_asks_for_a_reason_first(
    qtbot: QtBot, desk_context: DeskContext, house: House
) -> None:
    _conflict_id, _a, b_id = pulled_double_room(house, start=at(18), end=at(20))
    tab = make_tab(qtbot, desk_context)
    tab.cancel_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, ReasonDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    QTest.keyClicks(dialog.reason_edit, "Mit beiden Gruppen abgesprochen")
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=2000)
    with house.uow() as uow:
        assert uow.session.get_one(RoomBooking, b_id).status is BookingStatus.CANCELLED


def test_override_only_for_the_locations_leadership(
    qtbot: QtBot, desk_context: DeskContext, house: House, location_admin: Actor
) -> None:
    conflict_id, *_ = pulled_double_room(house, start=at(18), end=at(20))
    desk_tab = make_tab(qtbot, desk_context)
    assert desk_tab.move_action.isEnabled() and not desk_tab.override_action.isEnabled()
    lead_tab = make_tab(qtbot, dataclasses.replace(desk_context, actor=location_admin))
    assert lead_tab.override_action.isEnabled()
    lead_tab.override_action.trigger()
    dialog = lead_tab.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.reason_edit.setPlainText("Gruppen teilen sich den Raum")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: lead_tab.model.rowCount() == 0, timeout=2000)
    assert conflict_row(house, conflict_id).status == "overridden"


def test_settled_elsewhere_shows_a_message_and_reloads(
    qtbot: QtBot, desk_context: DeskContext, house: House
) -> None:
    conflict_id, *_ = pulled_double_room(house, start=at(18), end=at(20))
    tab = make_tab(qtbot, desk_context)
    with house.uow() as uow:  # a sync brings "cleared" meanwhile
        uow.session.get_one(SyncConflict, conflict_id).status = "cleared"
        uow.commit()
    tab.cancel_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.reason_edit.setPlainText("doppelt")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "bereits erledigt" in tab.message_label.text(), timeout=2000)
    assert tab.model.rowCount() == 0


def test_refused_operation_can_be_marked_done_but_not_moved(
    qtbot: QtBot, desk_context: DeskContext, house: House
) -> None:
    add_conflict(house, kind="refused", table_name="loan", detail="Fremdschlüssel fehlt")
    tab = make_tab(qtbot, desk_context)
    assert not tab.move_action.isEnabled() and tab.acknowledge_action.isEnabled()
    assert tab.detail.detail_label.text() == "Fremdschlüssel fehlt"
    tab.acknowledge_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # a note is optional
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=2000)


def test_a_local_change_reloads_the_inbox(
    qtbot: QtBot, desk_context: DeskContext, house: House
) -> None:
    notifier = ChangeNotifier()
    house.db.commit_listeners.append(notifier.notify)
    tab = make_tab(qtbot, dataclasses.replace(desk_context, changes=notifier))
    assert tab.model.rowCount() == 0
    pulled_double_room(house, start=at(18), end=at(20))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=2000)
