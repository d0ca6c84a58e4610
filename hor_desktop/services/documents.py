"""Issuing documents: gather what a slip or confirmation shows, render, archive, reprint."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import DESK_SLOT_HOURS, AuditAction, BookingStatus, LoanState
from hor_desktop.core.errors import NotFoundError, ValidationError
from hor_desktop.core.ids import new_id
from hor_desktop.printing import render
from hor_desktop.printing.archive import DocumentArchive, stamp_reprint
from hor_desktop.printing.model import (
    BookingConfirmation,
    BookingOccurrence,
    LendingSlip,
    Letterhead,
    Party,
    ReturnLine,
    ReturnRecord,
    SlipLine,
)
from hor_desktop.printing.texts import DocumentTexts
from hor_desktop.services import audit
from hor_desktop.store.models import (
    Contact,
    Desk,
    DeskBooking,
    EquipmentItem,
    IssuedDocument,
    Loan,
    LoanLine,
    Location,
    Organisation,
    Room,
    RoomBooking,
    Staff,
)
from hor_desktop.store.uow import UnitOfWork

LoanDocument = Literal["lending_slip", "return_record"]
DEFAULT_HOUSE_NAME = "Haus der Ressourcen"


@dataclass(frozen=True)
class IssuedDocumentDTO:
    id: uuid.UUID
    kind: str
    reference: str
    file_name: str
    issued_at: datetime
    is_reprint: bool
    pdf: bytes


@dataclass(frozen=True)
class RenderedDocument:
    """A document rendered but not (yet) archived, e.g. for ``hor-admin print-slip``."""

    kind: str
    reference: str
    language: str
    pdf: bytes
    loan_id: uuid.UUID | None = None
    room_booking_id: uuid.UUID | None = None
    desk_booking_id: uuid.UUID | None = None


@dataclass(frozen=True)
class BookingMatch:
    """The one booking a reference like ``R-1A2B3C4D`` names."""

    reference: str
    room_booking_id: uuid.UUID | None = None
    desk_booking_id: uuid.UUID | None = None


_REFERENCE = re.compile(r"^(?:([RD])-)?([0-9A-F]{8})$")

# Not (yet) confirmed by the shared server: the document says "vorläufig".
_NOT_CONFIRMED = (BookingStatus.TENTATIVE, BookingStatus.CONFLICT)


def booking_reference(kind: Literal["R", "D"], booking_id: uuid.UUID) -> str:
    """A short number for a booking; the random tail of the UUIDv7 keeps it unique enough."""
    return f"{kind}-{booking_id.hex[-8:].upper()}"


def _letterhead(location: Location, house_name: str, logo: Path | None = None) -> Letterhead:
    town = " ".join(part for part in (location.postcode, location.city) if part)
    contact = " · ".join(part for part in (location.phone, location.email) if part)
    return Letterhead(
        house_name=house_name,
        location_name=f"{location.name} ({location.association})",
        address_lines=tuple(line for line in (location.street, town) if line),
        contact_line=contact,
        logo=logo,
    )


def _party(org: Organisation, contact: Contact | None) -> Party:
    town = " ".join(part for part in (org.postcode, org.city) if part)
    return Party(
        organisation=org.name,
        contact=contact.name if contact else "",
        phone=contact.phone if contact else None,
        email=contact.email if contact else None,
        address_lines=tuple(line for line in (org.street, town) if line),
    )


def _loan_document(
    session: Session, loan_id: uuid.UUID, kind: LoanDocument, *, house_name: str,
    replica: bool, two_copies: bool, conditions: str | None = None,
    privacy_notice: str | None = None, logo: Path | None = None,
) -> tuple[Loan, Letterhead, LendingSlip | ReturnRecord]:  # fmt: skip
    loan = session.get(Loan, loan_id)
    if loan is None or loan.deleted_at is not None:
        raise NotFoundError(entity="Der Leihvorgang")
    org = session.get(Organisation, loan.organisation_id)
    contact = session.get(Contact, loan.contact_id)
    location = session.get(Location, loan.location_out_id)
    assert org is not None and location is not None
    staff = session.get(Staff, loan.staff_out_id) if loan.staff_out_id else None
    rows = session.execute(
        select(LoanLine, EquipmentItem)
        .join(EquipmentItem, EquipmentItem.id == LoanLine.item_id)
        .where(LoanLine.loan_id == loan.id, LoanLine.deleted_at.is_(None))
        .order_by(EquipmentItem.inventory_no)
    ).all()
    letterhead = _letterhead(location, house_name, logo)
    borrower, staff_name = _party(org, contact), staff.display_name if staff else ""
    place, language = location.city or "", org.document_language
    if kind == "lending_slip":
        lines = tuple(
            SlipLine(item.inventory_no, item.name, line.accessories_out, line.condition_out)
            for line, item in rows
        )
        slip = LendingSlip(
            receipt_no=loan.receipt_no, borrower=borrower, start=loan.start_date,
            due=loan.due_date, lines=lines, deposit_cents=loan.deposit_cents,
            purpose=loan.purpose, staff_name=staff_name, place=place,
            issued_at=loan.checked_out_at, language=language, two_copies=two_copies,
            provisional=replica and loan.confirmed_at is None,
            conditions=conditions or None, privacy_notice=privacy_notice or None,
        )  # fmt: skip
        return loan, letterhead, slip
    returned = tuple(
        ReturnLine(
            item.inventory_no,
            item.name,
            line.returned_at,
            line.condition_in,
            line.damage_note,
            {str(key): bool(value) for key, value in (line.checklist_results or {}).items()},
        )
        for line, item in rows
    )
    last_return = max((line.returned_at for line, _ in rows if line.returned_at), default=None)
    record = ReturnRecord(
        receipt_no=loan.receipt_no, borrower=borrower, start=loan.start_date, due=loan.due_date,
        lines=returned, staff_name=staff_name, place=place, issued_at=last_return,
        language=language,
    )  # fmt: skip
    return loan, letterhead, record


def _archive(
    uow: UnitOfWork, archive: DocumentArchive, *, kind: str, reference: str, pdf: bytes,
    language: str, loan_id: uuid.UUID | None = None, room_booking_id: uuid.UUID | None = None,
    desk_booking_id: uuid.UUID | None = None, reprint_of: IssuedDocument | None = None,
) -> IssuedDocumentDTO:  # fmt: skip
    """Write the PDF first, then the row: a failed commit leaves a file, never a lost slip."""
    now = uow.clock.now()
    row_id = new_id()
    stored = archive.write(
        kind=kind, reference=reference, pdf=pdf, issued_at=now, unique=row_id.hex
    )
    row = IssuedDocument(
        id=row_id,
        kind=kind, reference=reference, loan_id=loan_id, room_booking_id=room_booking_id,
        desk_booking_id=desk_booking_id, language=language, file_name=stored.file_name,
        sha256=stored.sha256, issued_at=now, staff_id=uow.actor.staff_id,
        reprint_of_id=reprint_of.id if reprint_of else None,
    )  # fmt: skip
    uow.session.add(row)
    uow.session.flush()
    audit.record(
        uow, entity="issued_document", entity_id=row.id, action=AuditAction.CREATE,
        changes={"kind": kind, "reference": reference, "reprint": reprint_of is not None},
    )  # fmt: skip
    uow.commit()
    return IssuedDocumentDTO(
        row.id, kind, reference, row.file_name, now, reprint_of is not None, pdf
    )


def render_loan_document(
    uow: UnitOfWork,
    *,
    loan_id: uuid.UUID,
    kind: LoanDocument,
    house_name: str = DEFAULT_HOUSE_NAME,
    replica: bool = False,
    two_copies: bool = False,
    conditions: str | None = None,
    privacy_notice: str | None = None,
    logo: Path | None = None,
) -> RenderedDocument:
    """The lending slip or return record of a loan as PDF bytes, without archiving it.

    ``conditions``/``privacy_notice`` replace the texts of the document's language;
    None or "" keeps those.
    Raises: NotFoundError for an unknown loan.
    """
    with uow:
        loan, letterhead, data = _loan_document(
            uow.session, loan_id, kind, house_name=house_name, replica=replica,
            two_copies=two_copies, conditions=conditions, privacy_notice=privacy_notice,
            logo=logo,
        )  # fmt: skip
        if isinstance(data, LendingSlip):
            pdf = render.lending_slip(data, letterhead)
        else:
            pdf = render.return_record(data, letterhead)
        return RenderedDocument(kind, loan.receipt_no, data.language, pdf, loan_id=loan.id)


def issue_loan_document(
    uow: UnitOfWork,
    *,
    loan_id: uuid.UUID,
    kind: LoanDocument,
    archive: DocumentArchive,
    house_name: str = DEFAULT_HOUSE_NAME,
    replica: bool = False,
    two_copies: bool = False,
    conditions: str | None = None,
    privacy_notice: str | None = None,
    logo: Path | None = None,
) -> IssuedDocumentDTO:
    """Render the lending slip or return record of a loan and archive it.

    Raises: NotFoundError for an unknown loan.
    """
    rendered = render_loan_document(
        uow, loan_id=loan_id, kind=kind, house_name=house_name, replica=replica,
        two_copies=two_copies, conditions=conditions, privacy_notice=privacy_notice, logo=logo,
    )  # fmt: skip
    return archive_rendered(uow, rendered, archive=archive)


def archive_rendered(
    uow: UnitOfWork, rendered: RenderedDocument, *, archive: DocumentArchive
) -> IssuedDocumentDTO:
    """Archive a document rendered before (file first, then its history row)."""
    with uow:
        return _archive(
            uow, archive, kind=rendered.kind, reference=rendered.reference, pdf=rendered.pdf,
            language=rendered.language, loan_id=rendered.loan_id,
            room_booking_id=rendered.room_booking_id, desk_booking_id=rendered.desk_booking_id,
        )  # fmt: skip


def get_loan_id_by_receipt(uow: UnitOfWork, *, receipt_no: str) -> uuid.UUID:
    """Raises: NotFoundError when no loan has this receipt number."""
    with uow:
        loan_id = uow.session.scalar(
            select(Loan.id).where(Loan.receipt_no == receipt_no.strip().upper())
            .where(Loan.deleted_at.is_(None))
        )  # fmt: skip
        if loan_id is None:
            raise NotFoundError(
                f"Der Leihvorgang {receipt_no} wurde nicht gefunden.", entity="Der Leihvorgang"
            )
        return loan_id


def find_booking_by_reference(uow: UnitOfWork, *, reference: str) -> BookingMatch:
    """The booking a printed reference names: ``R-…`` a room, ``D-…`` a desk booking.

    The 8 hex digits are the end of the booking's id; without the letter both tables are
    searched. Raises: ValidationError for a malformed reference, NotFoundError when no
    booking matches, ConflictError-like ValidationError when more than one does.
    """
    match = _REFERENCE.match(reference.strip().upper())
    if match is None:
        raise ValidationError(
            f"„{reference}“ ist keine Buchungsnummer (erwartet z. B. R-1A2B3C4D oder D-1A2B3C4D).",
            field="reference",
        )
    letter, tail = match.group(1), match.group(2).lower()
    found: list[BookingMatch] = []
    with uow:
        if letter in (None, "R"):
            found += [
                BookingMatch(booking_reference("R", row_id), room_booking_id=row_id)
                for row_id in _ids_ending_in(uow.session, RoomBooking, tail)
            ]
        if letter in (None, "D"):
            found += [
                BookingMatch(booking_reference("D", row_id), desk_booking_id=row_id)
                for row_id in _ids_ending_in(uow.session, DeskBooking, tail)
            ]
    if not found:
        raise NotFoundError(
            f"Keine Buchung mit der Nummer {reference} gefunden.", entity="Die Buchung"
        )
    if len(found) > 1:
        names = ", ".join(sorted(item.reference for item in found))
        raise ValidationError(
            f"Die Nummer {reference} passt auf mehrere Buchungen ({names}); "
            "bitte in HoR Desk über den Kalender drucken.",
            field="reference",
        )
    return found[0]


def _ids_ending_in(
    session: Session, table: type[RoomBooking] | type[DeskBooking], tail: str
) -> list[uuid.UUID]:
    # SQLite stores the UUID as 32 hex digits, PostgreSQL prints it with dashes: the
    # last 8 characters of the text are the last 8 hex digits either way.
    text = func.lower(cast(table.id, String))
    query = select(table.id).where(text.like(f"%{tail}"), table.deleted_at.is_(None))
    return list(session.scalars(query.limit(3)))


def _room_confirmation(
    session: Session, booking_id: uuid.UUID
) -> tuple[Location, Organisation, Contact | None, BookingConfirmation]:
    booking = session.get(RoomBooking, booking_id)
    if booking is None or booking.deleted_at is not None:
        raise NotFoundError(entity="Die Raumbuchung")
    room = session.get(Room, booking.room_id)
    assert room is not None
    siblings = [booking]
    if booking.series_id is not None:  # the confirmation lists every date of the series
        siblings = list(
            session.scalars(
                select(RoomBooking)
                .where(RoomBooking.series_id == booking.series_id)
                .where(RoomBooking.deleted_at.is_(None))
                .where(RoomBooking.status != BookingStatus.CANCELLED)
                .order_by(RoomBooking.starts_at)
            )
        )
    location, org, contact = _booking_parties(
        session, room.location_id, booking.organisation_id, booking.contact_id
    )
    data = BookingConfirmation(
        reference=booking_reference("R", booking.id), borrower=_party(org, contact),
        resource=f"{room.name} ({location.name})", title=booking.title,
        occurrences=tuple(BookingOccurrence(b.starts_at, b.ends_at) for b in siblings),
        attendees=booking.attendees, place=location.city or "",
        language=org.document_language, provisional=booking.status in _NOT_CONFIRMED,
        equipment=_linked_equipment(session, [b.id for b in siblings]),
    )  # fmt: skip
    return location, org, contact, data


def _linked_equipment(session: Session, booking_ids: list[uuid.UUID]) -> tuple[SlipLine, ...]:
    """The items reserved together with the room bookings ("Raum mit Beamer"), once each."""
    rows = session.execute(
        select(EquipmentItem.inventory_no, EquipmentItem.name, EquipmentItem.accessories)
        .join(LoanLine, LoanLine.item_id == EquipmentItem.id)
        .join(Loan, Loan.id == LoanLine.loan_id)
        .where(
            Loan.room_booking_id.in_(booking_ids),
            Loan.deleted_at.is_(None),
            Loan.state != LoanState.CANCELLED,
            LoanLine.deleted_at.is_(None),
        )
        .distinct()
        .order_by(EquipmentItem.inventory_no)
    ).all()
    return tuple(SlipLine(no, name, accessories) for no, name, accessories in rows)


def _desk_confirmation(
    session: Session, booking_id: uuid.UUID
) -> tuple[Location, Organisation, Contact | None, BookingConfirmation]:
    booking = session.get(DeskBooking, booking_id)
    if booking is None or booking.deleted_at is not None:
        raise NotFoundError(entity="Die Platzbuchung")
    desk = session.get(Desk, booking.desk_id)
    assert desk is not None
    location, org, contact = _booking_parties(
        session, desk.location_id, booking.organisation_id, booking.contact_id
    )
    first, last = DESK_SLOT_HOURS[booking.slot]
    starts = datetime.combine(booking.day, first, BERLIN)
    ends = datetime.combine(booking.day, last, BERLIN)
    data = BookingConfirmation(
        reference=booking_reference("D", booking.id), borrower=_party(org, contact),
        resource=f"Coworking-Platz {desk.label} ({location.name})", title=booking.person_name,
        occurrences=(BookingOccurrence(starts, ends),), place=location.city or "",
        language=org.document_language, provisional=booking.status in _NOT_CONFIRMED,
    )  # fmt: skip
    return location, org, contact, data


def _booking_parties(
    session: Session, location_id: uuid.UUID, org_id: uuid.UUID, contact_id: uuid.UUID | None
) -> tuple[Location, Organisation, Contact | None]:
    location = session.get(Location, location_id)
    org = session.get(Organisation, org_id)
    assert location is not None and org is not None
    contact = session.get(Contact, contact_id) if contact_id else None
    return location, org, contact


def render_booking_confirmation(
    uow: UnitOfWork,
    *,
    room_booking_id: uuid.UUID | None = None,
    desk_booking_id: uuid.UUID | None = None,
    house_name: str = DEFAULT_HOUSE_NAME,
    logo: Path | None = None,
) -> RenderedDocument:
    """The confirmation of a room booking (all dates of its series) or a desk booking.

    A booking the shared server has not confirmed yet is marked "vorläufig".
    Raises: NotFoundError for an unknown booking.
    """
    with uow:
        if room_booking_id is not None:
            location, _org, _contact, data = _room_confirmation(uow.session, room_booking_id)
        elif desk_booking_id is not None:
            location, _org, _contact, data = _desk_confirmation(uow.session, desk_booking_id)
        else:
            raise NotFoundError(entity="Die Buchung")
        pdf = render.booking_confirmation(data, _letterhead(location, house_name, logo))
        return RenderedDocument(
            "booking", data.reference, data.language, pdf,
            room_booking_id=room_booking_id,
            desk_booking_id=desk_booking_id if room_booking_id is None else None,
        )  # fmt: skip


def issue_booking_confirmation(
    uow: UnitOfWork,
    *,
    archive: DocumentArchive,
    room_booking_id: uuid.UUID | None = None,
    desk_booking_id: uuid.UUID | None = None,
    house_name: str = DEFAULT_HOUSE_NAME,
    logo: Path | None = None,
) -> IssuedDocumentDTO:
    """Render a booking confirmation (see render_booking_confirmation) and archive it.

    Raises: NotFoundError for an unknown booking.
    """
    rendered = render_booking_confirmation(
        uow, room_booking_id=room_booking_id, desk_booking_id=desk_booking_id,
        house_name=house_name, logo=logo,
    )  # fmt: skip
    return archive_rendered(uow, rendered, archive=archive)


def reprint_document(
    uow: UnitOfWork, *, document_id: uuid.UUID, archive: DocumentArchive
) -> IssuedDocumentDTO:
    """The archived PDF, exactly as issued, stamped "NACHDRUCK" and archived again.

    Raises: NotFoundError when the row or its file (another PC's archive) is missing.
    """
    with uow:
        original = uow.session.get(IssuedDocument, document_id)
        if original is None or original.deleted_at is not None:
            raise NotFoundError(entity="Das Dokument")
        while original.reprint_of_id is not None:  # always stamp the first issue
            parent = uow.session.get(IssuedDocument, original.reprint_of_id)
            assert parent is not None
            original = parent
        try:
            pdf = archive.read(original.file_name)
        except FileNotFoundError as exc:
            raise NotFoundError(
                "Die PDF-Datei liegt nicht im Archiv dieses PCs; bitte am ausstellenden "
                "Standort nachdrucken.",
                entity="Das Dokument",
            ) from exc
        texts = DocumentTexts(original.language)
        stamped = stamp_reprint(pdf, f"{texts['reprint']} – {uow.clock.now():%d.%m.%Y}")
        return _archive(
            uow, archive, kind=original.kind, reference=original.reference, pdf=stamped,
            language=original.language, loan_id=original.loan_id,
            room_booking_id=original.room_booking_id, desk_booking_id=original.desk_booking_id,
            reprint_of=original,
        )  # fmt: skip


def list_documents(
    uow: UnitOfWork,
    *,
    loan_id: uuid.UUID | None = None,
    reference: str | None = None,
    limit: int = 500,
) -> list[IssuedDocumentDTO]:
    """The history of issued documents (without their bytes), newest first, at most
    ``limit`` of them."""
    with uow:
        query = select(IssuedDocument).where(IssuedDocument.deleted_at.is_(None))
        if loan_id is not None:
            query = query.where(IssuedDocument.loan_id == loan_id)
        if reference is not None:
            query = query.where(IssuedDocument.reference == reference)
        rows = uow.session.scalars(query.order_by(IssuedDocument.issued_at.desc()).limit(limit))
        return [
            IssuedDocumentDTO(
                row.id,
                row.kind,
                row.reference,
                row.file_name,
                row.issued_at,
                row.reprint_of_id is not None,
                b"",
            )
            for row in rows
        ]
