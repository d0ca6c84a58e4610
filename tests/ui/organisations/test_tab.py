"""The Organisationen tab as staff use it: search, create, edit with inline errors, block, merge."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import OrganisationStatus, Role
from hor_desktop.services import contacts
from hor_desktop.services import organisations as orgs
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.organisations import dialogs
from hor_desktop.ui.organisations.models import (
    ContactsTableModel,
    HistoryTableModel,
    OrganisationsTableModel,
)
from hor_desktop.ui.organisations.tab import OrganisationsTab


@pytest.fixture
def register(desk_context: DeskContext) -> dict[str, orgs.OrganisationDTO]:
    uow = desk_context.uow
    made = {
        "mueller": orgs.create_organisation(uow(), name="Müller e.V.", city="Köln", phone="0221 1"),
        "afrika": orgs.create_organisation(uow(), name="Afrika Forum", email="post@afrika.de"),
    }
    contacts.add_contact(
        uow(), organisation_id=made["afrika"].id, name="Şenay Öztürk", is_responsible=True
    )
    return made


def make_tab(qtbot: QtBot, context: DeskContext) -> OrganisationsTab:
    tab = OrganisationsTab(context)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def names(tab: OrganisationsTab) -> list[str]:
    return [row.name for row in tab.model.rows()]


def test_models_pass_the_model_tester(
    qtmodeltester: Any, desk_context: DeskContext, register: dict[str, orgs.OrganisationDTO]
) -> None:
    model = OrganisationsTableModel()
    model.set_rows(orgs.search_organisations(desk_context.uow()))
    qtmodeltester.check(model)
    contacts_model = ContactsTableModel()
    contacts_model.set_rows(
        list(
            orgs.get_organisation(
                desk_context.uow(), organisation_id=register["afrika"].id
            ).contacts
        )
    )
    qtmodeltester.check(contacts_model)
    qtmodeltester.check(HistoryTableModel())


def test_search_as_you_type_finds_contact_names(
    qtbot: QtBot, desk_context: DeskContext, register: dict[str, orgs.OrganisationDTO]
) -> None:
    tab = make_tab(qtbot, desk_context)
    assert names(tab) == ["Afrika Forum", "Müller e.V."]
    qtbot.keyClicks(tab.search, "senay")
    assert names(tab) == ["Afrika Forum"]
    qtbot.waitUntil(lambda: tab.detail.title.text() == "Afrika Forum")
    assert tab.detail.contacts_model.rowCount() == 1
    tab.search.clear()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(OrganisationStatus.BLOCKED))
    assert names(tab) == []


def test_ctrl_f_focuses_the_search(qtbot: QtBot, desk_context: DeskContext) -> None:
    tab = make_tab(qtbot, desk_context)
    tab.view.setFocus()
    tab.find_action.trigger()
    assert tab.find_action.shortcut().toString() == "Ctrl+F"
    assert tab.new_action.shortcut().toString() == "Ctrl+N"
    assert tab.edit_action.shortcut().toString() == "Ctrl+E"


def test_create_shows_the_error_under_the_field_then_saves(
    qtbot: QtBot, desk_context: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = make_tab(qtbot, desk_context)
    dialog = dialogs.OrganisationDialog(desk_context, tab.locations, parent=tab)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Neuer Verein")
    qtbot.keyClicks(dialog.postcode, "123")
    dialog.save()
    assert dialog.errors.labels["postcode"].text() == "Die Postleitzahl hat fünf Ziffern."
    assert not dialog.errors.labels["postcode"].isHidden()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.postcode.setText("50667")
    dialog.register_no.setText("12345")
    dialog.save()
    assert "VR 12345" in dialog.errors.labels["register_no"].text()
    assert dialog.errors.labels["postcode"].isHidden()
    dialog.register_no.setText("VR 12345")
    dialog.save()
    assert dialog.saved is not None
    assert orgs.search_organisations(desk_context.uow(), text="neuer")[0].postcode == "50667"


def test_create_warns_about_a_similar_organisation_first(
    qtbot: QtBot, desk_context: DeskContext, register: dict[str, orgs.OrganisationDTO]
) -> None:
    dialog = dialogs.OrganisationDialog(desk_context, [])
    qtbot.addWidget(dialog)
    dialog.name.setText("Mueller eV")
    dialog.save()
    assert dialog.saved is None
    assert "Müller e.V." in dialog.similar_label.text()
    assert dialog.save_button.text() == "Trotzdem anlegen"
    dialog.save()
    assert dialog.saved is not None and dialog.saved.name == "Mueller eV"


def test_edit_validation_message_next_to_the_email(
    qtbot: QtBot, desk_context: DeskContext, register: dict[str, orgs.OrganisationDTO]
) -> None:
    existing = orgs.get_organisation(desk_context.uow(), organisation_id=register["mueller"].id)
    dialog = dialogs.OrganisationDialog(desk_context, [], existing)
    qtbot.addWidget(dialog)
    assert dialog.city.text() == "Köln"
    dialog.email.setText("kein-at")
    dialog.save()
    assert "keine gültige E-Mail" in dialog.errors.labels["email"].text()
    assert dialog.errors.labels["name"].text() == ""
    dialog.email.setText("info@mueller.de")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.email == "info@mueller.de"


def test_block_needs_a_reason_and_shows_it(
    qtbot: QtBot,
    desk_context: DeskContext,
    register: dict[str, orgs.OrganisationDTO],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = Actor(location_id=desk_context.actor.location_id, role=Role.LOCATION_ADMIN)
    context = DeskContext(**{**desk_context.__dict__, "actor": admin})
    tab = make_tab(qtbot, context)
    tab.view.selectRow(names(tab).index("Müller e.V."))
    seen: list[dialogs.ReasonDialog] = []

    def run(dialog: dialogs.ReasonDialog) -> int:
        seen.append(dialog)
        dialog.confirm()  # empty reason
        assert dialog.errors.labels["reason"].text() == "Der Sperrgrund darf nicht leer sein."
        dialog.reason.setPlainText("Beamer beschädigt")
        dialog.confirm()
        return int(dialog.result())

    monkeypatch.setattr(dialogs.ReasonDialog, "exec", run)
    tab.block_action.trigger()
    tab.flush_detail()
    assert seen
    assert tab.detail.block_banner.text() == "Gesperrt: Beamer beschädigt"
    assert tab.unblock_action.isEnabled()
    assert not tab.block_action.isEnabled()


def test_merge_as_admin_moves_contacts(
    qtbot: QtBot,
    desk_context: DeskContext,
    register: dict[str, orgs.OrganisationDTO],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = Actor(location_id=desk_context.actor.location_id, role=Role.ADMIN)
    context = DeskContext(**{**desk_context.__dict__, "actor": admin})
    tab = make_tab(qtbot, context)
    tab.view.selectRow(names(tab).index("Müller e.V."))

    def run(dialog: dialogs.MergeDialog) -> int:
        dialog.search.setText("afrika")
        assert dialog.candidates.count() == 1
        dialog.confirm()
        return int(dialog.result())

    monkeypatch.setattr(dialogs.MergeDialog, "exec", run)
    tab.merge_action.trigger()
    assert names(tab) == ["Müller e.V."]
    tab.flush_detail()
    assert [c.name for c in tab.detail.organisation.contacts] == ["Şenay Öztürk"]  # type: ignore[union-attr]


def test_merge_as_desk_staff_shows_the_refusal(
    qtbot: QtBot, desk_context: DeskContext, register: dict[str, orgs.OrganisationDTO]
) -> None:
    keep = orgs.get_organisation(desk_context.uow(), organisation_id=register["mueller"].id)
    dialog = dialogs.MergeDialog(desk_context, keep)
    qtbot.addWidget(dialog)
    dialog.search.setText("afrika")
    dialog.confirm()
    assert "vorbehalten" in dialog.general_error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_enter_in_the_list_opens_the_editor(
    qtbot: QtBot,
    desk_context: DeskContext,
    register: dict[str, orgs.OrganisationDTO],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        dialogs.OrganisationDialog, "exec", lambda self: opened.append(self.name.text()) or 0
    )
    tab = make_tab(qtbot, desk_context)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert opened == ["Afrika Forum"]
