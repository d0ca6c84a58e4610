"""The audit log view: read-only rows, filters, paging and the CSV export."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from hor_desktop.core.actor import Actor
from hor_desktop.services import audit
from hor_desktop.store.database import Database
from hor_desktop.ui.audit.dialog import AuditLogDialog
from hor_desktop.ui.audit.model import AuditTableModel, Column
from hor_desktop.ui.context import DeskContext


@pytest.fixture
def admin_context(desk_context: DeskContext, admin_actor: Actor) -> DeskContext:
    return dataclasses.replace(desk_context, actor=admin_actor)


def _events(db: Database, actor: Actor, entity: str, n: int) -> None:
    for i in range(n):
        with db.unit_of_work(actor) as uow:
            audit.record(uow, entity=entity, entity_id=uuid.uuid4(), action="update",
                         changes={"name": [f"alt {i}", f"neu {i}"]})  # fmt: skip
            uow.commit()


def open_dialog(qtbot: QtBot, context: DeskContext) -> AuditLogDialog:
    dialog = AuditLogDialog(context)
    qtbot.addWidget(dialog)
    dialog.from_edit.setDate(QDate(2026, 11, 1))
    dialog.to_edit.setDate(QDate(2026, 11, 30))
    return dialog


def test_rows_are_read_only_and_filter_by_area(
    qtbot: QtBot, admin_context: DeskContext, db: Database, admin_actor: Actor, qtmodeltester
) -> None:
    _events(db, admin_actor, "loan", 3)
    dialog = open_dialog(qtbot, admin_context)
    assert dialog.model.rowCount() == 7  # 4 seeded locations + 3 loans
    qtmodeltester.check(dialog.model)
    index = dialog.model.index(0, Column.CHANGES)
    assert not dialog.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    dialog.entity_combo.setCurrentIndex(dialog.entity_combo.findData("loan"))
    assert dialog.model.rowCount() == 3
    assert dialog.model.data(dialog.model.index(0, Column.ENTITY)) == "Ausleihe"
    assert dialog.model.data(dialog.model.index(0, Column.WHEN)) == "25.11.2026 10:00:00"


def test_more_pages_load_on_demand(
    qtbot: QtBot, admin_context: DeskContext, db: Database, admin_actor: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr("hor_desktop.ui.audit.dialog.PAGE", 3)
    _events(db, admin_actor, "loan", 4)
    dialog = open_dialog(qtbot, admin_context)
    assert dialog.model.rowCount() == 3 and dialog.more_action.isEnabled()
    dialog.more_action.trigger()
    dialog.more_action.trigger()
    assert dialog.model.rowCount() == 8
    assert not dialog.more_action.isEnabled()


def test_export_writes_excel_csv(qtbot: QtBot, admin_context: DeskContext, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, admin_context)
    target = tmp_path / "protokoll.csv"
    dialog.export_csv(str(target))
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b";" in data
    assert dialog.status.text() == "4 Einträge exportiert"


def test_desk_staff_see_a_refusal_not_the_log(qtbot: QtBot, desk_context: DeskContext) -> None:
    dialog = AuditLogDialog(desk_context)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "Rolle location_admin" in dialog.status.text()


def test_model_is_empty_without_rows(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(AuditTableModel())
