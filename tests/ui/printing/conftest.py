"""A loan with an issued lending slip, and a two-page PDF, for the printing UI tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.printing.model import LendingSlip, Letterhead, Party, SlipLine
from hor_desktop.printing.slip import render_lending_slip
from hor_desktop.services import contacts, equipment, lending, organisations
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database


@pytest.fixture
def two_page_pdf() -> bytes:
    """A lending slip printed in two copies: one page each."""
    slip = LendingSlip(
        receipt_no="CCH-2026-00042",
        borrower=Party("Förderverein Ümraniye e.V.", "Jan Kowalski", "0221 123456"),
        start=date(2026, 12, 12),
        due=date(2026, 12, 14),
        lines=(SlipLine("100234", "Beamer Epson EB-W06", "Netzkabel", "gut"),),
        staff_name="Maria Müller",
        place="Köln",
        issued_at=datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
        two_copies=True,
    )
    return render_lending_slip(slip, Letterhead("Haus der Ressourcen Köln", "Coach e.V."))


@pytest.fixture
def loan(db: Database, admin_actor: Actor, locations: list[LocationDTO]) -> lending.LoanDTO:
    uow = db.unit_of_work
    org = organisations.create_organisation(uow(admin_actor), name="Kulturverein Anadolu")
    contact = contacts.add_contact(
        uow(admin_actor), organisation_id=org.id, name="Ayşe Doğan", is_responsible=True
    )
    category = equipment.create_category(uow(admin_actor), name="Beamer")
    item = equipment.create_item(
        uow(admin_actor), inventory_no="300001", name="Beamer Epson",
        category_id=category.id, home_location_id=locations[0].id,
    )  # fmt: skip
    return lending.check_out(
        uow(admin_actor), organisation_id=org.id, contact_id=contact.id, item_ids=[item.id]
    )
