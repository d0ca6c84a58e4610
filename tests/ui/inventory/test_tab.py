"""The Inventar tab: filters, paging, scanning, status changes, kits and labels."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import ItemStatus
from hor_desktop.services import equipment, inventory_views, lending
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.inventory import item_list
from hor_desktop.ui.inventory.tab import InventoryTab
from hor_desktop.ui.printing import preview

from .conftest import shown_numbers


def _choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_tab_lists_all_items_sorted_by_number(tab: InventoryTab) -> None:
    assert shown_numbers(tab) == ["100001", "100002", "200003", "200004", "300005"]
    assert tab.count_label.text() == "5 Geräte"


def test_typing_filters_after_the_keys_pause(qtbot: QtBot, tab: InventoryTab) -> None:
    qtbot.keyClicks(tab.search_edit, "beamer")
    assert tab.controller.pending  # debounced: no query per keystroke
    qtbot.waitUntil(lambda: not tab.controller.pending, timeout=2000)
    assert shown_numbers(tab) == ["100001", "200003"]


def test_category_status_and_location_filters_show_the_right_rows(
    tab: InventoryTab, db: Database, desk_actor: Actor, stock: list[equipment.ItemDTO],
    locations: list[LocationDTO],
) -> None:  # fmt: skip
    _choose(tab.category_combo, "Kabel")
    assert shown_numbers(tab) == ["100002", "200004"]
    _choose(tab.location_combo, locations[1].code)
    assert shown_numbers(tab) == ["100002"]
    _choose(tab.category_combo, "Alle Kategorien")
    _choose(tab.location_combo, "Alle Standorte")
    equipment.set_item_status(
        db.unit_of_work(desk_actor), item_id=stock[4].id, status=ItemStatus.MAINTENANCE,
        reason="Riss",
    )  # fmt: skip
    _choose(tab.status_combo, "in Wartung")
    assert shown_numbers(tab) == ["300005"]


def test_scrolling_to_the_end_loads_the_next_page(
    qtbot: QtBot, desk_context: DeskContext, stock: list[equipment.ItemDTO],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(item_list, "PAGE_SIZE", 2)
    tab = InventoryTab(desk_context)
    qtbot.addWidget(tab)
    assert shown_numbers(tab) == ["100001", "100002"]
    assert tab.model.canFetchMore(QModelIndex())
    tab.model.fetchMore(QModelIndex())
    assert shown_numbers(tab) == ["100001", "100002", "200003", "200004"]
    tab.model.fetchMore(QModelIndex())
    assert len(shown_numbers(tab)) == 5
    assert not tab.model.canFetchMore(QModelIndex())


def test_sorting_by_a_header_reloads_from_the_database(tab: InventoryTab) -> None:
    tab.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [tab.model.row_dto(r).name for r in range(2)] == [
        "Leinwand Celexon",
        "Kabeltrommel 25 m",
    ]


def test_scanning_an_inventory_number_selects_the_item_and_shows_it(
    qtbot: QtBot, tab: InventoryTab
) -> None:
    qtbot.keyClicks(tab.search_edit, "200003")
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    assert [row.inventory_no for row in tab.selected_rows()] == ["200003"]
    assert tab.detail.title.text() == "200003 – Beamer Acer X1128H"
    assert tab.detail.fields["category"].text() == "Beamer"
    assert tab.search_edit.selectedText() == "200003"  # the next scan replaces it


def test_scanning_an_unknown_number_says_so(qtbot: QtBot, tab: InventoryTab) -> None:
    qtbot.keyClicks(tab.search_edit, "999999")
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    assert tab.message_label.text() == "Kein Gerät mit der Inventarnummer 999999."


def test_maintenance_without_reason_is_refused_inline_then_lists_affected_reservation(
    qtbot: QtBot, tab: InventoryTab, stock: list[equipment.ItemDTO],
    organisation: tuple[uuid.UUID, uuid.UUID],
) -> None:  # fmt: skip
    org_id, contact_id = organisation
    reservation = lending.reserve(
        tab.context.uow(), organisation_id=org_id, contact_id=contact_id,
        item_ids=[stock[0].id], start=date(2026, 12, 14),
    )  # fmt: skip
    tab.select_row(0)
    dialog = tab.commands.change_status()
    assert dialog is not None
    assert dialog.selected_status() is ItemStatus.MAINTENANCE
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Bitte angeben, was an dem Gerät zu tun ist."

    qtbot.keyClicks(dialog.reason_edit, "Lampe flackert")
    dialog.submit()

    assert not dialog.isVisible()
    message = tab.message_label.text()
    assert reservation.receipt_no in message
    assert "Afrika Forum Köln e.V." in message
    assert "14.12.2026" in message
    assert tab.model.data(tab.model.index(0, 5)) == "in Wartung"
    assert "Lampe flackert" in tab.detail.fields["status"].text()


def test_desk_staff_may_not_retire_an_item(tab: InventoryTab) -> None:
    tab.select_row(0)
    dialog = tab.commands.change_status()
    assert dialog is not None
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(ItemStatus.RETIRED))
    dialog.submit()
    assert "vorbehalten" in dialog.error_label.text()


def test_kit_is_created_by_scanning_and_edited(
    qtbot: QtBot, admin_context: DeskContext, db: Database, admin_actor: Actor,
    stock: list[equipment.ItemDTO],
) -> None:  # fmt: skip
    tab = InventoryTab(admin_context)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    dialog = tab.commands.new_kit()
    assert dialog.isVisible()
    dialog.name_edit.setText("Präsentation")  # keyClicks aborts on non-ASCII in PySide6
    for number in ("100001", "200004", "100001"):
        qtbot.keyClicks(dialog.scan_edit, number)
        qtbot.keyClick(dialog.scan_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the scan field adds, it does not save
    assert dialog.message.text() == "100001 ist schon im Set."
    dialog.submit()
    assert tab.kits_model.rowCount() == 1
    assert tab.kits_model.data(tab.kits_model.index(0, 1)) == "2"

    tab.kits_table.setCurrentIndex(tab.kits_model.index(0, 0))
    edit = tab.commands.edit_kit()
    assert edit is not None
    assert edit.items_list.count() == 2
    edit.items_list.setCurrentRow(0)
    edit.remove_selected()
    edit.submit()
    kit_id = inventory_views.list_kits(db.unit_of_work(admin_actor))[0].id
    items = inventory_views.get_kit_items(db.unit_of_work(admin_actor), kit_id)
    assert [item.inventory_no for item in items] == ["200004"]


def test_labels_of_the_selected_items_are_previewed_and_saved_as_pdf(
    tab: InventoryTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "etiketten.pdf"
    monkeypatch.setattr(
        preview.QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), "")
    )
    selection = tab.table.selectionModel()
    for row in (0, 2):
        selection.select(
            tab.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    tab.labels_action.trigger()
    dialog = tab.commands.preview
    assert dialog is not None
    dialog.save_as_pdf()
    dialog.close()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "100001" in text
    assert "200003" in text
    assert "100002" not in text
    assert tab.message_label.text() == "2 Etiketten bereit zum Drucken."


def test_desk_staff_creating_an_item_sees_the_permission_message(
    qtbot: QtBot, tab: InventoryTab
) -> None:
    dialog = tab.commands.new_item()
    qtbot.keyClicks(dialog.inventory_no_edit, "400006")
    qtbot.keyClicks(dialog.name_edit, "Mikrofon")
    dialog.submit()
    assert dialog.isVisible()
    assert "vorbehalten" in dialog.error_label.text()


def test_location_admin_creates_an_item_and_sees_it_selected(
    qtbot: QtBot, admin_context: DeskContext, stock: list[equipment.ItemDTO]
) -> None:
    tab = InventoryTab(admin_context)
    qtbot.addWidget(tab)
    dialog = tab.commands.new_item()
    qtbot.keyClicks(dialog.inventory_no_edit, "400006")
    qtbot.keyClicks(dialog.name_edit, "Mikrofon Shure")
    qtbot.keyClicks(dialog.value_edit, "1.234,5")
    dialog.submit()
    assert not dialog.isVisible()
    assert tab.detail.title.text() == "400006 – Mikrofon Shure"
    assert tab.detail.fields["value"].text() == "1.234,50 €"
