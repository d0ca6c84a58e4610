"""The unit of work stamps sync columns and refuses hard deletes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.store.database import Database
from hor_desktop.store.models import Location
from hor_desktop.store.uow import HardDeleteRefusedError


def test_new_row_gets_id_timestamps_origin_and_hlc(db: Database, desk_actor: Actor) -> None:
    with db.unit_of_work(desk_actor) as uow:
        row = Location(code="TST", name="Test", association="T", opening_hours={})
        uow.session.add(row)
        uow.commit()
    assert row.id.version == 7
    assert row.created_at == row.updated_at == db.clock.now()
    assert row.origin_location_id == desk_actor.location_id
    assert row.row_hlc


def test_update_moves_updated_at_and_hlc_forward(
    db: Database, desk_actor: Actor, clock: FixedClock
) -> None:
    with db.unit_of_work(desk_actor) as uow:
        row = uow.session.scalars(select(Location)).first()
        assert row is not None
        old_hlc, created = row.row_hlc, row.created_at
        clock.advance(timedelta(minutes=5))
        row.name = "Neuer Name"
        uow.commit()
    assert row.updated_at == clock.now()
    assert row.created_at == created
    assert row.row_hlc > old_hlc


def test_leaving_without_commit_rolls_back(db: Database, desk_actor: Actor) -> None:
    with db.unit_of_work(desk_actor) as uow:
        uow.session.add(Location(code="GONE", name="x", association="y", opening_hours={}))
        uow.session.flush()
    with db.unit_of_work(desk_actor) as uow:
        assert uow.session.scalars(select(Location).where(Location.code == "GONE")).first() is None


def test_orm_delete_is_refused(db: Database, desk_actor: Actor) -> None:
    with db.unit_of_work(desk_actor) as uow:
        row = uow.session.scalars(select(Location)).first()
        uow.session.delete(row)
        with pytest.raises(HardDeleteRefusedError):
            uow.session.flush()


def test_raw_sql_delete_is_refused_by_the_database(db: Database) -> None:
    with db.engine.connect() as connection, pytest.raises(IntegrityError, match="hard delete"):
        connection.execute(text("DELETE FROM location"))


def test_commit_listeners_hear_each_commit_but_not_a_rollback(
    db: Database, desk_actor: Actor
) -> None:
    heard: list[int] = []
    db.commit_listeners.append(lambda: heard.append(1))
    with db.unit_of_work(desk_actor) as uow:
        uow.session.add(Location(code="NEU", name="n", association="a", opening_hours={}))
    assert heard == []  # left without commit: rolled back, nothing to refresh
    with db.unit_of_work(desk_actor) as uow:
        uow.session.add(Location(code="NEU", name="n", association="a", opening_hours={}))
        uow.commit()
    assert heard == [1]


def test_a_failing_listener_does_not_undo_the_commit(db: Database, desk_actor: Actor) -> None:
    def broken() -> None:
        raise RuntimeError("listener bug")

    db.commit_listeners.append(broken)
    with db.unit_of_work(desk_actor) as uow:
        uow.session.add(Location(code="BLB", name="n", association="a", opening_hours={}))
        uow.commit()
    with db.unit_of_work(desk_actor) as uow:
        assert uow.session.scalars(select(Location).where(Location.code == "BLB")).one()
