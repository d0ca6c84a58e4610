"""Benchmarks of the lending desk: a scan into the cart, and confirming a check-out.

Usage: python bench/bench_lending.py [--scale S|M|L] [--db URL] [--seed N]
Runs the real dialog on the offscreen Qt platform with an immediate runner.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import measure, parse_args, prepared_database, report
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import select

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import Role
from hor_desktop.printing.archive import DocumentArchive
from hor_desktop.services import availability
from hor_desktop.services.locations import LocationDTO, list_locations
from hor_desktop.store.database import Database
from hor_desktop.store.models import Location
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.lending import slips
from hor_desktop.ui.lending.checkout_dialog import CheckOutDialog
from hor_desktop.ui.tasks import ImmediateRunner

AREA = "lending"
REPEAT = 30
WARMUP = 3
ITEMS_PER_LOAN = 5

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_services import _borrower  # noqa: E402 (after the sys.path tweak)


def _context(database: Database, location: LocationDTO, archive_dir: Path) -> DeskContext:
    actor = Actor(location_id=location.id, role=Role.DESK, name="Bench")
    return DeskContext(
        unit_of_work=database.unit_of_work, actor=actor, location=location,
        runner=ImmediateRunner(), archive=DocumentArchive(archive_dir),
        house_name="Haus der Ressourcen Köln", mode="local",
    )  # fmt: skip


def _no_preview(_parent: QWidget | None, _pdf: bytes, _title: str) -> QDialog | None:
    return None


def run(database: Database, archive_dir: Path) -> None:
    with database.engine.connect() as conn:
        code = conn.execute(select(Location.code).order_by(Location.code).limit(1)).scalar_one()
    location = next(loc for loc in list_locations(database.unit_of_work(
        Actor(location_id=None, role=Role.ADMIN))) if loc.code == code)  # fmt: skip
    context = _context(database, location, archive_dir)
    today = local_today(database.clock)
    organisation_id, _contact_id = _borrower(database)
    needed = ITEMS_PER_LOAN * (REPEAT + WARMUP) * 2 + REPEAT + WARMUP
    free = availability.free_items(
        context.uow(), start=today, end=today + timedelta(days=21), location_id=location.id,
        limit=needed,
    )  # fmt: skip
    numbers = iter([item.inventory_no for item in free])
    slips.presenter = _no_preview

    dialog = CheckOutDialog(context)
    dialog.show()
    dialog.picker.choose(organisation_id)

    def scan_to_cart() -> None:
        before = len(dialog.cart)
        QTest.keyClicks(dialog.scan_field, next(numbers))
        QTest.keyClick(dialog.scan_field, Qt.Key.Key_Return)
        if len(dialog.cart) != before + 1:
            raise SystemExit(f"bench: scan not added: {dialog.feedback.text()}")

    report(f"{AREA}.scan_to_cart", measure(scan_to_cart, repeat=REPEAT, warmup=WARMUP), 50)
    dialog.cart.clear()

    def fill_cart() -> None:
        dialog.picker.choose(organisation_id)
        for _ in range(ITEMS_PER_LOAN):
            scan_to_cart()

    def timed_confirm(with_slip: bool) -> float:
        fill_cart()
        original = slips.issue_and_present
        if not with_slip:  # from the confirm action to the commit: the slip is measured apart
            slips.issue_and_present = lambda *a, **k: None  # type: ignore[assignment]
        try:
            started = time.perf_counter()
            dialog.confirm_action.trigger()
            elapsed = (time.perf_counter() - started) * 1000
        finally:
            slips.issue_and_present = original  # type: ignore[assignment]
        if dialog.last_loan is None or len(dialog.cart):
            raise SystemExit(f"bench: check-out failed: {dialog.feedback.text()}")
        return elapsed

    for label, with_slip, target in (
        ("confirm_check_out_5", False, 100.0),
        ("confirm_with_slip", True, None),
    ):
        samples = [timed_confirm(with_slip) for _ in range(WARMUP + REPEAT // 2)][WARMUP:]
        samples.sort()
        report(f"{AREA}.{label}", samples[len(samples) // 2], target)
    dialog.cart.clear()
    dialog.close()
    # Delete the dialog while Qt is alive: PySide 6.12 crashes when the interpreter's
    # final garbage collection meets it after the QApplication is gone.
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(AREA, argv)
    app = QApplication.instance() or QApplication([])
    with prepared_database(args) as database, tempfile.TemporaryDirectory() as archive:
        run(database, Path(archive))
    del app
    return 0


if __name__ == "__main__":
    code = main()
    # PySide 6.12 aborts in the interpreter's final garbage collection after a Qt session
    # ("none_dealloc"); the results are printed, so leave without that last collection.
    sys.stdout.flush()
    os._exit(code)
