"""Screenshots of every main-window tab at 150 % scaling and with a large font.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/take_screenshots.py --out /tmp/shots

Fills a fresh temporary SQLite file with demo data (scale S), opens the window as the app
does, and saves ``<variant>-<n>-<tab>.png`` for each variant: ``normal`` (100 %, default
font), ``scale150`` (``QT_SCALE_FACTOR=1.5``) and ``font15`` (the application font at
15 pt). Qt reads the scale factor once per process, so each variant runs in its own
process. Works without a display (offscreen platform) or under Xvfb.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication

from hor_desktop.app import build_window, open_startup
from hor_desktop.config import Settings
from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.services.locations import seed_cologne_locations
from hor_desktop.store.database import open_database
from hor_desktop.store.demo_data import generate_demo_data
from hor_desktop.ui.i18n import install_language
from hor_desktop.ui.tasks import ImmediateRunner


@dataclass(frozen=True)
class Variant:
    scale: str  # QT_SCALE_FACTOR
    point_size: int  # application font; 0 keeps the default
    # Window size in logical pixels, what a maximised window gets on the desk PCs' screens:
    # 150 % on a 1920×1080 screen leaves 1280×720 logical pixels, minus the taskbar.
    size: tuple[int, int]


VARIANTS = {
    "normal": Variant("1", 0, (1280, 800)),
    "scale150": Variant("1.5", 0, (1280, 680)),
    "font15": Variant("1", 15, (1366, 728)),
}


def _slug(text: str) -> str:
    return "".join(ch for ch in text.lower().replace("&", "") if ch.isalnum()) or "tab"


def shoot(variant: str, out: Path, language: str) -> list[Path]:
    """In this process: build the window, grab each tab, return the files written."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    install_language(app, language)
    setup = VARIANTS[variant]
    if setup.point_size:
        font = app.font()
        font.setPointSize(setup.point_size)
        app.setFont(font)

    folder = Path(tempfile.mkdtemp(prefix="hor-shots-"))
    url = f"sqlite:///{folder / 'hor.sqlite'}"
    database = open_database(url)
    seed_cologne_locations(database.unit_of_work(Actor(location_id=None, role=Role.ADMIN)))
    generate_demo_data(database, scale="S", seed=7)
    database.close()

    startup = open_startup(Settings(database_url=url, archive_dir=str(folder / "archiv")))
    window = build_window(startup, runner=ImmediateRunner())
    window.resize(*setup.size)
    window.show()
    written = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        path = out / f"{variant}-{index + 1}-{_slug(window.tabs.tabText(index))}.png"
        window.grab().save(str(path))
        written.append(path)
    window.close()
    startup.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--variant", choices=sorted(VARIANTS), help="only this one (in-process)")
    parser.add_argument("--language", default="de")
    options = parser.parse_args(argv)
    options.out.mkdir(parents=True, exist_ok=True)
    if options.variant:
        for path in shoot(options.variant, options.out, options.language):
            print(path)
        return 0
    for variant, setup in VARIANTS.items():
        env = dict(os.environ, QT_SCALE_FACTOR=setup.scale)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        command = [sys.executable, __file__, "--out", str(options.out), "--variant", variant]
        command += ["--language", options.language]
        subprocess.run(command, check=True, env=env)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
