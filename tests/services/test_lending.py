"""Lending: check-out, reservation, pick-up, cancellation, availability, cart and transfers."""

from __future__ import annotations

import itertools
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import func, select

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock, local_today
from hor_desktop.core.enums import ItemStatus, LoanState, OrganisationStatus, Role
from hor_desktop.core.errors import (
    ConflictError,
    HorError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from hor_desktop.core.validation import search_key
from hor_desktop.services import availability, equipment, lending, returns
from hor_desktop.services.locations import LocationDTO, list_locations, seed_cologne_locations
from hor_desktop.store.database import Database, open_database
from hor_desktop.store.models import (
    AuditEvent,
    Contact,
    EquipmentItem,
    Loan,
    LoanLine,
    Organisation,
)

SYSTEM = Actor(location_id=None, role=Role.ADMIN)
TODAY = date(2026, 11, 25)  # the FixedClock's day, a Wednesday


def add_organisation(
    db: Database, name: str = "Afrika Forum Köln e.V.", **fields: Any
) -> tuple[uuid.UUID, uuid.UUID]:
    """(organisation id, contact id), written as ORM rows: the organisations service is
    developed in parallel."""
    with db.unit_of_work(SYSTEM) as uow:
        org = Organisation(name=name, name_key=search_key(name), **fields)
        uow.session.add(org)
        uow.session.flush()
        contact = Contact(
            organisation_id=org.id, name="Amina Diallo", name_key="amina diallo",
            phone="0221 123456", is_responsible=True,
        )  # fmt: skip
        uow.session.add(contact)
        uow.commit()
        return org.id, contact.id


def counts(db: Database) -> tuple[int, int, int]:
    with db.unit_of_work(SYSTEM) as uow:
        return (
            uow.session.scalar(select(func.count()).select_from(Loan)) or 0,
            uow.session.scalar(select(func.count()).select_from(LoanLine)) or 0,
            uow.session.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


@dataclass
class World:
    db: Database
    clock: FixedClock
    locations: list[LocationDTO]
    desk: Actor
    org_id: uuid.UUID
    contact_id: uuid.UUID
    projectors: list[equipment.ItemDTO]
    cables: list[equipment.ItemDTO]

    def at(self, index: int, role: Role = Role.DESK) -> Actor:
        return Actor(location_id=self.locations[index].id, role=role, name=f"Staff {index}")

    def check_out(self, item_ids: list[uuid.UUID], **kw: Any) -> lending.LoanDTO:
        kw.setdefault("organisation_id", self.org_id)
        kw.setdefault("contact_id", self.contact_id)
        actor = kw.pop("actor", self.desk)
        return lending.check_out(self.db.unit_of_work(actor), item_ids=item_ids, **kw)

    def reserve(self, item_ids: list[uuid.UUID], start: date, **kw: Any) -> lending.LoanDTO:
        kw.setdefault("organisation_id", self.org_id)
        kw.setdefault("contact_id", self.contact_id)
        actor = kw.pop("actor", self.desk)
        return lending.reserve(self.db.unit_of_work(actor), item_ids=item_ids, start=start, **kw)

    def uow(self, actor: Actor | None = None) -> Any:
        return self.db.unit_of_work(actor or self.desk)


@pytest.fixture
def world(
    db: Database, clock: FixedClock, locations: list[LocationDTO], desk_actor: Actor
) -> World:
    return make_world(db, clock, locations, desk_actor)


def make_world(
    db: Database, clock: FixedClock, locations: list[LocationDTO], desk_actor: Actor
) -> World:
    """Three projectors (two at CCH, one at IH), two cable drums and one organisation."""
    admin = Actor(location_id=locations[0].id, role=Role.LOCATION_ADMIN)
    beamer = equipment.create_category(
        db.unit_of_work(admin), name="Beamer", default_loan_days=7, deposit_cents=5000,
        checklist=["Fernbedienung", "HDMI-Kabel"],
    )  # fmt: skip
    cable = equipment.create_category(
        db.unit_of_work(admin), name="Kabeltrommel", default_loan_days=3, deposit_cents=500
    )
    projectors = [
        equipment.create_item(
            db.unit_of_work(admin),
            inventory_no=f"10023{n}",
            name=f"Beamer Epson {n}",
            category_id=beamer.id,
            home_location_id=locations[n % 2].id,
            accessories="Fernbedienung, HDMI-Kabel",
            condition="gut",
        )
        for n in range(3)
    ]
    cables = [
        equipment.create_item(
            db.unit_of_work(admin),
            inventory_no=f"20010{n}",
            name=f"Kabeltrommel {n}",
            category_id=cable.id,
            home_location_id=locations[0].id,
        )
        for n in range(2)
    ]
    org_id, contact_id = add_organisation(db)
    return World(db, clock, locations, desk_actor, org_id, contact_id, projectors, cables)


def assert_refused(world: World, error: type[HorError], match: str, call: Any) -> HorError:
    """The call raises ``error`` and writes nothing (no loan, no line, no audit event)."""
    before = counts(world.db)
    with pytest.raises(error, match=match) as info:
        call()
    assert counts(world.db) == before
    return info.value


# --- check-out -------------------------------------------------------------------------


def test_check_out_writes_loan_lines_and_one_audit_event(world: World) -> None:
    before = counts(world.db)
    loan = world.check_out([world.projectors[0].id, world.cables[0].id], purpose="Sommerfest")
    assert loan.state is LoanState.OUT
    assert loan.receipt_no == "CCH-2026-00001"
    assert loan.organisation_name == "Afrika Forum Köln e.V."
    assert (loan.contact_name, loan.contact_phone) == ("Amina Diallo", "0221 123456")
    assert loan.start_date == TODAY
    assert [line.inventory_no for line in loan.lines] == ["100230", "200100"]
    assert loan.lines[0].accessories_out == "Fernbedienung, HDMI-Kabel"
    assert loan.lines[0].condition_out == "gut"
    assert counts(world.db) == (before[0] + 1, before[1] + 2, before[2] + 1)
    with world.uow() as uow:
        event = uow.session.scalars(select(AuditEvent).where(AuditEvent.entity_id == loan.id)).one()
        action, changes = event.action, event.changes
    assert action == "check_out"
    assert changes["receipt_no"] == "CCH-2026-00001"
    assert set(changes["item_ids"]) == {str(world.projectors[0].id), str(world.cables[0].id)}


def test_check_out_defaults_to_shortest_category_period_and_summed_deposit(world: World) -> None:
    loan = world.check_out([world.projectors[0].id, world.cables[0].id])
    assert loan.due_date == date(2026, 11, 30)  # 3 days → Saturday 28.11. → Monday
    assert loan.deposit_cents == 5500


def test_check_out_keeps_item_at_its_location_until_return(world: World) -> None:
    world.check_out([world.projectors[1].id])
    item = equipment.get_item_by_inventory_no(world.uow(), "100231")
    assert item.current_location_id == world.locations[1].id


def test_receipt_numbers_count_up_per_location_and_year(world: World) -> None:
    first = world.check_out([world.projectors[0].id])
    second = world.check_out([world.projectors[1].id])
    elsewhere = world.check_out([world.projectors[2].id], actor=world.at(1))
    next_year = world.reserve([world.cables[0].id], start=date(2027, 1, 11))
    assert [first.receipt_no, second.receipt_no] == ["CCH-2026-00001", "CCH-2026-00002"]
    assert elsewhere.receipt_no == "IH-2026-00001"
    assert next_year.receipt_no == "CCH-2027-00001"


def test_receipt_number_follows_the_highest_existing_one(world: World) -> None:
    with world.uow(SYSTEM) as uow:
        loan = Loan(
            receipt_no="CCH-2026-00041", organisation_id=world.org_id,
            contact_id=world.contact_id, start_date=date(2026, 1, 5),
            due_date=date(2026, 1, 12), state=LoanState.RETURNED,
            location_out_id=world.locations[0].id, deleted_at=world.clock.now(),
        )  # fmt: skip
        uow.session.add(loan)
        uow.commit()
    assert world.check_out([world.cables[0].id]).receipt_no == "CCH-2026-00042"


def test_empty_cart_is_refused(world: World) -> None:
    assert_refused(world, ValidationError, "kein Gerät", lambda: world.check_out([]))


def test_duplicate_item_in_cart_is_refused(world: World) -> None:
    item = world.projectors[0].id
    assert_refused(world, ValidationError, "doppelt", lambda: world.check_out([item, item]))


def test_due_before_start_is_refused(world: World) -> None:
    error = assert_refused(
        world, ValidationError, "vor dem Beginn",
        lambda: world.check_out([world.cables[0].id], due=TODAY - timedelta(days=1)),
    )  # fmt: skip
    assert error.field == "due"


def test_unknown_item_is_refused(world: World) -> None:
    assert_refused(
        world, NotFoundError, "Gerät", lambda: world.check_out([world.cables[0].id, uuid.uuid4()])
    )


def test_item_in_maintenance_is_refused(world: World) -> None:
    equipment.set_item_status(
        world.uow(), item_id=world.projectors[0].id, status=ItemStatus.MAINTENANCE,
        reason="Lampe defekt",
    )  # fmt: skip
    assert_refused(
        world, ConflictError, r"100230 \(Beamer Epson 0\) ist in Wartung: Lampe defekt",
        lambda: world.check_out([world.projectors[0].id]),
    )  # fmt: skip


def test_item_out_elsewhere_is_refused_with_receipt_and_period(world: World) -> None:
    world.check_out([world.projectors[0].id], actor=world.at(2), due=date(2026, 11, 27))
    assert_refused(
        world, ConflictError,
        r"Gerät 100230 \(Beamer Epson 0\) ist vom 25.11.2026 bis 27.11.2026 bereits "
        r"verliehen \(JN-2026-00001\)\.",
        lambda: world.check_out([world.projectors[0].id]),
    )  # fmt: skip


def test_reservation_at_another_location_blocks_overlapping_check_out(world: World) -> None:
    world.reserve(
        [world.projectors[0].id], start=date(2026, 11, 27), due=date(2026, 11, 30),
        actor=world.at(3),
    )  # fmt: skip
    assert_refused(
        world, ConflictError, r"vom 27.11.2026 bis 30.11.2026 bereits reserviert \(MIG-2026-",
        lambda: world.check_out([world.projectors[0].id], due=date(2026, 11, 27)),
    )  # fmt: skip
    # the day before the reservation is still free
    loan = world.check_out([world.projectors[0].id], due=date(2026, 11, 26))
    assert loan.state is LoanState.OUT


def test_overdue_item_stays_busy(world: World) -> None:
    world.check_out([world.cables[0].id], due=date(2026, 11, 26))
    world.clock.advance(timedelta(days=5))
    assert_refused(
        world, ConflictError, "überfällig", lambda: world.check_out([world.cables[0].id])
    )


def test_unknown_organisation_is_refused(world: World) -> None:
    assert_refused(
        world, NotFoundError, "Organisation",
        lambda: world.check_out([world.cables[0].id], organisation_id=uuid.uuid4()),
    )  # fmt: skip


def test_deleted_organisation_is_refused(world: World) -> None:
    org_id, contact_id = add_organisation(
        world.db, "Gelöschter Verein", deleted_at=datetime(2026, 1, 1, tzinfo=UTC)
    )
    assert_refused(
        world, NotFoundError, "Organisation",
        lambda: world.check_out(
            [world.cables[0].id], organisation_id=org_id, contact_id=contact_id
        ),
    )  # fmt: skip


def test_blocked_organisation_is_refused_with_its_reason(world: World) -> None:
    org_id, contact_id = add_organisation(
        world.db, "Kulturverein Mosaik", status=OrganisationStatus.BLOCKED,
        block_reason="Beamer 2025 nicht zurückgegeben",
    )  # fmt: skip
    assert_refused(
        world, ConflictError, "Mosaik ist gesperrt: Beamer 2025 nicht zurückgegeben",
        lambda: world.check_out(
            [world.cables[0].id], organisation_id=org_id, contact_id=contact_id
        ),
    )  # fmt: skip
    assert_refused(
        world, PermissionDeniedError, "Rolle admin",
        lambda: world.check_out(
            [world.cables[0].id], organisation_id=org_id, contact_id=contact_id,
            override_block_reason="Vorstand hat zugestimmt",
        ),
    )  # fmt: skip


def test_admin_override_of_a_block_is_audited(world: World) -> None:
    org_id, contact_id = add_organisation(
        world.db, "Kulturverein Mosaik", status=OrganisationStatus.BLOCKED, block_reason="Mahnung"
    )
    loan = world.check_out(
        [world.cables[0].id], organisation_id=org_id, contact_id=contact_id,
        override_block_reason="Vorstand hat zugestimmt", actor=world.at(0, Role.ADMIN),
    )  # fmt: skip
    with world.uow() as uow:
        event = uow.session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity_id == org_id, AuditEvent.action == "override"
            )
        ).one()
        changes = event.changes
    assert changes == {
        "block_reason": "Mahnung",
        "override_reason": "Vorstand hat zugestimmt",
    }
    assert loan.state is LoanState.OUT


def test_merged_organisation_is_refused(world: World) -> None:
    org_id, contact_id = add_organisation(
        world.db, "Alter Name e.V.", status=OrganisationStatus.MERGED, merged_into_id=world.org_id
    )
    error = assert_refused(
        world, ValidationError, "zusammengeführt",
        lambda: world.check_out(
            [world.cables[0].id], organisation_id=org_id, contact_id=contact_id
        ),
    )  # fmt: skip
    assert error.field == "organisation_id"


def test_contact_of_another_organisation_is_refused(world: World) -> None:
    _, other_contact = add_organisation(world.db, "Anderer Verein")
    error = assert_refused(
        world, ValidationError, "gehört nicht zu „Afrika Forum",
        lambda: world.check_out([world.cables[0].id], contact_id=other_contact),
    )  # fmt: skip
    assert error.field == "contact_id"


def test_anonymised_contact_is_refused(world: World) -> None:
    with world.uow(SYSTEM) as uow:
        contact = uow.session.get(Contact, world.contact_id)
        assert contact is not None
        contact.anonymised_at = world.clock.now()
        # Another responsible person remains, so only the anonymised one is the problem.
        uow.session.add(
            Contact(organisation_id=world.org_id, name="Kofi Mensah", name_key="kofi mensah",
                    is_responsible=True)
        )  # fmt: skip
        uow.commit()
    assert_refused(
        world, ValidationError, "anonymisiert", lambda: world.check_out([world.cables[0].id])
    )


# --- reservation, pick-up, cancellation -------------------------------------------------


def test_reservation_due_date_skips_christmas_and_the_weekend(world: World) -> None:
    loan = world.reserve([world.projectors[0].id], start=date(2026, 12, 18))
    assert loan.due_date == date(2026, 12, 28)
    assert loan.state is LoanState.RESERVED
    assert loan.lines[0].returned_at is None


def test_reservation_in_the_past_is_refused(world: World) -> None:
    assert_refused(
        world, ValidationError, "Vergangenheit",
        lambda: world.reserve([world.cables[0].id], start=TODAY - timedelta(days=1)),
    )  # fmt: skip


def test_pick_up_keeps_the_receipt_number(world: World) -> None:
    reserved = world.reserve([world.projectors[0].id], start=date(2026, 11, 27))
    world.clock.advance(timedelta(days=2))
    picked = lending.pick_up(world.uow(), loan_id=reserved.id)
    assert picked.receipt_no == reserved.receipt_no
    assert picked.state is LoanState.OUT
    assert picked.checked_out_at == world.clock.now()


def test_pick_up_rechecks_item_status(world: World) -> None:
    reserved = world.reserve([world.projectors[0].id], start=date(2026, 11, 27))
    change = equipment.set_item_status(
        world.uow(), item_id=world.projectors[0].id, status=ItemStatus.MAINTENANCE,
        reason="Lüfter laut",
    )  # fmt: skip
    assert [r.receipt_no for r in change.affected_reservations] == [reserved.receipt_no]
    assert_refused(
        world, ConflictError, "Wartung", lambda: lending.pick_up(world.uow(), loan_id=reserved.id)
    )


def test_cancel_reservation_frees_the_item(world: World) -> None:
    reserved = world.reserve([world.projectors[0].id], start=date(2026, 11, 26))
    cancelled = lending.cancel_loan(world.uow(), loan_id=reserved.id, reason="Fest abgesagt")
    assert cancelled.state is LoanState.CANCELLED
    assert world.check_out([world.projectors[0].id]).state is LoanState.OUT


def test_out_loan_cannot_be_cancelled(world: World) -> None:
    loan = world.check_out([world.cables[0].id])
    assert_refused(
        world, ConflictError, "nur Reservierungen",
        lambda: lending.cancel_loan(world.uow(), loan_id=loan.id, reason="Versehen"),
    )  # fmt: skip


# --- availability ----------------------------------------------------------------------


def test_free_items_leaves_out_busy_reserved_and_broken_items(world: World) -> None:
    start, end = date(2026, 12, 12), date(2026, 12, 14)
    world.reserve([world.projectors[0].id], start=date(2026, 12, 10), due=start)
    world.check_out([world.projectors[1].id], due=end)
    equipment.set_item_status(
        world.uow(), item_id=world.cables[0].id, status=ItemStatus.MAINTENANCE, reason="Stecker"
    )
    free = availability.free_items(world.uow(), start=start, end=end)
    assert [item.inventory_no for item in free] == ["100232", "200101"]
    assert free[0].category_name == "Beamer"
    assert free[0].location_code == "CCH"


def test_free_items_filters_by_category_location_and_text(world: World) -> None:
    start, end = date(2026, 12, 12), date(2026, 12, 14)
    category = world.projectors[0].category_id
    by_category = availability.free_items(world.uow(), start=start, end=end, category_id=category)
    assert len(by_category) == 3
    at_ih = availability.free_items(
        world.uow(), start=start, end=end, location_id=world.locations[1].id
    )
    assert [item.inventory_no for item in at_ih] == ["100231"]
    by_text = availability.free_items(world.uow(), start=start, end=end, text="KABEL", limit=1)
    assert [item.inventory_no for item in by_text] == ["200100"]


def test_returned_item_is_free_again(world: World) -> None:
    loan = world.check_out([world.cables[0].id])
    returns.check_in(world.uow(), line_ids=[loan.lines[0].id])
    free = availability.free_items(world.uow(), start=TODAY, end=TODAY, text="200100")
    assert [item.inventory_no for item in free] == ["200100"]


# --- the cart: checking a scan live ----------------------------------------------------


def test_scanned_item_is_checked_for_the_default_period(world: World) -> None:
    item = availability.item_for_cart(world.uow(), inventory_no="100230", start=TODAY)
    assert (item.id, item.name, item.category_name) == (
        world.projectors[0].id, "Beamer Epson 0", "Beamer",
    )  # fmt: skip
    assert item.location_code == "CCH"
    assert item.checked_due == date(2026, 12, 2)  # 7 days
    shorter = availability.item_for_cart(
        world.uow(), inventory_no="100230", start=TODAY, loan_days=3
    )
    assert shorter.checked_due == date(2026, 11, 30)  # the cart's 3 days win


def test_scan_of_an_item_out_elsewhere_says_until_when(world: World) -> None:
    world.check_out([world.projectors[1].id], actor=world.at(1), due=date(2026, 11, 27))
    with pytest.raises(ConflictError, match=r"bis 27.11.2026 bereits verliehen \(IH-2026-00001\)"):
        availability.item_for_cart(world.uow(), inventory_no="100231", start=TODAY)


def test_scan_for_a_future_period_meets_a_reservation(world: World) -> None:
    world.reserve([world.cables[0].id], start=date(2026, 12, 7), due=date(2026, 12, 9))
    with pytest.raises(ConflictError, match="reserviert"):
        availability.item_for_cart(
            world.uow(), inventory_no="200100", start=date(2026, 12, 8), due=date(2026, 12, 8)
        )
    free = availability.item_for_cart(
        world.uow(), inventory_no="200100", start=date(2026, 12, 1), due=date(2026, 12, 4)
    )
    assert free.checked_due == date(2026, 12, 4)


def test_scan_of_unknown_broken_or_malformed_numbers(world: World) -> None:
    equipment.set_item_status(
        world.uow(world.at(0, Role.LOCATION_ADMIN)), item_id=world.cables[1].id,
        status=ItemStatus.LOST, reason=None,
    )  # fmt: skip
    with pytest.raises(NotFoundError, match="Gerät 999999"):
        availability.item_for_cart(world.uow(), inventory_no="999999", start=TODAY)
    with pytest.raises(ConflictError, match="als verloren gemeldet"):
        availability.item_for_cart(world.uow(), inventory_no="200101", start=TODAY)
    with pytest.raises(ValidationError):
        availability.item_for_cart(world.uow(), inventory_no="Beamer", start=TODAY)


def test_kit_items_are_checked_one_by_one(world: World) -> None:
    kit = equipment.create_kit(
        world.uow(world.at(0, Role.LOCATION_ADMIN)), name="Vortrags-Set",
        item_ids=[world.projectors[0].id, world.cables[0].id],
    )  # fmt: skip
    world.check_out([world.cables[0].id])
    assert [k.name for k in availability.list_kits(world.uow(), text="vortrag")] == ["Vortrags-Set"]
    assert availability.list_kits(world.uow(), text="Zelt") == []
    checks = availability.kit_for_cart(world.uow(), kit_id=kit.id, start=TODAY)
    assert [(c.inventory_no, c.item is not None) for c in checks] == [
        ("100230", True), ("200100", False),
    ]  # fmt: skip
    assert checks[1].problem is not None and "verliehen" in checks[1].problem


# --- transfers ----------------------------------------------------------------------------


def test_transfer_list_names_items_reserved_at_another_location(world: World) -> None:
    # Beamer 1 lives at IH; a reservation at CCH needs it moved there.
    moving = world.reserve([world.projectors[1].id], start=date(2026, 11, 30))
    world.reserve([world.projectors[0].id], start=date(2026, 11, 30))  # already at CCH
    world.reserve([world.cables[0].id], start=date(2026, 12, 20), actor=world.at(2))  # too late
    transfers = availability.list_transfers(world.uow(), days=14)
    assert [(t.receipt_no, t.inventory_no, t.from_location_code, t.to_location_code)
            for t in transfers] == [(moving.receipt_no, "100231", "IH", "CCH")]  # fmt: skip
    assert transfers[0].organisation_name == "Afrika Forum Köln e.V."
    assert len(availability.list_transfers(world.uow(), days=30)) == 2


def test_transfer_list_forgets_moved_and_cancelled_reservations(world: World) -> None:
    reserved = world.reserve([world.projectors[1].id], start=date(2026, 11, 30))
    lending.cancel_loan(world.uow(), loan_id=reserved.id, reason="abgesagt")
    assert availability.list_transfers(world.uow()) == []
    with pytest.raises(ValidationError):
        availability.list_transfers(world.uow(), days=-1)


# --- property: random lending never double-books an item --------------------------------

_TEMPLATE: dict[str, Path] = {}


def _template_db() -> Path:
    """A migrated database with locations, items and an organisation, built once per run."""
    if "path" not in _TEMPLATE:
        path = Path(tempfile.mkdtemp()) / "template.sqlite"
        database = open_database(f"sqlite:///{path}", clock=FixedClock())
        seed_cologne_locations(database.unit_of_work(SYSTEM))
        category = equipment.create_category(
            database.unit_of_work(SYSTEM), name="Beamer", default_loan_days=3
        )
        location_id = list_locations(database.unit_of_work(SYSTEM))[0].id
        for n in range(5):
            equipment.create_item(
                database.unit_of_work(SYSTEM), inventory_no=f"40000{n}", name=f"Gerät {n}",
                category_id=category.id, home_location_id=location_id,
            )  # fmt: skip
        add_organisation(database)
        database.close()
        _TEMPLATE["path"] = path
    return _TEMPLATE["path"]


class LendingMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp())
        shutil.copy(_template_db(), self.dir / "hor.sqlite")
        self.clock = FixedClock()
        self.db = open_database(f"sqlite:///{self.dir / 'hor.sqlite'}", clock=self.clock)
        with self.db.unit_of_work(SYSTEM) as uow:
            self.items = list(
                uow.session.scalars(select(EquipmentItem.id).order_by("inventory_no"))
            )
            self.org_id = uow.session.scalars(select(Organisation.id)).one()
            self.contact_id = uow.session.scalars(select(Contact.id)).one()
        self.actors = [
            Actor(location_id=loc.id, role=Role.DESK) for loc in list_locations(self.uow(SYSTEM))
        ]

    def uow(self, actor: Actor) -> Any:
        return self.db.unit_of_work(actor)

    def teardown(self) -> None:
        self.db.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def attempt(self, action: str, call: Any) -> None:
        """A refused call writes nothing; a successful one leaves its audit event(s)."""
        before = counts(self.db)
        try:
            result = call()
        except HorError:
            assert counts(self.db) == before
            return
        loans = result if isinstance(result, list) else [result]
        with self.uow(SYSTEM) as uow:
            for loan in loans:
                assert uow.session.scalars(
                    select(AuditEvent.id).where(
                        AuditEvent.entity_id == loan.id, AuditEvent.action == action
                    )
                ).first(), f"no {action} audit event for {loan.receipt_no}"
        assert counts(self.db)[2] >= before[2] + len(loans)

    def today(self) -> date:
        return local_today(self.clock)

    def loan_ids(self, state: LoanState) -> list[uuid.UUID]:
        with self.uow(SYSTEM) as uow:
            return list(uow.session.scalars(select(Loan.id).where(Loan.state == state)))

    @rule(
        picks=st.lists(st.integers(0, 4), min_size=1, max_size=3, unique=True),
        days=st.integers(0, 5), where=st.integers(0, 3),
    )  # fmt: skip
    def check_out(self, picks: list[int], days: int, where: int) -> None:
        self.attempt("check_out", lambda: lending.check_out(
            self.uow(self.actors[where]), organisation_id=self.org_id,
            contact_id=self.contact_id, item_ids=[self.items[i] for i in picks],
            due=self.today() + timedelta(days=days),
        ))  # fmt: skip

    @rule(
        picks=st.lists(st.integers(0, 4), min_size=1, max_size=3, unique=True),
        offset=st.integers(0, 8), days=st.integers(0, 5), where=st.integers(0, 3),
    )  # fmt: skip
    def reserve(self, picks: list[int], offset: int, days: int, where: int) -> None:
        start = self.today() + timedelta(days=offset)
        self.attempt("reserve", lambda: lending.reserve(
            self.uow(self.actors[where]), organisation_id=self.org_id,
            contact_id=self.contact_id, item_ids=[self.items[i] for i in picks], start=start,
            due=start + timedelta(days=days),
        ))  # fmt: skip

    @rule(pick=st.integers(0, 100), where=st.integers(0, 3))
    def check_in(self, pick: int, where: int) -> None:
        with self.uow(SYSTEM) as uow:
            lines = list(uow.session.scalars(
                select(LoanLine.id).join(Loan, Loan.id == LoanLine.loan_id)
                .where(Loan.state == LoanState.OUT, LoanLine.returned_at.is_(None))
                .order_by(LoanLine.id)
            ))  # fmt: skip
        if lines:
            line_id = lines[pick % len(lines)]
            self.attempt("check_in", lambda: returns.check_in(
                self.uow(self.actors[where]), line_ids=[line_id]
            ))  # fmt: skip

    @rule(pick=st.integers(0, 100), reserved=st.booleans())
    def cancel(self, pick: int, reserved: bool) -> None:
        ids = self.loan_ids(LoanState.RESERVED if reserved else LoanState.OUT)
        if ids:
            loan_id = ids[pick % len(ids)]
            self.attempt("cancel", lambda: lending.cancel_loan(
                self.uow(self.actors[0]), loan_id=loan_id, reason="abgesagt"
            ))  # fmt: skip

    @rule(pick=st.integers(0, 100))
    def pick_up(self, pick: int) -> None:
        ids = self.loan_ids(LoanState.RESERVED)
        if ids:
            loan_id = ids[pick % len(ids)]
            self.attempt("check_out", lambda: lending.pick_up(
                self.uow(self.actors[1]), loan_id=loan_id
            ))  # fmt: skip

    @rule(days=st.integers(1, 3))
    def time_passes(self, days: int) -> None:
        self.clock.advance(timedelta(days=days))

    @invariant()
    def no_item_is_booked_twice(self) -> None:
        # Stored periods: an overdue loan may later run into a reservation made before it
        # was late; that is a real-world conflict, which pick-up refuses, not a double booking.
        with self.uow(SYSTEM) as uow:
            rows = uow.session.execute(
                select(LoanLine.item_id, Loan.start_date, Loan.due_date, Loan.receipt_no)
                .join(Loan, Loan.id == LoanLine.loan_id)
                .where(
                    Loan.state.in_([LoanState.RESERVED, LoanState.OUT]),
                    LoanLine.returned_at.is_(None),
                )
                .order_by(LoanLine.item_id, Loan.start_date)
            ).all()
        for (item_a, _, due_a, no_a), (item_b, start_b, _, no_b) in itertools.pairwise(rows):
            if item_a == item_b:
                assert start_b > due_a, f"{no_a} and {no_b} share an item"


LendingMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=20, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip
test_random_lending_never_double_books = LendingMachine.TestCase


def test_organisation_without_a_responsible_contact_cannot_borrow(world: World) -> None:
    with world.uow(SYSTEM) as uow:
        contact = uow.session.get(Contact, world.contact_id)
        assert contact is not None
        contact.is_responsible = False
        uow.commit()
    error = assert_refused(
        world, ValidationError, "keine verantwortliche Kontaktperson",
        lambda: world.check_out([world.cables[0].id]),
    )  # fmt: skip
    assert error.field == "organisation_id"
