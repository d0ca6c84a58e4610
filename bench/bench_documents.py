"""Benchmarks of document rendering: lending slips of 5 and 100 items, a sheet of 65 labels.

Usage: python bench/bench_documents.py [--scale S|M|L] [--db URL] [--seed N]
(no database is needed; the flags are accepted so every benchmark runs the same way)
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from _common import measure, parse_args, report

from hor_desktop.printing.labels import render_label_sheet
from hor_desktop.printing.model import Label, LendingSlip, Letterhead, Party, SlipLine
from hor_desktop.printing.slip import render_lending_slip

AREA = "documents"
REPEAT = 20
WARMUP = 3

LETTERHEAD = Letterhead(
    house_name="Haus der Ressourcen Köln",
    location_name="Coach e.V. (Coach e.V.)",
    address_lines=("Liebigstraße 120", "50823 Köln"),
    contact_line="0221 000000 · hor@example.org",
)


def _slip(items: int) -> LendingSlip:
    lines = tuple(
        SlipLine(f"{300000 + n}", f"Beamer Epson EB-W{n:02d}", "Netzkabel, HDMI, Tasche", "gut")
        for n in range(items)
    )
    return LendingSlip(
        receipt_no="CCH-2026-00042",
        borrower=Party("Союз украинцев Кёльна", "Ayşe Doğan", "0221 987654"),
        start=date(2026, 12, 12),
        due=date(2026, 12, 14),
        lines=lines,
        deposit_cents=5000,
        purpose="Sprachkurs",
        staff_name="Maria Müller",
        place="Köln",
        issued_at=datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
    )


def main() -> None:
    parse_args(AREA)
    small, large = _slip(5), _slip(100)
    labels = [Label(f"{300000 + n}", f"Laptop Lenovo T{n}", "Coach e.V.") for n in range(65)]
    report(
        "documents.slip_5_items",
        measure(lambda: render_lending_slip(small, LETTERHEAD), repeat=REPEAT, warmup=WARMUP),
        50,
    )
    report(
        "documents.slip_100_items",
        measure(lambda: render_lending_slip(large, LETTERHEAD), repeat=REPEAT, warmup=WARMUP),
        300,
    )
    report(
        "documents.label_sheet_65",
        measure(lambda: render_label_sheet(labels), repeat=REPEAT, warmup=WARMUP),
        200,
    )


if __name__ == "__main__":
    main()
