"""Nothing slow is loaded before the first paint: PDF, Alembic, keyring, hidden tabs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hor_desktop.store.database import open_database

# Each of these costs 50–300 ms to import and is only needed for a document, a schema
# upgrade, a PostgreSQL password, a calendar export or a due date.
DEFERRED = ("reportlab", "pypdf", "pypdfium2", "PIL", "alembic", "keyring", "icalendar", "holidays")

# What is not on screen at the first paint (issue #11): the tabs behind „Heute“ are built
# when first shown, the reports dialog when opened; a SQLite desk never needs the
# PostgreSQL dialect (it loads every PostgreSQL driver module).
HIDDEN_AT_FIRST_PAINT = (
    "sqlalchemy.dialects.postgresql",
    "hor_desktop.ui.organisations.tab",
    "hor_desktop.ui.inventory.tab",
    "hor_desktop.ui.calendar.tab",
    "hor_desktop.ui.desks.tab",
    "hor_desktop.ui.reports.dialog",
)

# The window as app.launch builds it, on a migrated database; then the calendar tab is
# shown, which must load its module (so the check above can see a module arrive).
_SHOW_WINDOW = """
import json, sys
from PySide6.QtWidgets import QApplication
from hor_desktop import app
from hor_desktop.config import Settings
from hor_desktop.ui.tasks import ImmediateRunner

watched = {watched!r}
qt = QApplication([sys.argv[0]])
startup = app.open_startup(Settings(database_url={url!r}))
window = app.build_window(startup, runner=ImmediateRunner())
window.show()
qt.processEvents()
at_paint = sorted(m for m in watched if m in sys.modules)
populated = window.dashboard_tab.is_populated()
window.tabs.setCurrentIndex(window.tabs.indexOf(window.calendar_tab))
after_calendar = sorted(m for m in watched if m in sys.modules)
window.close()
startup.close()
print(json.dumps([at_paint, populated, after_calendar]))
"""


def _run(code: str, tmp_path: Path) -> object:
    home = tmp_path / "home"  # config, data and logs of the child stay in tmp_path
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        **{name: str(home / name.lower()) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                                       "XDG_STATE_HOME", "XDG_CACHE_HOME")},
    }  # fmt: skip
    env.pop("HOR_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_starting_the_window_module_imports_none_of_the_slow_libraries(tmp_path: Path) -> None:
    watched = [*DEFERRED, *HIDDEN_AT_FIRST_PAINT]
    code = (
        "import json, sys\n"
        "import hor_desktop.app\n"
        f"print(json.dumps(sorted(m for m in {watched!r} if m in sys.modules)))\n"
    )
    assert _run(code, tmp_path) == []


def test_the_shown_window_loads_only_the_first_tab(tmp_path: Path, db_path: Path) -> None:
    url = f"sqlite:///{db_path}"
    open_database(url).close()  # migrated here: a start on an up-to-date file skips Alembic
    # holidays is left out: the first tab's query needs it, in the background on a real start.
    watched = [m for m in (*DEFERRED, *HIDDEN_AT_FIRST_PAINT) if m != "holidays"]
    at_paint, populated, after_calendar = _run(  # type: ignore[misc]
        _SHOW_WINDOW.format(watched=watched, url=url), tmp_path
    )
    assert at_paint == []
    assert populated is True
    assert after_calendar == ["hor_desktop.ui.calendar.tab"]
