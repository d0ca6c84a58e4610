"""Locations: the desk release time travels in the DTO and is kept unless given."""

from __future__ import annotations

from datetime import time

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.core.errors import PermissionDeniedError, ValidationError
from hor_desktop.services import locations as loc
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database


def edit(db: Database, actor: Actor, location: LocationDTO, **extra: object) -> LocationDTO:
    return loc.update_location(
        db.unit_of_work(actor), location_id=location.id, code=location.code,
        name=location.name, association=location.association, **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def test_release_time_is_unset_by_default(locations: list[LocationDTO]) -> None:
    assert all(location.desk_release_time is None for location in locations)


def test_update_location_sets_the_release_time(
    db: Database, admin_actor: Actor, locations: list[LocationDTO]
) -> None:
    updated = edit(db, admin_actor, locations[0], desk_release_time=time(11, 0))
    assert updated.desk_release_time == time(11, 0)
    assert loc.get_by_code(db.unit_of_work(admin_actor), locations[0].code).desk_release_time == (
        time(11, 0)
    )


def test_update_location_without_the_release_time_keeps_it(
    db: Database, admin_actor: Actor, locations: list[LocationDTO]
) -> None:
    edit(db, admin_actor, locations[0], desk_release_time=time(11, 0))
    updated = edit(db, admin_actor, locations[0], city="Köln-Ehrenfeld")
    assert updated.desk_release_time == time(11, 0) and updated.city == "Köln-Ehrenfeld"


def test_update_location_with_none_resets_the_release_time(
    db: Database, admin_actor: Actor, locations: list[LocationDTO]
) -> None:
    edit(db, admin_actor, locations[0], desk_release_time=time(11, 0))
    assert edit(db, admin_actor, locations[0], desk_release_time=None).desk_release_time is None


def test_admin_creates_a_location_with_a_unique_code(
    db: Database, admin_actor: Actor, desk_actor: Actor
) -> None:
    made = loc.create_location(
        db.unit_of_work(admin_actor), code="ehr", name="HoR Ehrenfeld", association="HoR e.V."
    )
    assert made.code == "EHR"
    assert made.opening_hours  # the default hours, so due dates work at once
    assert "EHR" in [x.code for x in loc.list_locations(db.unit_of_work(admin_actor))]
    with pytest.raises(ValidationError, match="schon vergeben"):
        loc.create_location(db.unit_of_work(admin_actor), code="EHR", name="X", association="Y")
    with pytest.raises(PermissionDeniedError):
        loc.create_location(db.unit_of_work(desk_actor), code="NEU", name="X", association="Y")
