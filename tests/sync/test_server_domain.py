"""Server decisions: who gets the room, desk or item; conflicts open, clear and stay overridden."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Connection, Engine, text

from hor_desktop.sync.ops import Op, OpResult
from tests.sync.server_support import Node, World, push, scalar, seed_world, shared_engine

pytestmark = pytest.mark.postgres

DAY = date(2027, 3, 1)


@pytest.fixture(scope="module")
def engine() -> Iterator[Engine]:
    yield from shared_engine()


@pytest.fixture
def world(engine: Engine) -> World:
    return seed_world(engine)


def _at(hour: int, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def _room_booking(node: Node, world: World, start: int, end: int, **extra: object) -> Op:
    return node.insert(
        "room_booking",
        room_id=world.room,
        organisation_id=world.organisation,
        starts_at=_at(start),
        ends_at=_at(end),
        **extra,
    )


def _status(engine: Engine, table: str, row_id: str) -> str:
    with engine.connect() as conn:
        return str(scalar(conn, f"SELECT status FROM {table} WHERE id = :id", id=row_id))


def _conflicts(engine: Engine, row_b: str) -> list[tuple[str, str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT kind, row_a_id, status FROM sync_conflict WHERE row_b_id = :id "
                "ORDER BY created_at"
            ),
            {"id": row_b},
        ).all()
    return [(kind, str(row_a), status) for kind, row_a, status in rows]


def test_two_offline_bookings_of_one_slot_give_one_confirmed_and_one_conflict(
    engine: Engine, world: World
) -> None:
    a, b = Node("RA", world.location), Node("RB", world.location)
    first = _room_booking(a, world, 10, 12)
    second = _room_booking(b, world, 11, 13, status="confirmed")  # a replica cannot confirm
    push(engine, a, [first])
    push(engine, b, [second])
    push(engine, b, [second])  # a resend opens no second conflict
    assert _status(engine, "room_booking", first.row_id) == "confirmed"
    assert _status(engine, "room_booking", second.row_id) == "conflict"
    assert _conflicts(engine, second.row_id) == [("room_double", first.row_id, "open")]
    with engine.connect() as conn:
        starts, loc_a, loc_b, resource = conn.execute(
            text(
                "SELECT starts_at, location_a_id, location_b_id, resource_id FROM sync_conflict "
                "WHERE row_b_id = :id"
            ),
            {"id": second.row_id},
        ).one()
    assert (starts, str(loc_a), str(loc_b), str(resource)) == (
        _at(11),
        world.location,
        world.location,
        world.room,
    )


def test_cancelling_the_winner_promotes_the_other_and_clears_its_conflict(
    engine: Engine, world: World
) -> None:
    a, b = Node("CA", world.location), Node("CB", world.location)
    first, second = _room_booking(a, world, 14, 16), _room_booking(b, world, 15, 17)
    push(engine, a, [first])
    push(engine, b, [second])
    push(engine, a, [a.update("room_booking", first.row_id, status="cancelled")])
    assert _status(engine, "room_booking", second.row_id) == "confirmed"
    assert _conflicts(engine, second.row_id) == [("room_double", first.row_id, "cleared")]


def test_moving_a_confirmed_booking_onto_a_taken_slot_makes_it_the_conflict(
    engine: Engine, world: World
) -> None:
    a, b = Node("MA", world.location), Node("MB", world.location)
    taken, mover = _room_booking(a, world, 8, 9), _room_booking(b, world, 18, 19)
    push(engine, a, [taken])
    push(engine, b, [mover])
    assert _status(engine, "room_booking", mover.row_id) == "confirmed"
    move = b.update("room_booking", mover.row_id, starts_at=_at(8), ends_at=_at(9))
    assert push(engine, b, [move]).replies[0].result is OpResult.APPLIED
    assert _status(engine, "room_booking", taken.row_id) == "confirmed"
    assert _status(engine, "room_booking", mover.row_id) == "conflict"
    back = b.update("room_booking", mover.row_id, starts_at=_at(18), ends_at=_at(19))
    push(engine, b, [back])
    assert _status(engine, "room_booking", mover.row_id) == "confirmed"
    assert _conflicts(engine, mover.row_id) == [("room_double", taken.row_id, "cleared")]


def test_desk_halves_share_a_day_but_a_whole_day_blocks_both(engine: Engine, world: World) -> None:
    node = Node("DESK", world.location)

    def desk(slot: str) -> Op:
        return node.insert(
            "desk_booking",
            desk_id=world.desk,
            organisation_id=world.organisation,
            day=DAY,
            slot=slot,
        )

    morning, afternoon, whole = desk("morning"), desk("afternoon"), desk("day")
    push(engine, node, [morning, afternoon, whole])
    assert _status(engine, "desk_booking", morning.row_id) == "confirmed"
    assert _status(engine, "desk_booking", afternoon.row_id) == "confirmed"
    assert _status(engine, "desk_booking", whole.row_id) == "conflict"
    assert [k for k, _, s in _conflicts(engine, whole.row_id) if s == "open"] == ["desk_double"]


def test_an_overridden_conflict_leaves_both_rows_and_is_not_reopened(
    engine: Engine, world: World
) -> None:
    a, b = Node("OA", world.location), Node("OB", world.location)
    first, second = _room_booking(a, world, 20, 21), _room_booking(b, world, 20, 22)
    push(engine, a, [first])
    push(engine, b, [second])
    with engine.connect() as conn:
        conflict_id = str(
            scalar(conn, "SELECT id FROM sync_conflict WHERE row_b_id = :id", id=second.row_id)
        )
    admin = Node("ADMIN", world.location)
    push(
        engine,
        admin,
        [
            admin.update(
                "sync_conflict",
                conflict_id,
                base=None,
                status="overridden",
                resolution_note="Absprache",
            )
        ],
    )
    push(engine, b, [b.update("room_booking", second.row_id, title="neu")])  # re-evaluated
    assert _status(engine, "room_booking", first.row_id) == "confirmed"
    assert _status(engine, "room_booking", second.row_id) == "conflict"
    assert _conflicts(engine, second.row_id) == [("room_double", first.row_id, "overridden")]


def _loan(
    node: Node, world: World, item: str, start: date, due: date, **extra: object
) -> tuple[Op, Op]:
    loan = node.insert(
        "loan",
        receipt_no=f"{node.name}-{uuid.uuid4().hex[:8]}",
        organisation_id=world.organisation,
        contact_id=world.contact,
        location_out_id=world.location,
        start_date=start,
        due_date=due,
        **extra,
    )
    line = node.insert("loan_line", loan_id=loan.row_id, item_id=item)
    return loan, line


def _confirmed_at(engine: Engine, loan_id: str) -> object:
    with engine.connect() as conn:
        return scalar(conn, "SELECT confirmed_at FROM loan WHERE id = :id", id=loan_id)


@pytest.mark.parametrize("check_in", ["whole_loan", "line_only"])
def test_a_check_out_before_the_earlier_check_in_clears_once_the_check_in_arrives(
    engine: Engine, world: World, check_in: str
) -> None:
    a, b = Node("INA", world.location), Node("OUTB", world.location)
    out_a = datetime(2027, 4, 1, 9, tzinfo=UTC)
    loan_a, line_a = _loan(
        a, world, world.item, date(2027, 4, 1), date(2027, 4, 8), state="out", checked_out_at=out_a
    )
    push(engine, a, [loan_a, line_a])
    assert _confirmed_at(engine, loan_a.row_id) is not None
    # A takes the item back at 10:00 (offline); B lends it out at 11:00 and syncs first.
    back = datetime(2027, 4, 3, 10, tzinfo=UTC)
    ops_a = [a.update("loan_line", line_a.row_id, returned_at=back)]
    if check_in == "whole_loan":
        ops_a.append(a.update("loan", loan_a.row_id, state="returned", closed_at=back))
    loan_b, line_b = _loan(
        b,
        world,
        world.item,
        date(2027, 4, 3),
        date(2027, 4, 5),
        state="out",
        checked_out_at=back + timedelta(hours=1),
    )
    push(engine, b, [loan_b, line_b])
    assert _confirmed_at(engine, loan_b.row_id) is None
    assert _conflicts(engine, line_b.row_id) == [("item_double", line_a.row_id, "open")]
    push(engine, a, ops_a)
    assert _confirmed_at(engine, loan_b.row_id) is not None
    assert _conflicts(engine, line_b.row_id) == [("item_double", line_a.row_id, "cleared")]
    with engine.connect() as conn:
        assert (
            scalar(
                conn, "SELECT count(*) FROM sync_item_claim WHERE line_id = :id", id=line_b.row_id
            )
            == 1
        )


# --- acceptance test 5: the domain invariant under random offline work ------------------


def _check_invariant(conn: Connection) -> None:
    overlapping_rooms = scalar(
        conn,
        "SELECT count(*) FROM room_booking x JOIN room_booking y ON x.room_id = y.room_id "
        "AND x.id < y.id AND x.starts_at < y.ends_at AND y.starts_at < x.ends_at "
        "WHERE x.status = 'confirmed' AND y.status = 'confirmed' "
        "AND x.deleted_at IS NULL AND y.deleted_at IS NULL",
    )
    overlapping_desks = scalar(
        conn,
        "SELECT count(*) FROM desk_booking x JOIN desk_booking y ON x.desk_id = y.desk_id "
        "AND x.day = y.day AND x.id < y.id AND (x.slot = y.slot OR 'day' IN (x.slot, y.slot)) "
        "WHERE x.status = 'confirmed' AND y.status = 'confirmed' "
        "AND x.deleted_at IS NULL AND y.deleted_at IS NULL",
    )
    overlapping_claims = scalar(
        conn,
        "SELECT count(*) FROM sync_item_claim x JOIN sync_item_claim y "
        "ON x.item_id = y.item_id AND x.line_id < y.line_id AND x.period && y.period",
    )
    assert (overlapping_rooms, overlapping_desks, overlapping_claims) == (0, 0, 0)
    # A conflict needs a cause: something confirmed overlaps it, else it was promoted.
    causeless = scalar(
        conn,
        "SELECT count(*) FROM room_booking x WHERE x.status = 'conflict' "
        "AND x.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM room_booking y "
        "WHERE y.room_id = x.room_id AND y.status = 'confirmed' AND y.deleted_at IS NULL "
        "AND x.starts_at < y.ends_at AND y.starts_at < x.ends_at)",
    )
    causeless += scalar(
        conn,
        "SELECT count(*) FROM desk_booking x WHERE x.status = 'conflict' "
        "AND x.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM desk_booking y "
        "WHERE y.desk_id = x.desk_id AND y.day = x.day AND y.status = 'confirmed' "
        "AND y.deleted_at IS NULL AND (x.slot = y.slot OR 'day' IN (x.slot, y.slot)))",
    )
    assert causeless == 0
    for table, kind in (("room_booking", "room_double"), ("desk_booking", "desk_double")):
        undecided = scalar(
            conn,
            f"SELECT count(*) FROM {table} WHERE status = 'tentative' AND deleted_at IS NULL",
        )
        assert undecided == 0
        # Every live conflict row has exactly one open (or an admin's overridden) entry,
        # and every open entry belongs to a live conflict row.
        wrong = conn.execute(
            text(
                f"SELECT b.id, count(c.id) FILTER (WHERE c.status IN ('open', 'overridden')) "
                f"FROM {table} b LEFT JOIN sync_conflict c ON c.row_b_id = b.id "
                f"AND c.kind = '{kind}' WHERE b.status = 'conflict' AND b.deleted_at IS NULL "
                "GROUP BY b.id HAVING count(c.id) FILTER "
                "(WHERE c.status IN ('open', 'overridden')) <> 1"
            )
        ).all()
        assert wrong == []
        stale = scalar(
            conn,
            f"SELECT count(*) FROM sync_conflict c JOIN {table} b ON b.id = c.row_b_id "
            f"WHERE c.kind = '{kind}' AND c.status = 'open' "
            "AND (b.status <> 'conflict' OR b.deleted_at IS NOT NULL)",
        )
        assert stale == 0
    # Loan lines: a live line without a claim has exactly one open conflict, and back.
    lines = conn.execute(
        text(
            "SELECT l.id, (k.line_id IS NOT NULL) AS held, "
            "count(c.id) FILTER (WHERE c.status = 'open') AS open_conflicts, "
            "(lo.state IN ('reserved', 'out') AND lo.deleted_at IS NULL "
            " AND l.deleted_at IS NULL) AS live "
            "FROM loan_line l JOIN loan lo ON lo.id = l.loan_id "
            "LEFT JOIN sync_item_claim k ON k.line_id = l.id "
            "LEFT JOIN sync_conflict c ON c.row_b_id = l.id AND c.kind = 'item_double' "
            "GROUP BY l.id, k.line_id, lo.state, lo.deleted_at, l.deleted_at"
        )
    ).all()
    for line_id, held, open_conflicts, live in lines:
        if not live:
            assert (held, open_conflicts) == (False, 0), line_id
        else:
            assert open_conflicts == (0 if held else 1), line_id
    unconfirmed_but_complete = scalar(
        conn,
        "SELECT count(*) FROM loan lo WHERE lo.state IN ('reserved', 'out') "
        "AND lo.deleted_at IS NULL AND (lo.confirmed_at IS NULL) = NOT EXISTS ("
        " SELECT 1 FROM loan_line l LEFT JOIN sync_item_claim k ON k.line_id = l.id "
        " WHERE l.loan_id = lo.id AND l.deleted_at IS NULL AND k.line_id IS NULL)",
    )
    assert unconfirmed_but_complete == 0


class _RandomOffice:
    """Three offline locations booking two rooms, two desks and two items at random."""

    def __init__(self, engine: Engine, world: World, rng: random.Random):
        self.engine, self.world, self.rng = engine, world, rng
        seed = Node("SEEDX")
        extra = [
            seed.insert("room", location_id=world.location, name="Klein"),
            seed.insert("desk", location_id=world.location, label="T2"),
        ]
        category = scalar(
            engine.connect(),
            "SELECT category_id FROM equipment_item WHERE id = :id",
            id=world.item,
        )
        extra.append(
            seed.insert(
                "equipment_item",
                category_id=str(category),
                home_location_id=world.location,
                current_location_id=world.location,
                inventory_no="B-002",
            )
        )
        push(engine, seed, extra)
        self.rooms = [world.room, extra[0].row_id]
        self.desks = [world.desk, extra[1].row_id]
        self.items = [world.item, extra[2].row_id]
        self.nodes = [Node(f"N{i}{rng.randrange(10**6)}", world.location) for i in range(3)]
        self.queues: dict[str, list[Op]] = {n.name: [] for n in self.nodes}
        self.bookings: list[tuple[Node, str, str]] = []  # (owner, table, id)
        self.loans: list[tuple[Node, str, date]] = []  # (owner, loan id, start)

    def step(self) -> None:
        node = self.rng.choice(self.nodes)
        queue = self.queues[node.name]
        choice = self.rng.random()
        day = DAY + timedelta(days=self.rng.randrange(2))
        if choice < 0.3:
            start = self.rng.randrange(8, 20)
            op = node.insert(
                "room_booking",
                room_id=self.rng.choice(self.rooms),
                organisation_id=self.world.organisation,
                starts_at=_at(start, day),
                ends_at=_at(start + self.rng.randrange(1, 4), day),
            )
            queue.append(op)
            self.bookings.append((node, "room_booking", op.row_id))
        elif choice < 0.5:
            op = node.insert(
                "desk_booking",
                desk_id=self.rng.choice(self.desks),
                organisation_id=self.world.organisation,
                day=day,
                slot=self.rng.choice(["morning", "afternoon", "day"]),
            )
            queue.append(op)
            self.bookings.append((node, "desk_booking", op.row_id))
        elif choice < 0.65:
            first_day = DAY + timedelta(days=self.rng.randrange(6))
            loan, line = _loan(
                node,
                self.world,
                self.rng.choice(self.items),
                first_day,
                first_day + timedelta(days=self.rng.randrange(3)),
            )
            queue.extend([loan, line])
            self.loans.append((node, loan.row_id, first_day))
        elif choice < 0.8 and self.bookings:
            owner, table, row_id = self.rng.choice(self.bookings)
            if self.rng.random() < 0.5:
                update = owner.update(table, row_id, status="cancelled")
            elif table == "room_booking":
                start = self.rng.randrange(8, 20)
                update = owner.update(
                    table, row_id, starts_at=_at(start, day), ends_at=_at(start + 2, day)
                )
            else:
                update = owner.update(table, row_id, deleted_at=_at(7))
            self.queues[owner.name].append(update)
        elif choice < 0.9 and self.loans:
            owner, loan_id, start_day = self.rng.choice(self.loans)
            if self.rng.random() < 0.5:
                self.queues[owner.name].append(owner.update("loan", loan_id, state="cancelled"))
            else:
                self.queues[owner.name].append(
                    owner.update(
                        "loan", loan_id, due_date=start_day + timedelta(days=self.rng.randrange(4))
                    )
                )
        else:
            self.sync(node)

    def sync(self, node: Node) -> None:
        queue = self.queues[node.name]
        if queue:
            replies = push(self.engine, node, queue).replies
            assert all(r.result is not OpResult.QUARANTINED for r in replies)
            queue.clear()
        with self.engine.connect() as conn:
            _check_invariant(conn)


@pytest.mark.parametrize("seed", range(6))
def test_no_overlapping_confirmations_and_one_conflict_per_overlap(
    engine: Engine, world: World, seed: int
) -> None:
    office = _RandomOffice(engine, world, random.Random(seed))
    for _ in range(120):
        office.step()
    for node in office.nodes:
        office.sync(node)
    with engine.connect() as conn:
        conflicts = scalar(conn, "SELECT count(*) FROM sync_conflict WHERE status = 'open'")
    assert conflicts > 0  # the random office does double-book, so the check had work to do
