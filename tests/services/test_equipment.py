"""Inventory: categories, items, item status and kits."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import ItemStatus, Role
from hor_desktop.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from hor_desktop.services import equipment, inventory_views
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from hor_desktop.store.models import AuditEvent, EquipmentItem


@pytest.fixture
def manager(locations: list[LocationDTO]) -> Actor:
    return Actor(location_id=locations[0].id, role=Role.LOCATION_ADMIN, name="Leitung")


@pytest.fixture
def category(db: Database, manager: Actor) -> equipment.CategoryDTO:
    return equipment.create_category(
        db.unit_of_work(manager), name="Beamer", default_loan_days=7, deposit_cents=5000,
        checklist=["Fernbedienung", " ", "HDMI-Kabel "],
    )  # fmt: skip


def new_item(
    db: Database, actor: Actor, category: equipment.CategoryDTO, location: LocationDTO, *,
    inventory_no: str = "100234", name: str = "Beamer Epson",
) -> equipment.ItemDTO:  # fmt: skip
    return equipment.create_item(
        db.unit_of_work(actor), inventory_no=inventory_no, name=name, category_id=category.id,
        home_location_id=location.id, accessories="Fernbedienung", condition="gut",
    )  # fmt: skip


def test_category_checklist_is_trimmed(category: equipment.CategoryDTO) -> None:
    assert category.checklist == ("Fernbedienung", "HDMI-Kabel")


def test_edit_category_is_audited_as_a_diff(
    db: Database, manager: Actor, category: equipment.CategoryDTO
) -> None:
    equipment.edit_category(
        db.unit_of_work(manager), category_id=category.id, name="Beamer", default_loan_days=3,
        deposit_cents=5000, checklist=["Fernbedienung"],
    )  # fmt: skip
    with db.unit_of_work(manager) as uow:
        changes = uow.session.scalars(
            select(AuditEvent.changes).where(
                AuditEvent.entity_id == category.id, AuditEvent.action == "update"
            )
        ).one()
    assert changes == {
        "default_loan_days": [7, 3],
        "checklist": [["Fernbedienung", "HDMI-Kabel"], ["Fernbedienung"]],
    }


def test_new_item_starts_available_at_its_home_location(
    db: Database, manager: Actor, category: equipment.CategoryDTO, locations: list[LocationDTO]
) -> None:
    item = new_item(db, manager, category, locations[2])
    assert item.current_location_id == item.home_location_id == locations[2].id
    assert item.status is ItemStatus.AVAILABLE
    with db.unit_of_work(manager) as uow:
        row = uow.session.get(EquipmentItem, item.id)
        assert row is not None
        assert row.name_key == "beamer epson"


def test_duplicate_inventory_number_is_refused(
    db: Database, manager: Actor, category: equipment.CategoryDTO, locations: list[LocationDTO]
) -> None:
    new_item(db, manager, category, locations[0])
    with pytest.raises(ValidationError, match="100234 ist schon vergeben") as info:
        new_item(db, manager, category, locations[1], name="Anderer Beamer")
    assert info.value.field == "inventory_no"
    with db.unit_of_work(manager) as uow:
        assert uow.session.scalar(select(func.count()).select_from(EquipmentItem)) == 1


def test_malformed_inventory_number_is_refused(
    db: Database, manager: Actor, category: equipment.CategoryDTO, locations: list[LocationDTO]
) -> None:
    with pytest.raises(ValidationError, match="4 bis 12 Ziffern"):
        new_item(db, manager, category, locations[0], inventory_no="AB-12")


def test_desk_staff_may_not_create_items(
    db: Database, desk_actor: Actor, category: equipment.CategoryDTO, locations: list[LocationDTO]
) -> None:
    with pytest.raises(PermissionDeniedError):
        new_item(db, desk_actor, category, locations[0])


def test_edit_item_keeps_current_location_and_updates_name_key(
    db: Database, manager: Actor, category: equipment.CategoryDTO, locations: list[LocationDTO]
) -> None:
    item = new_item(db, manager, category, locations[0])
    edited = equipment.edit_item(
        db.unit_of_work(manager), item_id=item.id, inventory_no="100234",
        name="Beamer Épson XL", category_id=category.id, home_location_id=locations[1].id,
    )  # fmt: skip
    assert edited.current_location_id == locations[0].id
    assert edited.home_location_id == locations[1].id
    found = equipment.get_item_by_inventory_no(db.unit_of_work(manager), "100234")
    assert found.name == "Beamer Épson XL"


def test_maintenance_needs_a_reason(
    db: Database, desk_actor: Actor, manager: Actor, category: equipment.CategoryDTO,
    locations: list[LocationDTO],
) -> None:  # fmt: skip
    item = new_item(db, manager, category, locations[0])
    with pytest.raises(ValidationError) as info:
        equipment.set_item_status(
            db.unit_of_work(desk_actor), item_id=item.id, status=ItemStatus.MAINTENANCE
        )
    assert info.value.field == "reason"


def test_status_change_is_audited_and_back_to_available_clears_reason(
    db: Database, desk_actor: Actor, manager: Actor, category: equipment.CategoryDTO,
    locations: list[LocationDTO],
) -> None:  # fmt: skip
    item = new_item(db, manager, category, locations[0])
    change = equipment.set_item_status(
        db.unit_of_work(desk_actor), item_id=item.id, status=ItemStatus.MAINTENANCE,
        reason="Lampe defekt",
    )  # fmt: skip
    assert change.item.status_reason == "Lampe defekt"
    assert change.affected_reservations == ()
    back = equipment.set_item_status(
        db.unit_of_work(desk_actor), item_id=item.id, status=ItemStatus.AVAILABLE
    )
    assert (back.item.status, back.item.status_reason) == (ItemStatus.AVAILABLE, None)
    with db.unit_of_work(manager) as uow:
        actions = uow.session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_id == item.id)
        ).all()
    assert sorted(actions) == ["create", "status", "status"]


def test_retiring_an_item_needs_a_location_admin(
    db: Database, desk_actor: Actor, manager: Actor, category: equipment.CategoryDTO,
    locations: list[LocationDTO],
) -> None:  # fmt: skip
    item = new_item(db, manager, category, locations[0])
    with pytest.raises(PermissionDeniedError):
        equipment.set_item_status(
            db.unit_of_work(desk_actor), item_id=item.id, status=ItemStatus.RETIRED
        )


def test_kit_lists_its_items_and_edit_replaces_them(
    db: Database, manager: Actor, category: equipment.CategoryDTO, locations: list[LocationDTO]
) -> None:
    a, b, c = (
        new_item(db, manager, category, locations[0], inventory_no=f"30000{n}", name=f"Teil {n}")
        for n in range(3)
    )
    kit = equipment.create_kit(db.unit_of_work(manager), name="Präsentation", item_ids=[b.id, a.id])
    items = inventory_views.get_kit_items(db.unit_of_work(manager), kit.id)
    assert [item.inventory_no for item in items] == ["300000", "300001"]
    edited = equipment.edit_kit(
        db.unit_of_work(manager), kit_id=kit.id, name="Präsentation groß", item_ids=[a.id, c.id]
    )
    assert edited.item_ids == (a.id, c.id)
    items = inventory_views.get_kit_items(db.unit_of_work(manager), kit.id)
    assert [item.inventory_no for item in items] == ["300000", "300002"]


def test_kit_with_unknown_item_is_refused(db: Database, manager: Actor) -> None:
    with pytest.raises(ValidationError):
        equipment.create_kit(db.unit_of_work(manager), name="Set", item_ids=[uuid.uuid4()])


def test_unknown_inventory_number_is_not_found(db: Database, desk_actor: Actor) -> None:
    with pytest.raises(NotFoundError, match="Gerät 999999"):
        equipment.get_item_by_inventory_no(db.unit_of_work(desk_actor), "999999")


# --- the Inventar list and item detail ----------------------------------------------------


def _add_org(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    """(organisation id, contact id) as ORM rows: the organisations service is not needed."""
    from hor_desktop.core.validation import search_key
    from hor_desktop.store.models import Contact, Organisation

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
def stock(
    db: Database, manager: Actor, category: equipment.CategoryDTO, locations: list[LocationDTO]
) -> list[equipment.ItemDTO]:
    cables = equipment.create_category(db.unit_of_work(manager), name="Kabel")
    specs = [
        ("100001", "Beamer Épson", category, 0),
        ("100002", "Kabeltrommel 25 m", cables, 1),
        ("200003", "Beamer Acer", category, 1),
        ("200004", "HDMI-Kabel", cables, 0),
        ("300005", "Zeltbeamer", category, 2),
    ]
    return [
        new_item(db, manager, cat, locations[loc], inventory_no=no, name=name)
        for no, name, cat, loc in specs
    ]


def _numbers(page: inventory_views.ItemPage) -> list[str]:
    return [row.inventory_no for row in page.rows]


def test_list_items_sorts_by_name_accent_free_both_ways(
    db: Database, desk_actor: Actor, stock: list[equipment.ItemDTO]
) -> None:
    up = inventory_views.list_items(db.unit_of_work(desk_actor), sort="name")
    down = inventory_views.list_items(db.unit_of_work(desk_actor), sort="name", descending=True)
    assert [row.name for row in up.rows] == [
        "Beamer Acer", "Beamer Épson", "HDMI-Kabel", "Kabeltrommel 25 m", "Zeltbeamer",
    ]  # fmt: skip
    assert _numbers(down) == list(reversed(_numbers(up)))


def test_list_items_pages_continue_after_the_cursor_without_gaps(
    db: Database, desk_actor: Actor, stock: list[equipment.ItemDTO]
) -> None:
    for sort, descending in (("inventory_no", False), ("category", True), ("home", False)):
        seen: list[str] = []
        after = None
        while True:
            page = inventory_views.list_items(
                db.unit_of_work(desk_actor), sort=sort, descending=descending, after=after,
                limit=2,
            )  # fmt: skip
            seen += _numbers(page)
            if page.next_after is None:
                break
            after = page.next_after
        full = inventory_views.list_items(
            db.unit_of_work(desk_actor), sort=sort, descending=descending
        )
        assert seen == _numbers(full)
        assert len(seen) == 5


def test_list_items_text_matches_name_without_accents_or_number_prefix(
    db: Database, desk_actor: Actor, stock: list[equipment.ItemDTO]
) -> None:
    assert _numbers(inventory_views.list_items(db.unit_of_work(desk_actor), text="epson")) == [
        "100001"
    ]
    assert _numbers(inventory_views.list_items(db.unit_of_work(desk_actor), text="beamer")) == [
        "100001", "200003", "300005",
    ]  # fmt: skip
    assert _numbers(inventory_views.list_items(db.unit_of_work(desk_actor), text="2000")) == [
        "200003", "200004",
    ]  # fmt: skip


def test_list_items_filters_by_category_location_and_status(
    db: Database, desk_actor: Actor, manager: Actor, stock: list[equipment.ItemDTO],
    locations: list[LocationDTO],
) -> None:  # fmt: skip
    beamer = stock[0].category_id
    by_category = inventory_views.list_items(db.unit_of_work(desk_actor), category_id=beamer)
    assert _numbers(by_category) == ["100001", "200003", "300005"]
    at_second = inventory_views.list_items(db.unit_of_work(desk_actor), location_id=locations[1].id)
    assert _numbers(at_second) == ["100002", "200003"]
    equipment.set_item_status(
        db.unit_of_work(manager), item_id=stock[2].id, status=ItemStatus.MAINTENANCE,
        reason="Lampe defekt",
    )  # fmt: skip
    in_repair = inventory_views.list_items(
        db.unit_of_work(desk_actor), status=ItemStatus.MAINTENANCE
    )
    assert _numbers(in_repair) == ["200003"]
    assert in_repair.rows[0].status is ItemStatus.MAINTENANCE


def test_list_items_marks_lent_items_and_filters_them(
    db: Database, desk_actor: Actor, stock: list[equipment.ItemDTO]
) -> None:
    from hor_desktop.services import lending

    org_id, contact_id = _add_org(db)
    loan = lending.check_out(
        db.unit_of_work(desk_actor), organisation_id=org_id, contact_id=contact_id,
        item_ids=[stock[3].id],
    )  # fmt: skip
    lent = inventory_views.list_items(db.unit_of_work(desk_actor), lent=True)
    assert _numbers(lent) == ["200004"]
    assert lent.rows[0].lent_until == loan.due_date


def test_item_detail_lists_loans_reservations_and_status_history(
    db: Database, desk_actor: Actor, manager: Actor, stock: list[equipment.ItemDTO]
) -> None:
    from datetime import date

    from hor_desktop.services import lending

    org_id, contact_id = _add_org(db)
    item = stock[0]
    out = lending.check_out(
        db.unit_of_work(desk_actor), organisation_id=org_id, contact_id=contact_id,
        item_ids=[item.id],
    )  # fmt: skip
    reserved = lending.reserve(
        db.unit_of_work(desk_actor), organisation_id=org_id, contact_id=contact_id,
        item_ids=[item.id], start=date(2027, 1, 11),
    )  # fmt: skip
    equipment.set_item_status(
        db.unit_of_work(manager), item_id=item.id, status=ItemStatus.MAINTENANCE,
        reason="Lüfter laut", until=date(2026, 12, 10),
    )  # fmt: skip

    detail = inventory_views.get_item_detail(db.unit_of_work(desk_actor), item_id=item.id)

    assert detail.category_name == "Beamer"
    assert detail.item.status_reason == "Lüfter laut"
    assert [loan.receipt_no for loan in detail.loans] == [reserved.receipt_no, out.receipt_no]
    assert detail.loans[1].organisation_name == "Afrika Forum Köln e.V."
    assert [(r.receipt_no, r.contact_phone) for r in detail.reservations] == [
        (reserved.receipt_no, "0221 123456")
    ]
    event = detail.status_history[0]
    assert (event.old_status, event.new_status) == (ItemStatus.AVAILABLE, ItemStatus.MAINTENANCE)
    assert (event.reason, event.until) == ("Lüfter laut", date(2026, 12, 10))


def test_item_detail_of_unknown_item_is_not_found(db: Database, desk_actor: Actor) -> None:
    with pytest.raises(NotFoundError):
        inventory_views.get_item_detail(db.unit_of_work(desk_actor), item_id=uuid.uuid4())


def test_list_kits_counts_items(
    db: Database, manager: Actor, stock: list[equipment.ItemDTO]
) -> None:
    kit = equipment.create_kit(
        db.unit_of_work(manager), name="Präsentation", item_ids=[stock[0].id, stock[3].id]
    )
    assert inventory_views.list_kits(db.unit_of_work(manager)) == [
        inventory_views.KitSummaryDTO(kit.id, "Präsentation", 2)
    ]
