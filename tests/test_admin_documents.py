"""hor-admin print-slip, print-return, print-booking: PDFs from the command line."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hor_desktop.cli import main
from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import DeskSlot, Role
from hor_desktop.core.errors import NotFoundError, ValidationError
from hor_desktop.services import (
    contacts,
    desks,
    documents,
    equipment,
    lending,
    organisations,
    rooms,
)
from hor_desktop.services.locations import list_locations, seed_cologne_locations
from hor_desktop.store.database import Database, open_database
from tests.printing.pdf_text import all_text, pages_text


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("HOR_DATABASE_URL", raising=False)


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'hor.sqlite'}"


@pytest.fixture
def database(url: str) -> Database:
    """A database with one loan, one room and one desk booking; closed before main() runs."""
    return open_database(url, exclusive=False)


@pytest.fixture
def admin(database: Database) -> Actor:
    system = Actor(location_id=None, role=Role.ADMIN)
    seed_cologne_locations(database.unit_of_work(system))
    location = list_locations(database.unit_of_work(system))[0]
    return Actor(location_id=location.id, role=Role.ADMIN, name="Admin")


@pytest.fixture
def org(database: Database, admin: Actor) -> tuple[uuid.UUID, uuid.UUID]:
    created = organisations.create_organisation(
        database.unit_of_work(admin), name="Союз украинцев Кёльна"
    )
    contact = contacts.add_contact(
        database.unit_of_work(admin), organisation_id=created.id, name="Ayşe Doğan",
        is_responsible=True,
    )  # fmt: skip
    return created.id, contact.id


@pytest.fixture
def loan(database: Database, admin: Actor, org: tuple[uuid.UUID, uuid.UUID]) -> lending.LoanDTO:
    category = equipment.create_category(database.unit_of_work(admin), name="Beamer")
    item = equipment.create_item(
        database.unit_of_work(admin), inventory_no="300001", name="Beamer Epson",
        category_id=category.id, home_location_id=admin.location_id,
    )  # fmt: skip
    return lending.check_out(
        database.unit_of_work(admin), organisation_id=org[0], contact_id=org[1],
        item_ids=[item.id],
    )  # fmt: skip


def _room_booking(database: Database, admin: Actor, org: tuple[uuid.UUID, uuid.UUID]) -> str:
    assert admin.location_id is not None
    room = rooms.create_room(
        database.unit_of_work(admin), location_id=admin.location_id, name="Seminarraum 1",
        capacity=20,
    )  # fmt: skip
    booking = rooms.book_room(
        database.unit_of_work(admin), room_id=room.id, organisation_id=org[0],
        contact_id=org[1], title="Vorstandssitzung",
        starts_at=datetime(2026, 12, 2, 17, 0, tzinfo=UTC),
        ends_at=datetime(2026, 12, 2, 19, 0, tzinfo=UTC),
    )  # fmt: skip
    return documents.booking_reference("R", booking.id)


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hor-admin: "), err
    return lines[0]


def test_print_slip_writes_the_pdf_without_archiving(
    url: str, database: Database, loan: lending.LoanDTO, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    database.close()
    out = tmp_path / "schein.pdf"
    assert main(["--db", url, "print-slip", loan.receipt_no, "--out", str(out)]) == 0
    text = all_text(out.read_bytes())
    assert loan.receipt_no in text and "Союз украинцев Кёльна" in text and "300001" in text
    assert not (tmp_path / "archiv").exists()
    assert str(out) in capsys.readouterr().out


def test_print_slip_two_copies_and_archive(
    *,
    url: str, database: Database, admin: Actor, loan: lending.LoanDTO, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    database.close()
    out = tmp_path / "schein.pdf"
    args = ["--db", url, "print-slip", loan.receipt_no, "--out", str(out), "--two-copies"]
    assert main([*args, "--archive"]) == 0
    pages = pages_text(out.read_bytes())
    assert len(pages) == 2 and "Exemplar" in pages[0]
    assert "Archiviert:" in capsys.readouterr().out
    archived = list((tmp_path / "archiv").rglob("*.pdf"))
    assert len(archived) == 1 and archived[0].read_bytes() == out.read_bytes()
    with open_database(url, exclusive=False) as again:
        history = documents.list_documents(again.unit_of_work(admin), loan_id=loan.id)
    assert [doc.kind for doc in history] == ["lending_slip"]


def test_print_return_of_an_open_loan(
    url: str, database: Database, loan: lending.LoanDTO, tmp_path: Path
) -> None:
    database.close()
    out = tmp_path / "rueck.pdf"
    assert main(["--db", url, "print-return", loan.receipt_no, "--out", str(out)]) == 0
    assert "Rücknahmeprotokoll" in all_text(out.read_bytes())


def test_unknown_receipt_is_one_line_and_exit_2(
    url: str, database: Database, admin: Actor, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    database.close()
    out = tmp_path / "x.pdf"
    assert main(["--db", url, "print-slip", "CCH-2026-99999", "--out", str(out)]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "CCH-2026-99999" in line and "nicht gefunden" in line
    assert not out.exists()


def test_print_booking_by_reference(
    url: str, database: Database, admin: Actor, org: tuple[uuid.UUID, uuid.UUID],
    tmp_path: Path,
) -> None:  # fmt: skip
    reference = _room_booking(database, admin, org)
    database.close()
    out = tmp_path / "buchung.pdf"
    assert main(["--db", url, "print-booking", reference.lower(), "--out", str(out)]) == 0
    text = all_text(out.read_bytes())
    assert reference in text and "Seminarraum 1" in text and "02.12.2026" in text


def test_malformed_or_unknown_booking_reference_is_refused(
    url: str, database: Database, admin: Actor, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    database.close()
    out = str(tmp_path / "x.pdf")
    assert main(["--db", url, "print-booking", "R-XYZ", "--out", out]) == 2
    assert "keine Buchungsnummer" in _one_error_line(capsys.readouterr().err)
    assert main(["--db", url, "print-booking", "D-0000ABCD", "--out", out]) == 2
    assert "Keine Buchung" in _one_error_line(capsys.readouterr().err)


def test_booking_lookup_refuses_an_ambiguous_tail(
    database: Database, admin: Actor, org: tuple[uuid.UUID, uuid.UUID]
) -> None:
    room_reference = _room_booking(database, admin, org)
    assert admin.location_id is not None
    desk = desks.create_desk(
        database.unit_of_work(admin), location_id=admin.location_id, label="A3"
    )
    booking = desks.book_desk(
        database.unit_of_work(admin), desk_id=desk.id, organisation_id=org[0],
        person_name="Ayşe Doğan", day=datetime(2026, 12, 3).date(), slot=DeskSlot.MORNING,
    )  # fmt: skip
    tail = booking.id.hex[-8:]
    with database.engine.begin() as conn:  # force the rare clash of two random tails
        conn.exec_driver_sql("UPDATE room_booking SET id = substr(id, 1, 24) || ?", (tail,))
    with pytest.raises(ValidationError, match="mehrere Buchungen"):
        documents.find_booking_by_reference(database.unit_of_work(admin), reference=tail)
    found = documents.find_booking_by_reference(
        database.unit_of_work(admin), reference=f"D-{tail.upper()}"
    )
    assert found.desk_booking_id == booking.id and found.room_booking_id is None
    with pytest.raises(NotFoundError):
        documents.find_booking_by_reference(database.unit_of_work(admin), reference=room_reference)


def test_slip_takes_the_house_conditions_and_copies_from_the_settings(
    url: str, database: Database, loan: lending.LoanDTO, tmp_path: Path
) -> None:
    database.close()
    config = tmp_path / "config" / "hor-desk"  # XDG_CONFIG_HOME of the autouse fixture
    config.mkdir(parents=True)
    (config / "config.toml").write_text(
        'lending_conditions = "Nur für Vereinszwecke."\nslip_copies = "2"\n', encoding="utf-8"
    )
    out = tmp_path / "slip.pdf"
    assert main(["--db", url, "print-slip", loan.receipt_no, "--out", str(out)]) == 0
    pages = pages_text(out.read_bytes())
    assert "Nur für Vereinszwecke." in pages[0]
    assert "Exemplar Verleih" in pages[0] and "Exemplar Entleiher" in pages[-1]
