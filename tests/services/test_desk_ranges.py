"""Desk bookings over ranges and weekdays: closed days skipped, refusals, cancel ranges."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import DeskSlot
from hor_desktop.core.errors import ValidationError
from hor_desktop.services import closing_days, desk_board, desk_ranges, desks
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database

from . import desk_helpers
from .desk_helpers import DAY, book

# The shared fixtures, under their names so pytest finds them here.
admin = desk_helpers.admin
verein = desk_helpers.verein
desk = desk_helpers.desk


def test_range_skips_weekends_holidays_and_closing_days_and_lists_them(
    db: Database, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    closing_days.add_closing_day(
        db.unit_of_work(admin), day=date(2026, 12, 22), reason="Betriebsausflug",
        location_id=admin.location_id,
    )  # fmt: skip
    result = desk_ranges.book_desk_range(
        db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=verein.id,
        person_name="Amina", start=date(2026, 12, 21), end=date(2026, 12, 27),
        slot=DeskSlot.MORNING,
    )  # fmt: skip
    # Mon 21 to Sun 27: the weekend is no candidate; Tue 22 closed, Thu 24 Heiligabend is
    # only closed when seeded; Fri 25 is a public holiday.
    assert [b.day.day for b in result.booked] == [21, 23, 24]
    assert result.skipped_closed == (
        (date(2026, 12, 22), "Schließtag"), (date(2026, 12, 25), "Erster Weihnachtstag"),
    )  # fmt: skip
    assert result.refused == ()


def test_recurring_weekdays_book_only_those_days_and_refuse_taken_ones(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    book(db, desk_actor, desk, verein, DeskSlot.DAY, day=date(2026, 12, 9), person="Oleh")
    result = desk_ranges.book_desk_range(
        db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=verein.id,
        person_name="Amina", start=date(2026, 11, 30), end=date(2026, 12, 18),
        slot=DeskSlot.AFTERNOON, weekdays={1, 3},
    )  # fmt: skip
    assert [b.day for b in result.booked] == [
        date(2026, 11, 30), date(2026, 12, 2), date(2026, 12, 7), date(2026, 12, 14),
        date(2026, 12, 16),
    ]  # fmt: skip
    assert [r.day for r in result.refused] == [date(2026, 12, 9)]
    assert "bereits gebucht" in result.refused[0].message


def test_range_with_a_saturday_lists_it_as_closed(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    result = desk_ranges.book_desk_range(
        db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=verein.id,
        person_name="Amina", start=date(2026, 12, 4), end=date(2026, 12, 5),
        slot=DeskSlot.DAY, weekdays={5, 6},
    )  # fmt: skip
    assert [b.day for b in result.booked] == [date(2026, 12, 4)]
    assert result.skipped_closed == ((date(2026, 12, 5), "kein Öffnungstag"),)


def test_range_end_before_start_is_refused(
    db: Database, desk_actor: Actor, desk: desks.DeskDTO, verein: orgs.OrganisationDTO
) -> None:
    with pytest.raises(ValidationError) as caught:
        desk_ranges.book_desk_range(
            db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=verein.id,
            person_name="A", start=DAY, end=DAY - timedelta(days=1), slot=DeskSlot.DAY,
        )  # fmt: skip
    assert caught.value.field == "end"


def test_cancel_range_cancels_only_that_desk_and_organisation_in_the_range(
    db: Database, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    assert admin.location_id is not None
    desk_ranges.book_desk_range(
        db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=verein.id,
        person_name="Amina", start=date(2026, 11, 30), end=date(2026, 12, 4),
        slot=DeskSlot.DAY,
    )  # fmt: skip
    cancelled = desk_ranges.cancel_desk_range(
        db.unit_of_work(desk_actor), location_id=admin.location_id, desk_id=desk.id,
        organisation_id=verein.id, start=date(2026, 12, 1), end=date(2026, 12, 3),
    )  # fmt: skip
    assert [b.day.day for b in cancelled] == [1, 2, 3]
    board = desk_board.desk_board(
        db.unit_of_work(desk_actor), location_id=admin.location_id, start=date(2026, 11, 30),
        end=date(2026, 12, 4),
    )  # fmt: skip
    assert [b.day.day for b in board.bookings] == [30, 4]


def test_cancel_range_needs_a_desk_or_an_organisation(db: Database, desk_actor: Actor) -> None:
    assert desk_actor.location_id is not None
    with pytest.raises(ValidationError):
        desk_ranges.cancel_desk_range(
            db.unit_of_work(desk_actor), location_id=desk_actor.location_id, start=DAY, end=DAY
        )


def test_cancel_range_records_the_reason_on_every_booking(
    db: Database, admin: Actor, desk_actor: Actor, desk: desks.DeskDTO,
    verein: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    assert admin.location_id is not None
    desk_ranges.book_desk_range(
        db.unit_of_work(desk_actor), desk_id=desk.id, organisation_id=verein.id,
        person_name="Amina", start=date(2026, 11, 30), end=date(2026, 12, 2), slot=DeskSlot.DAY,
    )  # fmt: skip
    cancelled = desk_ranges.cancel_desk_range(
        db.unit_of_work(desk_actor), location_id=admin.location_id, organisation_id=verein.id,
        start=date(2026, 11, 30), end=date(2026, 12, 2), reason="Urlaub",
    )  # fmt: skip
    assert [b.cancel_reason for b in cancelled] == ["Urlaub"] * 3
    board = desk_board.desk_board(
        db.unit_of_work(desk_actor), location_id=admin.location_id, start=date(2026, 11, 30),
        end=date(2026, 12, 2),
    )  # fmt: skip
    assert {b.cancel_reason for b in board.released} == {"Urlaub"}
