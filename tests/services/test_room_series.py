"""Room series: preview, create (skipping conflicts), edit one/following/all, cancel dates,
blackouts and closing-day impact, and room bookings combined with equipment."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import BERLIN, FixedClock
from hor_desktop.core.enums import BookingStatus, RecurrenceKind, Role
from hor_desktop.core.errors import ConflictError
from hor_desktop.core.recurrence import Rule
from hor_desktop.services import (
    closing_days,
    contacts,
    documents,
    equipment,
    room_blackouts,
    room_equipment,
    room_series,
    rooms,
)
from hor_desktop.services import organisations as orgs
from hor_desktop.store.database import Database
from hor_desktop.store.models import AuditEvent, BookingSeries, Loan, RoomBooking
from tests.printing.pdf_text import all_text


@pytest.fixture
def admin(desk_actor: Actor) -> Actor:
    return Actor(location_id=desk_actor.location_id, role=Role.LOCATION_ADMIN, name="Leitung")


@pytest.fixture
def verein(db: Database, desk_actor: Actor) -> tuple[uuid.UUID, uuid.UUID]:
    created = orgs.create_organisation(db.unit_of_work(desk_actor), name="Verein X")
    contact = contacts.add_contact(
        db.unit_of_work(desk_actor), organisation_id=created.id, name="Ana",
        is_responsible=True, phone="0221 123456",
    )  # fmt: skip
    return created.id, contact.id


@pytest.fixture
def room(db: Database, admin: Actor) -> rooms.RoomDTO:
    assert admin.location_id is not None
    return rooms.create_room(
        db.unit_of_work(admin), location_id=admin.location_id, name="Seminarraum 1",
        capacity=12, buffer_minutes=30,
    )  # fmt: skip


def tuesdays(count: int = 10, first: date = date(2027, 1, 5), **kw: object) -> Rule:
    """Tuesdays 18:00–20:00 from 5 January 2027."""
    return Rule(
        kind=RecurrenceKind.WEEKLY, first_date=first, local_start=time(18), local_end=time(20),
        weekday=2, count=count, **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def book_single(  # noqa: PLR0917 (reads best as book_single(db, actor, room, org, …))
    db: Database, actor: Actor, room: rooms.RoomDTO, org: uuid.UUID, start: datetime, hours: int
) -> rooms.RoomBookingDTO:
    return rooms.book_room(
        db.unit_of_work(actor), room_id=room.id, organisation_id=org, title="Einzeltermin",
        starts_at=start, ends_at=start + timedelta(hours=hours),
    )  # fmt: skip


def create(
    db: Database, actor: Actor, room: rooms.RoomDTO, org: uuid.UUID, rule: Rule, **kw: object
) -> room_series.SeriesDTO:
    return room_series.create_series(
        db.unit_of_work(actor), room_id=room.id, organisation_id=org, title="Deutschkurs",
        rule=rule, **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def live_days(db: Database, series_id: uuid.UUID) -> list[tuple[date, time]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(RoomBooking.starts_at)
            .where(RoomBooking.series_id == series_id)
            .where(RoomBooking.status != BookingStatus.CANCELLED)
            .order_by(RoomBooking.starts_at)
        ).all()
    return [(r[0].astimezone(BERLIN).date(), r[0].astimezone(BERLIN).time()) for r in rows]


def test_preview_marks_bookings_within_the_buffer_and_closing_days(
    db: Database, desk_actor: Actor, admin: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    # 20:15 is inside the 30-minute buffer after the series' 20:00 end.
    book_single(db, desk_actor, room, verein[0], local(date(2027, 1, 12), 20, 15), 1)
    closing_days.add_closing_day(
        db.unit_of_work(admin), day=date(2027, 1, 19), reason="Betriebsausflug"
    )
    result = room_series.preview(db.unit_of_work(desk_actor), room_id=room.id, rule=tuesdays(4))
    marks = [(o.day, bool(o.conflicts), o.closure) for o in result.occurrences]
    assert marks == [
        (date(2027, 1, 5), False, None),
        (date(2027, 1, 12), True, None),
        (date(2027, 1, 19), False, "Betriebsausflug"),
        (date(2027, 1, 26), False, None),
    ]
    assert "Verein X: Einzeltermin (20:15–21:15)" in result.occurrences[1].conflicts


def test_series_with_a_conflict_is_refused_whole_with_the_dates(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    book_single(db, desk_actor, room, verein[0], local(date(2027, 1, 12), 18), 2)
    with pytest.raises(room_series.SeriesConflictError, match=r"12\.01\.2027") as caught:
        create(db, desk_actor, room, verein[0], tuesdays(4))
    assert [o.day for o in caught.value.occurrences] == [date(2027, 1, 12)]
    with db.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(BookingSeries)) == 0
        assert conn.scalar(select(func.count()).select_from(RoomBooking)) == 1


def test_series_skipping_conflicts_books_the_free_dates_and_records_exceptions(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    book_single(db, desk_actor, room, verein[0], local(date(2027, 1, 12), 18), 2)
    # Rosenmontag 2027 is 8 February; Tuesdays are not hit, but Weiberfastnacht (a
    # Thursday) is, so this uses Thursdays for the half-day closure below.
    result = create(db, desk_actor, room, verein[0], tuesdays(4), skip_conflicts=True)
    assert [b.starts_at.astimezone(BERLIN).day for b in result.booked] == [5, 19, 26]
    assert [o.day for o in result.skipped] == [date(2027, 1, 12)]
    rule = room_series.series_rule(db.unit_of_work(desk_actor), series_id=result.id)
    assert rule.exceptions == {date(2027, 1, 12)}


def test_weiberfastnacht_afternoon_is_left_out_and_the_morning_kept(
    db: Database, desk_actor: Actor, admin: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    closing_days.seed_cologne_extras(db.unit_of_work(admin), years=[2027])
    thursdays = Rule(
        kind=RecurrenceKind.WEEKLY, first_date=date(2027, 1, 28), weekday=4, count=2,
        local_start=time(14), local_end=time(16),
    )  # fmt: skip
    result = create(db, desk_actor, room, verein[0], thursdays)
    assert [o.day for o in result.skipped] == [date(2027, 2, 4)]
    mornings = Rule(**{**thursdays.__dict__, "local_start": time(9), "local_end": time(11)})
    assert len(create(db, desk_actor, room, verein[0], mornings).booked) == 2


def test_series_keeps_18_00_across_the_dst_change(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    result = create(db, desk_actor, room, verein[0], tuesdays(3, first=date(2027, 3, 23)))
    assert {t for _d, t in live_days(db, result.id)} == {time(18)}
    assert [b.starts_at.hour for b in result.booked] == [17, 16, 16]  # stored in UTC


def test_editing_one_date_moves_it_out_of_the_series(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    result = create(db, desk_actor, room, verein[0], tuesdays(3))
    second = result.booked[1]
    moved = room_series.edit_occurrence(
        db.unit_of_work(desk_actor), booking_id=second.id,
        starts_at=local(date(2027, 1, 14), 10), ends_at=local(date(2027, 1, 14), 12),
    )  # fmt: skip
    assert moved.starts_at == local(date(2027, 1, 14), 10)
    assert [d for d, _t in live_days(db, result.id)] == [date(2027, 1, 5), date(2027, 1, 19)]
    rule = room_series.series_rule(db.unit_of_work(desk_actor), series_id=result.id)
    assert rule.exceptions == {date(2027, 1, 12)}


def test_editing_this_and_following_splits_the_series(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    result = create(db, desk_actor, room, verein[0], tuesdays(4))
    split = room_series.edit_following(
        db.unit_of_work(desk_actor), booking_id=result.booked[2].id,
        local_start=time(17), local_end=time(19), title="Deutschkurs B1",
    )  # fmt: skip
    assert split.id != result.id
    assert live_days(db, result.id) == [(date(2027, 1, 5), time(18)), (date(2027, 1, 12), time(18))]
    assert live_days(db, split.id) == [(date(2027, 1, 19), time(17)), (date(2027, 1, 26), time(17))]
    old = room_series.series_rule(db.unit_of_work(desk_actor), series_id=result.id)
    new = room_series.series_rule(db.unit_of_work(desk_actor), series_id=split.id)
    assert (old.until, old.count) == (date(2027, 1, 18), None)
    assert (new.first_date, new.until, new.local_start) == (
        date(2027, 1, 19),
        date(2027, 1, 26),
        time(17),
    )
    assert {b.title for b in split.booked} == {"Deutschkurs B1"}


def test_editing_the_whole_series_changes_it_in_place(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    result = create(db, desk_actor, room, verein[0], tuesdays(3))
    edited = room_series.edit_series(
        db.unit_of_work(desk_actor), series_id=result.id, local_start=time(19), local_end=time(21)
    )
    assert edited.id == result.id
    assert {t for _d, t in live_days(db, result.id)} == {time(19)}


def test_editing_the_whole_series_leaves_past_dates_alone(
    db: Database, clock: FixedClock, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    result = create(db, desk_actor, room, verein[0], tuesdays(3))
    clock.current = local(date(2027, 1, 10), 12)
    edited = room_series.edit_series(
        db.unit_of_work(desk_actor), series_id=result.id, local_start=time(19), local_end=time(21)
    )
    assert live_days(db, result.id) == [(date(2027, 1, 5), time(18))]
    assert live_days(db, edited.id) == [
        (date(2027, 1, 12), time(19)),
        (date(2027, 1, 19), time(19)),
    ]


def test_editing_following_into_a_taken_slot_is_refused_unless_skipped(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    result = create(db, desk_actor, room, verein[0], tuesdays(3))
    book_single(db, desk_actor, room, verein[0], local(date(2027, 1, 19), 14), 2)
    with pytest.raises(room_series.SeriesConflictError, match=r"19\.01\.2027"):
        room_series.edit_series(
            db.unit_of_work(desk_actor), series_id=result.id, local_start=time(13),
            local_end=time(15),
        )  # fmt: skip
    assert {t for _d, t in live_days(db, result.id)} == {time(18)}
    edited = room_series.edit_series(
        db.unit_of_work(desk_actor), series_id=result.id, local_start=time(13),
        local_end=time(15), skip_conflicts=True,
    )  # fmt: skip
    assert [d for d, _t in live_days(db, edited.id)] == [date(2027, 1, 5), date(2027, 1, 12)]


def test_cancelling_a_date_range_cancels_and_audits_each_date(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    result = create(db, desk_actor, room, verein[0], tuesdays(5))
    cancelled = room_series.cancel_dates(
        db.unit_of_work(desk_actor), series_id=result.id, start=date(2027, 1, 10),
        end=date(2027, 1, 20),
    )  # fmt: skip
    assert [b.starts_at.astimezone(BERLIN).day for b in cancelled] == [12, 19]
    assert [d.day for d, _t in live_days(db, result.id)] == [5, 26, 2]
    with db.engine.connect() as conn:
        cancels = conn.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "cancel")
        )
    assert cancels == 2


def test_affected_bookings_lists_whom_to_call(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    create(db, desk_actor, room, verein[0], tuesdays(3))
    start, end = room_blackouts.closing_day_period(date(2027, 1, 12))
    affected = room_blackouts.affected_bookings(
        db.unit_of_work(desk_actor), location_id=room.location_id, start=start, end=end
    )
    assert [(a.organisation_name, a.phone, a.room_name) for a in affected] == [
        ("Verein X", "0221 123456", "Seminarraum 1")
    ]


def test_blackout_lists_hit_bookings_and_blocks_new_ones(
    db: Database, desk_actor: Actor, admin: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    create(db, desk_actor, room, verein[0], tuesdays(2))
    blackout = room_blackouts.create_blackout(
        db.unit_of_work(admin), room_id=room.id, starts_at=local(date(2027, 1, 12), 8),
        ends_at=local(date(2027, 1, 13), 22), reason="Malerarbeiten",
    )  # fmt: skip
    assert [a.title for a in blackout.affected] == ["Deutschkurs"]
    with pytest.raises(ConflictError, match="Malerarbeiten"):
        book_single(db, desk_actor, room, verein[0], local(date(2027, 1, 13), 10), 1)


def test_holiday_refuses_a_single_booking(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    with pytest.raises(ConflictError, match="Neujahr"):
        book_single(db, desk_actor, room, verein[0], local(date(2027, 1, 1), 10), 1)


@pytest.fixture
def beamer(db: Database, admin: Actor) -> uuid.UUID:
    assert admin.location_id is not None
    category = equipment.create_category(db.unit_of_work(admin), name="Beamer")
    return equipment.create_item(
        db.unit_of_work(admin), inventory_no="1001", name="Beamer Epson",
        category_id=category.id, home_location_id=admin.location_id,
    ).id  # fmt: skip


def combined(  # noqa: PLR0917
    db: Database, actor: Actor, room: rooms.RoomDTO, verein: tuple, day: date, items: list
) -> room_equipment.CombinedBookingDTO:
    return room_equipment.book_room_with_equipment(
        db.unit_of_work(actor), room_id=room.id, organisation_id=verein[0],
        contact_id=verein[1], title="Filmabend", starts_at=local(day, 18),
        ends_at=local(day, 21), item_ids=items,
    )  # fmt: skip


def test_room_with_equipment_links_the_reservation_and_prints_it(  # noqa: PLR0917 (fixtures)
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple, beamer: uuid.UUID,
    tmp_path: object,
) -> None:  # fmt: skip
    booked = combined(db, desk_actor, room, verein, date(2027, 1, 7), [beamer])
    assert booked.receipt_no is not None
    with db.engine.connect() as conn:
        linked = conn.scalar(
            select(Loan.room_booking_id).where(Loan.receipt_no == booked.receipt_no)
        )
    assert linked == booked.booking.id
    rendered = documents.render_booking_confirmation(
        db.unit_of_work(desk_actor), room_booking_id=booked.booking.id
    )
    text = all_text(rendered.pdf)
    assert "1001" in text
    assert "Beamer Epson" in text


def test_busy_equipment_books_neither_room_nor_equipment(  # noqa: PLR0917 (fixtures)
    db: Database, desk_actor: Actor, admin: Actor, room: rooms.RoomDTO, verein: tuple,
    beamer: uuid.UUID,
) -> None:  # fmt: skip
    assert admin.location_id is not None
    other = rooms.create_room(
        db.unit_of_work(admin), location_id=admin.location_id, name="Saal", capacity=40
    )
    combined(db, desk_actor, other, verein, date(2027, 1, 7), [beamer])
    with pytest.raises(ConflictError):
        combined(db, desk_actor, room, verein, date(2027, 1, 7), [beamer])
    with db.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(RoomBooking)) == 1
        assert conn.scalar(select(func.count()).select_from(Loan)) == 1


def test_cancelling_dates_keeps_the_reason(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    result = create(db, desk_actor, room, verein[0], tuesdays(3))
    room_series.cancel_dates(
        db.unit_of_work(desk_actor), series_id=result.id, start=date(2027, 1, 12),
        end=date(2027, 1, 12), reason="Ferien",
    )  # fmt: skip
    with db.engine.connect() as conn:
        reasons = conn.scalars(
            select(RoomBooking.cancel_reason).where(RoomBooking.status == BookingStatus.CANCELLED)
        ).all()
    assert reasons == ["Ferien"]


def test_editing_following_sets_attendees_and_notes_on_every_date(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    result = create(db, desk_actor, room, verein[0], tuesdays(3), notes="alt")
    edited = room_series.edit_following(
        db.unit_of_work(desk_actor), booking_id=result.booked[1].id, local_start=time(18),
        local_end=time(20), attendees=8, notes="neu",
    )  # fmt: skip
    assert [(b.attendees, b.notes) for b in edited.booked] == [(8, "neu"), (8, "neu")]
    first = rooms.get_room_booking(db.unit_of_work(desk_actor), booking_id=result.booked[0].id)
    assert (first.attendees, first.notes) == (None, "alt")


def test_editing_one_date_with_unchanged_details_keeps_them(
    db: Database, desk_actor: Actor, room: rooms.RoomDTO, verein: tuple
) -> None:
    result = create(db, desk_actor, room, verein[0], tuesdays(2), attendees=5, notes="Kurs")
    moved = room_series.edit_occurrence(
        db.unit_of_work(desk_actor), booking_id=result.booked[0].id,
        starts_at=local(date(2027, 1, 5), 17), ends_at=local(date(2027, 1, 5), 19),
    )  # fmt: skip
    assert (moved.attendees, moved.notes, moved.series_id) == (5, "Kurs", None)
