"""Sample documents for the printing tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from hor_desktop.printing.model import LendingSlip, Letterhead, Party, SlipLine


@pytest.fixture
def letterhead() -> Letterhead:
    return Letterhead(
        house_name="Haus der Ressourcen Köln",
        location_name="Standort Coach e.V.",
        address_lines=("Musterstraße 1", "50825 Köln"),
        contact_line="Tel. 0221 000000",
    )


def make_lines(count: int) -> tuple[SlipLine, ...]:
    return tuple(
        SlipLine(f"{100000 + i}", f"Gerät Nummer {i}", "Netzkabel, Tasche", "gut")
        for i in range(count)
    )


@pytest.fixture
def slip() -> LendingSlip:
    return LendingSlip(
        receipt_no="CCH-2026-00042",
        borrower=Party("Förderverein Ümraniye e.V.", "Jan Kowalski", "0221 123456"),
        start=date(2026, 12, 12),
        due=date(2026, 12, 14),
        lines=(
            SlipLine("100234", "Beamer Epson EB-W06", "Netzkabel, HDMI-Kabel", "gut"),
            SlipLine("100235", "Leinwand 180 cm", None, "Kratzer am Gehäuse"),
        ),
        deposit_cents=5000,
        purpose="Mitgliederversammlung",
        staff_name="Maria Müller",
        place="Köln",
        issued_at=datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
    )
