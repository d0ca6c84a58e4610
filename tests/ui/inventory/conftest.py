"""Inventar tab fixtures: a small stock of items, an organisation, the tab itself."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.core.validation import search_key
from hor_desktop.services import equipment
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from hor_desktop.store.models import Contact, Organisation
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.inventory.tab import InventoryTab

STOCK = [
    ("100001", "Beamer Epson EB-W49", "Beamer", 0),
    ("100002", "Kabeltrommel 25 m", "Kabel", 1),
    ("200003", "Beamer Acer X1128H", "Beamer", 1),
    ("200004", "HDMI-Kabel 5 m", "Kabel", 0),
    ("300005", "Leinwand Celexon", "Leinwand", 2),
]


@pytest.fixture
def stock(
    db: Database, admin_actor: Actor, locations: list[LocationDTO]
) -> list[equipment.ItemDTO]:
    categories = {
        name: equipment.create_category(db.unit_of_work(admin_actor), name=name)
        for name in ("Beamer", "Kabel", "Leinwand")
    }
    return [
        equipment.create_item(
            db.unit_of_work(admin_actor),
            inventory_no=number,
            name=name,
            category_id=categories[category].id,
            home_location_id=locations[location].id,
        )
        for number, name, category, location in STOCK
    ]


@pytest.fixture
def organisation(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    """(organisation id, contact id) as ORM rows (the organisations UI is not needed)."""
    with db.unit_of_work(Actor(location_id=None, role=Role.ADMIN)) as uow:
        org = Organisation(name="Afrika Forum Köln e.V.", name_key=search_key("Afrika Forum"))
        uow.session.add(org)
        uow.session.flush()
        contact = Contact(
            organisation_id=org.id, name="Amina Diallo", name_key="amina diallo",
            phone="0221 123456", is_responsible=True,
        )  # fmt: skip
        uow.session.add(contact)
        uow.commit()
        return org.id, contact.id


@pytest.fixture
def admin_context(desk_context: DeskContext, admin_actor: Actor) -> DeskContext:
    return replace(desk_context, actor=admin_actor)


@pytest.fixture
def tab(qtbot: QtBot, desk_context: DeskContext, stock: list[equipment.ItemDTO]) -> InventoryTab:
    widget = InventoryTab(desk_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_numbers(tab: InventoryTab) -> list[str]:
    return [tab.model.row_dto(row).inventory_no for row in range(tab.model.rowCount())]
