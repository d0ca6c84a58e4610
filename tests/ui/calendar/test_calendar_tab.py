"""Raumkalender tab: week navigation, and booking from the dialog (conflict, series)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hor_desktop.core.clock import BERLIN
from hor_desktop.services import organisations as orgs
from hor_desktop.services import rooms
from hor_desktop.store.database import Database
from hor_desktop.store.models import RoomBooking
from hor_desktop.ui.calendar.booking_dialog import BookingDialog
from hor_desktop.ui.calendar.grid import HEADER_HEIGHT, CalendarGrid, short_room_name
from hor_desktop.ui.calendar.models import SeriesPreviewTableModel
from hor_desktop.ui.calendar.tab import CalendarTab
from hor_desktop.ui.context import DeskContext


def bookings(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(RoomBooking)) or 0


def dialog_for(
    qtbot: QtBot, ctx: DeskContext, room: rooms.RoomDTO, org: orgs.OrganisationDTO, start: datetime
) -> BookingDialog:
    dialog = BookingDialog(ctx, [room], room_id=room.id, start=start)
    qtbot.addWidget(dialog)
    dialog.picker.choose(org.id)
    dialog.title_edit.setText("Kurs")
    return dialog


def test_week_title_shows_the_iso_week_and_pgdown_moves_on(
    qtbot: QtBot, desk_context: DeskContext, room: rooms.RoomDTO
) -> None:
    tab = CalendarTab(desk_context)
    qtbot.addWidget(tab)
    tab.go_to(date(2026, 11, 25))
    assert tab.title_label.text().startswith("KW 48")
    tab.next_action.trigger()
    assert tab.title_label.text().startswith("KW 49")
    assert tab.next_action.shortcut().toString() == "PgDown"


def test_conflicting_booking_shows_the_message_and_saves_nothing(
    qtbot: QtBot, db: Database, desk_context: DeskContext, room: rooms.RoomDTO,
    org: orgs.OrganisationDTO,
) -> None:  # fmt: skip
    start = datetime(2027, 1, 5, 18, tzinfo=BERLIN)
    rooms.book_room(
        desk_context.uow(), room_id=room.id, organisation_id=org.id, title="Vorher",
        starts_at=start, ends_at=datetime(2027, 1, 5, 20, tzinfo=BERLIN),
    )  # fmt: skip
    dialog = dialog_for(qtbot, desk_context, room, org, start)
    assert "Vorher" in dialog.message.text()  # checked live, before saving
    dialog.save()
    assert "bereits gebucht" in dialog.message.text()
    assert bookings(db) == 1


def test_series_skipping_conflicts_books_the_free_dates(  # noqa: PLR0917 (fixtures)
    qtbot: QtBot, db: Database, desk_context: DeskContext, room: rooms.RoomDTO,
    org: orgs.OrganisationDTO, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(BookingDialog, "_present", lambda self, issued: None)
    rooms.book_room(
        desk_context.uow(), room_id=room.id, organisation_id=org.id, title="Vorher",
        starts_at=datetime(2027, 1, 12, 18, tzinfo=BERLIN),
        ends_at=datetime(2027, 1, 12, 20, tzinfo=BERLIN),
    )  # fmt: skip
    dialog = dialog_for(qtbot, desk_context, room, org, datetime(2027, 1, 5, 18, tzinfo=BERLIN))
    dialog.series_box.setChecked(True)
    dialog.count_spin.setValue(3)
    model = dialog.preview_model
    assert model.rowCount() == 3
    status = SeriesPreviewTableModel.Column.STATUS
    assert [model.index(r, status).data() for r in range(3)] == ["frei", "Konflikt", "frei"]
    assert "Vorher" in model.index(1, SeriesPreviewTableModel.Column.REASON).data()
    dialog.save()
    assert "belegt" in dialog.message.text()  # refused without "Konflikte überspringen"
    dialog.skip_check.setChecked(True)
    dialog.save()
    with db.engine.connect() as conn:
        days = sorted(
            s.astimezone(BERLIN).day
            for s in conn.scalars(select(RoomBooking.starts_at).where(RoomBooking.title == "Kurs"))
        )
    assert days == [5, 19]
    assert {s.astimezone(BERLIN).time() for s in [datetime(2027, 1, 5, 18, tzinfo=BERLIN)]} == {
        time(18)
    }


def test_short_room_names_tell_seminar_rooms_apart() -> None:
    assert [short_room_name(n) for n in ("Seminarraum 1", "Seminarraum 2", "Saal")] == [
        "S1", "S2", "S",
    ]  # fmt: skip


def test_first_hour_label_is_no_longer_hidden_under_the_header(qtbot: QtBot) -> None:
    grid = CalendarGrid()
    qtbot.addWidget(grid)
    grid.resize(800, 600)
    assert grid.hour_label_rect(0).top() >= HEADER_HEIGHT
    last = grid.hour_label_rect(grid._slots())
    assert last.bottom() <= grid.height()


def test_calendar_shortcuts_are_unique_and_leave_the_tab_switches_alone(
    qtbot: QtBot, desk_context: DeskContext
) -> None:
    tab = CalendarTab(desk_context)
    qtbot.addWidget(tab)
    keys = [a.shortcut().toString() for a in tab.actions()]
    assert all(keys)
    assert len(keys) == len(set(keys))
    assert not {f"Ctrl+{n}" for n in range(1, 10)} & set(keys)
