"""Run every benchmark on one freshly generated L database and print one table.

Usage: python bench/run_all.py [--scale S|M|L] [--db URL] [--seed N]
Each bench/bench_<area>.py gets ``--db`` on the same data (it works on a copy) and prints
``BENCH <name> median_ms=… target_ms=…`` or ``ratio=… target_ratio=…`` lines.
"""

from __future__ import annotations

import importlib.metadata
import os
import platform
import re
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from _common import SYSTEM, parse_args

from hor_desktop.services.locations import seed_cologne_locations
from hor_desktop.store.database import open_database
from hor_desktop.store.demo_data import generate_demo_data

HERE = Path(__file__).resolve().parent
TIMEOUT_S = 480
_LINE = re.compile(
    r"^BENCH (\S+) (median_ms|ratio|value_mb)=([\d.]+) (target_ms|target_ratio|target_mb)=(\S+)"
)
_UNITS = {"median_ms": "ms", "ratio": "×", "value_mb": "MB"}


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: float | None

    @property
    def verdict(self) -> str:
        if self.target is None:
            return "–"
        return "ok" if self.value <= self.target else "MISSED"


def parse_figures(output: str) -> list[Figure]:
    figures = []
    for line in output.splitlines():
        match = _LINE.match(line.strip())
        if match:
            name, kind, value, _target_kind, target = match.groups()
            unit = _UNITS[kind]
            figures.append(
                Figure(name, float(value), unit, None if target == "-" else float(target))
            )
    return figures


def _versions() -> str:
    names = ("PySide6-Essentials", "SQLAlchemy", "reportlab", "alembic", "psycopg")
    parts = [f"Python {platform.python_version()}", f"SQLite {sqlite3.sqlite_version}"]
    for name in names:
        try:
            parts.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{name} –")
    return ", ".join(parts)


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs ({cpu})"


def main(argv: list[str] | None = None) -> int:
    args = parse_args("all", argv)
    started = time.perf_counter()
    workdir = Path(os.environ.get("TMPDIR", "/tmp")) / f"hor-bench-all-{os.getpid()}"
    workdir.mkdir(parents=True, exist_ok=True)
    url = args.db
    if not url:
        path = workdir / "L.sqlite"
        url = f"sqlite:///{path}"
        with open_database(url) as database:
            seed_cologne_locations(database.unit_of_work(SYSTEM))
            generate_demo_data(database, scale=args.scale, seed=args.seed)
        print(f"demo data {args.scale}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    figures: list[Figure] = []
    failures: list[str] = []
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"running {script.name} …", file=sys.stderr)
        try:
            done = subprocess.run(
                [sys.executable, str(script), "--db", url],
                capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            failures.append(f"{script.name}: timed out after {TIMEOUT_S} s")
            continue
        found = parse_figures(done.stdout)
        if done.returncode != 0 or not found:
            failures.append(f"{script.name}: exit {done.returncode} {done.stderr.strip()[-300:]}")
        figures.extend(found)
    width = max((len(f.name) for f in figures), default=10)
    print(f"{'benchmark':<{width}}  {'median':>10}  {'target':>8}  verdict")
    for fig in figures:
        target = "–" if fig.target is None else f"{fig.target:g} {fig.unit}"
        print(f"{fig.name:<{width}}  {fig.value:>8.2f} {fig.unit:<2} {target:>8}  {fig.verdict}")
    print(f"machine: {_machine()}")
    print(f"versions: {_versions()}")
    print(f"total: {time.perf_counter() - started:.0f} s")
    for failure in failures:
        print(f"FAILED {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
