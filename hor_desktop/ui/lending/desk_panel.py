"""„Am Tresen“: pick-ups, loans due today and overdue at this location, reminders, calls,
transfers."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from PySide6.QtCore import QAbstractTableModel, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import local_today
from hor_desktop.core.errors import HorError
from hor_desktop.services import availability, calls, lending, returns
from hor_desktop.services.availability import TransferDTO
from hor_desktop.services.lending import LoanDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.lending import slips
from hor_desktop.ui.lending.call_dialog import LogCallDialog
from hor_desktop.ui.lending.feedback import FeedbackLabel
from hor_desktop.ui.lending.models import DueLoansTableModel, RowRole, TransfersTableModel
from hor_desktop.ui.tasks import report_unexpected

DUE, OVERDUE, TRANSFERS, PICKUPS = range(4)


def _table(parent: QWidget, model: QAbstractTableModel, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class DeskPanel(QDockWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Am Tresen"), parent)
        self.setObjectName("deskPanel")
        self.context = context
        today = local_today(context.uow().clock)
        replica = context.mode == "replica"
        self.due_model = DueLoansTableModel(today, self, replica=replica)
        self.overdue_model = DueLoansTableModel(today, self, replica=replica)
        self.transfers_model = TransfersTableModel(self)
        self.pickups_model = DueLoansTableModel(today, self, replica=replica)
        self._wanted_receipt: str | None = None
        body = QWidget(self)
        self.tabs = QTabWidget(body)
        self.due_view = _table(self.tabs, self.due_model, DueLoansTableModel.Column.ITEMS)
        self.overdue_view = _table(self.tabs, self.overdue_model, DueLoansTableModel.Column.ITEMS)
        transfers = QWidget(self.tabs)
        self.transfers_view = _table(
            transfers, self.transfers_model, TransfersTableModel.Column.NAME
        )
        self.days_spin = QSpinBox(transfers)
        self.days_spin.setRange(1, 90)
        self.days_spin.setValue(14)
        self.days_spin.setSuffix(self.tr(" Tage"))
        self.days_spin.valueChanged.connect(self.refresh_transfers)
        days_row = QHBoxLayout()
        days_row.addWidget(QLabel(self.tr("Reservierungen der nächsten"), transfers))
        days_row.addWidget(self.days_spin)
        days_row.addStretch(1)
        transfers_layout = QVBoxLayout(transfers)
        transfers_layout.setContentsMargins(0, 0, 0, 0)
        transfers_layout.addLayout(days_row)
        transfers_layout.addWidget(self.transfers_view)
        self.tabs.addTab(self.due_view, self.tr("Heute fällig"))
        self.tabs.addTab(self.overdue_view, self.tr("Überfällig"))
        self.tabs.addTab(transfers, self.tr("Umlagerungen"))
        self.pickups_view = _table(self.tabs, self.pickups_model, DueLoansTableModel.Column.ITEMS)
        self.tabs.addTab(self.pickups_view, self.tr("Abholungen"))
        self.tabs.currentChanged.connect(self._update_actions)
        self.feedback = FeedbackLabel(body)

        self.refresh_action = self._action(self.tr("Aktualisieren"), "F5", self.refresh)
        self.copy_action = self._action(
            self.tr("Mahntext kopieren"), "Ctrl+Shift+C", self.copy_reminder
        )
        self.mail_action = self._action(
            self.tr("E-Mail-Entwurf öffnen"), "Ctrl+Shift+M", self.open_mail
        )
        self.call_action = self._action(self.tr("Anruf erfassen …"), "Ctrl+Shift+L", self.log_call)
        self.pick_up_action = self._action(
            self.tr("Reservierung ausgeben"), "Ctrl+Shift+P", self.pick_up
        )
        buttons = QHBoxLayout()
        for action in (
            self.copy_action,
            self.mail_action,
            self.call_action,
            self.pick_up_action,
            self.refresh_action,
        ):
            button = QToolButton(body)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.feedback)
        self.setWidget(body)
        self._update_actions()

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _update_actions(self) -> None:
        on_loans = self.tabs.currentIndex() in (DUE, OVERDUE)
        for action in (self.copy_action, self.mail_action, self.call_action):
            action.setEnabled(on_loans)
        self.pick_up_action.setEnabled(self.tabs.currentIndex() == PICKUPS)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.refresh()
        self.show()
        self.tabs.currentWidget().setFocus()

    # --- loading
    def refresh(self) -> None:
        location_id = self.context.location.id
        today = self.due_model.today

        def work() -> tuple[list[LoanDTO], list[LoanDTO], list[LoanDTO]]:
            due = returns.list_due(self.context.uow(), location_id=location_id, on=today)
            overdue = returns.list_overdue(self.context.uow(), location_id=location_id)
            pickups = returns.list_pickups(self.context.uow(), location_id=location_id, on=today)
            return due, overdue, pickups

        def done(result: tuple[list[LoanDTO], list[LoanDTO], list[LoanDTO]]) -> None:
            self.due_model.set_rows(result[0])
            self.overdue_model.set_rows(result[1])
            self.pickups_model.set_rows(result[2])
            self.tabs.setTabText(DUE, self.tr("Heute fällig (%n)", "", len(result[0])))
            self.tabs.setTabText(OVERDUE, self.tr("Überfällig (%n)", "", len(result[1])))
            self.tabs.setTabText(PICKUPS, self.tr("Abholungen (%n)", "", len(result[2])))
            self._select_wanted()

        self.context.runner.submit(work, done, self._failed)
        self.refresh_transfers()

    def refresh_transfers(self) -> None:
        days = self.days_spin.value()

        def done(rows: list[TransferDTO]) -> None:
            self.transfers_model.set_rows(rows)
            self.tabs.setTabText(TRANSFERS, self.tr("Umlagerungen (%n)", "", len(rows)))

        self.context.runner.submit(
            lambda: availability.list_transfers(self.context.uow(), days=days), done, self._failed
        )

    # --- per row
    def current_loan(self) -> LoanDTO | None:
        views = {DUE: self.due_view, OVERDUE: self.overdue_view, PICKUPS: self.pickups_view}
        view = views.get(self.tabs.currentIndex())
        if view is None:
            return None
        rows = view.selectionModel().selectedRows()
        index = rows[0] if rows else view.model().index(0, 0)
        if not index.isValid():
            return None
        loan: LoanDTO = index.data(RowRole)
        return loan

    def _reminder(self, loan: LoanDTO) -> str:
        return calls.reminder_text(
            loan, today=self.due_model.today, house_name=self.context.house_name
        )

    def copy_reminder(self) -> None:
        loan = self.current_loan()
        if loan is None:
            self.feedback.show_error(self.tr("Bitte zuerst einen Leihvorgang wählen."), beep=False)
            return
        QGuiApplication.clipboard().setText(self._reminder(loan))
        self.feedback.show_ok(
            self.tr("Mahntext für {receipt} kopiert.").format(receipt=loan.receipt_no)
        )

    def mail_url(self, loan: LoanDTO) -> QUrl:
        address = loan.contact_email or loan.organisation_email or ""
        subject = self.tr("Rückgabe der Leihgeräte – {receipt}").format(receipt=loan.receipt_no)
        body = self._reminder(loan)
        return QUrl(
            f"mailto:{quote(address, safe='@')}?subject={quote(subject)}&body={quote(body)}",
            QUrl.ParsingMode.StrictMode,
        )

    def open_mail(self) -> None:
        loan = self.current_loan()
        if loan is None:
            self.feedback.show_error(self.tr("Bitte zuerst einen Leihvorgang wählen."), beep=False)
            return
        if not (loan.contact_email or loan.organisation_email):
            self.feedback.show_error(
                self.tr("Für {organisation} ist keine E-Mail-Adresse hinterlegt.").format(
                    organisation=loan.organisation_name
                ),
                beep=False,
            )
            return
        if QDesktopServices.openUrl(self.mail_url(loan)):
            self.feedback.show_ok(self.tr("E-Mail-Entwurf geöffnet."))
        else:
            self.feedback.show_error(
                self.tr("Kein E-Mail-Programm gefunden; bitte den Mahntext kopieren."), beep=False
            )

    def log_call(self) -> None:
        loan = self.current_loan()
        if loan is None:
            self.feedback.show_error(self.tr("Bitte zuerst einen Leihvorgang wählen."), beep=False)
            return
        dialog = LogCallDialog(self.context, loan, self)
        dialog.accepted.connect(
            lambda: self.feedback.show_ok(
                self.tr("Anruf zu {receipt} erfasst.").format(receipt=loan.receipt_no)
            )
        )
        dialog.open()
        self.call_dialog = dialog

    def show_pickup(self, receipt_no: str) -> None:
        """Open the pick-up list with that reservation chosen, once the list has loaded."""
        self._wanted_receipt = receipt_no
        self.show_tab(PICKUPS)

    def _select_wanted(self) -> None:
        wanted, self._wanted_receipt = self._wanted_receipt, None
        for row in range(self.pickups_model.rowCount()):
            loan = self.pickups_model.index(row, 0).data(RowRole)
            if wanted is not None and loan is not None and loan.receipt_no == wanted:
                self.pickups_view.selectRow(row)
                self.pickups_view.setFocus()
                return

    def pick_up(self) -> None:
        """Hand out the chosen reservation (same receipt number), then its lending slip."""
        loan = self.current_loan() if self.tabs.currentIndex() == PICKUPS else None
        if loan is None:
            self.feedback.show_error(self.tr("Bitte zuerst eine Reservierung wählen."), beep=False)
            return

        def done(picked: LoanDTO) -> None:
            self.feedback.show_ok(
                self.tr("{receipt} ausgegeben.").format(receipt=picked.receipt_no)
            )
            self.refresh()
            slips.issue_and_present(
                self.context, self, loan_id=picked.id, kind="lending_slip",
                title=self.tr("Leihschein {receipt}").format(receipt=picked.receipt_no),
                report=self.feedback.report_document,
            )  # fmt: skip

        self.context.runner.submit(
            lambda: lending.pick_up(self.context.uow(), loan_id=loan.id), done, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self.feedback.show_error(error.message, beep=False)
            return
        report_unexpected(error)
