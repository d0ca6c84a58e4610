"""What a document needs to know, as plain frozen data (filled by services, not by SQL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path


@dataclass(frozen=True)
class Letterhead:
    house_name: str
    location_name: str
    address_lines: tuple[str, ...] = ()
    contact_line: str = ""
    logo: Path | None = None


@dataclass(frozen=True)
class Party:
    """The borrowing organisation and its responsible contact."""

    organisation: str
    contact: str
    phone: str | None = None
    email: str | None = None
    address_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class SlipLine:
    inventory_no: str
    name: str
    accessories: str | None = None
    condition: str | None = None


@dataclass(frozen=True)
class LendingSlip:
    receipt_no: str
    borrower: Party
    start: date
    due: date
    lines: tuple[SlipLine, ...]
    deposit_cents: int = 0
    purpose: str | None = None
    staff_name: str = ""
    place: str = ""
    issued_at: datetime | None = None
    conditions: str | None = None  # None: the default text of the language
    privacy_notice: str | None = None
    language: str = "de"
    provisional: bool = False  # replica mode: not yet confirmed by the shared server
    reprint: bool = False
    two_copies: bool = False


@dataclass(frozen=True)
class ReturnLine:
    inventory_no: str
    name: str
    returned_at: datetime | None  # None: still out
    condition: str | None = None
    damage_note: str | None = None
    checklist: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class ReturnRecord:
    receipt_no: str
    borrower: Party
    start: date
    due: date
    lines: tuple[ReturnLine, ...]
    staff_name: str = ""
    place: str = ""
    issued_at: datetime | None = None
    language: str = "de"
    reprint: bool = False


@dataclass(frozen=True)
class BookingOccurrence:
    starts_at: datetime
    ends_at: datetime
    note: str | None = None  # e.g. "entfällt (Feiertag)"


@dataclass(frozen=True)
class BookingConfirmation:
    reference: str
    borrower: Party
    resource: str  # "Seminarraum 1 (HoR Köln – Coach)" or "Arbeitsplatz 4"
    title: str
    occurrences: tuple[BookingOccurrence, ...]
    attendees: int | None = None
    equipment: tuple[SlipLine, ...] = ()
    staff_name: str = ""
    place: str = ""
    issued_at: datetime | None = None
    language: str = "de"
    provisional: bool = False
    reprint: bool = False


@dataclass(frozen=True)
class Label:
    inventory_no: str
    name: str
    location: str


@dataclass(frozen=True)
class PrivacyNotice:
    """The Art. 13 DSGVO information notice handed to one contact person."""

    organisation: str
    contact: str
    email: str | None
    phone: str | None
    day: date
    language: str = "de"
