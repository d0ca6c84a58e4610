"""Staff members: PIN hashing, sign-in with lockout, who may manage whom."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import Role
from hor_desktop.core.errors import (
    ConflictError,
    PermissionDeniedError,
    ValidationError,
)
from hor_desktop.services import staff
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from hor_desktop.store.models import AuditEvent, Staff


@pytest.fixture(autouse=True)
def fresh_attempts() -> Iterator[None]:
    staff.FAILED_ATTEMPTS.reset()
    yield
    staff.FAILED_ATTEMPTS.reset()


def add(
    db: Database, actor: Actor, initials: str, role: Role = Role.DESK, **kw: object
) -> staff.StaffDTO:
    kw.setdefault("home_location_id", actor.location_id)
    kw.setdefault("pin", "1234")
    return staff.create_staff(
        db.unit_of_work(actor), display_name=f"Person {initials}", initials=initials, role=role,
        **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def test_pin_hash_is_scrypt_with_salt_and_parameters() -> None:
    first, second = staff.hash_pin("1234"), staff.hash_pin("1234")
    assert first != second  # random salt
    scheme, n, r, p, _salt, _key = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(staff.SCRYPT_N), "8", "1")
    assert staff.verify_pin("1234", first)
    assert not staff.verify_pin("1235", first)


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", " 1234"])
def test_pin_must_have_four_to_eight_digits(pin: str) -> None:
    with pytest.raises(ValidationError, match="4 bis 8 Ziffern"):
        staff.hash_pin(pin)


def test_malformed_stored_hash_never_matches() -> None:
    assert not staff.verify_pin("1234", "plain1234")
    assert not staff.verify_pin("1234", None)
    assert not staff.verify_pin("1234", "scrypt$x$8$1$AAAA$AAAA")


def test_admin_creates_staff_and_the_pin_is_not_stored_in_clear(
    db: Database, admin_actor: Actor
) -> None:
    member = add(db, admin_actor, "am", Role.LOCATION_ADMIN, pin="987654")
    assert (member.initials, member.role, member.has_pin) == ("AM", Role.LOCATION_ADMIN, True)
    with db.unit_of_work(admin_actor) as uow:
        row = uow.session.get(Staff, member.id)
        assert row is not None and row.pin_hash is not None
        assert "987654" not in row.pin_hash
        event = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == member.id)
        ).one()
        assert "987654" not in str(event.changes) and row.pin_hash not in str(event.changes)


def test_initials_are_unique_among_active_staff(db: Database, admin_actor: Actor) -> None:
    add(db, admin_actor, "AB")
    with pytest.raises(ValidationError, match="AB ist schon vergeben"):
        add(db, admin_actor, "ab")


def test_location_admin_manages_desk_staff_of_own_location_only(
    db: Database, admin_actor: Actor, locations: list[LocationDTO]
) -> None:
    lead = Actor(location_id=locations[0].id, role=Role.LOCATION_ADMIN, name="Leitung")
    desk = add(db, lead, "DK")
    with pytest.raises(PermissionDeniedError, match="eigenen Standorts"):
        add(db, lead, "XY", home_location_id=locations[1].id)
    with pytest.raises(PermissionDeniedError, match="Rolle admin"):
        add(db, lead, "AD", Role.ADMIN)
    other = add(db, admin_actor, "OT", home_location_id=locations[1].id)
    with pytest.raises(PermissionDeniedError):
        staff.deactivate_staff(db.unit_of_work(lead), staff_id=other.id)
    assert not staff.deactivate_staff(db.unit_of_work(lead), staff_id=desk.id).active


def test_edit_changes_pin_and_records_only_that_it_changed(
    db: Database, admin_actor: Actor, clock: FixedClock
) -> None:
    member = add(db, admin_actor, "ED")
    staff.edit_staff(
        db.unit_of_work(admin_actor), staff_id=member.id, display_name="Eda Demir",
        initials="ED", role=Role.DESK, home_location_id=member.home_location_id, pin="5555",
    )  # fmt: skip
    actor = staff.authenticate(db.unit_of_work(admin_actor), initials="ed", pin="5555")
    assert actor.name == "Eda Demir"
    with db.unit_of_work(admin_actor) as uow:
        events = uow.session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity_id == member.id, AuditEvent.action == "update"
            )
        ).one()
        assert events.changes["pin"] == "geändert"


def test_authenticate_returns_an_actor_at_this_pcs_location(
    db: Database, admin_actor: Actor, desk_actor: Actor, locations: list[LocationDTO]
) -> None:
    member = add(db, admin_actor, "MK", home_location_id=locations[2].id, pin="24680")
    actor = staff.authenticate(db.unit_of_work(desk_actor), initials=" mk ", pin="24680")
    assert actor.staff_id == member.id and actor.role is Role.DESK
    assert actor.location_id == desk_actor.location_id


def test_wrong_pin_and_unknown_initials_get_the_same_german_refusal(
    db: Database, admin_actor: Actor, desk_actor: Actor
) -> None:
    add(db, admin_actor, "MK")
    for initials, pin in (("MK", "0000"), ("ZZ", "1234")):
        with pytest.raises(PermissionDeniedError, match="Kürzel oder PIN ist falsch"):
            staff.authenticate(db.unit_of_work(desk_actor), initials=initials, pin=pin)


def test_inactive_staff_cannot_sign_in(db: Database, admin_actor: Actor, desk_actor: Actor) -> None:
    member = add(db, admin_actor, "IN")
    staff.deactivate_staff(db.unit_of_work(admin_actor), staff_id=member.id)
    with pytest.raises(PermissionDeniedError):
        staff.authenticate(db.unit_of_work(desk_actor), initials="IN", pin="1234")


def test_five_wrong_pins_lock_for_thirty_seconds_even_for_the_right_pin(
    db: Database, admin_actor: Actor, desk_actor: Actor, clock: FixedClock
) -> None:
    add(db, admin_actor, "LK")
    for _ in range(staff.MAX_FAILED_ATTEMPTS):
        with pytest.raises(PermissionDeniedError, match="falsch"):
            staff.authenticate(db.unit_of_work(desk_actor), initials="LK", pin="9999")
    with pytest.raises(PermissionDeniedError, match="in 30 Sekunden"):
        staff.authenticate(db.unit_of_work(desk_actor), initials="LK", pin="1234")
    clock.advance(timedelta(seconds=29))
    with pytest.raises(PermissionDeniedError, match="in 1 Sekunden"):
        staff.authenticate(db.unit_of_work(desk_actor), initials="LK", pin="1234")
    clock.advance(timedelta(seconds=1))
    assert staff.authenticate(db.unit_of_work(desk_actor), initials="LK", pin="1234").name


def test_a_success_resets_the_failure_count(
    db: Database, admin_actor: Actor, desk_actor: Actor
) -> None:
    add(db, admin_actor, "RS")
    for _ in range(staff.MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(PermissionDeniedError):
            staff.authenticate(db.unit_of_work(desk_actor), initials="RS", pin="9999")
    staff.authenticate(db.unit_of_work(desk_actor), initials="RS", pin="1234")
    with pytest.raises(PermissionDeniedError, match="falsch"):
        staff.authenticate(db.unit_of_work(desk_actor), initials="RS", pin="9999")
    assert staff.authenticate(db.unit_of_work(desk_actor), initials="RS", pin="1234")


def test_first_admin_only_once(db: Database, desk_actor: Actor) -> None:
    assert staff.count_active_staff(db.unit_of_work(desk_actor)) == 0
    assert desk_actor.location_id is not None
    first = staff.ensure_first_admin(
        db.unit_of_work(desk_actor), display_name="Erste Admin", initials="EA", pin="1357",
        home_location_id=desk_actor.location_id,
    )  # fmt: skip
    assert first.role is Role.ADMIN
    assert staff.count_active_staff(db.unit_of_work(desk_actor)) == 1
    with pytest.raises(ConflictError):
        staff.ensure_first_admin(
            db.unit_of_work(desk_actor), display_name="Zweite", initials="ZW", pin="1357",
            home_location_id=desk_actor.location_id,
        )  # fmt: skip


def test_last_active_admin_cannot_be_deactivated(db: Database, admin_actor: Actor) -> None:
    only = add(db, admin_actor, "AA", Role.ADMIN)
    with pytest.raises(ConflictError, match="letzte aktive Admin"):
        staff.deactivate_staff(db.unit_of_work(admin_actor), staff_id=only.id)


def _changes(db: Database, staff_id: object) -> list[object]:
    with db.session_factory() as session:
        query = select(AuditEvent).where(
            AuditEvent.entity == "staff", AuditEvent.entity_id == staff_id
        )
        return [event.changes for event in session.scalars(query)]


def test_desk_role_is_refused_every_staff_administration(
    db: Database, admin_actor: Actor, desk_actor: Actor
) -> None:
    other = add(db, admin_actor, "OT")
    refusals = [
        lambda _uow: add(db, desk_actor, "NEU"),
        lambda uow: staff.change_role(uow, staff_id=other.id, role=Role.ADMIN),
        lambda uow: staff.reset_pin(uow, staff_id=other.id, pin="4321"),
        lambda uow: staff.deactivate_staff(uow, staff_id=other.id),
        lambda uow: staff.reactivate_staff(uow, staff_id=other.id),
    ]
    for attempt in refusals:
        with pytest.raises(PermissionDeniedError):
            attempt(db.unit_of_work(desk_actor))
    assert [s.initials for s in staff.list_staff(db.unit_of_work(admin_actor))] == ["OT"]
    assert staff.authenticate(db.unit_of_work(desk_actor), initials="OT", pin="1234")


def test_admin_changes_a_role_and_the_audit_log_records_it(
    db: Database, admin_actor: Actor
) -> None:
    person = add(db, admin_actor, "RO")
    changed = staff.change_role(
        db.unit_of_work(admin_actor), staff_id=person.id, role=Role.LOCATION_ADMIN
    )
    assert changed.role is Role.LOCATION_ADMIN
    assert {"role": ["desk", "location_admin"]} in _changes(db, person.id)


def test_location_admin_cannot_promote_desk_staff_to_admin(
    db: Database, admin_actor: Actor, location_admin: Actor
) -> None:
    person = add(db, admin_actor, "PR")
    with pytest.raises(PermissionDeniedError):
        staff.change_role(db.unit_of_work(location_admin), staff_id=person.id, role=Role.ADMIN)
    assert staff.list_staff(db.unit_of_work(admin_actor))[0].role is Role.DESK


def test_last_admin_cannot_be_demoted(db: Database, admin_actor: Actor) -> None:
    only = add(db, admin_actor, "AA", Role.ADMIN)
    with pytest.raises(ConflictError, match="letzte aktive Admin"):
        staff.change_role(db.unit_of_work(admin_actor), staff_id=only.id, role=Role.DESK)
    second = add(db, admin_actor, "ZA", Role.ADMIN)
    staff.change_role(db.unit_of_work(admin_actor), staff_id=only.id, role=Role.DESK)
    assert {s.initials: s.role for s in staff.list_staff(db.unit_of_work(admin_actor))} == {
        "AA": Role.DESK, second.initials: Role.ADMIN,
    }  # fmt: skip


def test_reset_pin_replaces_the_pin_and_logs_no_hash(
    db: Database, admin_actor: Actor, desk_actor: Actor
) -> None:
    person = add(db, admin_actor, "PI")
    staff.reset_pin(db.unit_of_work(admin_actor), staff_id=person.id, pin="86420")
    with pytest.raises(PermissionDeniedError):
        staff.authenticate(db.unit_of_work(desk_actor), initials="PI", pin="1234")
    assert staff.authenticate(db.unit_of_work(desk_actor), initials="PI", pin="86420")
    changes = _changes(db, person.id)
    assert {"pin": "zurückgesetzt"} in changes
    assert "scrypt" not in repr(changes)
    with pytest.raises(ValidationError):
        staff.reset_pin(db.unit_of_work(admin_actor), staff_id=person.id, pin="12")


def test_deactivated_member_can_be_reactivated(
    db: Database, admin_actor: Actor, desk_actor: Actor
) -> None:
    person = add(db, admin_actor, "RE")
    staff.deactivate_staff(db.unit_of_work(admin_actor), staff_id=person.id)
    assert staff.list_staff(db.unit_of_work(admin_actor)) == []
    staff.reactivate_staff(db.unit_of_work(admin_actor), staff_id=person.id)
    assert staff.authenticate(db.unit_of_work(desk_actor), initials="RE", pin="1234")
