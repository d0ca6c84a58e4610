"""The convergence state machine: replicas of one shared server, faulty sync rounds, and
the checks at the end (convergence, the oracle, the wrong-clock warning).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from sqlalchemy import Engine, select, text

from hor_desktop.core.clock import BERLIN, local_today
from hor_desktop.core.errors import HorError
from hor_desktop.services import contacts, desks, equipment, rooms
from hor_desktop.services import organisations as orgs
from hor_desktop.store.migrate import HEAD_REVISION
from hor_desktop.store.models import Contact, Organisation
from hor_desktop.sync import local, server
from hor_desktop.sync.engine import SyncEngine
from hor_desktop.sync.server_schema import PUSH_LOCK
from hor_desktop.sync.status import CLOCK_WARNING_MS, OFFLINE

from .convergence_rules import ORG_NAMES, PICK, ServiceRules, next_weekday, pick_row
from .helpers import Oracle, Replica, SkewedClock, open_replica, reset_shared, sync_until_quiet
from .test_engine import assert_converged

HOUR = timedelta(hours=1)
PULL_FAULTS = ("pull_after_read", "pull_after_apply")


class World:
    """What the module's machines share: the server, a template file, the oracle hook."""

    def __init__(self, shared: Engine, short: Engine, template: Path) -> None:
        self.shared = shared
        self.short = short  # 300 ms statement timeout: a push waiting for a lock times out
        self.template = template
        self.oracle: Oracle | None = None


class SyncMachine(ServiceRules, RuleBasedStateMachine):
    """Replicas of one shared server, driven through services and faulty sync rounds."""

    world: World
    codes: tuple[str, ...] = ("IH", "MIG")
    offsets: tuple[timedelta, ...] = (timedelta(0), timedelta(0))
    jumper: int | None = None  # the replica whose clock jumps back an hour once

    def __init__(self) -> None:
        super().__init__()
        reset_shared(self.world.shared)
        self.oracle = Oracle()
        self.world.oracle = self.oracle
        self.directory = Path(tempfile.mkdtemp(prefix="hor-conv-"))
        self.clocks = [SkewedClock(offset) for offset in self.offsets]
        self.replicas: list[Replica] = []
        self.jumped = False
        self.reports: list[list[Any]] = [[] for _ in self.codes]
        today = local_today(SkewedClock())
        monday = next_weekday(today + timedelta(days=7), 0)
        self.days = (monday, monday + timedelta(days=1))

    # --- set-up and helpers ------------------------------------------------------------

    @initialize()
    def open_replicas_with_shared_master_data(self) -> None:
        for code, clock in zip(self.codes, self.clocks, strict=True):
            self.replicas.append(
                open_replica(self.world.template, self.directory, self.world.shared, code, clock)
            )
        first = self.replicas[0]
        admin = first.actor
        assert admin.location_id is not None
        for name in ("Saal", "Werkstatt"):
            rooms.create_room(
                self.uow(first), location_id=admin.location_id, name=name, capacity=30
            )
        desks.create_desk(self.uow(first), location_id=admin.location_id, label="T1")
        category = equipment.create_category(self.uow(first), name="Beamer")
        for number in (1, 2):
            equipment.create_item(
                self.uow(first), inventory_no=f"{1000 + number}", name=f"Beamer {number}",
                category_id=category.id, home_location_id=admin.location_id,
            )  # fmt: skip
        for name in ORG_NAMES[:2]:
            self.new_organisation(first, name)
        self.oracle.observe(first.db)
        sync_until_quiet(self.replicas)

    def uow(self, replica: Replica) -> Any:
        return replica.db.unit_of_work(replica.actor)

    def new_organisation(self, replica: Replica, name: str) -> None:
        org = orgs.create_organisation(self.uow(replica), name=name)
        contacts.add_contact(
            self.uow(replica), organisation_id=org.id, name="Ana Beispiel", is_responsible=True
        )

    def ids(self, replica: Replica, statement: Any) -> list[Any]:
        with replica.db.engine.connect() as conn:
            return list(conn.execute(statement).all())

    def act(self, index: int, action: Callable[[Replica], object]) -> None:
        """Run a use case at one replica; a refusal by the service is a normal outcome."""
        replica = self.replicas[index % len(self.replicas)]
        with contextlib.suppress(HorError):
            action(replica)
        self.oracle.observe(replica.db)

    def org_and_contact(self, replica: Replica, pick: int) -> tuple[Any, Any] | None:
        rows = self.ids(
            replica,
            select(Organisation.id, Contact.id)
            .join(Contact, Contact.organisation_id == Organisation.id)
            .order_by(Organisation.created_at, Organisation.id, Contact.id),
        )
        return pick_row(rows, pick)

    def at(self, day_index: int, hour: int) -> datetime:
        return datetime.combine(self.days[day_index % 2], time(hour), tzinfo=BERLIN)

    # --- sync with faults ---------------------------------------------------------------

    @rule(r=PICK)
    def sync(self, r: int) -> None:
        self.sync_round(r, "none")

    @rule(r=PICK)
    def sync_everyone(self, r: int) -> None:
        for index in range(len(self.replicas)):
            self.sync_round(r + index, "none")

    @rule(r=PICK)
    def sync_reply_lost_after_the_server_commit(self, r: int) -> None:
        self.sync_round(r, "drop_reply")

    @rule(r=PICK)
    def sync_reply_lost_twice(self, r: int) -> None:
        self.sync_round(r, "drop_reply_twice")

    @rule(r=PICK)
    def sync_after_a_duplicate_push(self, r: int) -> None:
        self.sync_round(r, "duplicate")

    @rule(r=PICK)
    def sync_timeout_on_connect(self, r: int) -> None:
        self.sync_round(r, "timeout_connect")

    @rule(r=PICK)
    def sync_timeout_before_the_push(self, r: int) -> None:
        self.sync_round(r, "timeout_push")

    @rule(r=PICK, fault=st.sampled_from(PULL_FAULTS))
    def sync_with_a_pull_fault(self, r: int, fault: str) -> None:
        self.sync_round(r, fault)

    @rule(r=PICK)
    def sync_while_another_location_holds_the_push_lock(self, r: int) -> None:
        self.sync_round(r, "lock_timeout")

    def sync_round(self, r: int, fault: str) -> None:
        index = r % len(self.replicas)
        rep = self.replicas[index]
        self.oracle.observe(rep.db)
        waiting = local.pending_count(rep.db)
        cursor = local.get_cursor(rep.db)
        points = {
            "drop_reply": ("push.after_server_commit", 1),
            "drop_reply_twice": ("push.after_server_commit", 2),
            "timeout_connect": ("connect", 1),
            "timeout_push": ("push.before_server", 1),
            "pull_after_read": ("pull.after_read", 1),
            "pull_after_apply": ("pull.after_apply", 1),
        }
        if fault == "duplicate" and waiting:
            ops = local.pending_ops(rep.db, 1_000_000)
            for _ in range(2):  # the same ops arrive twice before the engine's own push
                with self.world.shared.begin() as conn:
                    server.apply_push(
                        conn, node=ops[0].node, location_id=str(rep.actor.location_id),
                        schema_revision=HEAD_REVISION, ops=ops,
                    )  # fmt: skip
        if fault == "lock_timeout":
            self.lock_timeout_round(rep, waiting, cursor)
            return
        times = 1
        if fault in points:
            point, times = points[fault]
            rep.faults.arm(point, times=times)
        for _ in range(times if fault.startswith("drop_reply") else 1):
            report = rep.engine.run_once()
            self.reports[index].append(report)
            if report.error is None:
                break
            assert report.error == OFFLINE, report.summary()
            if not fault.startswith("pull"):  # nothing acknowledged without an answer
                assert local.pending_count(rep.db) == waiting
        rep.faults.disarm()
        if fault in ("none", "duplicate"):
            assert report.ok and report.pending == 0, report.summary()

    def lock_timeout_round(self, rep: Replica, waiting: int, cursor: int) -> None:
        """Another location holds the push lock; this push times out (a real timeout)."""
        with self.world.shared.connect() as holder:
            holder.execute(text("SELECT pg_advisory_lock(:key)"), {"key": PUSH_LOCK})
            try:
                report = SyncEngine(rep.db, self.world.short).run_once()
            finally:
                holder.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PUSH_LOCK})
                holder.commit()
        if waiting:
            assert report.error == OFFLINE, report.summary()
            assert local.pending_count(rep.db) == waiting and local.get_cursor(rep.db) == cursor
        else:
            assert report.ok, report.summary()

    @precondition(lambda self: self.jumper is not None and not self.jumped)
    @rule()
    def clock_jumps_back(self) -> None:
        assert self.jumper is not None
        self.clocks[self.jumper].offset -= HOUR
        self.jumped = True

    # --- the end -------------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            if len(self.replicas) == len(self.codes):
                self.finish()
        finally:
            self.world.oracle = None
            for rep in self.replicas:
                rep.db.close()
            shutil.rmtree(self.directory, ignore_errors=True)

    def finish(self) -> None:
        if self.jumper is not None and not self.jumped:  # every example sees the jump
            self.clock_jumps_back()
            self.act(self.jumper, lambda rep: self.new_organisation(rep, ORG_NAMES[2]))
        for _ in range(8):
            for rep in self.replicas:
                self.oracle.observe(rep.db)
            reports = [rep.engine.run_once() for rep in self.replicas]
            for index, report in enumerate(reports):
                assert report.ok, report.summary()
                self.reports[index].append(report)
            if all(r.pushed == 0 and r.pulled == 0 and r.pending == 0 for r in reports):
                break
        else:
            raise AssertionError("the replicas did not settle")
        assert_converged(self.world.shared, *(rep.db for rep in self.replicas))
        assert self.oracle.check(self.world.shared) > 0
        self.check_clock_warnings()

    def check_clock_warnings(self) -> None:
        for index, rep in enumerate(self.replicas):
            offset = self.clocks[index].offset
            last = self.reports[index][-1]
            status = rep.engine.status()
            assert last.clock_offset_ms is not None
            # offset = server minus PC: a PC an hour ahead shows about -3,600,000 ms
            assert abs(last.clock_offset_ms + offset.total_seconds() * 1000) < 60_000
            wrong = abs(offset.total_seconds() * 1000) > CLOCK_WARNING_MS
            if offset > HOUR / 2:  # far ahead: the server decided with its own clock
                node = local.get_state(rep.db, local.STATE_NODE)
                mine = [op_id for op_id, op in self.oracle.ops.items() if op.node == node]
                assert mine and all(
                    self.oracle.effective[op_id] != self.oracle.ops[op_id].hlc for op_id in mine
                )
            assert status.clock_warning is wrong
            assert ("Warnung: die Uhr dieses PCs geht" in last.summary()) is wrong
            if wrong:
                ahead = offset > timedelta(0)
                warning = [line for line in status.lines() if line.startswith("Warnung:")]
                assert warning and warning[0].endswith("vor" if ahead else "nach"), warning
