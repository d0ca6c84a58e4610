"""Benchmarks of replica sync against a real PostgreSQL: push, pull and an empty round.

Usage: python bench/bench_sync.py [--db POSTGRESQL_URL] [--repeat N]
Works in a throwaway database created beside the one ``--db`` names (default, and for a
SQLite ``--db`` from run_all.py: HOR_BENCH_PG_URL, else
postgresql+psycopg://postgres@127.0.0.1:5432/hor_c) and drops it afterwards.
Push and pull are timed as the round's phases (``_push``/``_pull``), so a push is not
charged for pulling its own changes back.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from _common import SYSTEM, measure, report
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.core.validation import search_key
from hor_desktop.services.locations import seed_cologne_locations
from hor_desktop.store.database import Database, open_database
from hor_desktop.store.models import Organisation
from hor_desktop.sync import local, server
from hor_desktop.sync.connection import create_shared_engine
from hor_desktop.sync.engine import SyncEngine, _Round, init_replica

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/hor_c"
PUSH_OPS, PUSH_TARGET_MS = 5_000, 5_000
PULL_CHANGES, PULL_TARGET_MS = 20_000, 7_000
EMPTY_TARGET_MS = 200
TX_SIZE = 100  # ops per local transaction in the push benchmark


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench_sync.py", description="Benchmarks: sync")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="PostgreSQL server to work on (a throwaway database is created there)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of push and pull")
    args = parser.parse_args(argv)
    fallback = os.environ.get("HOR_BENCH_PG_URL", DEFAULT_URL)
    if not args.db or not args.db.startswith("postgresql"):
        if args.db:  # run_all.py hands every benchmark its SQLite file
            print(f"bench_sync: {args.db} is not PostgreSQL; using {fallback}", file=sys.stderr)
        args.db = fallback
    return args


@contextmanager
def throwaway_database(url: str) -> Iterator[str]:
    parsed = make_url(url).set(drivername="postgresql+psycopg")
    name = f"hor_bench_sync_{os.getpid()}"
    # No statement timeout here: DROP DATABASE may wait for the benchmark's connections.
    admin = create_engine(parsed, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield parsed.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def add_organisations(db: Database, actor: Actor, count: int, tx_size: int) -> None:
    """``count`` new organisations in transactions of ``tx_size`` (one op each)."""
    for start in range(0, count, tx_size):
        uow = db.unit_of_work(actor)
        with uow:
            names = [f"Bench {uuid.uuid4().hex[:10]}" for _ in range(min(tx_size, count - start))]
            uow.session.add_all([Organisation(name=n, name_key=search_key(n)) for n in names])
            uow.commit()


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def run(args: argparse.Namespace) -> None:
    with throwaway_database(args.db) as url, tempfile.TemporaryDirectory() as tmp:
        shared = create_shared_engine(url)
        server.install_shared(shared)
        direct = open_database(url, migrate=False, exclusive=False)
        replicas: list[tuple[Database, SyncEngine]] = []
        try:
            seed_cologne_locations(direct.unit_of_work(SYSTEM))
            for code in ("IH", "MIG"):
                db = open_database(f"sqlite:///{Path(tmp) / code}.sqlite")
                replicas.append((db, SyncEngine(db, shared)))
                init_replica(db, shared, location_code=code)
                assert replicas[-1][1].run_once().ok
            measure_all(args, direct, replicas)
        finally:
            for db, _engine in replicas:
                db.close()
            direct.close()
            shared.dispose()


def measure_all(
    args: argparse.Namespace, direct: Database, replicas: list[tuple[Database, SyncEngine]]
) -> None:
    (db_a, engine_a), (db_b, engine_b) = replicas
    actor = Actor(
        location_id=uuid.UUID(str(local.get_state(db_a, local.STATE_LOCATION))),
        role=Role.ADMIN,
        name="bench",
    )

    push_ms = []
    for _ in range(args.repeat):
        add_organisations(db_a, actor, PUSH_OPS, TX_SIZE)
        assert local.pending_count(db_a) == PUSH_OPS
        push_ms.append(timed(lambda: engine_a._push(_Round())))
        assert local.pending_count(db_a) == 0
        engine_a.run_once()  # pull its own changes back, untimed
    report("sync.push_5000_ops", statistics.median(push_ms), PUSH_TARGET_MS)

    engine_b.run_once()
    start_cursor = local.get_cursor(db_b)
    system = Actor(location_id=None, role=Role.ADMIN, name="bench")
    add_organisations(direct, system, PULL_CHANGES, 2_000)  # 20,000 change-log entries
    pull_ms = []
    for _ in range(args.repeat):
        # The first run inserts the rows; later ones re-apply the same page as upserts.
        local.set_state(db_b, local.STATE_CURSOR, str(start_cursor))
        state = _Round()
        pull_ms.append(timed(lambda: engine_b._pull(state)))  # noqa: B023 (runs at once)
        assert state.pulled == PULL_CHANGES, state.pulled
    report("sync.pull_apply_20000_changes", statistics.median(pull_ms), PULL_TARGET_MS)

    def empty_round() -> None:
        assert engine_b.run_once().pulled == 0

    report("sync.empty_round", measure(empty_round, repeat=30, warmup=3), EMPTY_TARGET_MS)


def main(argv: list[str] | None = None) -> int:
    run(parse_args(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
