"""Server push: exactly once, per-field LWW, refusals, quarantine, clamping, the change log."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text

from hor_desktop.core.hlc import Timestamp
from hor_desktop.sync import codec
from hor_desktop.sync.ops import Op, OpResult, SchemaSkewError
from hor_desktop.sync.server import (
    apply_push,
    read_changes,
    read_table,
    server_hash,
    server_info,
    snapshot,
)
from tests.sync.server_support import Node, World, push, scalar, seed_world, shared_engine

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def engine() -> Iterator[Engine]:
    yield from shared_engine()


@pytest.fixture
def world(engine: Engine) -> World:
    return seed_world(engine)


def _counts(engine: Engine) -> tuple[int, int, int, int]:
    with engine.connect() as conn:
        return (
            scalar(conn, "SELECT count(*) FROM organisation"),
            scalar(conn, "SELECT count(*) FROM contact"),
            scalar(conn, "SELECT count(*) FROM sync_change_log"),
            scalar(conn, "SELECT count(*) FROM sync_applied_op"),
        )


def _row(engine: Engine, table: str, row_id: str) -> dict[str, object]:
    with engine.connect() as conn:
        raw = scalar(conn, f"SELECT to_jsonb(t) FROM {table} t WHERE id = :id", id=row_id)
    return codec.canonical_row(table, raw)


@pytest.mark.parametrize("resends", [1, 2, 3])
def test_resent_ops_change_nothing_and_get_the_same_replies(engine: Engine, resends: int) -> None:
    node = Node(f"X{resends}")
    org = node.insert("organisation", name="Erst")
    ops = [
        org,
        node.update("organisation", org.row_id, name="Dann"),
        node.insert("contact", organisation_id=org.row_id),
        node.update("contact", str(uuid.uuid4()), name="fehlt"),  # refused: no such row
    ]
    first = push(engine, node, ops)
    before = _counts(engine)
    for _ in range(resends):
        again = push(engine, node, ops[::-1])  # order does not matter for a resend
        assert again.replies == first.replies[::-1]
    assert _counts(engine) == before
    assert [r.result for r in first.replies] == [
        OpResult.APPLIED,
        OpResult.APPLIED,
        OpResult.APPLIED,
        OpResult.REFUSED,
    ]
    assert _row(engine, "organisation", org.row_id)["name"] == "Dann"


def test_an_op_twice_in_one_batch_applies_once(engine: Engine) -> None:
    node = Node("DUP")
    org = node.insert("organisation")
    before = _counts(engine)
    reply = push(engine, node, [org, org])
    assert [r.result for r in reply.replies] == [OpResult.APPLIED, OpResult.APPLIED]
    assert _counts(engine)[0] == before[0] + 1
    assert _counts(engine)[2] == before[2] + 1


def test_each_field_keeps_its_newest_write(engine: Engine) -> None:
    early, late = Node("EARLY", physical_ms=1_000), Node("LATE", physical_ms=2_000)
    org = early.insert("organisation", name="Alt", notes="alt")
    push(engine, early, [org])
    assert (
        push(engine, late, [late.update("organisation", org.row_id, name="Spät")]).replies[0].result
        is OpResult.APPLIED
    )
    # An older edit arrives afterwards: its name loses, its other field wins.
    mixed = early.update("organisation", org.row_id, name="Früh", notes="früh")
    reply = push(engine, early, [mixed])
    assert reply.replies[0].result is OpResult.APPLIED
    row = _row(engine, "organisation", org.row_id)
    assert (row["name"], row["notes"]) == ("Spät", "früh")
    assert row["row_hlc"] == max(mixed.hlc, Timestamp(2_000, 0, "LATE").encode())
    only_old = early.update("organisation", org.row_id, name="Noch früher")
    only_old = Op(**{**only_old.__dict__, "hlc": Timestamp(1_500, 0, "EARLY").encode()})
    assert push(engine, early, [only_old]).replies[0].result is OpResult.SUPERSEDED
    assert _row(engine, "organisation", org.row_id)["name"] == "Spät"


def test_concurrent_edit_of_an_important_field_is_recorded(engine: Engine) -> None:
    a, b = Node("CA", physical_ms=10_000), Node("CB", physical_ms=20_000)
    org = a.insert("organisation", name="Start")
    push(engine, a, [org])
    base = org.hlc
    push(engine, a, [a.update("organisation", org.row_id, name="Von A", base=base)])
    push(engine, b, [b.update("organisation", org.row_id, name="Von B", base=base)])
    with engine.connect() as conn:
        found = conn.execute(
            text(
                "SELECT field_name, value_a, value_b, status FROM sync_conflict "
                "WHERE kind = 'field_edit' AND row_a_id = :id"
            ),
            {"id": org.row_id},
        ).all()
    assert found == [("name", {"name": "Von B"}, {"name": "Von A"}, "open")]
    assert _row(engine, "organisation", org.row_id)["name"] == "Von B"


def test_a_sequential_edit_of_an_important_field_is_no_conflict(engine: Engine) -> None:
    a, b = Node("SA", physical_ms=10_000), Node("SB", physical_ms=20_000)
    org = a.insert("organisation", name="Start")
    first = a.update("organisation", org.row_id, name="Von A")
    push(engine, a, [org, first])
    push(engine, b, [b.update("organisation", org.row_id, name="Von B", base=first.hlc)])
    with engine.connect() as conn:
        assert (
            scalar(conn, "SELECT count(*) FROM sync_conflict WHERE row_a_id = :id", id=org.row_id)
            == 0
        )


def test_a_constraint_error_refuses_only_that_op(engine: Engine, world: World) -> None:
    node = Node("REF", location_id=world.location)
    good = node.insert("organisation")
    orphan = node.insert("contact", organisation_id=str(uuid.uuid4()))
    later = node.insert("contact", organisation_id=good.row_id)
    reply = push(engine, node, [good, orphan, later])
    assert [r.result for r in reply.replies] == [
        OpResult.APPLIED,
        OpResult.REFUSED,
        OpResult.APPLIED,
    ]
    assert "organisation" in (reply.replies[1].detail or "")
    with engine.connect() as conn:
        conflict = conn.execute(
            text(
                "SELECT kind, table_name, location_b_id, status FROM sync_conflict "
                "WHERE row_b_id = :id"
            ),
            {"id": orphan.row_id},
        ).one()
        assert scalar(conn, "SELECT count(*) FROM contact WHERE id = :id", id=orphan.row_id) == 0
    assert tuple(conflict) == ("refused", "contact", uuid.UUID(world.location), "open")


def test_a_database_constraint_error_is_refused_in_a_savepoint(
    engine: Engine, world: World
) -> None:
    node = Node("UNIQ", location_id=world.location)

    def loan(receipt: str) -> Op:
        return node.insert(
            "loan",
            receipt_no=receipt,
            organisation_id=world.organisation,
            contact_id=world.contact,
            location_out_id=world.location,
            start_date="2027-06-01",
            due_date="2027-06-02",
        )

    receipt = f"U-{uuid.uuid4().hex[:8]}"
    ops = [loan(receipt), node.insert("organisation"), loan(receipt), loan(receipt + "b")]
    before = _counts(engine)
    reply = push(engine, node, ops)
    assert [r.result for r in reply.replies] == [
        OpResult.APPLIED,
        OpResult.APPLIED,
        OpResult.REFUSED,
        OpResult.APPLIED,
    ]
    assert "duplicate key" in (reply.replies[2].detail or "")
    with engine.connect() as conn:
        loans = scalar(conn, "SELECT count(*) FROM loan WHERE receipt_no LIKE :r", r=receipt + "%")
        kinds = conn.execute(
            text("SELECT kind FROM sync_conflict WHERE row_b_id = :id"), {"id": ops[2].row_id}
        ).scalars()
        assert list(kinds) == ["refused"]
        seqs = list(conn.execute(text("SELECT seq FROM sync_change_log ORDER BY seq")).scalars())
    assert loans == 2
    assert _counts(engine)[0] == before[0] + 1
    assert seqs == list(range(1, len(seqs) + 1))  # the rolled-back attempt left no gap


def test_poison_ops_are_quarantined_acknowledged_and_later_ops_flow(engine: Engine) -> None:
    node = Node("POISON")
    first = node.insert("organisation", name="davor")
    unknown_table = Op(
        "p1" + uuid.uuid4().hex[:30],
        "t",
        "POISON",
        "no_such_table",
        str(uuid.uuid4()),
        "insert",
        {"x": 1},
        node.tick(),
    )
    bad_value = node.insert("organisation", created_at="kein Datum")
    unknown_column = node.update("organisation", first.row_id, colour="rot")
    bad_enum = node.update("organisation", first.row_id, status="verschwunden")
    nul_text = node.update("organisation", first.row_id, notes="a\x00b")
    nan_json = node.insert("room", location_id=str(uuid.uuid4()), features=[float("nan")])
    surrogate = node.update("organisation", first.row_id, notes="\ud800")
    no_values = Op(**{**node.update("organisation", first.row_id).__dict__, "values": None})  # type: ignore[arg-type]
    after = node.insert("organisation", name="danach")
    poison = [
        unknown_table,
        bad_value,
        unknown_column,
        bad_enum,
        nul_text,
        nan_json,
        surrogate,
        no_values,
    ]
    ops = [first, *poison, after]
    reply = push(engine, node, ops)
    assert [r.result for r in reply.replies] == [
        OpResult.APPLIED,
        *[OpResult.QUARANTINED] * len(poison),
        OpResult.APPLIED,
    ]
    assert push(engine, node, ops).replies == reply.replies  # acknowledged for good
    poison_ids = [op.op_id for op in poison]
    with engine.connect() as conn:
        parked = scalar(
            conn, "SELECT count(*) FROM sync_quarantine WHERE op_id = ANY(:ids)", ids=poison_ids
        )
        inbox = scalar(
            conn,
            "SELECT count(*) FROM sync_conflict WHERE kind = 'quarantined' "
            "AND (row_b_id = ANY(CAST(:rows AS uuid[])))",
            rows=[op.row_id for op in poison],
        )
        assert scalar(conn, "SELECT name FROM organisation WHERE id = :id", id=after.row_id) == (
            "danach"
        )
        assert scalar(conn, "SELECT status FROM organisation WHERE id = :id", id=first.row_id) == (
            "active"
        )
    assert (parked, inbox) == (len(poison), len(poison))


def test_schema_skew_raises_and_writes_nothing(engine: Engine) -> None:
    node = Node("SKEW")
    before = _counts(engine)
    with engine.connect() as conn:
        with pytest.raises(SchemaSkewError) as caught:
            apply_push(
                conn,
                node="SKEW",
                location_id=None,
                schema_revision="0005",
                ops=[node.insert("organisation")],
            )
        conn.commit()
    assert caught.value.server_revision == server_info(engine.connect()).schema_revision
    assert caught.value.client_revision == "0005"
    assert _counts(engine) == before


def test_an_hlc_far_ahead_is_clamped_to_server_time(engine: Engine) -> None:
    node = Node("AHEAD", physical_ms=int(time.time() * 1000) + 3_600_000)
    org = node.insert("organisation")
    reply = push(engine, node, [org, node.update("organisation", org.row_id, name="zwei")])
    assert reply.clamped
    stamp = Timestamp.decode(str(_row(engine, "organisation", org.row_id)["row_hlc"]))
    assert stamp.physical_ms <= reply.server_time_ms
    assert _row(engine, "organisation", org.row_id)["name"] == "zwei"  # order kept


def test_change_log_is_gap_free_across_refusals_and_rollbacks(engine: Engine) -> None:
    node = Node("GAP")
    push(engine, node, [node.insert("organisation"), node.update("contact", str(uuid.uuid4()))])
    with engine.connect() as conn:  # a push that is rolled back leaves no numbers behind
        apply_push(
            conn,
            node="GAP",
            location_id=None,
            schema_revision=server_info(conn).schema_revision or "",
            ops=[node.insert("organisation")],
        )
        conn.rollback()
    push(
        engine,
        node,
        [node.insert("organisation"), node.insert("contact", organisation_id=str(uuid.uuid4()))],
    )
    with engine.connect() as conn:
        seqs = list(conn.execute(text("SELECT seq FROM sync_change_log ORDER BY seq")).scalars())
        assert scalar(conn, "SELECT last FROM sync_seq_counter") == seqs[-1]
    assert seqs == list(range(1, len(seqs) + 1))


def test_change_log_numbers_follow_commit_order(engine: Engine) -> None:
    node = Node("ORDER")
    first, second = node.insert("organisation"), node.insert("organisation")
    push(engine, node, [first, second])
    slow = engine.connect()
    slow.execute(
        text("UPDATE organisation SET notes = 'langsam' WHERE id = :id"), {"id": first.row_id}
    )

    def fast_writer() -> None:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE organisation SET notes = 'schnell' WHERE id = :id"),
                {"id": second.row_id},
            )

    thread = threading.Thread(target=fast_writer)
    thread.start()
    thread.join(0.5)
    assert thread.is_alive()  # waits for the first writer's commit: numbers stay ordered
    slow.commit()
    slow.close()
    thread.join(5)
    with engine.connect() as conn:
        last_two = conn.execute(
            text("SELECT row_id FROM sync_change_log ORDER BY seq DESC LIMIT 2")
        ).scalars()
        assert [str(r) for r in last_two] == [second.row_id, first.row_id]


def test_changes_and_table_reads_are_canonical_rows(engine: Engine) -> None:
    node = Node("CANON")
    org = node.insert("organisation", name="Kanon", notes="ä ö ü")
    push(engine, node, [org])
    with engine.connect() as conn:
        last = snapshot(conn)
        isolation = scalar(conn, "SELECT current_setting('transaction_isolation')")
        changes = read_changes(conn, last - 1, 10)
        everything = []
        after = None
        while page := read_table(conn, "organisation", after, 2):
            everything.extend(page)
            after = page[-1]["id"]
        digest = server_hash(conn, "organisation")
    assert isolation == "repeatable read"
    assert [c.row for c in changes] == [org.values]
    assert changes[0].seq == last
    assert [r["id"] for r in everything] == sorted(r["id"] for r in everything)
    assert org.values in everything
    assert digest == codec.canonical_table_hash(everything)
