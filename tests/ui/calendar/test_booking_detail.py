"""Opening a room booking: edit, cancel with a reason, series scopes, reprint."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import BookingStatus, RecurrenceKind
from hor_desktop.core.recurrence import Rule
from hor_desktop.services import organisations as orgs
from hor_desktop.services import room_series, rooms
from hor_desktop.ui.calendar import booking_detail_dialog as detail_module
from hor_desktop.ui.calendar.booking_detail_dialog import BookingDetailDialog, Scope
from hor_desktop.ui.calendar.booking_dialog import BERLIN_TZ
from hor_desktop.ui.calendar.grid import FIRST_HOUR, Cursor
from hor_desktop.ui.calendar.tab import CalendarTab
from hor_desktop.ui.context import DeskContext


def local(day: int, hour: int) -> datetime:
    return datetime(2027, 1, day, hour, tzinfo=BERLIN)


def qdt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), BERLIN_TZ)


@pytest.fixture
def single(
    desk_context: DeskContext, room: rooms.RoomDTO, org: orgs.OrganisationDTO
) -> rooms.RoomBookingDTO:
    return rooms.book_room(
        desk_context.uow(), room_id=room.id, organisation_id=org.id, title="Vorstand",
        starts_at=local(5, 18), ends_at=local(5, 20),
    )  # fmt: skip


@pytest.fixture
def series(
    desk_context: DeskContext, room: rooms.RoomDTO, org: orgs.OrganisationDTO
) -> room_series.SeriesDTO:
    rule = Rule(
        kind=RecurrenceKind.WEEKLY, first_date=date(2027, 1, 5), local_start=time(18),
        local_end=time(20), weekday=2, count=4,
    )  # fmt: skip
    return room_series.create_series(
        desk_context.uow(), room_id=room.id, organisation_id=org.id, title="Deutschkurs",
        rule=rule,
    )  # fmt: skip


def open_dialog(
    qtbot: QtBot, ctx: DeskContext, room: rooms.RoomDTO, booking: rooms.RoomBookingDTO
) -> BookingDetailDialog:
    dto = rooms.get_room_booking(ctx.uow(), booking_id=booking.id)
    dialog = BookingDetailDialog(ctx, [room], dto)
    qtbot.addWidget(dialog)
    return dialog


def fetch(ctx: DeskContext, booking: rooms.RoomBookingDTO) -> rooms.RoomBookingDTO:
    return rooms.get_room_booking(ctx.uow(), booking_id=booking.id)


def test_enter_on_a_booking_in_the_week_opens_its_detail_dialog(
    qtbot: QtBot, desk_context: DeskContext, single: rooms.RoomBookingDTO
) -> None:
    tab = CalendarTab(desk_context)
    qtbot.addWidget(tab)
    tab.go_to(date(2027, 1, 5))
    tab.grid.slot_cursor = Cursor(1, 2 * (18 - FIRST_HOUR))  # Tuesday, 18:00
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)
    assert tab.detail_dialog is not None
    assert tab.detail_dialog.title_edit.text() == "Vorstand"
    assert not tab.detail_dialog.scope_box.isVisibleTo(tab.detail_dialog)


def test_saving_changes_title_time_attendees_and_notes(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO, single: rooms.RoomBookingDTO
) -> None:
    dialog = open_dialog(qtbot, desk_context, room, single)
    dialog.title_edit.setText("Mitgliederversammlung")
    dialog.start_edit.setDateTime(qdt(local(5, 17)))
    dialog.attendees_spin.setValue(9)
    dialog.notes_edit.setPlainText("Schlüssel bei Ana")
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        dialog.save_action.trigger()
    saved = fetch(desk_context, single)
    assert (saved.title, saved.starts_at, saved.attendees, saved.notes) == (
        "Mitgliederversammlung", local(5, 17), 9, "Schlüssel bei Ana",
    )  # fmt: skip


def test_too_many_attendees_shows_the_message_and_keeps_the_dialog(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO, single: rooms.RoomBookingDTO
) -> None:
    dialog = open_dialog(qtbot, desk_context, room, single)
    dialog.attendees_spin.setValue(40)
    dialog.save_action.trigger()
    assert "höchstens 12" in dialog.message.text()
    assert fetch(desk_context, single).attendees is None


def test_cancelling_needs_a_reason_and_keeps_it(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO, single: rooms.RoomBookingDTO,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(detail_module, "confirm", lambda *_args: True)
    dialog = open_dialog(qtbot, desk_context, room, single)
    dialog.cancel_booking_action.trigger()
    assert "Grund" in dialog.message.text()
    assert fetch(desk_context, single).status is BookingStatus.CONFIRMED
    dialog.reason_edit.setText("Referentin krank")
    dialog.cancel_booking_action.trigger()
    cancelled = fetch(desk_context, single)
    assert (cancelled.status, cancelled.cancel_reason) == (
        BookingStatus.CANCELLED, "Referentin krank",
    )  # fmt: skip


def test_saying_no_to_the_question_cancels_nothing(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO, single: rooms.RoomBookingDTO,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(detail_module, "confirm", lambda *_args: False)
    dialog = open_dialog(qtbot, desk_context, room, single)
    dialog.reason_edit.setText("egal")
    dialog.cancel_booking_action.trigger()
    assert fetch(desk_context, single).status is BookingStatus.CONFIRMED


def test_series_date_asks_for_the_scope_and_following_moves_the_later_dates(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO, series: room_series.SeriesDTO
) -> None:
    dialog = open_dialog(qtbot, desk_context, room, series.booked[2])
    assert dialog.scope_box.isVisibleTo(dialog)
    assert dialog.scope() is Scope.THIS
    dialog.set_scope(Scope.FOLLOWING)
    dialog.start_edit.setDateTime(qdt(local(19, 17)))
    dialog.end_edit.setDateTime(qdt(local(19, 19)))
    dialog.save_action.trigger()
    hours = [fetch(desk_context, b).starts_at.astimezone(BERLIN).hour for b in series.booked]
    assert hours == [18, 18, 17, 17]


def test_series_scope_refuses_a_new_date(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO, series: room_series.SeriesDTO
) -> None:
    dialog = open_dialog(qtbot, desk_context, room, series.booked[0])
    dialog.set_scope(Scope.SERIES)
    dialog.start_edit.setDateTime(qdt(local(6, 18)))
    dialog.save_action.trigger()
    assert "nur für diesen einen Termin" in dialog.message.text()


def test_only_this_date_leaves_the_series(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO, series: room_series.SeriesDTO
) -> None:
    dialog = open_dialog(qtbot, desk_context, room, series.booked[1])
    dialog.start_edit.setDateTime(qdt(local(13, 18)))
    dialog.end_edit.setDateTime(qdt(local(13, 20)))
    dialog.save_action.trigger()
    moved = fetch(desk_context, series.booked[1])
    assert (moved.starts_at, moved.series_id) == (local(13, 18), None)


def test_cancelling_a_period_of_the_series_cancels_those_dates(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO,
    series: room_series.SeriesDTO, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(detail_module, "confirm", lambda *_args: True)
    dialog = open_dialog(qtbot, desk_context, room, series.booked[0])
    dialog.range_start.setDate(date(2027, 1, 10))
    dialog.range_end.setDate(date(2027, 1, 20))
    dialog.reason_edit.setText("Ferien")
    dialog.cancel_range_action.trigger()
    statuses = [fetch(desk_context, b).status for b in series.booked]
    assert statuses == [
        BookingStatus.CONFIRMED, BookingStatus.CANCELLED, BookingStatus.CANCELLED,
        BookingStatus.CONFIRMED,
    ]  # fmt: skip


def test_cancelling_following_dates_of_a_series(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO,
    series: room_series.SeriesDTO, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(detail_module, "confirm", lambda *_args: True)
    dialog = open_dialog(qtbot, desk_context, room, series.booked[2])
    dialog.set_scope(Scope.FOLLOWING)
    dialog.reason_edit.setText("Kurs endet früher")
    dialog.cancel_booking_action.trigger()
    statuses = [fetch(desk_context, b).status for b in series.booked]
    assert statuses.count(BookingStatus.CANCELLED) == 2
    assert statuses[:2] == [BookingStatus.CONFIRMED, BookingStatus.CONFIRMED]


def test_reprint_issues_the_booking_confirmation(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO, single: rooms.RoomBookingDTO,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        detail_module, "present_pdf", lambda _parent, pdf, title: shown.append((pdf, title))
    )
    dialog = open_dialog(qtbot, desk_context, room, single)
    assert dialog.print_action.shortcut().toString() == "Ctrl+P"
    dialog.print_action.trigger()
    assert len(shown) == 1
    assert shown[0][0].startswith(b"%PDF")
    assert shown[0][1] == "Buchungsbestätigung"


def test_times_show_in_house_time_also_on_a_pc_in_another_zone(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO, single: rooms.RoomBookingDTO
) -> None:
    # CI runs in UTC: without the Berlin zone on the edit, 18:00 showed as 17:00.
    dialog = open_dialog(qtbot, desk_context, room, single)
    assert dialog.start_edit.text() == "05.01.2027 18:00"
    assert dialog.end_edit.text() == "05.01.2027 20:00"
