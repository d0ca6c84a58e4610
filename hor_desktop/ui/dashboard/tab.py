"""The "Heute" tab: pick-ups, returns due, overdue loans, rooms, desks and repairs of today.

Every list opens its record with Enter (or a double click) through a signal the main
window connects; Tab moves from list to list. It reloads every minute, on F5 and when
the main window says something changed.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import to_local
from hor_desktop.core.enums import BookingStatus
from hor_desktop.reports import formats
from hor_desktop.reports.today import (
    TodayDTO,
    TodayItemDTO,
    TodayLoanDTO,
    TodayRoomDTO,
    today_overview,
)
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.dashboard.models import RowRole, TextRow, TextRowsModel
from hor_desktop.ui.tasks import report_unexpected

CHANGE_DELAY_MS = 400
REFRESH_MS = 60_000
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


class DashboardTab(QWidget):
    """Today at this location; a list entry opens the loan, item, booking or the desks."""

    populated = Signal()
    return_requested = Signal(str)  # inventory no. of an item still out on the loan
    item_requested = Signal(str)  # inventory no.
    pickup_requested = Signal(str)  # receipt no. of a reservation to hand out
    room_booking_requested = Signal(object, object)  # booking id, day
    desks_requested = Signal(object)  # day

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("dashboardTab")
        self.overview: TodayDTO | None = None
        self._populated = False
        self._loading = False

        self.title_label = QLabel(self)
        self.title_label.setObjectName("dashboardTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.refresh_button = QPushButton(self.tr("Aktualisieren (F5)"), self)
        self.refresh_button.setObjectName("dashboardRefresh")

        loan_headers = (self.tr("Beleg"), self.tr("Organisation"), self.tr("Geräte"))
        self.pickups_model = TextRowsModel(loan_headers, self)
        self.due_model = TextRowsModel(loan_headers, self)
        self.overdue_model = TextRowsModel(
            (self.tr("Beleg"), self.tr("Organisation"), self.tr("Geräte"), self.tr("Tage über")),
            self,
        )
        self.rooms_model = TextRowsModel(
            (self.tr("Zeit"), self.tr("Raum"), self.tr("Organisation"), self.tr("Titel")), self
        )
        self.maintenance_model = TextRowsModel(
            (self.tr("Inventarnr."), self.tr("Gerät"), self.tr("Grund")), self
        )
        self.pickups_view = self._view("pickupsView", self.pickups_model)
        self.due_view = self._view("dueView", self.due_model)
        self.overdue_view = self._view("overdueView", self.overdue_model)
        self.rooms_view = self._view("roomsView", self.rooms_model, (2, 3))
        self.maintenance_view = self._view("maintenanceView", self.maintenance_model)

        self.desks_label = QLabel(self)
        self.desks_label.setObjectName("desksLabel")
        self.desks_button = QPushButton(self.tr("Coworking öffnen"), self)
        self.desks_button.setObjectName("desksButton")
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("syncLabel")
        self.sync_label.setWordWrap(True)

        self.pickups_box = self._box(self.tr("Abholungen heute"), self.pickups_view)
        self.due_box = self._box(self.tr("Rückgaben heute fällig"), self.due_view)
        self.overdue_box = self._box(self.tr("Überfällig"), self.overdue_view)
        self.rooms_box = self._box(self.tr("Raumbuchungen heute"), self.rooms_view)
        self.maintenance_box = self._box(self.tr("In Wartung"), self.maintenance_view)
        glance = QGroupBox(self.tr("Coworking und Synchronisierung"), self)
        glance_layout = QVBoxLayout(glance)
        glance_layout.addWidget(self.desks_label)
        glance_layout.addWidget(self.desks_button, 0, Qt.AlignmentFlag.AlignLeft)
        glance_layout.addWidget(self.sync_label)
        glance_layout.addStretch(1)

        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.refresh_button)
        grid = QGridLayout()
        grid.addWidget(self.pickups_box, 0, 0)
        grid.addWidget(self.due_box, 0, 1)
        grid.addWidget(self.overdue_box, 1, 0)
        grid.addWidget(self.rooms_box, 1, 1)
        grid.addWidget(self.maintenance_box, 2, 0)
        grid.addWidget(glance, 2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(grid, 1)

        self.refresh_action = QAction(self.tr("Aktualisieren"), self)
        self.refresh_action.setObjectName("dashboardRefreshAction")
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        self.refresh_button.clicked.connect(self.refresh)
        self.desks_button.clicked.connect(self._open_desks)
        self.pickups_view.activated.connect(self._open_pickup)
        self.due_view.activated.connect(self._open_loan)
        self.overdue_view.activated.connect(self._open_loan)
        self.rooms_view.activated.connect(self._open_room)
        self.maintenance_view.activated.connect(self._open_item)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        # After any saved change, once the burst of commits is over (a check-out commits
        # the loan, then its slip).
        self.change_delay = QTimer(self)
        self.change_delay.setSingleShot(True)
        self.change_delay.setInterval(CHANGE_DELAY_MS)
        self.change_delay.timeout.connect(self.refresh)
        if context.changes is not None:
            context.changes.changed.connect(self.change_delay.start)
        self.setFocusProxy(self.pickups_view)
        self.refresh()

    def _view(self, name: str, model: TextRowsModel, stretch: tuple[int, ...] = (1,)) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # Tab goes to the next list, arrows move inside
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(22)
        # Names take the room that is left; short columns fit their text (no side scrolling).
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.doubleClicked.connect(view.activated.emit)
        return view

    def _box(self, title: str, view: QTableView) -> QGroupBox:
        box = QGroupBox(title, self)
        box.setProperty("baseTitle", title)
        layout = QVBoxLayout(box)
        layout.addWidget(view)
        return box

    # --- loading -------------------------------------------------------------------------

    def is_populated(self) -> bool:
        return self._populated

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        context = self.context

        def work() -> TodayDTO:
            return today_overview(context.uow(), location_id=context.location.id)

        self.context.runner.submit(work, self.show_overview, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        report_unexpected(error)

    def show_overview(self, overview: TodayDTO) -> None:
        self._loading = False
        self.overview = overview
        day = overview.day
        self.title_label.setText(
            self.tr("Heute, {weekday} {date} – {location}").format(
                weekday=WEEKDAYS[day.weekday()],
                date=formats.day(day),
                location=self.context.location.name,
            )
        )
        self.pickups_model.set_rows([self._loan_row(loan, False) for loan in overview.pickups])
        self.due_model.set_rows([self._loan_row(loan, False) for loan in overview.due])
        self.overdue_model.set_rows([self._loan_row(loan, True) for loan in overview.overdue])
        self.rooms_model.set_rows([self._room_row(room) for room in overview.rooms])
        self.maintenance_model.set_rows([self._item_row(item) for item in overview.maintenance])
        for box, count in (
            (self.pickups_box, len(overview.pickups)), (self.due_box, len(overview.due)),
            (self.overdue_box, len(overview.overdue)), (self.rooms_box, len(overview.rooms)),
            (self.maintenance_box, len(overview.maintenance)),
        ):  # fmt: skip
            box.setTitle(
                self.tr("{title} ({count})").format(title=box.property("baseTitle"), count=count)
            )
        if overview.desks_available:
            self.desks_label.setText(
                self.tr("Coworking heute: {booked} von {available} Plätzen belegt ({rate})").format(
                    booked=formats.number(overview.desks_booked, 1),
                    available=overview.desks_available,
                    rate=formats.percent(overview.desks_booked / overview.desks_available),
                )
            )
        else:
            self.desks_label.setText(self.tr("Coworking: heute geschlossen"))
        if overview.sync_conflicts is None or self.context.mode == "local":
            self.sync_label.setText(
                self.tr("Offene Konflikte: 0 – Synchronisierung noch nicht eingerichtet")
            )
        else:
            self.sync_label.setText(
                self.tr("Offene Konflikte: {count}").format(count=overview.sync_conflicts)
            )
        if not self._populated:
            self._populated = True
            self.populated.emit()

    def _loan_row(self, loan: TodayLoanDTO, overdue: bool) -> TextRow:
        cells = (loan.receipt_no, loan.organisation_name, str(loan.items))
        if overdue:
            return TextRow((*cells, str(loan.days_overdue)), loan, (2, 3))
        return TextRow(cells, loan, (2,))

    def _room_row(self, room: TodayRoomDTO) -> TextRow:
        time = f"{to_local(room.starts_at):%H:%M}–{to_local(room.ends_at):%H:%M}"
        title = room.title
        if room.status is BookingStatus.CONFLICT:
            title = self.tr("{title} (Konflikt)").format(title=title)
        elif room.status is BookingStatus.TENTATIVE:
            title = self.tr("{title} (unbestätigt)").format(title=title)
        return TextRow((time, room.room_name, room.organisation_name, title), room)

    def _item_row(self, item: TodayItemDTO) -> TextRow:
        reason = item.reason or ""
        if item.until is not None:
            reason = self.tr("{reason} (bis {date})").format(
                reason=reason, date=formats.day(item.until)
            )
        return TextRow((item.inventory_no, item.name, reason), item)

    # --- opening records -------------------------------------------------------------------

    def _open_loan(self, index: QModelIndex) -> None:
        loan = index.data(RowRole)
        if isinstance(loan, TodayLoanDTO) and loan.first_inventory_no:
            self.return_requested.emit(loan.first_inventory_no)

    def _open_pickup(self, index: QModelIndex) -> None:
        loan = index.data(RowRole)
        if isinstance(loan, TodayLoanDTO):
            self.pickup_requested.emit(loan.receipt_no)

    def _open_room(self, index: QModelIndex) -> None:
        room = index.data(RowRole)
        if isinstance(room, TodayRoomDTO) and self.overview is not None:
            self.room_booking_requested.emit(room.booking_id, self.overview.day)

    def _open_item(self, index: QModelIndex) -> None:
        item = index.data(RowRole)
        if isinstance(item, TodayItemDTO):
            self.item_requested.emit(item.inventory_no)

    def _open_desks(self) -> None:
        if self.overview is not None:
            self.desks_requested.emit(self.overview.day)
