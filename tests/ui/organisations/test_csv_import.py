"""The CSV import dialog and the export action: preview with line numbers, all or nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.services import csv_io
from hor_desktop.services import organisations as orgs
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.organisations.csv_import import CsvImportDialog, ImportPreviewModel
from hor_desktop.ui.organisations.tab import OrganisationsTab

HEADER = ";".join(label for _key, label in csv_io.COLUMNS)
EMPTY_CONTACT = ";;;;;"


@pytest.fixture
def admin_context(desk_context: DeskContext) -> DeskContext:
    admin = Actor(
        location_id=desk_context.actor.location_id, role=Role.LOCATION_ADMIN, name="Leitung"
    )
    return dataclasses.replace(desk_context, actor=admin)


def csv_file(tmp_path: Path, lines: list[str], *, encoding: str = "utf-8") -> Path:
    path = tmp_path / "import.csv"
    path.write_bytes(("\r\n".join([HEADER, *lines]) + "\r\n").encode(encoding))
    return path


def org_line(name: str, *, postcode: str = "50667", email: str = "", contact: str = "") -> str:
    contact_cells = f"{contact};;;;ja;nein" if contact else EMPTY_CONTACT
    return f"{name};;e.V.;;;{postcode};Köln;{email};;;de;;;{contact_cells}"


def open_dialog(
    qtbot: QtBot, context: DeskContext, path: Path, monkeypatch: pytest.MonkeyPatch
) -> CsvImportDialog:
    dialog = CsvImportDialog(context)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args, **_kw: (str(path), ""))
    )
    dialog.choose_file()
    return dialog


def test_errors_are_listed_with_line_numbers_and_import_is_disabled(
    qtbot: QtBot, admin_context: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = csv_file(
        tmp_path,
        [org_line("Gut e.V."), org_line("Schlecht e.V.", postcode="123"), org_line("Auch gut")],
    )
    dialog = open_dialog(qtbot, admin_context, path, monkeypatch)
    model = dialog.model
    assert model.rowCount() == 3
    lines = [model.index(row, ImportPreviewModel.Columns.LINE).data() for row in range(3)]
    assert lines == ["2", "3", "4"]
    problem = model.index(1, ImportPreviewModel.Columns.PROBLEMS).data()
    assert problem == "Fehler: Die Postleitzahl hat fünf Ziffern."
    assert model.index(0, ImportPreviewModel.Columns.PROBLEMS).data() == "in Ordnung"
    assert not dialog.import_button.isEnabled()
    assert "1 Zeile(n) mit Fehlern" in dialog.summary_label.text()
    assert orgs.search_organisations(admin_context.uow()) == []


def test_a_clean_file_imports_and_warns_about_duplicates(
    qtbot: QtBot, admin_context: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    orgs.create_organisation(admin_context.uow(), name="Müller e.V.")
    path = csv_file(
        tmp_path,
        [
            org_line("Mueller eV", contact="Ana Lima"),
            org_line("Neu e.V.", email="neu@example.org", contact="Jo Berg"),
            org_line("Neu e.V.", contact="Kim Roth"),
        ],
    )
    dialog = open_dialog(qtbot, admin_context, path, monkeypatch)
    duplicate = dialog.model.index(0, ImportPreviewModel.Columns.PROBLEMS).data()
    assert duplicate == "Warnung: ähnlich wie „Müller e.V.“ im Bestand"
    assert "1 Zeile(n) ähneln Organisationen im Bestand" in dialog.summary_label.text()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported is not None
    assert (dialog.imported.organisations, dialog.imported.contacts) == (2, 3)
    assert dialog.summary_label.text() == "Importiert: 2 Organisationen, 3 Kontaktpersonen."
    assert not dialog.import_button.isEnabled()
    names = [row.name for row in orgs.search_organisations(admin_context.uow())]
    assert names == ["Mueller eV", "Müller e.V.", "Neu e.V."]


def test_cp1252_with_semicolons_is_detected(
    qtbot: QtBot, admin_context: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = csv_file(tmp_path, [org_line("Bürgerverein Sülz e.V.")], encoding="cp1252")
    dialog = open_dialog(qtbot, admin_context, path, monkeypatch)
    assert dialog.format_label.text() == "Kodierung: Windows-1252 · Trennzeichen: Semikolon (;)"
    assert dialog.model.index(0, ImportPreviewModel.Columns.ORGANISATION).data() == (
        "Bürgerverein Sülz e.V."
    )
    assert dialog.import_button.isEnabled()


def test_desk_staff_see_the_refusal_inline(
    qtbot: QtBot, desk_context: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, desk_context, csv_file(tmp_path, [org_line("A")]), monkeypatch)
    assert not dialog.error_label.isHidden()
    assert dialog.error_label.text()
    assert not dialog.import_button.isEnabled()


def test_an_unreadable_file_is_reported_inline(
    qtbot: QtBot, admin_context: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, admin_context, tmp_path / "weg.csv", monkeypatch)
    assert dialog.error_label.text().startswith("Die Datei kann nicht gelesen werden:")


def test_preview_model_passes_the_model_tester(
    qtmodeltester: Any, admin_context: DeskContext
) -> None:
    report = csv_io.import_organisations(
        admin_context.uow(),
        data=("\r\n".join([HEADER, org_line("A e.V."), org_line("B", postcode="1")])).encode(),
        dry_run=True,
    )
    model = ImportPreviewModel()
    model.set_lines(report.lines)
    qtmodeltester.check(model)


def test_export_action_writes_the_register(
    qtbot: QtBot, admin_context: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    orgs.create_organisation(admin_context.uow(), name="Afrika Forum")
    target = tmp_path / "export"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args, **_kw: (str(target), ""))
    )
    tab = OrganisationsTab(admin_context)
    qtbot.addWidget(tab)
    actions = tab.register_actions
    assert actions.export_action.shortcut().toString() == "Ctrl+Shift+X"
    assert actions.import_action.shortcut().toString() == "Ctrl+I"
    actions.export_action.trigger()
    data = target.with_suffix(".csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"Afrika Forum" in data
    assert tab.count_label.text() == "1 Zeile(n) exportiert nach export.csv."
