"""Coworking tab fixtures: two desks with features, an organisation, the tab itself."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.services import contacts, desks
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.desks.tab import DesksTab


@pytest.fixture
def location_admin(desk_actor: Actor) -> Actor:
    return Actor(location_id=desk_actor.location_id, role=Role.LOCATION_ADMIN, name="Leitung")


@pytest.fixture
def desk_pair(db: Database, location_admin: Actor) -> list[desks.DeskDTO]:
    assert location_admin.location_id is not None
    return [
        desks.create_desk(
            db.unit_of_work(location_admin),
            location_id=location_admin.location_id,
            label=label,
            features=features,
        )
        for label, features in (("A1", ["Monitor"]), ("A2", ["barrierefrei", "Ruhezone"]))
    ]


@pytest.fixture
def verein(db: Database, desk_actor: Actor) -> orgs.OrganisationDTO:
    created = orgs.create_organisation(db.unit_of_work(desk_actor), name="Verein X")
    contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=created.id, name="Ana", is_responsible=True
    )
    return created


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Per-PC settings in a throwaway file, never the developer's own."""
    return QSettings(str(tmp_path / "hor.ini"), QSettings.Format.IniFormat)


def make_tab(qtbot: QtBot, context: DeskContext, settings: QSettings) -> DesksTab:
    widget = DesksTab(context, settings=settings)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def tab(
    qtbot: QtBot, desk_context: DeskContext, settings: QSettings,
    desk_pair: list[desks.DeskDTO], verein: orgs.OrganisationDTO,
) -> DesksTab:  # fmt: skip
    return make_tab(qtbot, desk_context, settings)


@pytest.fixture
def admin_context(desk_context: DeskContext, location_admin: Actor) -> DeskContext:
    return replace(desk_context, actor=location_admin)
