"""Issuing, archiving and reprinting documents for loans and bookings."""

from __future__ import annotations

import hashlib
import struct
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import BookingStatus, DeskSlot, Role
from hor_desktop.core.errors import NotFoundError
from hor_desktop.printing.archive import DocumentArchive
from hor_desktop.services import (
    contacts,
    desks,
    documents,
    equipment,
    lending,
    organisations,
    returns,
    rooms,
)
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from tests.printing.pdf_text import all_text


@pytest.fixture
def archive(tmp_path: Path) -> DocumentArchive:
    return DocumentArchive(tmp_path / "archiv")


@pytest.fixture
def admin(locations: list[LocationDTO]) -> Actor:
    return Actor(location_id=locations[0].id, role=Role.ADMIN, name="Admin")


@pytest.fixture
def borrower(
    db: Database, admin: Actor
) -> tuple[organisations.OrganisationDTO, contacts.ContactDTO]:
    org = organisations.create_organisation(
        db.unit_of_work(admin), name="Союз украинцев Кёльна", city="Köln", postcode="50667"
    )
    contact = contacts.add_contact(
        db.unit_of_work(admin), organisation_id=org.id, name="Ayşe Doğan",
        phone="0221 987654", is_responsible=True,
    )  # fmt: skip
    return org, contact


@pytest.fixture
def loan(
    db: Database, admin: Actor, locations: list[LocationDTO],
    borrower: tuple[organisations.OrganisationDTO, contacts.ContactDTO],
) -> lending.LoanDTO:  # fmt: skip
    category = equipment.create_category(
        db.unit_of_work(admin), name="Beamer", checklist=["Netzkabel", "Fernbedienung"]
    )
    items = [
        equipment.create_item(
            db.unit_of_work(admin),
            inventory_no=f"30000{n}",
            name=f"Beamer {n}",
            category_id=category.id,
            home_location_id=locations[0].id,
            accessories="Tasche",
        )
        for n in range(2)
    ]
    org, contact = borrower
    return lending.check_out(
        db.unit_of_work(admin), organisation_id=org.id, contact_id=contact.id,
        item_ids=[item.id for item in items], purpose="Sprachkurs",
    )  # fmt: skip


def test_lending_slip_is_rendered_and_archived(
    db: Database, admin: Actor, loan: lending.LoanDTO, archive: DocumentArchive,
    locations: list[LocationDTO],
) -> None:  # fmt: skip
    issued = documents.issue_loan_document(
        db.unit_of_work(admin), loan_id=loan.id, kind="lending_slip", archive=archive
    )
    text = all_text(issued.pdf)
    for expected in (loan.receipt_no, "Союз украинцев Кёльна", "Ayşe Doğan", "0221 987654",
                     "300000", "300001", "Sprachkurs", locations[0].name):  # fmt: skip
        assert expected in text, expected
    stored = archive.read(issued.file_name)
    assert stored == issued.pdf
    history = documents.list_documents(db.unit_of_work(admin), loan_id=loan.id)
    assert [(d.kind, d.reference, d.is_reprint) for d in history] == [
        ("lending_slip", loan.receipt_no, False)
    ]


def test_reprint_is_the_archived_original_marked_as_reprint(
    db: Database, admin: Actor, loan: lending.LoanDTO, archive: DocumentArchive
) -> None:
    first = documents.issue_loan_document(
        db.unit_of_work(admin), loan_id=loan.id, kind="lending_slip", archive=archive
    )
    again = documents.reprint_document(
        db.unit_of_work(admin), document_id=first.id, archive=archive
    )
    assert again.is_reprint and "NACHDRUCK" in all_text(again.pdf)
    assert "NACHDRUCK" not in all_text(first.pdf)
    assert (
        hashlib.sha256(archive.read(first.file_name)).digest() == hashlib.sha256(first.pdf).digest()
    )  # the original stays untouched
    kinds = [
        d.is_reprint for d in documents.list_documents(db.unit_of_work(admin), loan_id=loan.id)
    ]
    assert sorted(kinds) == [False, True]


def test_reprint_without_the_file_says_where_to_print(
    db: Database, admin: Actor, loan: lending.LoanDTO, archive: DocumentArchive, tmp_path: Path
) -> None:
    first = documents.issue_loan_document(
        db.unit_of_work(admin), loan_id=loan.id, kind="lending_slip", archive=archive
    )
    elsewhere = DocumentArchive(tmp_path / "anderer-pc")
    with pytest.raises(NotFoundError, match="ausstellenden Standort"):
        documents.reprint_document(db.unit_of_work(admin), document_id=first.id, archive=elsewhere)


def test_return_record_shows_checklist_and_open_items(
    db: Database, admin: Actor, loan: lending.LoanDTO, archive: DocumentArchive
) -> None:
    returns.check_in(
        db.unit_of_work(admin), line_ids=[loan.lines[0].id],
        checklist_results={"Netzkabel": True, "Fernbedienung": False}, condition_in="gut",
    )  # fmt: skip
    issued = documents.issue_loan_document(
        db.unit_of_work(admin), loan_id=loan.id, kind="return_record", archive=archive
    )
    text = all_text(issued.pdf)
    assert "Rücknahmeprotokoll" in text and "Netzkabel ✓" in text and "Fernbedienung ✗" in text
    assert "noch ausgeliehen" in text and "Noch offene Geräte" in text


def test_tentative_room_booking_confirmation_is_marked_provisional(
    db: Database, admin: Actor, locations: list[LocationDTO], archive: DocumentArchive,
    borrower: tuple[organisations.OrganisationDTO, contacts.ContactDTO],
) -> None:  # fmt: skip
    room = rooms.create_room(
        db.unit_of_work(admin), location_id=locations[1].id, name="Seminarraum 1", capacity=20
    )
    booking = rooms.book_room(
        db.unit_of_work(admin), room_id=room.id, organisation_id=borrower[0].id,
        contact_id=borrower[1].id, title="Vorstandssitzung",
        starts_at=datetime(2026, 12, 2, 17, 0, tzinfo=UTC),
        ends_at=datetime(2026, 12, 2, 19, 0, tzinfo=UTC), status=BookingStatus.TENTATIVE,
    )  # fmt: skip
    issued = documents.issue_booking_confirmation(
        db.unit_of_work(admin), room_booking_id=booking.id, archive=archive
    )
    text = all_text(issued.pdf)
    assert "VORLÄUFIG" in text and "Seminarraum 1" in text and "02.12.2026" in text
    assert "18:00–20:00" in text and issued.reference.startswith("R-")


def test_desk_booking_confirmation(
    db: Database, admin: Actor, locations: list[LocationDTO], archive: DocumentArchive,
    borrower: tuple[organisations.OrganisationDTO, contacts.ContactDTO],
) -> None:  # fmt: skip
    desk = desks.create_desk(db.unit_of_work(admin), location_id=locations[0].id, label="A3")
    booking = desks.book_desk(
        db.unit_of_work(admin), desk_id=desk.id, organisation_id=borrower[0].id,
        person_name="Ayşe Doğan", day=datetime(2026, 12, 3).date(), slot=DeskSlot.MORNING,
    )  # fmt: skip
    issued = documents.issue_booking_confirmation(
        db.unit_of_work(admin), desk_booking_id=booking.id, archive=archive
    )
    text = all_text(issued.pdf)
    assert "Coworking-Platz A3" in text and "03.12.2026" in text and "08:00–13:00" in text
    assert "VORLÄUFIG" not in text


def test_configured_conditions_and_privacy_notice_replace_the_defaults(
    db: Database, admin: Actor, loan: lending.LoanDTO, archive: DocumentArchive
) -> None:
    issued = documents.issue_loan_document(
        db.unit_of_work(admin), loan_id=loan.id, kind="lending_slip", archive=archive,
        conditions="Nur für Vereinszwecke im Stadtgebiet.",
        privacy_notice="Verantwortlich: Coach e.V., Liebigstraße 120.",
    )  # fmt: skip
    text = all_text(issued.pdf)
    assert "Nur für Vereinszwecke im Stadtgebiet." in text
    assert "Verantwortlich: Coach e.V., Liebigstraße 120." in text
    assert "unentgeltlich für gemeinnützige Zwecke" not in text


def test_render_loan_document_archives_nothing(
    db: Database, admin: Actor, loan: lending.LoanDTO, archive: DocumentArchive
) -> None:
    rendered = documents.render_loan_document(
        db.unit_of_work(admin), loan_id=loan.id, kind="lending_slip", house_name="HoR Köln"
    )
    assert rendered.reference == loan.receipt_no and "HoR Köln" in all_text(rendered.pdf)
    assert not archive.root.exists()
    assert documents.list_documents(db.unit_of_work(admin), loan_id=loan.id) == []


def test_letterhead_logo_is_drawn(
    db: Database, admin: Actor, loan: lending.LoanDTO, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(_tiny_png())
    plain = documents.render_loan_document(
        db.unit_of_work(admin), loan_id=loan.id, kind="lending_slip"
    )
    with_logo = documents.render_loan_document(
        db.unit_of_work(admin), loan_id=loan.id, kind="lending_slip", logo=logo
    )
    assert b"/Subtype /Image" in with_logo.pdf and b"/Subtype /Image" not in plain.pdf


def _tiny_png() -> bytes:
    """A 2 × 2 grey PNG, written by hand so the test needs no imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80\x80" * 2)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
