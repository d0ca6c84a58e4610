"""The Ausleihe dialog driven like a barcode scanner: code, Enter, repeat, Ctrl+Enter."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import LoanState, Role
from hor_desktop.services import lending
from hor_desktop.store.models import IssuedDocument, Loan
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.lending.checkout_dialog import CheckOutDialog
from hor_desktop.ui.lending.formatting import to_qdate
from tests.ui.lending.conftest import Desk, Shown, open_modals

TODAY = date(2026, 11, 25)


def open_dialog(qtbot: QtBot, context: DeskContext) -> CheckOutDialog:
    dialog = CheckOutDialog(context)
    # Closing asks before it throws a cart away: empty it before pytest-qt closes it.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.cart.clear())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def dialog(qtbot: QtBot, desk: Desk) -> CheckOutDialog:
    return open_dialog(qtbot, desk.context)


def scan(qtbot: QtBot, dialog: CheckOutDialog, code: str) -> None:
    qtbot.keyClicks(dialog.scan_field, code)
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Return)


def cart_numbers(dialog: CheckOutDialog) -> list[str]:
    return [row.inventory_no for row in dialog.cart.items()]


# The offscreen platform says these when the completer's popup opens.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_complete_check_out_by_scanning(
    qtbot: QtBot, dialog: CheckOutDialog, desk: Desk, shown: Shown, beeps: list[int]
) -> None:
    modals_before = open_modals()
    qtbot.keyClicks(dialog.picker.name_edit, "Afrika")
    assert dialog.picker.completer.model().stringList() == ["Afrika Forum Köln e.V. (AFK)"]
    dialog.picker.completer.activated[str].emit("Afrika Forum Köln e.V. (AFK)")
    assert dialog.picker.contact_combo.currentText() == "Amina Diallo (verantwortlich)"
    dialog.scan_field.setFocus()

    scan(qtbot, dialog, "100234")
    assert cart_numbers(dialog) == ["100234"]
    assert dialog.feedback.state == "ok"
    assert "100234 Beamer Epson EB-W49 hinzugefügt" in dialog.feedback.text()
    assert dialog.due_edit.date() == to_qdate(date(2026, 12, 2))  # Beamer: 7 days

    scan(qtbot, dialog, "999999")  # unknown
    assert dialog.feedback.state == "error"
    assert "999999 wurde nicht gefunden" in dialog.feedback.text()
    assert cart_numbers(dialog) == ["100234"]

    scan(qtbot, dialog, "100234")  # the same again
    assert "schon im Warenkorb" in dialog.feedback.text()

    scan(qtbot, dialog, "200101")
    assert cart_numbers(dialog) == ["100234", "200101"]
    assert dialog.due_edit.date() == to_qdate(date(2026, 11, 30))  # cable drum: 3 days
    assert dialog.deposit_spin.value() == 55.0
    assert len(beeps) == 2
    assert open_modals() == modals_before
    assert dialog.scan_field.hasFocus()

    assert dialog.confirm_button.text() == "Ausleihen"
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    loan = dialog.last_loan
    assert loan is not None and loan.state is LoanState.OUT
    assert loan.receipt_no == "CCH-2026-00001"
    assert [line.inventory_no for line in loan.lines] == ["100234", "200101"]
    assert "CCH-2026-00001 gespeichert" in dialog.feedback.text()
    assert [title for _pdf, title in shown.calls] == ["Leihschein CCH-2026-00001"]
    assert shown.calls[0][0].startswith(b"%PDF")
    with desk.uow() as uow:
        archived = uow.session.scalars(select(IssuedDocument.loan_id)).all()
    assert archived == [loan.id]
    assert cart_numbers(dialog) == []  # ready for the next visitor


def choose_afrika(dialog: CheckOutDialog, desk: Desk) -> None:
    dialog.picker.choose(desk.org_id)
    dialog.scan_field.setFocus()


def test_item_already_out_is_refused_with_its_receipt(
    qtbot: QtBot, dialog: CheckOutDialog, desk: Desk, beeps: list[int]
) -> None:
    modals_before = open_modals()
    other = lending.check_out(
        desk.uow(), organisation_id=desk.org_id, contact_id=desk.contact_id,
        item_ids=[desk.items["100235"].id], due=date(2026, 11, 27),
    )  # fmt: skip
    choose_afrika(dialog, desk)
    scan(qtbot, dialog, "200101")
    scan(qtbot, dialog, "100235")
    assert dialog.feedback.state == "error"
    assert f"bis 27.11.2026 bereits verliehen ({other.receipt_no})" in dialog.feedback.text()
    assert cart_numbers(dialog) == ["200101"]
    assert beeps == [1]
    assert open_modals() == modals_before


def test_future_start_reserves_and_meets_a_conflicting_reservation(
    qtbot: QtBot, dialog: CheckOutDialog, desk: Desk, shown: Shown
) -> None:
    lending.reserve(
        desk.uow(), organisation_id=desk.org_id, contact_id=desk.contact_id,
        item_ids=[desk.items["100234"].id], start=date(2026, 12, 7), due=date(2026, 12, 9),
    )  # fmt: skip
    choose_afrika(dialog, desk)
    dialog.start_edit.setDate(to_qdate(date(2026, 12, 8)))
    assert dialog.confirm_button.text() == "Reservieren"
    scan(qtbot, dialog, "100234")
    assert dialog.feedback.state == "error"
    assert "bereits reserviert" in dialog.feedback.text()
    scan(qtbot, dialog, "100235")
    assert cart_numbers(dialog) == ["100235"]
    dialog.confirm_action.trigger()
    assert dialog.last_loan is not None
    assert dialog.last_loan.state is LoanState.RESERVED
    assert dialog.last_loan.start_date == date(2026, 12, 8)


def test_blocked_organisation_shows_its_reason_and_cannot_borrow(
    qtbot: QtBot, dialog: CheckOutDialog, desk: Desk
) -> None:
    dialog.picker.choose(desk.blocked_id)
    assert dialog.picker.status_label.isVisible()
    assert "Gesperrt: Beamer 2025 nicht zurückgegeben" in dialog.picker.status_label.text()
    assert not dialog.picker.override_edit.isVisible()  # desk staff may not override
    scan(qtbot, dialog, "200101")
    assert not dialog.confirm_button.isEnabled()
    dialog.confirm()
    assert "Gesperrt" in dialog.feedback.text()
    with desk.uow() as uow:
        assert uow.session.scalars(select(Loan)).all() == []


def test_admin_overrides_a_block_with_a_reason(
    qtbot: QtBot, desk: Desk, admin_actor: Actor, shown: Shown
) -> None:
    context = replace(desk.context, actor=Actor(desk.context.location.id, Role.ADMIN, name="A"))
    dialog = open_dialog(qtbot, context)
    dialog.picker.choose(desk.blocked_id)
    scan(qtbot, dialog, "200101")
    assert dialog.picker.override_edit.isVisible()
    assert not dialog.confirm_button.isEnabled()
    dialog.picker.override_edit.setText("Vorstand hat zugestimmt")
    assert dialog.confirm_button.isEnabled()
    dialog.confirm()
    assert dialog.last_loan is not None


def test_kit_name_adds_all_its_items(qtbot: QtBot, dialog: CheckOutDialog, desk: Desk) -> None:
    scan(qtbot, dialog, "vortrags-set")
    assert cart_numbers(dialog) == ["100235", "200102"]
    assert "Set „Vortrags-Set“: 2 Gerät(e) hinzugefügt" in dialog.feedback.text()


def test_delete_removes_the_selected_line(qtbot: QtBot, dialog: CheckOutDialog, desk: Desk) -> None:
    scan(qtbot, dialog, "100234")
    scan(qtbot, dialog, "200101")
    dialog.cart.view.setFocus()
    dialog.cart.view.selectRow(0)
    qtbot.keyClick(dialog.cart.view, Qt.Key.Key_Delete)
    assert cart_numbers(dialog) == ["200101"]
    assert dialog.deposit_spin.value() == 5.0
    assert dialog.scan_field.hasFocus()


def test_printing_failure_keeps_the_loan(
    qtbot: QtBot, dialog: CheckOutDialog, desk: Desk, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown.fail = True
    hooked: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda _t, error, _tb: hooked.append(error))
    choose_afrika(dialog, desk)
    scan(qtbot, dialog, "200101")
    dialog.confirm()
    assert dialog.last_loan is not None
    assert "Leihschein kann in der Historie nachgedruckt werden" in dialog.document_label.text()
    assert [type(e) for e in hooked] == [RuntimeError]
    with desk.uow() as uow:
        assert uow.session.scalars(select(Loan.receipt_no)).all() == ["CCH-2026-00001"]


def test_escape_closes_an_empty_dialog_at_once(qtbot: QtBot, dialog: CheckOutDialog) -> None:
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_with_a_full_cart_asks_first(
    qtbot: QtBot, dialog: CheckOutDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan(qtbot, dialog, "200101")
    asked: list[str] = []

    def no(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Escape)
    assert asked == ["Ausleihe abbrechen?"]
    assert dialog.isVisible()


def test_cart_model_passes_the_model_tester(qtmodeltester, dialog: CheckOutDialog) -> None:
    dialog.cart.model.set_rows([])
    qtmodeltester.check(dialog.cart.model)
