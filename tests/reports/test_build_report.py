"""build_report against the hand-counted dataset of tests/reports/dataset.py."""

from __future__ import annotations

from datetime import date

import pytest

from hor_desktop.core.errors import NotFoundError, ValidationError
from hor_desktop.reports.build import build_report
from hor_desktop.reports.dto import CategoryRow, CountRow, ReportDTO
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from tests.reports.dataset import SECRET_NAMES, SYSTEM, Ids

MARCH = {"start": date(2025, 3, 1), "end": date(2025, 3, 31)}


def _report(db: Database, **kwargs: object) -> ReportDTO:
    return build_report(db.unit_of_work(SYSTEM), **{**MARCH, **kwargs})  # type: ignore[arg-type]


def test_organisations_served_skip_cancelled_and_count_new_ones(db: Database, ids: Ids) -> None:
    report = _report(db)
    # O1 (loans, room), O2 (loan, rooms), O3 (loan, room), O5 (desk); O4 only cancelled.
    assert report.organisations_served == 4
    # O2 lent in February and O5 booked a desk in February: only O1 and O3 are new.
    assert report.organisations_new == 2


def test_equipment_days_end_each_line_at_its_own_return(db: Database, ids: Ids) -> None:
    report = _report(db)
    # L1: I1 3 + I3 5; L2: 4 of 8 days; L3: 4 (runs into April); L6 overdue: 7.
    assert report.equipment_days == 3 + 5 + 4 + 4 + 7
    assert report.loans == 4
    assert report.items_lent == 4
    assert report.by_category == (
        CategoryRow("Laptop", loans=2, items=2, equipment_days=12),
        CategoryRow("Beamer", loans=3, items=2, equipment_days=11),
    )


def test_a_loan_over_two_months_counts_only_its_days_in_each(db: Database, ids: Ids) -> None:
    february = build_report(db.unit_of_work(SYSTEM), start=date(2025, 2, 1), end=date(2025, 2, 28))
    assert february.equipment_days == 4  # 25.–28.02.
    assert february.loans == 1
    both = build_report(db.unit_of_work(SYSTEM), start=date(2025, 2, 1), end=date(2025, 3, 31))
    assert both.equipment_days == 4 + 23
    assert [(m.month, m.equipment_days) for m in both.months] == [
        (date(2025, 2, 1), 4), (date(2025, 3, 1), 23),
    ]  # fmt: skip


def test_period_boundaries_are_inclusive_days(db: Database, ids: Ids) -> None:
    first_days = build_report(db.unit_of_work(SYSTEM), start=date(2025, 3, 1), end=date(2025, 3, 4))
    assert first_days.equipment_days == 4  # L2's I2 on 01.–04.03.
    assert first_days.room_hours == 2  # 00:00–02:00 on 01.03.
    assert first_days.desk_days == 1.5  # 03.03. whole day, 04.03. morning
    last_day = build_report(db.unit_of_work(SYSTEM), start=date(2025, 3, 31), end=date(2025, 3, 31))
    assert last_day.equipment_days == 2  # L3 and L6 are out on 31.03.
    assert last_day.room_hours == 3.5


def test_top_items_and_items_never_lent(db: Database, ids: Ids) -> None:
    report = _report(db)
    assert [(i.inventory_no, i.loans, i.equipment_days) for i in report.top_items] == [
        ("100001", 2, 7), ("100006", 1, 7), ("100003", 1, 5), ("100002", 1, 4),
    ]  # fmt: skip
    # I5 is retired: not offered, so not "never lent".
    assert [i.inventory_no for i in report.items_never_lent] == ["100004", "100007"]


def test_room_hours_and_utilisation_of_bookable_hours(db: Database, ids: Ids) -> None:
    report = _report(db)
    saal, werkstatt = report.rooms
    assert (saal.room, saal.bookings, saal.hours, saal.used_hours) == ("Saal", 2, 5.5, 4)
    assert saal.bookable_hours == 20 * 14  # 20 opening days (closing day 14.03.), 08–22
    assert (werkstatt.bookings, werkstatt.hours, werkstatt.used_hours) == (2, 4, 0)
    assert werkstatt.bookable_hours == 21 * 8
    assert report.room_hours == 9.5
    assert report.room_utilisation == pytest.approx(4 / 448)


def test_desk_days_and_occupancy_skip_cancelled(db: Database, ids: Ids) -> None:
    report = _report(db)
    assert report.desk_days == 1.5
    assert report.desk_occupancy == pytest.approx(1.5 / 20)
    assert [(d.booked_desk_days, d.available_desk_days) for d in report.desks] == [(1.5, 20)]


def test_organisations_by_legal_form_and_home_location(
    db: Database, ids: Ids, locations: list[LocationDTO]
) -> None:
    report = _report(db)
    assert report.by_legal_form == (
        CountRow("GbR", 1), CountRow("e.V.", 1), CountRow("gGmbH", 1), CountRow("ohne Angabe", 1),
    )  # fmt: skip
    a, b = locations[0].code, locations[1].code
    assert report.by_home_location == (CountRow(a, 2), CountRow(b, 1), CountRow("ohne Standort", 1))


def test_location_comparison_and_filter(
    db: Database, ids: Ids, locations: list[LocationDTO]
) -> None:
    report = _report(db)
    rows = {row.location_code: row for row in report.locations}
    a, b = rows[locations[0].code], rows[locations[1].code]
    assert (a.organisations, a.loans, a.equipment_days, a.room_hours) == (4, 3, 16, 5.5)
    assert a.desk_occupancy == pytest.approx(0.075)
    assert (b.organisations, b.loans, b.equipment_days, b.room_hours) == (2, 1, 7, 4)
    only_a = _report(db, location_id=ids.a)
    assert (only_a.organisations_served, only_a.organisations_new) == (4, 2)
    assert (only_a.loans, only_a.equipment_days, only_a.room_hours) == (3, 16, 5.5)
    assert [i.inventory_no for i in only_a.items_never_lent] == ["100007"]
    assert len(only_a.locations) == 1


def test_category_narrows_the_equipment_figures_only(db: Database, ids: Ids) -> None:
    report = _report(db, category_id=ids.beamer)
    assert (report.loans, report.items_lent, report.equipment_days) == (3, 2, 11)
    assert report.category_label == "Beamer"
    assert report.organisations_served == 4
    assert report.room_hours == 9.5


def test_no_personal_data_in_the_report(db: Database, ids: Ids) -> None:
    text = repr(_report(db))
    for name in SECRET_NAMES:
        assert name not in text
    assert "Verein O1" not in text  # not even organisation names


def test_unknown_location_and_reversed_period_are_refused(db: Database, ids: Ids) -> None:
    import uuid

    with pytest.raises(NotFoundError):
        _report(db, location_id=uuid.uuid4())
    with pytest.raises(ValidationError):
        build_report(db.unit_of_work(SYSTEM), start=date(2025, 3, 2), end=date(2025, 3, 1))
