"""The "Berichte" dialog: period presets, figures in tables, charts, PDF and CSV export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hor_desktop.core.clock import FixedClock
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.reports.dialog import FREE, QUARTER, ReportsDialog
from tests.printing.pdf_text import all_text
from tests.reports.dataset import SECRET_NAMES, Ids, build_dataset_before


@pytest.fixture
def ids(db: Database, locations: list[LocationDTO], clock: FixedClock) -> Ids:
    return build_dataset_before(db, locations, clock)


@pytest.fixture
def dialog(qtbot: QtBot, desk_context: DeskContext, ids: Ids) -> ReportsDialog:
    widget = ReportsDialog(desk_context)
    qtbot.addWidget(widget)
    widget.location_combo.setCurrentIndex(0)  # all locations
    widget.kind_combo.setCurrentIndex(FREE)
    widget.from_edit.setDate(QDate(2025, 3, 1))
    widget.to_edit.setDate(QDate(2025, 3, 31))
    return widget


def test_quarter_preset_covers_the_quarter(dialog: ReportsDialog) -> None:
    dialog.from_edit.setDate(QDate(2025, 5, 17))
    dialog.kind_combo.setCurrentIndex(QUARTER)
    assert dialog.from_edit.date() == QDate(2025, 4, 1)
    assert dialog.to_edit.date() == QDate(2025, 6, 30)
    assert not dialog.to_edit.isEnabled()


def test_build_shows_the_figures_in_tables_and_charts(
    dialog: ReportsDialog, qtmodeltester: ModelTester
) -> None:
    dialog.build()
    assert dialog.report is not None and dialog.report.equipment_days == 23
    overview = dialog.models[0]
    cells = {
        overview.index(r, 0).data(): overview.index(r, 1).data() for r in range(overview.rowCount())
    }
    assert cells["Geräte-Tage"] == "23"
    assert cells["Raumstunden"] == "9,5"
    assert cells["Auslastung Coworking"] == "7,5 %"
    for model in dialog.models:
        qtmodeltester.check(model)
    assert dialog.month_chart.labels == ("Mär",)
    assert dialog.location_chart.series[0][0] == "Organisationen"
    assert dialog.pdf_button.isEnabled() and not dialog.busy.isVisible()


def test_export_pdf_and_csv(
    dialog: ReportsDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.build()
    target = tmp_path / "bericht.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_pdf()
    text = all_text(target.read_bytes())
    assert "Bericht für Fördergeber" in text and "9,5" in text
    assert all(name not in text for name in SECRET_NAMES)
    folder = tmp_path / "csv"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    dialog.export_csv()
    assert (folder / "bericht_uebersicht.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Gespeichert" in dialog.message_label.text()


def test_reversed_period_shows_a_message(dialog: ReportsDialog) -> None:
    dialog.to_edit.setDate(QDate(2025, 2, 1))
    dialog.build()
    assert "vor seinem Beginn" in dialog.message_label.text()
    assert dialog.report is None
