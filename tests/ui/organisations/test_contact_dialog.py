"""The contact form: consent record, inline validation, and the privacy notice action."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from hor_desktop.core.clock import BERLIN
from hor_desktop.services import contacts
from hor_desktop.services import organisations as orgs
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.organisations import detail as detail_module
from hor_desktop.ui.organisations.contact_dialog import ContactDialog
from hor_desktop.ui.organisations.detail import OrganisationDetail


@pytest.fixture
def verein(desk_context: DeskContext) -> orgs.OrganisationDTO:
    return orgs.create_organisation(desk_context.uow(), name="Müller e.V.")


def test_creates_a_contact_with_the_consent_record(
    qtbot: QtBot, desk_context: DeskContext, verein: orgs.OrganisationDTO
) -> None:
    dialog = ContactDialog(desk_context, verein.id)
    qtbot.addWidget(dialog)
    assert not dialog.consent_at.isEnabled()
    qtbot.keyClicks(dialog.name, "Ana Lima")
    qtbot.keyClicks(dialog.email, "ana@example.org")
    dialog.is_responsible.setChecked(True)
    dialog.legal_basis.setCurrentIndex(dialog.legal_basis.findData("consent"))
    dialog.consent_given.setChecked(True)
    assert dialog.consent_at.isEnabled()
    dialog.consent_at.setDate(QDate(2026, 3, 2))
    qtbot.keyClicks(dialog.consent_version, "2026-1")
    dialog.consent_channel.setCurrentText("Papier")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = contacts.list_contacts(desk_context.uow(), organisation_id=verein.id)
    assert (saved.name, saved.email, saved.is_responsible) == ("Ana Lima", "ana@example.org", True)
    assert saved.legal_basis == "consent"
    assert saved.consent_at is not None
    assert saved.consent_at.astimezone(BERLIN).date() == date(2026, 3, 2)
    assert (saved.consent_version, saved.consent_channel) == ("2026-1", "Papier")


def test_missing_name_shows_the_message_next_to_the_field(
    qtbot: QtBot, desk_context: DeskContext, verein: orgs.OrganisationDTO
) -> None:
    dialog = ContactDialog(desk_context, verein.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.email.setText("ana@example.org")
    dialog.save()
    message = dialog.errors.labels["name"]
    assert message.text() == "Der Name darf nicht leer sein."
    assert message.isVisible()
    assert dialog.errors.labels["email"].isHidden()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert contacts.list_contacts(desk_context.uow(), organisation_id=verein.id) == []


def test_choosing_consent_opens_the_consent_fields(
    qtbot: QtBot, desk_context: DeskContext, verein: orgs.OrganisationDTO
) -> None:
    dialog = ContactDialog(desk_context, verein.id)
    qtbot.addWidget(dialog)
    dialog.legal_basis.setCurrentIndex(dialog.legal_basis.findData("consent"))
    assert dialog.consent_given.isChecked() and dialog.consent_at.isEnabled()


def test_bad_email_shows_the_message_under_the_email(
    qtbot: QtBot, desk_context: DeskContext, verein: orgs.OrganisationDTO
) -> None:
    dialog = ContactDialog(desk_context, verein.id)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ana Lima")
    dialog.email.setText("kein-at")
    dialog.save()
    assert "keine gültige E-Mail" in dialog.errors.labels["email"].text()
    assert dialog.saved is None


def test_privacy_notice_action_opens_the_pdf_of_the_selected_contact(
    qtbot: QtBot,
    desk_context: DeskContext,
    verein: orgs.OrganisationDTO,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contacts.add_contact(desk_context.uow(), organisation_id=verein.id, name="Ana Lima")
    shown: list[tuple[bytes, str]] = []

    def present(_parent: Any, pdf: bytes, title: str) -> None:
        shown.append((pdf, title))

    monkeypatch.setattr(detail_module, "present_pdf", present)
    pane = OrganisationDetail(desk_context)
    qtbot.addWidget(pane)
    pane.show_organisation(orgs.get_organisation(desk_context.uow(), organisation_id=verein.id))
    assert pane.notice_action.shortcut().toString() == "Ctrl+Shift+D"
    pane.notice_action.trigger()
    assert shown == []  # no contact selected yet
    pane.contacts_view.selectRow(0)
    pane.notice_action.trigger()
    [(pdf, title)] = shown
    assert pdf.startswith(b"%PDF") and title == "Datenschutzhinweis – Ana Lima"
