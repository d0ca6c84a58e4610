"""Replica mode: what the shared server has not confirmed yet says "vorläufig"."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import BookingStatus, DeskSlot, Role
from hor_desktop.services import contacts, desk_ranges, desks, equipment, lending
from hor_desktop.services import organisations as orgs
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from hor_desktop.store.models import DeskBooking, Loan
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.desks.dialogs import BookingRequest
from hor_desktop.ui.desks.models import Columns
from hor_desktop.ui.desks.tab import DesksTab
from hor_desktop.ui.lending.models import DueLoansTableModel


def _desk_and_org(db: Database, actor: Actor) -> tuple[desks.DeskDTO, orgs.OrganisationDTO]:
    assert actor.location_id is not None
    lead = dataclasses.replace(actor, role=Role.LOCATION_ADMIN)
    desk = desks.create_desk(db.unit_of_work(lead), location_id=actor.location_id, label="A1")
    org = orgs.create_organisation(db.unit_of_work(actor), name="Verein X")
    contacts.add_contact(
        db.unit_of_work(actor), organisation_id=org.id, name="Ana", is_responsible=True
    )
    return desk, org


def make_desks_tab(qtbot: QtBot, context: DeskContext, tmp_path: Path) -> DesksTab:
    settings = QSettings(str(tmp_path / "hor.ini"), QSettings.Format.IniFormat)
    tab = DesksTab(context, settings=settings)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_a_desk_booked_at_a_replica_is_tentative_and_the_board_says_so(
    qtbot: QtBot, desk_context: DeskContext, db: Database, desk_actor: Actor, tmp_path: Path
) -> None:
    desk, org = _desk_and_org(db, desk_actor)
    tab = make_desks_tab(qtbot, dataclasses.replace(desk_context, mode="replica"), tmp_path)
    tab.submit_booking(
        BookingRequest(
            desk.id, org.id, "Amina", None, tab.day, tab.day, DeskSlot.MORNING, None, None
        )
    )
    with db.unit_of_work(desk_actor) as uow:
        (row,) = uow.session.scalars(select(DeskBooking)).all()
        assert row.status is BookingStatus.TENTATIVE
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=2000)
    text = tab.model.index(0, Columns.MORNING).data()
    assert "Amina" in text and text.endswith("(vorläufig)")


def test_a_desk_booked_in_local_mode_is_confirmed_without_a_mark(
    qtbot: QtBot, desk_context: DeskContext, db: Database, desk_actor: Actor, tmp_path: Path
) -> None:
    desk, org = _desk_and_org(db, desk_actor)
    tab = make_desks_tab(qtbot, desk_context, tmp_path)
    tab.submit_booking(
        BookingRequest(
            desk.id, org.id, "Amina", None, tab.day, tab.day, DeskSlot.MORNING, None, None
        )
    )
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=2000)
    assert "vorläufig" not in tab.model.index(0, Columns.MORNING).data()


def test_a_desk_range_can_be_booked_tentative(db: Database, desk_actor: Actor) -> None:
    desk, org = _desk_and_org(db, desk_actor)
    result = desk_ranges.book_desk_range(
        db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=org.id,
        person_name="Amina", start=date(2026, 11, 30), end=date(2026, 12, 2), slot=DeskSlot.DAY,
        status=BookingStatus.TENTATIVE,
    )  # fmt: skip
    assert len(result.booked) == 3 and all(
        b.status is BookingStatus.TENTATIVE for b in result.booked
    )


def test_loan_lists_mark_loans_the_server_has_not_confirmed(
    db: Database, desk_actor: Actor, locations: list[LocationDTO]
) -> None:
    lead = dataclasses.replace(desk_actor, role=Role.LOCATION_ADMIN)
    category = equipment.create_category(db.unit_of_work(lead), name="Beamer")
    item = equipment.create_item(
        db.unit_of_work(lead), inventory_no="100230", name="Beamer 0",
        category_id=category.id, home_location_id=locations[0].id,
    )  # fmt: skip
    _desk, org = _desk_and_org(db, desk_actor)
    contact = contacts.list_contacts(db.unit_of_work(desk_actor), organisation_id=org.id)[0]
    loan = lending.reserve(
        db.unit_of_work(desk_actor), organisation_id=org.id, contact_id=contact.id,
        item_ids=[item.id], start=date(2026, 11, 26), due=date(2026, 11, 27),
    )  # fmt: skip
    unconfirmed = lending.get_loan(db.unit_of_work(desk_actor), loan.id)
    assert unconfirmed.confirmed_at is None
    with db.unit_of_work(desk_actor) as uow:  # what the pull brings once the server confirmed
        uow.session.get_one(Loan, loan.id).confirmed_at = datetime(2026, 11, 25, 10, tzinfo=UTC)
        uow.commit()
    confirmed = lending.get_loan(db.unit_of_work(desk_actor), loan.id)
    assert confirmed.confirmed_at is not None

    replica = DueLoansTableModel(date(2026, 11, 25), replica=True)
    replica.set_rows([unconfirmed, confirmed])
    local = DueLoansTableModel(date(2026, 11, 25))
    local.set_rows([unconfirmed])
    column = DueLoansTableModel.Column.RECEIPT
    assert replica.index(0, column).data() == f"{loan.receipt_no} (vorläufig)"
    assert replica.index(1, column).data() == loan.receipt_no
    assert local.index(0, column).data() == loan.receipt_no
