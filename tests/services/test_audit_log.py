"""Reading the audit trail: filters, keyset paging, who may look, CSV for Excel."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import Role
from hor_desktop.core.errors import PermissionDeniedError
from hor_desktop.services import audit, audit_log
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database


def _write(db: Database, actor: Actor, entity: str, n: int, clock: FixedClock) -> None:
    for i in range(n):
        with db.unit_of_work(actor) as uow:
            audit.record(uow, entity=entity, entity_id=uuid.uuid4(), action="update",
                         changes={"name": [f"alt {i}", f"neu {i}"]})  # fmt: skip
            uow.commit()
        clock.advance(timedelta(minutes=1))


@pytest.fixture
def filled(db: Database, locations: list[LocationDTO], clock: FixedClock) -> tuple[Actor, Actor]:
    here = Actor(location_id=locations[0].id, role=Role.ADMIN, name="A", staff_id=None)
    there = Actor(location_id=locations[1].id, role=Role.DESK, name="B")
    _write(db, here, "organisation", 5, clock)
    _write(db, there, "loan", 3, clock)
    return here, there


def test_newest_first_and_pages_follow_without_gaps(
    db: Database, filled: tuple[Actor, Actor]
) -> None:
    admin = filled[0]
    everything = audit_log.list_audit_events(db.unit_of_work(admin))
    paged: list[audit_log.AuditEventDTO] = []
    while True:
        page = audit_log.list_audit_events(
            db.unit_of_work(admin), limit=5, before=paged[-1].cursor if paged else None
        )
        paged.extend(page)
        if len(page) < 5:
            break
    assert len(everything) == 12  # 4 seeded locations + 8 written here
    assert [r.id for r in paged] == [r.id for r in everything]
    times = [r.occurred_at for r in everything]
    assert times == sorted(times, reverse=True)


def test_filters_by_entity_location_and_period(
    db: Database, filled: tuple[Actor, Actor], locations: list[LocationDTO]
) -> None:
    admin = filled[0]
    loans = audit_log.list_audit_events(db.unit_of_work(admin), entity="loan")
    assert len(loans) == 3 and {r.entity_label for r in loans} == {"Ausleihe"}
    at_second = audit_log.list_audit_events(db.unit_of_work(admin), location_id=locations[1].id)
    assert {r.location_code for r in at_second} == {locations[1].code}
    start = datetime(2026, 11, 25, 9, 1, tzinfo=UTC)
    window = audit_log.list_audit_events(
        db.unit_of_work(admin), start=start, end=start + timedelta(minutes=2)
    )
    assert len(window) == 2
    assert window[0].occurred_text == "25.11.2026 10:02:00"  # Berlin time


def test_filter_by_staff(db: Database, locations: list[LocationDTO], clock: FixedClock) -> None:
    someone = uuid.uuid4()
    from hor_desktop.store.models import Staff

    with db.unit_of_work(Actor(location_id=None, role=Role.ADMIN)) as uow:
        uow.session.add(Staff(id=someone, display_name="Mira K.", initials="MK", role=Role.DESK,
                              home_location_id=locations[0].id))  # fmt: skip
        uow.commit()
    actor = Actor(location_id=locations[0].id, role=Role.DESK, staff_id=someone, name="Mira K.")
    _write(db, actor, "room_booking", 2, clock)
    admin = Actor(location_id=locations[0].id, role=Role.ADMIN)
    rows = audit_log.list_audit_events(db.unit_of_work(admin), staff_id=someone)
    assert len(rows) == 2 and {r.staff_name for r in rows} == {"Mira K."}


def test_desk_staff_may_not_read_and_location_admins_see_their_location_only(
    db: Database, filled: tuple[Actor, Actor], locations: list[LocationDTO]
) -> None:
    with pytest.raises(PermissionDeniedError):
        audit_log.list_audit_events(db.unit_of_work(filled[1]))
    lead = Actor(location_id=locations[1].id, role=Role.LOCATION_ADMIN)
    rows = audit_log.list_audit_events(db.unit_of_work(lead), location_id=locations[0].id)
    assert len(rows) == 3 and {r.location_id for r in rows} == {locations[1].id}


def test_csv_is_semicolon_utf8_with_bom_and_defuses_formulas(
    db: Database, filled: tuple[Actor, Actor], clock: FixedClock
) -> None:
    admin = filled[0]
    with db.unit_of_work(admin) as uow:
        audit.record(uow, entity="organisation", entity_id=uuid.uuid4(), action="=HYPERLINK(1)",
                     changes={})  # fmt: skip
        uow.commit()
    rows = audit_log.all_audit_events(lambda: db.unit_of_work(admin))
    data = audit_log.audit_events_csv(rows)
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].split(";")[:3] == ["Zeitpunkt", "Mitarbeiter:in", "Standort"]
    assert len(lines) == 1 + len(audit_log.list_audit_events(db.unit_of_work(admin)))
    assert ";'=HYPERLINK(1);" in lines[1]
    assert "name: alt 0 → neu 0" in data.decode("utf-8-sig")
