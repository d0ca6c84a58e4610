"""Verwaltung → Personal: adding, role, PIN, deactivating — and refusals for the desk."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.services import staff
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from hor_desktop.store.models import AuditEvent
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.settings.actions import AdminActions
from hor_desktop.ui.staff.management import StaffDialog, StaffTableModel
from hor_desktop.ui.staff.staff_form import StaffFormDialog


@pytest.fixture(autouse=True)
def fresh_attempts() -> Iterator[None]:
    staff.FAILED_ATTEMPTS.reset()
    yield
    staff.FAILED_ATTEMPTS.reset()


@pytest.fixture
def admin_context(desk_context: DeskContext, admin_actor: Actor) -> DeskContext:
    return dataclasses.replace(desk_context, actor=admin_actor)


def person(locations: list[LocationDTO], initials: str = "LK", role: Role = Role.DESK) -> dict:
    return {"display_name": "Lena Krüger", "initials": initials, "role": role,
            "home_location_id": locations[0].id, "pin": "5555"}  # fmt: skip


def open_dialog(qtbot: QtBot, context: DeskContext) -> StaffDialog:
    dialog = StaffDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def select_initials(dialog: StaffDialog, initials: str) -> None:
    row = next(i for i, r in enumerate(dialog.model.rows) if r.member.initials == initials)
    dialog.table.selectRow(row)


def test_admin_adds_a_person_who_can_then_sign_in(
    qtbot: QtBot, admin_context: DeskContext, db: Database, desk_actor: Actor,
    locations: list[LocationDTO],
) -> None:  # fmt: skip
    dialog = open_dialog(qtbot, admin_context)
    assert dialog.model.rowCount() == 0
    dialog.add(person(locations))
    assert dialog.message.text() == "Lena Krüger angelegt."
    assert [r.cells[:3] for r in dialog.model.rows] == [("LK", "Lena Krüger", "Empfang")]
    assert staff.authenticate(db.unit_of_work(desk_actor), initials="LK", pin="5555")
    with db.session_factory() as session:
        assert session.scalars(select(AuditEvent).where(AuditEvent.entity == "staff")).first()


def test_admin_changes_role_resets_pin_and_deactivates(
    qtbot: QtBot, admin_context: DeskContext, db: Database, desk_actor: Actor,
    locations: list[LocationDTO],
) -> None:  # fmt: skip
    dialog = open_dialog(qtbot, admin_context)
    dialog.add(person(locations))
    select_initials(dialog, "LK")
    dialog.change_role(Role.LOCATION_ADMIN)
    assert dialog.model.rows[0].cells[2] == "Standort-Admin"
    dialog.reset_pin("97531")
    assert dialog.message.text() == "Neue PIN für Lena Krüger gesetzt."
    assert staff.authenticate(db.unit_of_work(desk_actor), initials="LK", pin="97531")
    dialog.deactivate(confirm=False)
    assert dialog.model.rowCount() == 0  # inactive ones are hidden by default
    dialog.inactive_check.setChecked(True)
    assert dialog.model.rows[0].cells[4] == "deaktiviert"
    select_initials(dialog, "LK")
    assert dialog.reactivate_button.isEnabled() and not dialog.pin_button.isEnabled()


def test_desk_user_is_refused_by_the_service_and_nothing_changes(
    qtbot: QtBot, desk_context: DeskContext, db: Database, admin_actor: Actor,
    locations: list[LocationDTO],
) -> None:  # fmt: skip
    existing = staff.create_staff(db.unit_of_work(admin_actor), **person(locations, "AB"))
    dialog = open_dialog(qtbot, desk_context)  # the dialog itself, bypassing the menu check
    dialog.add(person(locations, "NEU"))
    assert "vorbehalten" in dialog.message.text()
    select_initials(dialog, "AB")
    dialog.change_role(Role.ADMIN)
    assert "vorbehalten" in dialog.message.text()
    dialog.reset_pin("1111")
    dialog.deactivate(confirm=False)
    assert "vorbehalten" in dialog.message.text()
    members = staff.list_staff(db.unit_of_work(admin_actor))
    assert [(m.initials, m.role, m.active) for m in members] == [("AB", Role.DESK, True)]
    assert staff.authenticate(db.unit_of_work(admin_actor), initials="AB", pin="5555")
    assert existing.id == members[0].id


def test_menu_offers_staff_and_settings_to_admins_only(
    qtbot: QtBot, desk_context: DeskContext, admin_context: DeskContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    told: list[str] = []

    def inform(_parent: QWidget | None, _title: str, text: str) -> None:
        told.append(text)

    monkeypatch.setattr(QMessageBox, "information", staticmethod(inform))
    window = QMainWindow()
    qtbot.addWidget(window)
    desk = AdminActions(window, desk_context, QMenu(window))
    assert desk.open_staff() is None
    assert desk.open_settings() is None
    assert told and "nur Admins" in told[0]
    admin = AdminActions(window, admin_context, QMenu(window))
    dialog = admin.open_staff()
    assert isinstance(dialog, StaffDialog) and dialog.isVisible()
    assert admin.staff_action.shortcut().toString() == "Ctrl+Alt+P"
    dialog.close()


def test_form_names_a_pin_mismatch_and_stays_open(
    qtbot: QtBot, locations: list[LocationDTO]
) -> None:
    form = StaffFormDialog(locations, uuid.UUID(str(locations[1].id)))  # equal, not identical
    qtbot.addWidget(form)
    assert form.location_combo.currentData() == locations[1].id
    form.name_edit.setText("Ole")
    form.initials_edit.setText("ol")
    form.pin_edit.setText("1234")
    form.repeat_edit.setText("1243")
    form.accept()
    assert form.message.text() == "Die beiden PINs stimmen nicht überein."
    assert form.result() != form.DialogCode.Accepted
    form.repeat_edit.setText("1234")
    form.accept()
    assert form.result() == form.DialogCode.Accepted
    assert form.values()["initials"] == "OL"


def test_staff_table_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, admin_context: DeskContext,
    locations: list[LocationDTO],
) -> None:  # fmt: skip
    dialog = open_dialog(qtbot, admin_context)
    dialog.add(person(locations))
    model: StaffTableModel = dialog.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
