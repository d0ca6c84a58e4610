"""The "Heute" tab: today's lists for the location, Enter opens, Tab moves between lists."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import ItemStatus, LoanState
from hor_desktop.store.database import Database
from hor_desktop.store.models import (
    Contact,
    EquipmentCategory,
    EquipmentItem,
    Loan,
    LoanLine,
    Organisation,
)
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.dashboard.tab import DashboardTab
from tests.reports.dataset import SYSTEM

TODAY = date(2026, 11, 25)  # FixedClock's day


@pytest.fixture
def today_data(db: Database, desk_context: DeskContext, clock: FixedClock) -> None:
    here = desk_context.location.id
    uow = db.unit_of_work(SYSTEM)
    with uow:
        s = uow.session
        org = Organisation(name="Verein Sonne", name_key="verein sonne")
        s.add(org)
        s.flush()
        contact = Contact(organisation_id=org.id, name="Geheim", name_key="geheim")
        cat = EquipmentCategory(name="Beamer", checklist=[])
        s.add_all([contact, cat])
        s.flush()
        items = []
        for n, status in enumerate((ItemStatus.AVAILABLE,) * 3 + (ItemStatus.MAINTENANCE,)):
            item = EquipmentItem(
                inventory_no=f"20000{n}", name=f"Beamer {n}", name_key=f"beamer {n}",
                category_id=cat.id, home_location_id=here, current_location_id=here,
                status=status, status_reason="Lampe" if status is ItemStatus.MAINTENANCE else None,
            )  # fmt: skip
            s.add(item)
            items.append(item)
        s.flush()
        for no, state, start, due, item in (
            (1, LoanState.RESERVED, TODAY, TODAY + timedelta(days=3), items[0]),
            (2, LoanState.OUT, TODAY - timedelta(days=5), TODAY, items[1]),
            (3, LoanState.OUT, TODAY - timedelta(days=9), TODAY - timedelta(days=4), items[2]),
        ):
            loan = Loan(
                receipt_no=f"X-2026-{no:05d}", organisation_id=org.id, contact_id=contact.id,
                start_date=start, due_date=due, state=state, location_out_id=here,
            )  # fmt: skip
            s.add(loan)
            s.flush()
            s.add(LoanLine(loan_id=loan.id, item_id=item.id))
        uow.commit()


@pytest.fixture
def tab(qtbot: QtBot, desk_context: DeskContext, today_data: None) -> DashboardTab:
    widget = DashboardTab(desk_context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_lists_show_today_at_this_location(tab: DashboardTab) -> None:
    assert tab.is_populated()
    assert tab.pickups_model.row(0).cells[0] == "X-2026-00001"
    assert tab.due_model.row(0).cells[0] == "X-2026-00002"
    assert tab.overdue_model.row(0).cells == ("X-2026-00003", "Verein Sonne", "1", "4")
    assert tab.maintenance_model.row(0).cells == ("200003", "Beamer 3", "Lampe")
    assert tab.rooms_model.rowCount() == 0
    assert "Synchronisierung noch nicht eingerichtet" in tab.sync_label.text()
    assert "25.11.2026" in tab.title_label.text()
    assert tab.overdue_box.title() == "Überfällig (1)"


def test_no_contact_names_on_the_dashboard(tab: DashboardTab) -> None:
    texts = [
        model.row(r).cells
        for model in (tab.pickups_model, tab.due_model, tab.overdue_model)
        for r in range(model.rowCount())
    ]
    assert all("Geheim" not in cell for cells in texts for cell in cells)


class DeferredRunner:
    """Holds work until ``run_all``, like the thread pool before its result arrives."""

    def __init__(self) -> None:
        self.pending: list[tuple[Any, Any]] = []

    def submit(self, work: Any, on_done: Any, on_error: Any = None) -> None:
        self.pending.append((work, on_done))

    def run_all(self) -> None:
        while self.pending:
            work, on_done = self.pending.pop(0)
            on_done(work())


def test_populated_is_emitted_once_after_the_first_load(
    qtbot: QtBot, desk_context: DeskContext, today_data: None
) -> None:
    runner = DeferredRunner()
    widget = DashboardTab(dataclasses.replace(desk_context, runner=runner))
    qtbot.addWidget(widget)
    assert not widget.is_populated()
    with qtbot.waitSignal(widget.populated):
        runner.run_all()
    assert widget.is_populated()
    seen: list[bool] = []
    widget.populated.connect(lambda: seen.append(True))
    widget.refresh()
    runner.run_all()
    assert seen == []


def test_enter_on_an_overdue_loan_asks_for_the_return_dialog(
    qtbot: QtBot, tab: DashboardTab
) -> None:
    tab.overdue_view.setFocus()
    tab.overdue_view.setCurrentIndex(tab.overdue_model.index(0, 0))
    with qtbot.waitSignal(tab.return_requested) as blocker:
        QTest.keyClick(tab.overdue_view, Qt.Key.Key_Return)
    assert blocker.args == ["200002"]


def test_enter_on_maintenance_opens_the_item_and_on_a_pickup_the_reservation(
    qtbot: QtBot, tab: DashboardTab
) -> None:
    tab.maintenance_view.setFocus()
    tab.maintenance_view.setCurrentIndex(tab.maintenance_model.index(0, 0))
    with qtbot.waitSignal(tab.item_requested) as blocker:
        QTest.keyClick(tab.maintenance_view, Qt.Key.Key_Return)
    assert blocker.args == ["200003"]
    tab.pickups_view.setCurrentIndex(tab.pickups_model.index(0, 0))
    with qtbot.waitSignal(tab.pickup_requested) as blocker:
        QTest.keyClick(tab.pickups_view, Qt.Key.Key_Enter)
    assert blocker.args == ["X-2026-00001"]


def test_tab_moves_from_list_to_list(qtbot: QtBot, tab: DashboardTab) -> None:
    tab.pickups_view.setFocus()
    qtbot.waitUntil(tab.pickups_view.hasFocus)
    QTest.keyClick(tab.pickups_view, Qt.Key.Key_Tab)
    assert not tab.pickups_view.hasFocus()


def test_f5_reloads_after_a_change(
    qtbot: QtBot, tab: DashboardTab, db: Database, clock: FixedClock
) -> None:
    clock.current = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    tab.setFocus()
    QTest.keyClick(tab, Qt.Key.Key_F5)
    assert tab.overdue_model.rowCount() == 2  # the loan due on the 25th is overdue now
    assert tab.timer.isActive() and tab.timer.interval() == 60_000


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, tab: DashboardTab) -> None:
    for model in (tab.pickups_model, tab.overdue_model, tab.maintenance_model):
        qtmodeltester.check(model)


def test_a_saved_change_anywhere_refreshes_the_dashboard(
    qtbot: QtBot, desk_context: DeskContext, db: Database, today_data: None
) -> None:
    from hor_desktop.services import equipment
    from hor_desktop.ui.changes import ChangeNotifier

    changes = ChangeNotifier()
    db.commit_listeners.append(changes.notify)
    widget = DashboardTab(dataclasses.replace(desk_context, changes=changes))
    qtbot.addWidget(widget)
    assert widget.maintenance_model.rowCount() == 1
    item = equipment.get_item_by_inventory_no(db.unit_of_work(SYSTEM), "200000")
    equipment.set_item_status(
        db.unit_of_work(SYSTEM), item_id=item.id, status=ItemStatus.MAINTENANCE, reason="Linse"
    )
    qtbot.waitUntil(lambda: widget.maintenance_model.rowCount() == 2, timeout=3000)
