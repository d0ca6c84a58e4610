"""Start-up benchmark: process start to the first painted, populated window (the app's probe).

Set HOR_DESK_BUNDLE to a built bundle's executable (e.g. build/dist/hor-desk/hor-desk) to
measure the bundle as well: the issue's 1.5 s hold for both.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

from _common import parse_args, prepared_database, report

AREA = "startup"
RUNS = 7


def probe(url: str, command: list[str] | None = None) -> dict[str, float]:
    """first_paint_ms, populated_ms, rss_all_tabs_mb and cpu_populated_ms, as the app reports."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [*(command or [sys.executable, "-m", "hor_desktop"]), "--db", url, "--startup-probe"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    line = next((x for x in done.stdout.splitlines() if x.startswith("STARTUP ")), None)
    if done.returncode != 0 or line is None:
        raise SystemExit(f"bench: start-up probe failed: {done.stderr.strip()[-500:]}")
    return {key: float(value) for key, value in (p.split("=") for p in line.split()[1:])}


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(AREA, argv)
    bundle = os.environ.get("HOR_DESK_BUNDLE")
    with prepared_database(args) as database:
        url = database.url
        database.close()  # the app takes the single-instance lock itself
        probe(url)  # warm the OS file cache, as on a PC that has started before
        runs = [probe(url) for _ in range(RUNS)]
        if bundle:
            probe(url, [bundle])
            bundle_runs = [probe(url, [bundle]) for _ in range(RUNS)]
    report(f"{AREA}.first_paint", _median(runs, "first_paint_ms"), 1500)
    report(f"{AREA}.cold_start_populated", _median(runs, "populated_ms"), 1500)
    # CPU time of all threads until populated: steadier than wall time on a busy machine,
    # so it shows whether a change made start-up cheaper (no target of its own).
    report(f"{AREA}.cpu_to_populated", _median(runs, "cpu_populated_ms"), None)
    rss = _median(runs, "rss_all_tabs_mb")
    print(f"BENCH {AREA}.rss_all_tabs value_mb={rss:.0f} target_mb=300", flush=True)
    if bundle:
        report(f"{AREA}.bundle_populated", _median(bundle_runs, "populated_ms"), 1500)
    return 0


if __name__ == "__main__":
    sys.exit(main())
