"""Fault points: armed simulated connection losses, and the SIGKILL hook for crash tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from hor_desktop.sync.faults import ENV_CRASH_AT, Faults, SimulatedConnectionError, hit


def test_an_armed_point_raises_after_the_skipped_hits_for_the_given_times() -> None:
    faults = Faults()
    faults.arm("pull.after_apply", skip=1, times=2)
    hit(faults, "pull.after_apply")  # skipped
    for _ in range(2):
        with pytest.raises(SimulatedConnectionError):
            hit(faults, "pull.after_apply")
    hit(faults, "pull.after_apply")  # spent
    hit(faults, "push.after_ack")  # never armed
    assert faults.hits["pull.after_apply"] == 4
    assert isinstance(SimulatedConnectionError("x"), ConnectionError)


def test_an_unknown_point_cannot_be_armed() -> None:
    with pytest.raises(ValueError, match="unknown fault point"):
        Faults().arm("push.typo")


def test_the_crash_hook_kills_the_process_at_the_nth_hit() -> None:
    code = (
        "from hor_desktop.sync.faults import hit\n"
        "for n in range(1, 5):\n"
        "    hit(None, 'push.after_server_commit')\n"
        "    print(n, flush=True)\n"
    )
    env = {**os.environ, ENV_CRASH_AT: "push.after_server_commit:3"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == -signal.SIGKILL
    assert done.stdout.split() == ["1", "2"]
