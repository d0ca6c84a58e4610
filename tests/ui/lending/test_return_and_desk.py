"""Rückgabe (F3), the desk panel (due, overdue, reminders, calls, transfers), free items."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hor_desktop.core.enums import ItemStatus, LoanState
from hor_desktop.services import calls, equipment, lending
from hor_desktop.services.locations import list_locations
from hor_desktop.store.models import EquipmentItem, IssuedDocument
from hor_desktop.ui.lending.desk_panel import OVERDUE, PICKUPS, TRANSFERS, DeskPanel
from hor_desktop.ui.lending.free_dialog import FreeItemsDialog
from hor_desktop.ui.lending.menu import LendingMenu
from hor_desktop.ui.lending.return_dialog import ReturnDialog
from tests.ui.lending.conftest import Desk, Shown, open_modals


def lend(desk: Desk, *numbers: str, **kw) -> lending.LoanDTO:
    return lending.check_out(
        desk.uow(), organisation_id=desk.org_id, contact_id=desk.contact_id,
        item_ids=[desk.items[n].id for n in numbers], **kw,
    )  # fmt: skip


@pytest.fixture
def returns_dialog(qtbot: QtBot, desk: Desk) -> ReturnDialog:
    dialog = ReturnDialog(desk.context)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.lines.set_rows([]))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def scan(qtbot: QtBot, field, code: str) -> None:
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_full_return_closes_the_loan_and_issues_the_record(
    qtbot: QtBot, returns_dialog: ReturnDialog, desk: Desk, shown: Shown
) -> None:
    loan = lend(desk, "100234", "200101")
    scan(qtbot, returns_dialog.scan_field, "100234")
    assert loan.receipt_no in returns_dialog.loan_label.text()
    assert "Amina Diallo" in returns_dialog.loan_label.text()
    assert list(returns_dialog.checkboxes) == ["Fernbedienung", "HDMI-Kabel"]
    assert "Bleibt ausgeliehen: 200101" in returns_dialog.open_label.text()
    scan(qtbot, returns_dialog.scan_field, "200101")
    assert "alles zurück" in returns_dialog.open_label.text()
    returns_dialog.checkboxes["HDMI-Kabel"].setChecked(False)
    qtbot.keyClick(
        returns_dialog.scan_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    after = returns_dialog.last_loan
    assert after is not None and after.state is LoanState.RETURNED
    assert "ist abgeschlossen" in returns_dialog.feedback.text()
    assert [title for _pdf, title in shown.calls] == [f"Rücknahmeprotokoll {loan.receipt_no}"]
    with desk.uow() as uow:
        assert uow.session.scalars(select(IssuedDocument.kind)).all() == ["return_record"]


def test_partial_return_keeps_the_loan_out(
    qtbot: QtBot, returns_dialog: ReturnDialog, desk: Desk, shown: Shown
) -> None:
    loan = lend(desk, "100234", "200101")
    scan(qtbot, returns_dialog.scan_field, "200101")
    returns_dialog.confirm_action.trigger()
    after = lending.get_loan(desk.uow(), loan.id)
    assert after.state is LoanState.OUT
    assert [line.inventory_no for line in after.lines if line.returned_at is None] == ["100234"]
    assert "bleibt offen" in returns_dialog.feedback.text()


def test_damage_sends_the_item_to_maintenance(
    qtbot: QtBot, returns_dialog: ReturnDialog, desk: Desk, shown: Shown
) -> None:
    lend(desk, "100234")
    scan(qtbot, returns_dialog.scan_field, "100234")
    returns_dialog.damage_edit.setText("Linse zerkratzt")
    returns_dialog.confirm()
    item = equipment.get_item_by_inventory_no(desk.uow(), "100234")
    assert (item.status, item.status_reason) == (ItemStatus.MAINTENANCE, "Linse zerkratzt")


def test_return_scan_of_an_item_not_out_is_red_without_a_dialog(
    qtbot: QtBot, returns_dialog: ReturnDialog, desk: Desk, beeps: list[int]
) -> None:
    modals_before = open_modals()
    first = lend(desk, "100234")
    lend(desk, "200101")
    scan(qtbot, returns_dialog.scan_field, "100235")
    assert returns_dialog.feedback.state == "error"
    assert "nicht ausgeliehen" in returns_dialog.feedback.text()
    scan(qtbot, returns_dialog.scan_field, "100234")
    scan(qtbot, returns_dialog.scan_field, "200101")  # another loan
    assert f"nicht zu {first.receipt_no}" in returns_dialog.feedback.text()
    assert returns_dialog.lines.rowCount() == 1
    assert len(beeps) == 2 and open_modals() == modals_before


@pytest.fixture
def panel(qtbot: QtBot, desk: Desk) -> DeskPanel:
    panel = DeskPanel(desk.context)
    qtbot.addWidget(panel)
    return panel


def test_panel_lists_due_and_overdue_and_copies_the_reminder(
    qtbot: QtBot, panel: DeskPanel, desk: Desk
) -> None:
    # Check-outs a week ago: one due today, one overdue since Monday.
    clock = desk.uow().clock
    clock.advance(timedelta(days=-7))
    lend(desk, "200101", due=date(2026, 11, 25))
    late = lend(desk, "100234", due=date(2026, 11, 23))
    clock.advance(timedelta(days=7))
    panel.show_tab(OVERDUE)
    assert panel.due_model.rowCount() == 1
    assert panel.overdue_model.rowCount() == 1
    assert panel.overdue_model.index(0, 5).data() == "2"
    assert panel.tabs.tabText(OVERDUE) == "Überfällig (1)"
    panel.copy_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert late.receipt_no in text and "2 Tage her" in text
    url = bytes(panel.mail_url(panel.current_loan()).toEncoded().data()).decode()
    assert url.startswith("mailto:amina@afrika-forum.example?subject=R")
    assert " " not in url.split("?", 1)[1]


def test_mail_draft_goes_to_the_desktop(
    qtbot: QtBot, panel: DeskPanel, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    lend(desk, "200101", due=date(2026, 11, 25))
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.scheme()) or True
    )
    panel.show_tab(0)
    panel.mail_action.trigger()
    assert opened == ["mailto"]


def test_log_call_from_the_panel(qtbot: QtBot, panel: DeskPanel, desk: Desk) -> None:
    loan = lend(desk, "200101", due=date(2026, 11, 25))
    panel.show_tab(0)
    panel.call_action.trigger()
    dialog = panel.call_dialog
    dialog.note_edit.setPlainText("Bringt es morgen")
    dialog.save_action.trigger()
    assert dialog.result() == dialog.DialogCode.Accepted
    [call] = calls.list_calls(desk.uow(), organisation_id=desk.org_id)
    assert (call.loan_id, call.channel, call.note) == (loan.id, "phone", "Bringt es morgen")
    assert "erfasst" in panel.feedback.text()


def test_transfer_tab_lists_items_to_move(qtbot: QtBot, panel: DeskPanel, desk: Desk) -> None:
    elsewhere = next(
        loc.id for loc in list_locations(desk.uow()) if loc.id != desk.context.location.id
    )
    with desk.uow() as uow:  # the beamer was returned at another location
        item = uow.session.get(EquipmentItem, desk.items["100235"].id)
        item.current_location_id = elsewhere
        uow.commit()
    reserved = lending.reserve(
        desk.uow(), organisation_id=desk.org_id, contact_id=desk.contact_id,
        item_ids=[desk.items["100235"].id], start=date(2026, 12, 1),
    )  # fmt: skip
    panel.show_tab(TRANSFERS)
    assert panel.transfers_model.rowCount() == 1
    assert panel.transfers_model.index(0, 1).data() == reserved.receipt_no
    assert panel.transfers_model.index(0, 0).data() == "01.12.2026"


def test_free_items_says_when_too_few_are_free(qtbot: QtBot, desk: Desk) -> None:
    lend(desk, "100234")
    dialog = FreeItemsDialog(desk.context)
    qtbot.addWidget(dialog)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findText("Beamer"))
    dialog.quantity_spin.setValue(2)
    dialog.search()
    assert [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())] == ["100235"]
    assert dialog.model.index(0, 3).data() == "CCH"
    assert dialog.result_label.state == "error"
    assert "Nur 1 Gerät(e) frei, gebraucht werden 2." in dialog.result_label.text()
    dialog.quantity_spin.setValue(1)
    dialog.search()
    assert dialog.result_label.state == "ok"


def test_models_pass_the_model_tester(qtmodeltester, panel: DeskPanel, desk: Desk) -> None:
    lend(desk, "200101", due=date(2026, 11, 25))
    panel.refresh()
    qtmodeltester.check(panel.due_model)
    qtmodeltester.check(panel.overdue_model)
    qtmodeltester.check(panel.transfers_model)
    dialog = FreeItemsDialog(desk.context)
    dialog.search()
    qtmodeltester.check(dialog.model)
    returns_dialog = ReturnDialog(desk.context)
    returns_dialog.scan_field.setText("200101")
    returns_dialog.scan()
    qtmodeltester.check(returns_dialog.lines)
    returns_dialog.lines.set_rows([])


def test_menu_actions_and_shortcuts(qtbot: QtBot, desk: Desk) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = LendingMenu(window, desk.context)
    shortcuts = [a.shortcut().toString() for a in menu.menu.actions() if not a.isSeparator()]
    assert shortcuts == ["F2", "F3", "F4", "Ctrl+Shift+F", "Ctrl+Shift+U", "F6", "Ctrl+Shift+B"]
    menu.check_out_action.trigger()
    assert menu.dialogs["check_out"].isVisible()
    menu.dialogs["check_out"].reject()
    menu.transfers_action.trigger()
    assert menu.panel is not None and menu.panel.tabs.currentIndex() == TRANSFERS
    menu.pickups_action.trigger()
    assert menu.panel.tabs.currentIndex() == PICKUPS
    menu.documents_action.trigger()
    assert menu.dialogs["documents"].isVisible()
    menu.dialogs["documents"].reject()


def test_a_reservation_is_handed_out_from_the_pickups_tab_keeping_its_receipt_number(
    qtbot: QtBot, panel: DeskPanel, desk: Desk, shown: Shown
) -> None:
    today = date(2026, 11, 25)  # the fixed clock's day
    reserved = lending.reserve(
        desk.uow(), organisation_id=desk.org_id, contact_id=desk.contact_id,
        item_ids=[desk.items["100235"].id], start=today,
    )  # fmt: skip
    panel.show_tab(PICKUPS)
    assert panel.pickups_model.rowCount() == 1
    assert panel.pick_up_action.isEnabled()
    panel.pickups_view.selectRow(0)
    panel.pick_up_action.trigger()
    loan = lending.get_loan(desk.uow(), reserved.id)
    assert loan.state is LoanState.OUT and loan.receipt_no == reserved.receipt_no
    assert panel.pickups_model.rowCount() == 0
    assert [title for _pdf, title in shown.calls] == [f"Leihschein {reserved.receipt_no}"]


def test_pick_up_needs_a_chosen_reservation(qtbot: QtBot, panel: DeskPanel) -> None:
    panel.show_tab(PICKUPS)
    panel.pick_up()
    assert "Reservierung wählen" in panel.feedback.text()


def test_show_pickup_opens_the_list_with_that_reservation_chosen(
    qtbot: QtBot, panel: DeskPanel, desk: Desk
) -> None:
    today = date(2026, 11, 25)
    reserved = [
        lending.reserve(
            desk.uow(),
            organisation_id=desk.org_id,
            contact_id=desk.contact_id,
            item_ids=[desk.items[number].id],
            start=today,
        )
        for number in ("100235", "200101")
    ]
    second = reserved[1]
    panel.show_pickup(second.receipt_no)
    assert panel.tabs.currentIndex() == PICKUPS
    assert panel.current_loan() is not None
    assert panel.current_loan().receipt_no == second.receipt_no
