"""Return record, booking confirmation and label sheet."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hor_desktop.core.clock import BERLIN
from hor_desktop.printing.booking import render_booking_confirmation
from hor_desktop.printing.labels import render_label_sheet
from hor_desktop.printing.model import (
    BookingConfirmation,
    BookingOccurrence,
    Label,
    Letterhead,
    Party,
    ReturnLine,
    ReturnRecord,
)
from hor_desktop.printing.return_record import render_return_record
from tests.printing.pdf_text import all_text, pages_text

PARTY = Party("Союз украинцев Кёльна", "Олена Шевченко", "0221 55")


def test_return_record_lists_returned_and_open_items(letterhead: Letterhead) -> None:
    record = ReturnRecord(
        receipt_no="MIG-2026-00007",
        borrower=PARTY,
        start=date(2026, 11, 20),
        due=date(2026, 11, 27),
        lines=(
            ReturnLine(
                "100001",
                "Beamer",
                datetime(2026, 11, 25, 15, 0, tzinfo=UTC),
                "gut",
                None,
                {"Netzkabel": True, "Fernbedienung": False},
            ),
            ReturnLine("100002", "Lautsprecher", None),
        ),
        staff_name="Ali Demir",
        place="Köln",
    )
    text = all_text(render_return_record(record, letterhead))
    for expected in (
        "Rücknahmeprotokoll", "MIG-2026-00007", "Союз украинцев Кёльна",
        "zurück am 25.11.2026 16:00",
        "Netzkabel ✓", "Fernbedienung ✗", "noch ausgeliehen", "Noch offene Geräte", "Lautsprecher",
    ):  # fmt: skip
        assert expected in text, expected


def test_return_record_says_when_everything_is_back(letterhead: Letterhead) -> None:
    back = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
    record = ReturnRecord(
        "MIG-2026-00008", PARTY, date(2026, 11, 20), date(2026, 11, 27),
        (ReturnLine("100001", "Beamer", back, "gut", "Linse zerkratzt"),),
    )  # fmt: skip
    text = all_text(render_return_record(record, letterhead))
    assert "Alle Geräte sind zurückgegeben" in text and "Linse zerkratzt" in text


def test_booking_confirmation_lists_every_date_of_a_series(letterhead: Letterhead) -> None:
    # A weekly 18:00 series across the change to summer time (29.03.2026), stored in UTC.
    days = [date(2026, 3, 19) + timedelta(weeks=week) for week in range(3)]
    occurrences = tuple(
        BookingOccurrence(
            datetime.combine(day, time(18, 0), BERLIN).astimezone(UTC),
            datetime.combine(day, time(20, 0), BERLIN).astimezone(UTC),
        )
        for day in days
    )
    booking = BookingConfirmation(
        reference="R-2026-0001",
        borrower=PARTY,
        resource="Seminarraum 1 (HoR Köln – Coach)",
        title="Sprachcafé",
        occurrences=occurrences,
        attendees=12,
        provisional=True,
    )
    text = all_text(render_booking_confirmation(booking, letterhead))
    assert "Buchungsbestätigung" in text and "VORLÄUFIG" in text and "Sprachcafé" in text
    assert "19.03.2026" in text and "18:00–20:00" in text  # before the DST change
    assert ("02.04.2026" in text and text.count("18:00–20:00") == 2) or "19:00" not in text


def test_label_sheet_holds_65_labels_per_page() -> None:
    labels = [Label(f"{200000 + i}", f"Pinnwand {i}", "HoR Köln – Coach") for i in range(66)]
    pages = pages_text(render_label_sheet(labels))
    assert len(pages) == 2
    assert "200064" in pages[0] and "200065" in pages[1]
