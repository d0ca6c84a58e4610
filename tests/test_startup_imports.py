"""Nothing slow is imported before the first paint: PDF, Alembic and keyring load on use."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Each of these costs 50–300 ms to import and is only needed for a document, a schema
# upgrade, a PostgreSQL password, a calendar export or a due date.
DEFERRED = ("reportlab", "pypdf", "pypdfium2", "PIL", "alembic", "keyring", "icalendar", "holidays")


def test_starting_the_window_module_imports_none_of_the_slow_libraries() -> None:
    code = (
        "import json, sys\n"
        "import hor_desktop.app\n"
        f"print(json.dumps(sorted(m for m in {list(DEFERRED)!r} if m in sys.modules)))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
