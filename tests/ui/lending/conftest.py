"""Lending desk UI fixtures: items, organisations and a recorded slip presenter."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import OrganisationStatus, Role
from hor_desktop.services import contacts, equipment, organisations
from hor_desktop.store.database import Database
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.lending import slips


@dataclass
class Shown:
    """What the (replaced) print preview was asked to show."""

    calls: list[tuple[bytes, str]] = field(default_factory=list)
    fail: bool = False

    def __call__(self, parent: QWidget | None, pdf: bytes, title: str) -> QDialog | None:
        if self.fail:
            raise RuntimeError("printer on fire")
        self.calls.append((pdf, title))
        return QDialog(parent)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    recorder = Shown()
    monkeypatch.setattr(slips, "presenter", recorder)
    return recorder


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(1)))
    return calls


@dataclass
class Desk:
    context: DeskContext
    db: Database
    org_id: uuid.UUID
    contact_id: uuid.UUID
    blocked_id: uuid.UUID
    items: dict[str, equipment.ItemDTO]
    kit_id: uuid.UUID

    def uow(self, actor: Actor | None = None) -> Any:
        return self.db.unit_of_work(actor or self.context.actor)


@pytest.fixture
def desk(db: Database, desk_context: DeskContext, admin_actor: Actor) -> Desk:
    loc = desk_context.location.id
    beamer = equipment.create_category(
        db.unit_of_work(admin_actor), name="Beamer", default_loan_days=7, deposit_cents=5000,
        checklist=["Fernbedienung", "HDMI-Kabel"],
    )  # fmt: skip
    cable = equipment.create_category(
        db.unit_of_work(admin_actor), name="Kabeltrommel", default_loan_days=3, deposit_cents=500
    )
    items = {}
    for number, name, category in [
        ("100234", "Beamer Epson EB-W49", beamer),
        ("100235", "Beamer BenQ MW560", beamer),
        ("200101", "Kabeltrommel 25 m", cable),
        ("200102", "Kabeltrommel 50 m", cable),
    ]:
        items[number] = equipment.create_item(
            db.unit_of_work(admin_actor), inventory_no=number, name=name,
            category_id=category.id, home_location_id=loc, condition="gut",
        )  # fmt: skip
    kit = equipment.create_kit(
        db.unit_of_work(admin_actor), name="Vortrags-Set",
        item_ids=[items["100235"].id, items["200102"].id],
    )  # fmt: skip
    org = organisations.create_organisation(
        db.unit_of_work(admin_actor), name="Afrika Forum Köln e.V.", short_name="AFK",
        email="info@afrika-forum.example",
    )  # fmt: skip
    contact = contacts.add_contact(
        db.unit_of_work(admin_actor), organisation_id=org.id, name="Amina Diallo",
        phone="0221 123456", email="amina@afrika-forum.example", is_responsible=True,
    )  # fmt: skip
    blocked = organisations.create_organisation(
        db.unit_of_work(admin_actor), name="Kulturverein Mosaik"
    )
    contacts.add_contact(
        db.unit_of_work(admin_actor), organisation_id=blocked.id, name="Levan Beridze",
        is_responsible=True,
    )  # fmt: skip
    organisations.block_organisation(
        db.unit_of_work(Actor(location_id=loc, role=Role.ADMIN)), organisation_id=blocked.id,
        reason="Beamer 2025 nicht zurückgegeben",
    )  # fmt: skip
    assert OrganisationStatus.BLOCKED
    return Desk(desk_context, db, org.id, contact.id, blocked.id, items, kit.id)


def open_modals() -> set[int]:
    """Visible modal windows, by id: a scan must never add one (other tests may leak theirs)."""
    return {
        id(widget)
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and widget.isModal()
    }
