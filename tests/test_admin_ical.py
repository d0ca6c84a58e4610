"""hor-admin export-ics: a valid .ics per location, room or organisation."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from hor_desktop.cli import main
from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import Role
from hor_desktop.services import contacts, rooms
from hor_desktop.services import organisations as orgs
from hor_desktop.services.locations import list_locations, seed_cologne_locations
from hor_desktop.store.database import open_database


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("HOR_DATABASE_URL", raising=False)


@pytest.fixture
def url(tmp_path: Path) -> str:
    """A database with one room booking at the first location; closed before main() runs."""
    url = f"sqlite:///{tmp_path / 'hor.sqlite'}"
    with open_database(url, exclusive=False) as database:
        system = Actor(location_id=None, role=Role.ADMIN)
        seed_cologne_locations(database.unit_of_work(system))
        location = list_locations(database.unit_of_work(system))[0]
        admin = Actor(location_id=location.id, role=Role.ADMIN, name="Admin")
        room = rooms.create_room(
            database.unit_of_work(admin), location_id=location.id, name="Saal", capacity=40
        )
        org = orgs.create_organisation(database.unit_of_work(admin), name="Verein X")
        contacts.add_contact(
            database.unit_of_work(admin), organisation_id=org.id, name="Ana", is_responsible=True
        )
        rooms.book_room(
            database.unit_of_work(admin), room_id=room.id, organisation_id=org.id, title="Fest",
            starts_at=datetime(2027, 1, 7, 18, tzinfo=BERLIN),
            ends_at=datetime(2027, 1, 7, 22, tzinfo=BERLIN),
        )  # fmt: skip
        return url


@pytest.mark.parametrize(
    "scope", [["--room", "Saal"], ["--organisation", "Verein X"]], ids=["room", "organisation"]
)
def test_export_ics_writes_a_parsable_calendar(url: str, tmp_path: Path, scope: list[str]) -> None:
    out = tmp_path / "raum.ics"
    assert main(["--db", url, "export-ics", *scope, "--out", str(out)]) == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Fest – Verein X"]


def test_export_ics_of_an_unknown_room_fails_with_a_message(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["--db", url, "export-ics", "--room", "Keller", "--out", str(tmp_path / "x.ics")]) == 2
    )
    assert "Keller" in capsys.readouterr().err
