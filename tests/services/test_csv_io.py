"""CSV import/export: encodings, separators, per-line errors, all-or-nothing, Excel output."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import Role
from hor_desktop.services import csv_io
from hor_desktop.services import organisations as orgs
from hor_desktop.services.locations import seed_cologne_locations
from hor_desktop.store.database import Database, open_database
from hor_desktop.store.models import Organisation

HEADER = ";".join(label for _key, label in csv_io.COLUMNS)
GOOD = (
    "Verein {n:04d} e.V.;V{n};e.V.;VR {n};Venloer Str. {n};50667;Köln;v{n}@example.org;"
    "0221 {n:06d};;de;CCH;;Ana {n};Vorsitz;ana{n}@example.org;0170 {n:07d};ja;nein"
)
# Fifty ways a line goes wrong, each a different field or shape.
BREAKERS = (
    lambda line: line.replace("50667", "5066"),
    lambda line: line.replace("@example.org;0221", "example.org;0221"),
    lambda line: line.replace(";VR ", ";XY "),
    lambda line: line.replace(";0221 ", ";abc "),
    lambda line: line.replace(";de;", ";fr;"),
    lambda line: line.replace(";CCH;", ";XYZ;"),
    lambda line: line.replace(";ja;nein", ";vielleicht;nein"),
    lambda line: line + ";zu viel",
    lambda line: ";" + line.split(";", 1)[1],  # no name
    lambda line: line.replace(";ana", ";ana@@"),
)


def make_file(broken: set[int], count: int = 1000) -> bytes:
    lines = [HEADER]
    for n in range(count):
        line = GOOD.format(n=n)
        if n in broken:
            line = BREAKERS[n % len(BREAKERS)](line)
        lines.append(line)
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def org_count(db: Database) -> int:
    with db.engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(Organisation)) or 0)


@pytest.fixture
def admin(desk_actor: Actor) -> Actor:
    return Actor(location_id=desk_actor.location_id, role=Role.LOCATION_ADMIN, name="Leitung")


def test_fifty_bad_lines_are_named_and_nothing_is_imported_until_fixed(
    db: Database, admin: Actor
) -> None:
    broken = set(range(7, 1000, 20))
    assert len(broken) == 50
    report = csv_io.import_organisations(db.unit_of_work(admin), data=make_file(broken))
    assert report.error_lines == sorted(n + 2 for n in broken)  # header is line 1
    assert not report.imported
    assert org_count(db) == 0
    fixed = csv_io.import_organisations(db.unit_of_work(admin), data=make_file(set()))
    assert fixed.imported and fixed.error_lines == []
    assert (fixed.organisations, fixed.contacts) == (1000, 1000)
    assert org_count(db) == 1000


def test_cp1252_comma_file_and_grouped_contacts(db: Database, admin: Actor) -> None:
    text = (
        "Name,Ort,Kontakt Name,Kontakt verantwortlich\r\n"
        "Müller e.V.,Köln,Jürgen Weiß,ja\r\n"
        "Müller e.V.,,Ayşe Kaya,nein\r\n"
    )
    data = text.replace("ş", "s").encode("cp1252")
    report = csv_io.import_organisations(db.unit_of_work(admin), data=data)
    assert (report.encoding, report.separator) == ("Windows-1252", ",")
    assert report.imported and (report.organisations, report.contacts) == (1, 2)
    found = orgs.search_organisations(db.unit_of_work(admin), text="jurgen")
    assert [row.name for row in found] == ["Müller e.V."]


def test_dry_run_and_duplicates_against_the_register(db: Database, admin: Actor) -> None:
    orgs.create_organisation(db.unit_of_work(admin), name="Mueller eV")
    data = "\ufeffName;E-Mail\nMüller e.V.;\n".encode()
    report = csv_io.import_organisations(db.unit_of_work(admin), data=data, dry_run=True)
    assert report.encoding == "UTF-8 mit BOM"
    assert report.lines[0].duplicates == ("Mueller eV",)
    assert "Zeile 2: Warnung" in report.text()
    assert not report.imported and org_count(db) == 1


def test_export_is_excel_csv_and_imports_again(
    db: Database, admin: Actor, tmp_path: Path, clock: FixedClock
) -> None:
    csv_io.import_organisations(db.unit_of_work(admin), data=make_file(set(), count=3))
    data = csv_io.export_organisations(db.unit_of_work(admin))
    assert data.startswith(b"\xef\xbb\xbfName;Kurzname;")
    assert data.count(b"\r\n") == 4 and b"\n" not in data.replace(b"\r\n", b"")
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}", clock=clock)
    try:
        site = seed_cologne_locations(other.unit_of_work(Actor(location_id=None, role=Role.ADMIN)))
        there = Actor(location_id=site[0].id, role=Role.LOCATION_ADMIN)
        again = csv_io.import_organisations(other.unit_of_work(there), data=data)
        assert again.imported and (again.organisations, again.contacts) == (3, 3)
        assert csv_io.export_organisations(other.unit_of_work(there)) == data
    finally:
        other.close()


def test_formulas_are_defused_but_phone_numbers_stay() -> None:
    assert csv_io._excel_safe("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert csv_io._excel_safe("+49 221 1") == "+49 221 1"
    assert csv_io._clean("'=HYPERLINK(1)") == "=HYPERLINK(1)"
