"""Every table model of the Coworking tab passes Qt's model tester, filled and empty."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from hor_desktop.core.enums import BookingStatus, DeskSlot
from hor_desktop.services.desk_board import DeskBoardDTO
from hor_desktop.services.desk_quotas import DeskQuotaDTO
from hor_desktop.services.desks import DeskBookingDTO, DeskDTO
from hor_desktop.ui.desks.models import (
    BookingRole,
    Columns,
    DeskBoardModel,
    DeskWeekModel,
    QuotaTableModel,
)

DAY = date(2026, 11, 25)
LOCATION = uuid.uuid4()
DESKS = (
    DeskDTO(uuid.uuid4(), LOCATION, "A1", ("Monitor",), True),
    DeskDTO(uuid.uuid4(), LOCATION, "A2", ("Ruhezone",), True),
    DeskDTO(uuid.uuid4(), LOCATION, "A3", (), False),
)


def booking(
    desk: DeskDTO, slot: DeskSlot, *, day: date = DAY, here: bool = False,
    cancel_reason: str | None = None,
) -> DeskBookingDTO:  # fmt: skip
    return DeskBookingDTO(
        id=uuid.uuid4(), desk_id=desk.id, desk_label=desk.label, organisation_id=uuid.uuid4(),
        organisation_name="Verein X", contact_id=None, person_name="Amina", day=day, slot=slot,
        status=BookingStatus.CANCELLED if cancel_reason else BookingStatus.CONFIRMED,
        checked_in_at=datetime(2026, 11, 25, 8, 5, tzinfo=UTC) if here else None,
        cancel_reason=cancel_reason,
    )  # fmt: skip


BOARD = DeskBoardDTO(
    location_id=LOCATION, start=date(2026, 11, 23), end=date(2026, 11, 29), desks=DESKS,
    bookings=(
        booking(DESKS[0], DeskSlot.DAY, here=True), booking(DESKS[1], DeskSlot.AFTERNOON),
        booking(DESKS[1], DeskSlot.MORNING, day=date(2026, 11, 24)),
    ),
    closed={date(2026, 11, 28): "kein Öffnungstag", date(2026, 11, 29): "kein Öffnungstag"},
    release_time=time(10, 0),
    released=(booking(DESKS[1], DeskSlot.MORNING, cancel_reason="nicht erschienen"),),
)  # fmt: skip


def test_board_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = DeskBoardModel()
    qtmodeltester.check(model)
    model.set_board(BOARD, DAY)
    qtmodeltester.check(model)
    model.set_hide_names(True)
    model.set_feature("Ruhezone")
    qtmodeltester.check(model)


def test_board_model_cells(qtmodeltester: ModelTester) -> None:
    model = DeskBoardModel()
    model.set_board(BOARD, DAY)
    text = [
        [model.index(row, column).data() for column in Columns] for row in range(model.rowCount())
    ]
    assert "ganzer Tag" in text[0][Columns.MORNING] and "09:05" in text[0][Columns.MORNING]
    assert text[1][Columns.MORNING] == "frei"
    assert text[2][Columns.MORNING] == "außer Betrieb"
    assert model.index(1, Columns.AFTERNOON).data(BookingRole).slot is DeskSlot.AFTERNOON
    assert model.index(1, Columns.MORNING).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.features() == ["Monitor", "Ruhezone"]


def test_week_model_passes_the_model_tester_and_drops_the_weekend(
    qtmodeltester: ModelTester,
) -> None:
    model = DeskWeekModel()
    qtmodeltester.check(model)
    model.set_board(BOARD)
    qtmodeltester.check(model)
    assert model.columnCount() == 1 + 5 + 1
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "A1", "frei", "frei", "voll", "frei", "frei", "1",
    ]  # fmt: skip
    assert model.total_text == "Belegung: 2 von 10 Platztagen (20 %)"


def test_quota_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = QuotaTableModel()
    qtmodeltester.check(model)
    model.set_quotas(
        [DeskQuotaDTO(uuid.uuid4(), LOCATION, None, None, 8),
         DeskQuotaDTO(uuid.uuid4(), LOCATION, uuid.uuid4(), "Verein X", 4)]
    )  # fmt: skip
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Standard für alle Organisationen"


def test_released_slot_says_why_it_is_free_in_the_tooltip(qtmodeltester: ModelTester) -> None:
    model = DeskBoardModel()
    model.set_board(BOARD, DAY)
    qtmodeltester.check(model)
    free = model.index(1, Columns.MORNING)
    assert free.data() == "frei"
    tip = free.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("frei\n") and "storniert: nicht erschienen" in tip and "Amina" in tip
    model.set_hide_names(True)
    tip = free.data(Qt.ItemDataRole.ToolTipRole)
    assert "nicht erschienen" in tip and "Amina" not in tip and "Verein X" in tip
    assert model.index(1, Columns.AFTERNOON).data(Qt.ItemDataRole.ToolTipRole) != tip
    assert model.index(0, Columns.MORNING).data(Qt.ItemDataRole.ToolTipRole) == (
        model.index(0, Columns.MORNING).data()
    )


def test_week_model_tooltip_names_the_released_slot_without_the_person(
    qtmodeltester: ModelTester,
) -> None:
    model = DeskWeekModel()
    model.set_board(BOARD)
    qtmodeltester.check(model)
    wednesday = model.index(1, 3)  # A2, Mi 25.11.: afternoon booked, morning released
    assert wednesday.data() == "halb"
    tip = wednesday.data(Qt.ItemDataRole.ToolTipRole)
    assert "Vormittag: " in tip and "nicht erschienen" in tip and "Amina" not in tip
