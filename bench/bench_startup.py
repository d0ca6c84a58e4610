"""Start-up benchmark: process start to the first painted, populated window (the app's probe)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

from _common import parse_args, prepared_database, report

AREA = "startup"
RUNS = 7


def probe(url: str) -> tuple[float, float, float]:
    """(first paint ms, populated ms, resident MB after every tab), as the app reports."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "hor_desktop", "--db", url, "--startup-probe"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    line = next((x for x in done.stdout.splitlines() if x.startswith("STARTUP ")), None)
    if done.returncode != 0 or line is None:
        raise SystemExit(f"bench: start-up probe failed: {done.stderr.strip()[-500:]}")
    values = dict(part.split("=") for part in line.split()[1:])
    return (
        float(values["first_paint_ms"]),
        float(values["populated_ms"]),
        float(values["rss_all_tabs_mb"]),
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(AREA, argv)
    with prepared_database(args) as database:
        url = database.url
        database.close()  # the app takes the single-instance lock itself
        probe(url)  # warm the OS file cache, as on a PC that has started before
        runs = [probe(url) for _ in range(RUNS)]
    report(f"{AREA}.first_paint", statistics.median(r[0] for r in runs), 1500)
    report(f"{AREA}.cold_start_populated", statistics.median(r[1] for r in runs), 1500)
    rss = statistics.median(r[2] for r in runs)
    print(f"BENCH {AREA}.rss_all_tabs value_mb={rss:.0f} target_mb=300", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
