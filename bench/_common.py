"""Shared benchmark plumbing: arguments, a prepared throwaway database, timing, output."""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

# Run as ``python bench/bench_<area>.py`` from the repository root: make the package
# importable without installing it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.services.locations import seed_cologne_locations
from hor_desktop.store.database import Database, open_database
from hor_desktop.store.demo_data import generate_demo_data
from hor_desktop.store.engine import sqlite_path

SYSTEM = Actor(location_id=None, role=Role.ADMIN, name="bench")


def parse_args(area: str, argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=f"bench_{area}.py", description=f"Benchmarks: {area}")
    parser.add_argument("--scale", choices=("S", "M", "L"), default="L")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--db", metavar="URL", help="an existing SQLite database; the benchmark uses a copy"
    )
    return parser.parse_args(argv)


def _copy_sqlite(url: str, target: Path) -> None:
    """A consistent copy through the SQLite backup API; the source is opened read-only."""
    source_path = sqlite_path(url)
    if source_path is None:
        raise SystemExit("bench: --db must be a SQLite file URL (it is copied, never written)")
    if not source_path.exists():
        raise SystemExit(f"bench: {source_path} does not exist")
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()


@contextmanager
def prepared_database(args: argparse.Namespace) -> Iterator[Database]:
    """A throwaway database: a copy of ``--db``, else fresh demo data of ``--scale``."""
    with tempfile.TemporaryDirectory(prefix="hor-bench-") as tmp:
        path = Path(tmp) / "bench.sqlite"
        if args.db:
            _copy_sqlite(args.db, path)
        database = open_database(f"sqlite:///{path}")
        try:
            if not args.db:
                seed_cologne_locations(database.unit_of_work(SYSTEM))
                started = time.perf_counter()
                summary = generate_demo_data(database, scale=args.scale, seed=args.seed)
                print(
                    f"bench: demo data {args.scale} in {time.perf_counter() - started:.1f} s "
                    f"({summary.loans} loans, {summary.loan_lines} lines)",
                    file=sys.stderr,
                )
            yield database
        finally:
            database.close()


def measure(fn: Callable[[], object], *, repeat: int = 30, warmup: int = 3) -> float:
    """The median wall time of ``fn`` in milliseconds, after ``warmup`` untimed calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def report(name: str, median_ms: float, target_ms: float | None) -> None:
    target = "-" if target_ms is None else f"{target_ms:g}"
    print(f"BENCH {name} median_ms={median_ms:.2f} target_ms={target}", flush=True)


def report_ratio(name: str, ratio: float, target_ratio: float) -> None:
    print(f"BENCH {name} ratio={ratio:.2f} target_ratio={target_ratio:g}", flush=True)
