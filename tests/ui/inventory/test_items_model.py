"""The item list model: Qt's model contract, preformatted cells, paging requests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from hor_desktop.core.actor import Actor
from hor_desktop.services import equipment, inventory_views
from hor_desktop.store.database import Database
from hor_desktop.ui.inventory.models import Columns, ItemsTableModel, RowRole, SortRole


def test_items_model_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database, desk_actor: Actor, stock: list[equipment.ItemDTO]
) -> None:
    model = ItemsTableModel()
    page = inventory_views.list_items(db.unit_of_work(desk_actor), limit=3)
    model.reset_rows(page.rows, has_more=True)
    qtmodeltester.check(model)
    model.append_rows(
        inventory_views.list_items(db.unit_of_work(desk_actor), after=page.next_after).rows,
        has_more=False,
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_items_model_cells_are_german_and_row_role_gives_the_dto(
    db: Database, desk_actor: Actor, stock: list[equipment.ItemDTO]
) -> None:
    model = ItemsTableModel()
    model.reset_rows(inventory_views.list_items(db.unit_of_work(desk_actor)).rows, has_more=False)
    first = model.index(0, Columns.STATUS)
    assert model.data(first) == "verfügbar"
    assert model.data(model.index(0, Columns.NAME), SortRole) == "beamer epson eb-w49"
    assert model.data(first, RowRole).inventory_no == "100001"
    assert model.headerData(Columns.INVENTORY_NO, Qt.Orientation.Horizontal) == "Inventar-Nr."


def test_fetch_more_asks_once_until_the_page_arrives(
    db: Database, desk_actor: Actor, stock: list[equipment.ItemDTO]
) -> None:
    model = ItemsTableModel()
    requests: list[bool] = []
    model.fetch_more_requested.connect(lambda: requests.append(True))
    model.reset_rows(
        inventory_views.list_items(db.unit_of_work(desk_actor), limit=2).rows, has_more=True
    )
    root = model.index(-1, -1)
    assert model.canFetchMore(root)
    model.fetchMore(root)
    model.fetchMore(root)
    assert requests == [True]
    assert not model.canFetchMore(root)
