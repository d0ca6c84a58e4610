"""Quick switch, status bar name and the lock after inactivity."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.services import staff
from hor_desktop.store.database import Database
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.staff.controls import StaffControls


@pytest.fixture(autouse=True)
def fresh_attempts() -> Iterator[None]:
    staff.FAILED_ATTEMPTS.reset()
    yield
    staff.FAILED_ATTEMPTS.reset()


@pytest.fixture
def with_staff(db: Database, admin_actor: Actor) -> staff.StaffDTO:
    assert admin_actor.location_id is not None
    return staff.create_staff(
        db.unit_of_work(admin_actor), display_name="Mira Kaya", initials="MK",
        role=Role.LOCATION_ADMIN, home_location_id=admin_actor.location_id, pin="2468",
    )  # fmt: skip


def make(qtbot: QtBot, context: DeskContext) -> tuple[QMainWindow, StaffControls]:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window, StaffControls(window, context)


def test_replace_with_actor_still_gives_a_context_fixed_to_that_actor(
    desk_context: DeskContext, admin_actor: Actor
) -> None:
    other = dataclasses.replace(desk_context, actor=admin_actor)
    assert other.actor is admin_actor and desk_context.actor.role is Role.DESK
    assert other.uow().actor is admin_actor


def test_without_staff_empfang_works_and_nothing_locks(
    qtbot: QtBot, desk_context: DeskContext
) -> None:
    _window, controls = make(qtbot, desk_context)
    assert not controls.locked
    assert controls.status_label.text() == "Nicht angemeldet (Empfang)"
    controls.timer.timeout.emit()
    assert not controls.locked  # nobody could unlock it


def test_staff_exist_so_the_window_starts_locked_and_a_sign_in_opens_it(
    qtbot: QtBot, desk_context: DeskContext, with_staff: staff.StaffDTO
) -> None:
    _window, controls = make(qtbot, desk_context)
    assert controls.locked and not controls.overlay.isHidden()
    dialog = controls.dialog
    assert dialog is not None and dialog.locked
    assert not controls.lock_action.isEnabled()
    dialog.reject()  # Esc/close do not end a lock
    assert controls.dialog is dialog
    dialog.initials_edit.setText("mk")
    dialog.pin_edit.setText("2468")
    dialog.submit()
    assert not controls.locked
    assert desk_context.actor.staff_id == with_staff.id
    assert desk_context.actor.location_id == desk_context.location.id
    assert controls.status_label.text() == "Angemeldet: Mira Kaya"
    assert controls.lock_action.isEnabled()


def test_wrong_pin_shows_the_german_refusal_and_keeps_the_actor(
    qtbot: QtBot, desk_context: DeskContext, with_staff: staff.StaffDTO
) -> None:
    _window, controls = make(qtbot, desk_context)
    dialog = controls.dialog
    assert dialog is not None
    dialog.initials_edit.setText("MK")
    dialog.pin_edit.setText("0000")
    dialog.submit()
    assert dialog.error_label.text() == "Kürzel oder PIN ist falsch."
    assert dialog.pin_edit.text() == ""
    assert desk_context.actor.name == "Empfang" and controls.locked


def test_inactivity_locks_and_input_restarts_the_timer(
    qtbot: QtBot, desk_context: DeskContext, with_staff: staff.StaffDTO
) -> None:
    window, controls = make(qtbot, desk_context)
    dialog = controls.dialog
    assert dialog is not None
    dialog.initials_edit.setText("MK")
    dialog.pin_edit.setText("2468")
    dialog.submit()
    controls.apply_lock_minutes(10)
    assert controls.timer.interval() == 600_000
    controls.timer.stop()
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    controls.eventFilter(window, key)
    assert controls.timer.isActive()  # any input counts as presence
    controls.timer.timeout.emit()
    assert controls.locked
    assert desk_context.actor.name == "Empfang"  # the signed-in person is signed out
    assert controls.status_label.text() == "Nicht angemeldet (Empfang)"


def test_lock_shortcut_and_action_exist(qtbot: QtBot, desk_context: DeskContext) -> None:
    _window, controls = make(qtbot, desk_context)
    assert {a.objectName(): a.shortcut().toString() for a in controls.actions} == {
        "signInAction": "Ctrl+Shift+A", "signOutAction": "Ctrl+Alt+O", "lockAction": "Ctrl+Alt+L",
    }  # fmt: skip
