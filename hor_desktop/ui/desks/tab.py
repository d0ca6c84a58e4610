"""The Coworking tab: today's desk board, the week overview, bookings and check-in."""

from __future__ import annotations

import itertools
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import BookingStatus, DeskSlot, Role
from hor_desktop.core.errors import HorError
from hor_desktop.services import desk_board, desk_ranges, desks
from hor_desktop.services.desk_board import DeskBoardDTO
from hor_desktop.services.desks import DeskBookingDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.desks.dialogs import (
    BookingDialog,
    BookingRequest,
    CancelRangeDialog,
    CancelRangeRequest,
)
from hor_desktop.ui.desks.formatting import (
    clock_text,
    day_text,
    from_qdate,
    long_day_text,
    slot_text,
    to_qdate,
)
from hor_desktop.ui.desks.models import (
    SLOT_OF_COLUMN,
    BookingRole,
    Columns,
    DeskBoardModel,
    DeskWeekModel,
)
from hor_desktop.ui.desks.quotas import QuotaDialog
from hor_desktop.ui.tasks import report_unexpected

HIDE_NAMES_KEY = "desks/hide_names"


class DesksTab(QWidget):
    """Board of one day (desks × morning/afternoon), week overview, booking actions."""

    def __init__(
        self, context: DeskContext, parent: QWidget | None = None, *,
        settings: QSettings | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.context = context
        self.setObjectName("desksTab")
        # Per PC, not per user account in the database: the screen faces visitors or not.
        self.settings = settings if settings is not None else QSettings()
        self.today = local_today(context.uow().clock)
        self.day = self.today
        self.board: DeskBoardDTO | None = None
        self.booking_dialog: BookingDialog | None = None
        self.cancel_dialog: CancelRangeDialog | None = None
        self.quota_dialog: QuotaDialog | None = None
        self.message_box: QMessageBox | None = None
        self._request = 0

        self.model = DeskBoardModel(self)
        self.week_model = DeskWeekModel(self)
        self._build_widgets()
        self._build_actions()
        self._build_layout()
        self._connect()
        self.hide_names_action.setChecked(self._stored_hide_names())
        self.setFocusProxy(self.table)
        self.refresh()

    # --- building --------------------------------------------------------------------

    def _stored_hide_names(self) -> bool:
        value = self.settings.value(HIDE_NAMES_KEY, False)
        return value in (True, "true", "1", 1)

    def _build_widgets(self) -> None:
        self.date_edit = QDateEdit(to_qdate(self.day), self)
        self.date_edit.setObjectName("deskDateEdit")
        self.date_edit.setAccessibleName(self.tr("Datum"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.day_label = QLabel(self)
        self.day_label.setObjectName("deskDayLabel")
        self.day_label.setStyleSheet("font-weight: bold;")
        self.feature_combo = QComboBox(self)
        self.feature_combo.setObjectName("deskFeatureFilter")
        self.feature_combo.setAccessibleName(self.tr("Ausstattung"))
        self.feature_combo.addItem(self.tr("Alle Ausstattungen"), None)
        self.table = QTableView(self)
        self.table.setObjectName("deskBoard")
        self.table.setAccessibleName(self.tr("Belegung des Tages"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Columns.DESK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Columns.FEATURES, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Columns.MORNING, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Columns.AFTERNOON, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(Columns.FEATURES, 200)
        self.week_table = QTableView(self)
        self.week_table.setObjectName("deskWeek")
        self.week_table.setAccessibleName(self.tr("Belegung der Woche"))
        self.week_table.setModel(self.week_model)
        self.week_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week_table.verticalHeader().hide()
        self.week_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week_table.horizontalHeader().setMinimumSectionSize(80)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("deskWeekTotal")
        week_page = QWidget(self)
        week_layout = QVBoxLayout(week_page)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.addWidget(self.week_table, 1)
        week_layout.addWidget(self.week_label)
        self.views = QTabWidget(self)
        self.views.setObjectName("deskViews")
        self.views.addTab(self.table, self.tr("Tag"))
        self.views.addTab(week_page, self.tr("Woche"))
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("deskDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("deskMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _action(self, text: str, shortcut: str, name: str, slot: Any | None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        # Only while the Coworking tab has focus: other tabs use the same keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.previous_action = self._action(
            self.tr("◀ Vortag"), "Alt+Left", "previousDayAction", lambda: self.shift_day(-1)
        )
        self.today_action = self._action(
            self.tr("Heute"), "Alt+Home", "todayAction", lambda: self.set_day(self.today)
        )
        self.next_action = self._action(
            self.tr("Folgetag ▶"), "Alt+Right", "nextDayAction", lambda: self.shift_day(1)
        )
        self.book_action = self._action(
            self.tr("Buchen…"), "Ctrl+N", "bookDeskAction", self.book_current
        )
        self.check_in_action = self._action(
            self.tr("Einchecken"), "Ctrl+I", "checkInAction", self.check_in_current
        )
        self.cancel_action = self._action(
            self.tr("Stornieren…"), "Del", "cancelDeskAction", self.cancel_current
        )
        self.cancel_range_action = self._action(
            self.tr("Zeitraum stornieren…"), "Ctrl+Shift+Del", "cancelRangeAction",
            self.open_cancel_range,
        )  # fmt: skip
        self.release_action = self._action(
            self.tr("Nicht erschienene freigeben"), "Ctrl+Shift+R", "releaseNoShowsAction",
            self.release_no_shows,
        )  # fmt: skip
        self.quota_action = self._action(
            self.tr("Kontingente…"), "Ctrl+Shift+K", "quotasAction", self.open_quotas
        )
        self.quota_action.setVisible(self.context.actor.role is not Role.DESK)
        self.hide_names_action = self._action(
            self.tr("Namen ausblenden"), "Ctrl+Shift+H", "hideNamesAction", None
        )
        self.hide_names_action.setCheckable(True)
        # toggled, not triggered: restoring the stored choice must also hide the names.
        self.hide_names_action.toggled.connect(self.set_hide_names)
        self.refresh_action = self._action(
            self.tr("Aktualisieren"), "F5", "refreshDesksAction", self.refresh
        )
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("desksToolbar")
        for action in (
            self.book_action, self.check_in_action, self.cancel_action,
            self.cancel_range_action, None, self.release_action, None, self.hide_names_action,
            self.quota_action, self.refresh_action,
        ):  # fmt: skip
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.nav_bar = QToolBar(self)
        self.nav_bar.setObjectName("deskNavigation")
        self.nav_bar.addAction(self.previous_action)
        self.nav_bar.addWidget(self.date_edit)
        self.nav_bar.addAction(self.next_action)
        self.nav_bar.addAction(self.today_action)
        self.nav_bar.addSeparator()
        self.nav_bar.addWidget(self.day_label)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.nav_bar, 1)
        top.addWidget(QLabel(self.tr("Ausstattung:"), self))
        top.addWidget(self.feature_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.message_label)
        # Tab follows the screen: day, filter, view tabs, then the board.
        for first, second in itertools.pairwise(
            (self.date_edit, self.feature_combo, self.views, self.table)
        ):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.date_edit.dateChanged.connect(lambda value: self.set_day(from_qdate(value)))
        self.feature_combo.currentIndexChanged.connect(self._feature_changed)
        self.table.activated.connect(self.activate)
        self.week_table.activated.connect(self.open_week_day)
        self.table.selectionModel().currentChanged.connect(self._current_changed)

    # --- messages --------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message_label.setStyleSheet("")
        self.message_label.setText(text)

    def show_error(self, text: str) -> None:
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setText(text)

    def handle_error(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self.show_error(error.message)
        else:
            report_unexpected(error)

    # --- loading ---------------------------------------------------------------------

    def shift_day(self, days: int) -> None:
        self.set_day(self.day + timedelta(days=days))

    def set_day(self, day: date) -> None:
        if day == self.day and self.board is not None:
            return
        self.day = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(to_qdate(day))
        self.date_edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Load the week around the chosen day; the board shows the day (F5)."""
        # A tab left open overnight must not check in against yesterday.
        self.today = local_today(self.context.uow().clock)
        self._request += 1
        request, uow, location_id = self._request, self.context.uow, self.context.location.id
        monday = self.day - timedelta(days=self.day.weekday())

        def done(board: DeskBoardDTO) -> None:
            if request == self._request:
                self.show_board(board)

        self.context.runner.submit(
            lambda: desk_board.desk_board(
                uow(), location_id=location_id, start=monday, end=monday + timedelta(days=6)
            ),
            done,
            self.handle_error,
        )

    def show_board(self, board: DeskBoardDTO) -> None:
        current = self.table.currentIndex()
        position = (current.row(), current.column()) if current.isValid() else (0, Columns.MORNING)
        self.board = board
        self.model.set_board(board, self.day)
        self._refill_features()
        self.model.set_feature(self.feature_combo.currentData())
        self.week_model.set_board(board, self.feature_combo.currentData())
        self.week_label.setText(self.week_model.total_text)
        self._apply_spans()
        closed = board.closed.get(self.day)
        if closed is None:
            self.day_label.setText(
                self.tr("{day} · {location}").format(
                    day=long_day_text(self.day), location=self.context.location.name
                )
            )
        else:
            self.day_label.setText(
                self.tr("{day} · geschlossen ({reason})").format(
                    day=long_day_text(self.day), reason=closed
                )
            )
        self.today_action.setEnabled(self.day != self.today)
        if self.model.rowCount():
            row = min(position[0], self.model.rowCount() - 1)
            self.table.setCurrentIndex(self.model.index(row, max(position[1], 0)))
        self._update_actions()

    def _apply_spans(self) -> None:
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.row(row).whole_day:
                self.table.setSpan(row, Columns.MORNING, 1, 2)

    def _refill_features(self) -> None:
        chosen = self.feature_combo.currentData()
        self.feature_combo.blockSignals(True)
        while self.feature_combo.count() > 1:
            self.feature_combo.removeItem(1)
        for feature in self.model.features():
            self.feature_combo.addItem(feature, feature)
        self.feature_combo.setCurrentIndex(max(0, self.feature_combo.findData(chosen)))
        self.feature_combo.blockSignals(False)

    def _feature_changed(self) -> None:
        feature = self.feature_combo.currentData()
        self.model.set_feature(feature)
        if self.board is not None:
            self.week_model.set_board(self.board, feature)
            self.week_label.setText(self.week_model.total_text)
        self._apply_spans()
        self._update_actions()

    def set_hide_names(self, hide: bool) -> None:
        self.model.set_hide_names(hide)
        self.settings.setValue(HIDE_NAMES_KEY, hide)
        self._update_actions()

    # --- the current cell ------------------------------------------------------------

    def current_booking(self) -> DeskBookingDTO | None:
        index = self.table.currentIndex()
        return index.data(BookingRole) if index.isValid() else None

    def current_slot(self) -> DeskSlot:
        column = self.table.currentIndex().column()
        return (
            SLOT_OF_COLUMN.get(Columns(column), DeskSlot.MORNING)
            if column >= 0
            else (DeskSlot.MORNING)
        )

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        booking = self.current_booking()
        self.check_in_action.setEnabled(
            booking is not None and booking.checked_in_at is None and self.day == self.today
        )
        self.cancel_action.setEnabled(booking is not None)
        self.release_action.setEnabled(self.day <= self.today)
        self.detail_label.setText(self._detail_text(booking))

    def _detail_text(self, booking: DeskBookingDTO | None) -> str:
        if booking is None:
            return self.tr("Enter bucht den gewählten freien Platz.")
        if booking.checked_in_at is not None:
            arrived = self.tr("eingecheckt um {time}").format(
                time=clock_text(booking.checked_in_at)
            )
        else:
            arrived = self.tr("noch nicht eingecheckt")
        if self.model.hide_names:
            return self.tr("{desk}, {slot}: {organisation} – {arrived}").format(
                desk=booking.desk_label, slot=slot_text(booking.slot),
                organisation=booking.organisation_name, arrived=arrived,
            )  # fmt: skip
        return self.tr("{desk}, {slot}: {person} ({organisation}) – {arrived}").format(
            desk=booking.desk_label, slot=slot_text(booking.slot), person=booking.person_name,
            organisation=booking.organisation_name, arrived=arrived,
        )  # fmt: skip

    def activate(self, index: QModelIndex) -> None:
        """Enter or double click: book a free cell, open a booked one."""
        if not index.isValid():
            return
        booking = index.data(BookingRole)
        if booking is None:
            self.book_current()
        else:
            self.open_booking(booking)

    def open_week_day(self, index: QModelIndex) -> None:
        """Enter or double click in the week overview: that day's board."""
        column = index.column() - 1
        if 0 <= column < len(self.week_model.days):
            self.views.setCurrentIndex(0)
            self.set_day(self.week_model.days[column])
            self.table.setCurrentIndex(self.model.index(index.row(), Columns.MORNING))

    # --- actions ---------------------------------------------------------------------

    def book_current(self) -> None:
        if self.board is None:
            return
        index = self.table.currentIndex()
        desk_id = self.model.row(index.row()).desk.id if index.isValid() else None
        dialog = BookingDialog(
            self.context, list(self.board.desks), desk_id=desk_id, day=self.day,
            slot=self.current_slot(), may_override=self.context.actor.role is not Role.DESK,
            parent=self,
        )  # fmt: skip
        dialog.submitted.connect(self.submit_booking)
        dialog.finished.connect(lambda _result: setattr(self, "booking_dialog", None))
        self.booking_dialog = dialog
        dialog.open()

    def submit_booking(self, request: BookingRequest) -> None:
        uow, dialog = self.context.uow, self.booking_dialog
        # A replica's booking is the shared server's to confirm; until then "vorläufig".
        status = (
            BookingStatus.TENTATIVE if self.context.mode == "replica" else BookingStatus.CONFIRMED
        )

        def failed(error: BaseException) -> None:
            if isinstance(error, HorError) and dialog is not None:
                dialog.show_error(error.message)
            else:
                self.handle_error(error)

        if request.single_day:

            def book_one() -> DeskBookingDTO:
                return desks.book_desk(
                    uow(), desk_id=request.desk_id, organisation_id=request.organisation_id,
                    contact_id=request.contact_id, person_name=request.person_name,
                    day=request.start, slot=request.slot,
                    override_quota_reason=request.override_reason, status=status,
                )  # fmt: skip

            def booked(booking: DeskBookingDTO) -> None:
                if dialog is not None:
                    dialog.accept()
                self.show_message(
                    self.tr("{desk} am {day} gebucht: {organisation}.").format(
                        desk=booking.desk_label,
                        day=day_text(booking.day),
                        organisation=booking.organisation_name,
                    )
                )
                self.refresh()

            self.context.runner.submit(book_one, booked, failed)
            return

        def book_range() -> desk_ranges.DeskRangeResult:
            return desk_ranges.book_desk_range(
                uow(), desk_id=request.desk_id, organisation_id=request.organisation_id,
                contact_id=request.contact_id, person_name=request.person_name,
                start=request.start, end=request.end,
                slot=request.slot, weekdays=request.weekdays,
                override_quota_reason=request.override_reason, status=status,
            )  # fmt: skip

        def range_booked(result: desk_ranges.DeskRangeResult) -> None:
            summary = self.range_summary(result)
            if not result.booked and dialog is not None:
                dialog.show_error(summary)
                return
            if dialog is not None:
                dialog.accept()
            self.show_message(summary)
            self.refresh()

        self.context.runner.submit(book_range, range_booked, failed)

    def range_summary(self, result: desk_ranges.DeskRangeResult) -> str:
        lines = [self.tr("{count} Tage gebucht.").format(count=len(result.booked))]
        if result.skipped_closed:
            days = ", ".join(f"{day_text(day)} ({why})" for day, why in result.skipped_closed)
            lines.append(self.tr("Übersprungen, weil geschlossen: {days}").format(days=days))
        for refusal in result.refused:
            lines.append(
                self.tr("Nicht gebucht am {day}: {reason}").format(
                    day=day_text(refusal.day), reason=refusal.message
                )
            )
        return "\n".join(lines)

    def open_booking(self, booking: DeskBookingDTO) -> None:
        box = QMessageBox(self)
        box.setObjectName("deskBookingBox")
        box.setWindowTitle(self.tr("Buchung"))
        box.setText(self._detail_text(booking))
        check_in = box.addButton(self.tr("Einchecken"), QMessageBox.ButtonRole.AcceptRole)
        check_in.setEnabled(booking.checked_in_at is None and booking.day == self.today)
        cancel = box.addButton(self.tr("Stornieren"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Schließen"), QMessageBox.ButtonRole.RejectRole)

        def clicked(button: object) -> None:
            if button is check_in:
                self.check_in(booking)
            elif button is cancel:
                self.cancel(booking)

        box.buttonClicked.connect(clicked)
        self.message_box = box
        box.open()

    def check_in_current(self) -> None:
        booking = self.current_booking()
        if booking is not None:
            self.check_in(booking)

    def check_in(self, booking: DeskBookingDTO) -> None:
        uow = self.context.uow

        def done(checked: DeskBookingDTO) -> None:
            self.show_message(
                self.tr("{desk}: eingecheckt um {time}.").format(
                    desk=checked.desk_label,
                    time=clock_text(checked.checked_in_at) if checked.checked_in_at else "",
                )
            )
            self.refresh()

        self.context.runner.submit(
            lambda: desks.check_in_desk_booking(uow(), booking_id=booking.id),
            done,
            self.handle_error,
        )

    def cancel_current(self) -> None:
        booking = self.current_booking()
        if booking is None:
            return
        box = QMessageBox(self)
        box.setObjectName("deskCancelBox")
        box.setWindowTitle(self.tr("Buchung stornieren"))
        box.setText(
            self.tr("Buchung von {desk} am {day} ({slot}) stornieren?").format(
                desk=booking.desk_label, day=day_text(booking.day), slot=slot_text(booking.slot)
            )
        )
        yes = box.addButton(self.tr("Stornieren"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Behalten"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self.cancel(booking) if button is yes else None)
        self.message_box = box
        box.open()

    def cancel(self, booking: DeskBookingDTO) -> None:
        uow = self.context.uow

        def done(cancelled: DeskBookingDTO) -> None:
            self.show_message(
                self.tr("Buchung von {desk} am {day} storniert.").format(
                    desk=cancelled.desk_label, day=day_text(cancelled.day)
                )
            )
            self.refresh()

        self.context.runner.submit(
            lambda: desks.cancel_desk_booking(uow(), booking_id=booking.id),
            done,
            self.handle_error,
        )

    def open_cancel_range(self) -> None:
        if self.board is None:
            return
        booking = self.current_booking()
        index = self.table.currentIndex()
        desk_id = self.model.row(index.row()).desk.id if index.isValid() else None
        organisation = (
            (booking.organisation_name, booking.organisation_id) if booking is not None else None
        )
        dialog = CancelRangeDialog(
            self.context, list(self.board.desks), desk_id=desk_id, organisation=organisation,
            day=self.day, parent=self,
        )  # fmt: skip
        dialog.submitted.connect(self.submit_cancel_range)
        dialog.finished.connect(lambda _result: setattr(self, "cancel_dialog", None))
        self.cancel_dialog = dialog
        dialog.open()

    def submit_cancel_range(self, request: CancelRangeRequest) -> None:
        uow, location_id, dialog = self.context.uow, self.context.location.id, self.cancel_dialog

        def done(cancelled: list[DeskBookingDTO]) -> None:
            if dialog is not None:
                dialog.accept()
            self.show_message(
                self.tr("{count} Buchungen von {start} bis {end} storniert.").format(
                    count=len(cancelled), start=day_text(request.start), end=day_text(request.end)
                )
            )
            self.refresh()

        def failed(error: BaseException) -> None:
            if isinstance(error, HorError) and dialog is not None:
                dialog.show_error(error.message)
            else:
                self.handle_error(error)

        self.context.runner.submit(
            lambda: desk_ranges.cancel_desk_range(
                uow(),
                location_id=location_id,
                start=request.start,
                end=request.end,
                desk_id=request.desk_id,
                organisation_id=request.organisation_id,
                reason=request.reason,
            ),
            done,
            failed,
        )

    def release_no_shows(self) -> None:
        uow, location_id, day = self.context.uow, self.context.location.id, self.day

        def done(released: list[DeskBookingDTO]) -> None:
            if released:
                labels = ", ".join(f"{b.desk_label} ({slot_text(b.slot)})" for b in released)
                self.show_message(
                    self.tr("{count} Buchungen freigegeben (nicht erschienen): {desks}").format(
                        count=len(released), desks=labels
                    )
                )
            else:
                self.show_message(
                    self.tr(
                        "Keine Buchung ist über die Freigabezeit hinaus offen (vormittags ab {time}, nachmittags ab 14:00)."  # noqa: E501 (one literal for lupdate)
                    ).format(time=self._release_time_text())
                )
            self.refresh()

        self.context.runner.submit(
            lambda: desk_board.release_no_shows(uow(), location_id=location_id, day=day),
            done,
            self.handle_error,
        )

    def _release_time_text(self) -> str:
        return f"{self._release_time():%H:%M}"

    def _release_time(self) -> time:
        if self.board is not None:
            return self.board.release_time
        return self.context.location.desk_release_time or desk_board.DEFAULT_RELEASE_TIME

    def open_quotas(self) -> None:
        dialog = QuotaDialog(self.context, self, release_time=self._release_time())
        dialog.finished.connect(self._quotas_closed)
        self.quota_dialog = dialog
        dialog.open()

    def _quotas_closed(self, _result: int) -> None:
        self.quota_dialog = None
        self.refresh()  # the release time may have changed
