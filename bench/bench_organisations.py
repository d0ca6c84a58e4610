"""Benchmark of the Organisationen tab: from a changed search text to the list in the model.

Runs the tab's own code path (search field → runner → service → model) on an offscreen
QApplication with the immediate runner, so the time includes everything staff wait for.

Usage: python bench/bench_organisations.py [--scale S|M|L] [--db URL] [--seed N]
"""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path
from tempfile import TemporaryDirectory

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import measure, parse_args, prepared_database, report
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.printing.archive import DocumentArchive
from hor_desktop.services.locations import list_locations
from hor_desktop.store.database import Database
from hor_desktop.store.models import Contact, Organisation
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.organisations.tab import OrganisationsTab
from hor_desktop.ui.tasks import ImmediateRunner

AREA = "organisations"
TARGET_MS = 50


def _typed_texts(database: Database) -> list[str]:
    """What staff type: name prefixes of growing length, a contact name, a phone number."""
    with database.engine.connect() as conn:
        name = str(
            conn.execute(select(Organisation.name).order_by(Organisation.name_key).limit(1)
                         .offset(500)).scalar_one()
        )  # fmt: skip
        person = str(
            conn.execute(select(Contact.name).order_by(Contact.name_key).limit(1).offset(1000))
            .scalar_one()
        )  # fmt: skip
        common = str(
            conn.execute(
                select(func.substr(Organisation.name, 1, 1))
                .group_by(func.substr(Organisation.name, 1, 1))
                .order_by(func.count().desc())
                .limit(1)
            ).scalar_one()
        )
    return [common, name[:3], name[:6], person.split(maxsplit=1)[0][:5], "0221 4", "info@"]


def run(database: Database) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    system = Actor(location_id=None, role=Role.ADMIN, name="bench")
    location = list_locations(database.unit_of_work(system))[0]
    with TemporaryDirectory(prefix="hor-bench-archive-") as archive:
        context = DeskContext(
            unit_of_work=database.unit_of_work,
            actor=Actor(location_id=location.id, role=Role.DESK, name="Bench"),
            location=location, runner=ImmediateRunner(), archive=DocumentArchive(Path(archive)),
            house_name="HoR Köln", mode="local",
        )  # fmt: skip
        tab = OrganisationsTab(context)
        tab.resize(1400, 800)
        tab.show()
        app.processEvents()
        texts = itertools.cycle(_typed_texts(database))

        def keystroke() -> None:
            tab.search.setText(next(texts))
            app.processEvents()
            assert tab.model.rowCount() >= 0

        report(f"{AREA}.search_keystroke", measure(keystroke, repeat=60, warmup=6), TARGET_MS)
        tab.close()


def main() -> None:
    args = parse_args(AREA)
    with prepared_database(args) as database:
        run(database)


if __name__ == "__main__":
    main()
