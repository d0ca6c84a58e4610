"""Benchmarks of the Inventar tab's list: a search keystroke and the unfiltered first page.

Both run the tab's own code path (ItemListController with an ImmediateRunner, the model
reset included) on an offscreen QApplication.

Usage: python bench/bench_inventory.py [--scale S|M|L] [--db URL] [--seed N]
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
from pathlib import Path

from _common import measure, parse_args, prepared_database, report
from sqlalchemy import func, select

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.printing.archive import DocumentArchive
from hor_desktop.services.locations import list_locations
from hor_desktop.store.database import Database
from hor_desktop.store.models import EquipmentItem

AREA = "inventory"


def _search_words(database: Database) -> list[str]:
    """Prefixes of the commonest item name words, as staff type them."""
    with database.engine.connect() as conn:
        word = func.substr(EquipmentItem.name_key, 1, 4)
        prefixes = list(
            conn.scalars(select(word).group_by(word).order_by(func.count().desc()).limit(6))
        )
    return [text for prefix in prefixes for text in (prefix[:3], prefix)]


def run(database: Database) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from hor_desktop.ui.context import DeskContext
    from hor_desktop.ui.inventory.item_list import ItemFilter, ItemListController
    from hor_desktop.ui.inventory.models import ItemsTableModel
    from hor_desktop.ui.tasks import ImmediateRunner

    app = QApplication.instance() or QApplication([])
    location = list_locations(database.unit_of_work(Actor(location_id=None, role=Role.ADMIN)))[0]
    with tempfile.TemporaryDirectory(prefix="hor-bench-archive-") as archive:
        context = DeskContext(
            unit_of_work=database.unit_of_work,
            actor=Actor(location_id=location.id, role=Role.DESK, name="Bench"),
            location=location, runner=ImmediateRunner(), archive=DocumentArchive(Path(archive)),
            house_name="bench", mode="local",
        )  # fmt: skip
        model = ItemsTableModel()
        controller = ItemListController(context, model)
        texts = itertools.cycle(_search_words(database))

        def keystroke() -> None:
            # What the debounce timer's timeout runs after the text changed.
            controller.set_text(next(texts))
            controller.reload()
            assert model.rowCount() > 0

        report(f"{AREA}.filter_keystroke", measure(keystroke), 50)

        def first_page() -> None:
            controller.set_filter(ItemFilter())
            assert model.rowCount() > 0

        report(f"{AREA}.first_page", measure(first_page), 50)
    del app


def main(argv: list[str] | None = None) -> int:
    args = parse_args(AREA, argv)
    with prepared_database(args) as database:
        run(database)
    return 0


if __name__ == "__main__":
    sys.exit(main())
