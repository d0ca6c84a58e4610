"""„Raum finden“ and „Sperren und Schließtage“ from the calendar tab, and their models."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from PySide6.QtCore import QTime
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hor_desktop.core.clock import BERLIN
from hor_desktop.core.enums import BookingStatus
from hor_desktop.services import closing_days, room_blackouts, rooms
from hor_desktop.services import organisations as orgs
from hor_desktop.services.room_series import OccurrencePreviewDTO
from hor_desktop.services.room_views import FreeSlotDTO
from hor_desktop.ui.calendar.closures_dialog import ClosuresDialog
from hor_desktop.ui.calendar.models import (
    AffectedBookingsTableModel,
    FreeSlotsTableModel,
    SeriesPreviewTableModel,
)
from hor_desktop.ui.calendar.tab import CalendarTab
from hor_desktop.ui.context import DeskContext


def local(day: int, hour: int) -> datetime:
    return datetime(2027, 1, day, hour, tzinfo=BERLIN)


@pytest.fixture
def tuesday_booking(
    desk_context: DeskContext, room: rooms.RoomDTO, org: orgs.OrganisationDTO
) -> rooms.RoomBookingDTO:
    return rooms.book_room(
        desk_context.uow(), room_id=room.id, organisation_id=org.id, title="Vorstand",
        starts_at=local(12, 18), ends_at=local(12, 20),
    )  # fmt: skip


def test_find_room_lists_free_tuesdays_and_enter_opens_a_prefilled_booking(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO,
    tuesday_booking: rooms.RoomBookingDTO,
) -> None:  # fmt: skip
    tab = CalendarTab(desk_context)
    qtbot.addWidget(tab)
    assert tab.find_action.shortcut().toString() == "Ctrl+Alt+R"
    tab.find_action.trigger()
    dialog = tab.free_dialog
    assert dialog is not None
    dialog.attendees_spin.setValue(8)
    dialog.weekday_combo.setCurrentIndex(dialog.weekday_combo.findData(2))
    dialog.start_edit.setDate(date(2027, 1, 4))
    dialog.weeks_spin.setValue(3)
    dialog.search_action.trigger()
    days = [row.day for row in dialog.model.rows()]
    assert days == [date(2027, 1, 5), date(2027, 1, 19)]  # the 12th is taken
    dialog.view.setCurrentIndex(dialog.model.index(1, 0))
    dialog.book_action.trigger()
    booking = tab.dialog
    assert booking is not None
    start, end = booking.period()
    assert (start, end) == (local(19, 18), local(19, 21))
    assert booking.attendees_spin.value() == 8
    assert booking.room_combo.currentData() == room.id


def test_free_slot_search_with_no_room_big_enough_says_so(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO
) -> None:
    tab = CalendarTab(desk_context)
    qtbot.addWidget(tab)
    tab.find_room()
    assert tab.free_dialog is not None
    tab.free_dialog.attendees_spin.setValue(50)
    tab.free_dialog.until_edit.setTime(QTime(20, 0))
    tab.free_dialog.search()
    assert tab.free_dialog.model.rowCount() == 0
    assert "Kein passender Raum" in tab.free_dialog.result_label.text()


def test_closing_day_lists_affected_bookings_with_phone_before_entering(
    qtbot: QtBot, admin_context: DeskContext, room: rooms.RoomDTO,
    tuesday_booking: rooms.RoomBookingDTO,
) -> None:  # fmt: skip
    dialog = ClosuresDialog(admin_context, [room])
    qtbot.addWidget(dialog)
    dialog.closing_radio.setChecked(True)
    dialog.day_edit.setDate(date(2027, 1, 12))
    texts = [dialog.model.index(0, c).data() for c in range(len(AffectedBookingsTableModel.Column))]
    assert texts[3:] == ["Vorstand", "Verein X", "Ana", "0221 123456"]
    assert "1 Buchung(en) betroffen" in dialog.summary.text()
    assert stored_closing_days(admin_context) == []  # nothing entered yet
    dialog.reason_edit.setText("Betriebsausflug")
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        dialog.create_action.trigger()
    [entered] = stored_closing_days(admin_context)
    assert (entered.day, entered.reason, entered.location_id) == (
        date(2027, 1, 12), "Betriebsausflug", admin_context.location.id,
    )  # fmt: skip
    # The booking stays: staff call the organisation first.
    kept = rooms.get_room_booking(admin_context.uow(), booking_id=tuesday_booking.id)
    assert kept.status is BookingStatus.CONFIRMED


def test_half_closing_day_from_noon_spares_the_morning(
    qtbot: QtBot, admin_context: DeskContext, room: rooms.RoomDTO,
    tuesday_booking: rooms.RoomBookingDTO,
) -> None:  # fmt: skip
    dialog = ClosuresDialog(admin_context, [room])
    qtbot.addWidget(dialog)
    dialog.closing_radio.setChecked(True)
    dialog.day_edit.setDate(date(2027, 1, 12))
    dialog.half_check.setChecked(True)
    dialog.half_from.setTime(QTime(20, 0))
    assert dialog.model.rowCount() == 0  # the 18–20 booking ends when the house closes


def test_room_blackout_is_entered_and_blocks_the_calendar(
    qtbot: QtBot, admin_context: DeskContext, room: rooms.RoomDTO,
    tuesday_booking: rooms.RoomBookingDTO,
) -> None:  # fmt: skip
    tab = CalendarTab(admin_context)
    qtbot.addWidget(tab)
    tab.go_to(date(2027, 1, 12))
    tab.closures_action.trigger()
    dialog = tab.closures_dialog
    assert dialog is not None
    dialog.from_edit.setDateTime(dialog.from_edit.dateTime().fromSecsSinceEpoch(
        int(local(12, 8).timestamp()), dialog.from_edit.timeZone()
    ))  # fmt: skip
    dialog.until_edit.setDateTime(dialog.until_edit.dateTime().fromSecsSinceEpoch(
        int(local(12, 22).timestamp()), dialog.until_edit.timeZone()
    ))  # fmt: skip
    assert dialog.model.rowCount() == 1
    dialog.reason_edit.setText("Malerarbeiten")
    dialog.enter_closure()
    assert tab.view is not None
    assert [b.reason for b in tab.view.blackouts] == ["Malerarbeiten"]


def test_desk_staff_see_affected_bookings_but_cannot_enter_closures(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO
) -> None:
    dialog = ClosuresDialog(desk_context, [room])
    qtbot.addWidget(dialog)
    assert not dialog.create_action.isEnabled()
    assert "Standortleitung" in dialog.summary.text()


def test_calendar_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    preview = SeriesPreviewTableModel()
    preview.set_rows([
        OccurrencePreviewDTO(date(2027, 1, 5), local(5, 18), local(5, 20), None, ()),
        OccurrencePreviewDTO(date(2027, 1, 12), local(12, 18), local(12, 20), None, ("X: Y",)),
        OccurrencePreviewDTO(date(2027, 1, 19), local(19, 18), local(19, 20), "Ferien", ()),
    ])  # fmt: skip
    qtmodeltester.check(preview)
    assert [preview.index(r, 2).data() for r in range(3)] == ["frei", "Konflikt", "Schließtag"]
    assert preview.index(0, 0).data() == "Di. 05.01.2027"
    slots = FreeSlotsTableModel()
    qtmodeltester.check(slots)
    slots.set_rows([FreeSlotDTO(uuid_of(1), "Saal", 60, date(2027, 1, 5), local(5, 18),
                                local(5, 21))])  # fmt: skip
    qtmodeltester.check(slots)
    assert slots.index(0, 1).data() == "18:00–21:00"
    affected = AffectedBookingsTableModel()
    affected.set_rows([
        room_blackouts.AffectedBookingDTO(uuid_of(2), "Saal", "Kurs", local(5, 18),
                                          local(5, 20), "Verein X", None, None),
    ])  # fmt: skip
    qtmodeltester.check(affected)
    assert affected.index(0, 6).data() == "keine Nummer"


def uuid_of(n: int) -> uuid.UUID:
    return uuid.UUID(int=n)


def stored_closing_days(ctx: DeskContext) -> list[closing_days.ClosingDayDTO]:
    return closing_days.list_closing_days(
        ctx.uow(), start=date(2027, 1, 1), end=date(2027, 12, 31), location_id=ctx.location.id
    )
