"""The retention dialog: lists inactive contacts, anonymises only the checked, after asking."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import Role
from hor_desktop.services import contacts, privacy
from hor_desktop.services import organisations as orgs
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.organisations import retention
from hor_desktop.ui.organisations.retention import InactiveContactsModel, RetentionDialog


@pytest.fixture
def admin_context(desk_context: DeskContext) -> DeskContext:
    admin = Actor(
        location_id=desk_context.actor.location_id, role=Role.LOCATION_ADMIN, name="Leitung"
    )
    return dataclasses.replace(desk_context, actor=admin)


@pytest.fixture
def old_contacts(desk_context: DeskContext, clock: FixedClock) -> list[contacts.ContactDTO]:
    """Three contacts last touched four years ago, and one from today."""
    verein = orgs.create_organisation(desk_context.uow(), name="Müller e.V.")
    clock.advance(timedelta(days=-4 * 365))
    made = [
        contacts.add_contact(desk_context.uow(), organisation_id=verein.id, name=name)
        for name in ("Alt Eins", "Alt Zwei", "Alt Drei")
    ]
    clock.advance(timedelta(days=4 * 365))
    contacts.add_contact(desk_context.uow(), organisation_id=verein.id, name="Neu")
    return made


def names(dialog: RetentionDialog) -> list[str]:
    model = dialog.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def check(dialog: RetentionDialog, row: int) -> None:
    dialog.model.setData(
        dialog.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )


def test_lists_contacts_past_the_period_and_follows_the_years(
    qtbot: QtBot, admin_context: DeskContext, old_contacts: list[contacts.ContactDTO]
) -> None:
    dialog = RetentionDialog(admin_context)
    qtbot.addWidget(dialog)
    assert dialog.years.value() == 3
    assert names(dialog) == ["Alt Drei", "Alt Eins", "Alt Zwei"]
    assert not dialog.anonymise_button.isEnabled()
    dialog.years.setValue(5)
    assert names(dialog) == []
    assert dialog.count_label.text() == "Keine Kontaktpersonen über der Frist."


def test_anonymises_only_the_checked_after_confirmation(
    qtbot: QtBot,
    admin_context: DeskContext,
    old_contacts: list[contacts.ContactDTO],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return answer

    monkeypatch.setattr(retention.QMessageBox, "question", staticmethod(question))
    dialog = RetentionDialog(admin_context)
    qtbot.addWidget(dialog)
    check(dialog, 0)  # Alt Drei
    check(dialog, 2)  # Alt Zwei
    assert dialog.count_label.text() == "2 von 3 Kontaktpersonen markiert."
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    assert "2 Kontaktperson(en)" in asked[0]
    assert names(dialog) == ["Alt Drei", "Alt Eins", "Alt Zwei"]  # refused: nothing changed
    answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text() == "2 Kontaktperson(en) anonymisiert."
    assert dialog.anonymised == 2
    assert names(dialog) == ["Alt Eins"]
    left = contacts.list_contacts(
        admin_context.uow(), organisation_id=old_contacts[0].organisation_id
    )
    anonymised = sorted(c.id for c in left if c.anonymised)
    assert anonymised == sorted([old_contacts[1].id, old_contacts[2].id])


def test_desk_staff_get_the_refusal_inline(
    qtbot: QtBot,
    desk_context: DeskContext,
    old_contacts: list[contacts.ContactDTO],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        retention.QMessageBox, "question",
        staticmethod(lambda *_args: QMessageBox.StandardButton.Yes),
    )  # fmt: skip
    dialog = RetentionDialog(desk_context)
    qtbot.addWidget(dialog)
    dialog.all_button.click()
    dialog.anonymise_button.click()
    assert not dialog.error_label.isHidden() and dialog.error_label.text()
    assert len(names(dialog)) == 3


def test_inactive_model_passes_the_model_tester(
    qtmodeltester: Any, admin_context: DeskContext, old_contacts: list[contacts.ContactDTO]
) -> None:
    model = InactiveContactsModel()
    model.set_rows(privacy.list_inactive_contacts(admin_context.uow()))
    qtmodeltester.check(model)
