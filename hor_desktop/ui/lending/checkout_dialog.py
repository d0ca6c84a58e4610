"""The Ausleihe dialog (F2): organisation, a scanned cart, the period, confirm → Leihschein."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import LoanState
from hor_desktop.services import closing_days, lending
from hor_desktop.services.availability import CartItemDTO
from hor_desktop.services.lending import LoanDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.lending import slips
from hor_desktop.ui.lending.cart_panel import CartPanel
from hor_desktop.ui.lending.feedback import FeedbackLabel
from hor_desktop.ui.lending.formatting import euros, from_qdate, german_date, to_qdate
from hor_desktop.ui.lending.organisation_picker import OrganisationPicker


def date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    return edit


class CheckOutDialog(QDialog):
    """Hands items out now, or reserves them when the start lies in the future."""

    loan_saved = Signal(object)  # LoanDTO, after the commit

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkOutDialog")
        self.setWindowTitle(self.tr("Ausleihe"))
        self.context = context
        self.today = local_today(context.uow().clock)
        self.last_loan: LoanDTO | None = None
        self._saving = False
        self._due_touched = False
        self._deposit_touched = False
        self._setting = False  # programmatic changes are not the user's

        self.picker = OrganisationPicker(context, self)
        self.picker.changed.connect(self._update_state)
        self._build_period()
        self._build_cart()
        self._build_actions()
        self._layout()
        self._reset_period()
        self._update_state()
        self.scan_field.setFocus()
        self.resize(820, 640)

    # --- building
    def _build_period(self) -> None:
        self.start_edit = date_edit(self, self.today)
        self.start_edit.setObjectName("startEdit")
        self.start_edit.setMinimumDate(to_qdate(self.today))
        self.start_edit.dateChanged.connect(self._start_changed)
        self.due_edit = date_edit(self, self.today)
        self.due_edit.setObjectName("dueEdit")
        self.due_edit.dateChanged.connect(self._due_changed)
        self.due_hint = QLabel(self)
        self.due_hint.setObjectName("dueHint")
        self.deposit_spin = QDoubleSpinBox(self)
        self.deposit_spin.setObjectName("depositSpin")
        self.deposit_spin.setRange(0, 100_000)
        self.deposit_spin.setDecimals(2)
        self.deposit_spin.setSuffix(" €")
        self.deposit_spin.setLocale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        self.deposit_spin.valueChanged.connect(self._deposit_changed)
        self.purpose_edit = QLineEdit(self)
        self.purpose_edit.setObjectName("purposeEdit")
        self.purpose_edit.setPlaceholderText(self.tr("z. B. Sommerfest im Bürgerzentrum"))

    def _build_cart(self) -> None:
        self.cart = CartPanel(self.context, self._check_args, self)
        self.cart.changed.connect(self._cart_changed)
        self.cart.item_added.connect(self._item_added)
        self.scan_field = self.cart.scan_field
        self.feedback = self.cart.feedback
        self.document_label = FeedbackLabel(self)
        self.document_label.setObjectName("documentLabel")
        self.document_label.hide()

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str,
        slot: Callable[[], object], *more: str,
    ) -> QAction:  # fmt: skip
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(shortcut), *(QKeySequence(s) for s in more)])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.confirm_action = self._action(
            self.tr("Ausleihen"), "Ctrl+Return", self.confirm, "Ctrl+Enter"
        )
        self.remove_action = self._action(
            self.tr("Position entfernen"), QKeySequence.StandardKey.Delete, self.cart.remove_line
        )
        self.kit_action = self._action(self.tr("Set hinzufügen …"), "Ctrl+K", self.cart.choose_kit)
        self.new_action = self._action(self.tr("Neue Ausleihe"), "Ctrl+N", self.start_over)

    def _button(self, action: QAction, name: str) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter belongs to the scan field, never to a button
        button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        button.clicked.connect(action.trigger)
        return button

    def _layout(self) -> None:
        self.confirm_button = self._button(self.confirm_action, "confirmButton")
        self.remove_button = self._button(self.remove_action, "removeButton")
        self.kit_button = self._button(self.kit_action, "kitButton")
        self.cancel_button = QPushButton(self.tr("Abbrechen"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setToolTip(self.tr("Esc"))
        self.cancel_button.clicked.connect(self.reject)

        who = QGroupBox(self.tr("Wer leiht aus?"), self)
        QVBoxLayout(who).addWidget(self.picker)

        period = QGroupBox(self.tr("Zeitraum"), self)
        form = QFormLayout(period)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("bis"), self))
        dates.addWidget(self.due_edit)
        dates.addWidget(self.due_hint, 1)
        form.addRow(self.tr("Von:"), dates)
        form.addRow(self.tr("K&aution:"), self.deposit_spin)
        form.addRow(self.tr("&Zweck:"), self.purpose_edit)

        items = QGroupBox(self.tr("Geräte"), self)
        QVBoxLayout(items).addWidget(self.cart)
        self.cart.scan_row.addWidget(self.kit_button)
        self.cart.footer.addWidget(self.remove_button)
        QWidget.setTabOrder(self.cart.scan_field, self.kit_button)  # beside the scan field

        buttons = QHBoxLayout()
        buttons.addWidget(self.document_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(period)
        layout.addWidget(items, 1)
        layout.addLayout(buttons)

    # --- the period
    def _set_due(self, day: date) -> None:
        self._setting = True
        self.due_edit.setMinimumDate(self.start_edit.date())
        self.due_edit.setDate(to_qdate(day))
        self._setting = False
        self.due_hint.setText(self.tr("Standard: {date}").format(date=german_date(day)))

    def _reset_period(self) -> None:
        self._due_touched = self._deposit_touched = False
        self._setting = True
        self.start_edit.setDate(to_qdate(self.today))
        self.deposit_spin.setValue(0)
        self._setting = False
        self._set_due(self.today)
        self.due_hint.setText(self.tr("Standard ergibt sich aus den Geräten"))
        self.purpose_edit.clear()

    @property
    def start(self) -> date:
        return from_qdate(self.start_edit.date())

    @property
    def due(self) -> date:
        return from_qdate(self.due_edit.date())

    @property
    def is_reservation(self) -> bool:
        return self.start > self.today

    def _start_changed(self) -> None:
        self.due_edit.setMinimumDate(self.start_edit.date())
        self._update_state()
        if self._due_touched or self._setting:
            return
        rows = self.cart.items()
        if not rows:
            self._set_due(self.start)
            self.due_hint.setText(self.tr("Standard ergibt sich aus den Geräten"))
            return
        shortest = min(rows, key=lambda row: row.default_loan_days)
        start = self.start

        def work() -> date:
            return closing_days.default_due_date(
                self.context.uow(), category_id=shortest.category_id,
                location_id=self.context.location.id, start=start,
            )  # fmt: skip

        self.context.runner.submit(work, self._set_due, self._show_error)

    def _due_changed(self) -> None:
        if not self._setting:
            self._due_touched = True
            self.due_hint.setText(self.tr("von Hand gesetzt"))

    def _deposit_changed(self) -> None:
        if not self._setting:
            self._deposit_touched = True

    def _check_args(self) -> dict[str, Any]:
        """The period a scan is checked for: the shown one once staff set the due date."""
        if self._due_touched:
            return {"start": self.start, "due": self.due}
        days = [row.default_loan_days for row in self.cart.items()]
        return {"start": self.start, "loan_days": min(days) if days else None}

    def _cart_changed(self) -> None:
        if not self._deposit_touched:
            self._setting = True
            self.deposit_spin.setValue(sum(r.deposit_cents for r in self.cart.items()) / 100)
            self._setting = False
        self._update_state()

    def _item_added(self, item: CartItemDTO) -> None:
        if not self._due_touched:
            self._set_due(item.checked_due)

    # --- confirm
    def _update_state(self) -> None:
        text = self.tr("Reservieren") if self.is_reservation else self.tr("Ausleihen")
        self.confirm_action.setText(text)
        self.confirm_button.setText(text)
        count = len(self.cart)
        ready = count > 0 and self.picker.may_lend() and not self._saving
        self.confirm_action.setEnabled(ready)
        self.confirm_button.setEnabled(ready)
        self.remove_action.setEnabled(count > 0)

    def confirm(self) -> None:
        if self._saving:
            return
        if self.picker.organisation is None:
            self.feedback.show_error(self.tr("Bitte zuerst die Organisation wählen."))
            return
        if not self.picker.may_lend():
            self.feedback.show_error(
                self.picker.status_label.text() or self.tr("Bitte eine Kontaktperson wählen.")
            )
            return
        if not len(self.cart):
            self.feedback.show_error(self.tr("Der Warenkorb ist leer."))
            return
        kwargs: dict[str, Any] = {
            "organisation_id": self.picker.organisation.id,
            "contact_id": self.picker.contact_id(),
            "item_ids": self.cart.item_ids(),
            "due": self.due if self._due_touched else None,
            "purpose": self.purpose_edit.text(),
            "deposit_cents": round(self.deposit_spin.value() * 100)
            if self._deposit_touched
            else None,
            "override_block_reason": self.picker.override_reason,
        }
        start, reserve = self.start, self.is_reservation

        def work() -> LoanDTO:
            if reserve:
                return lending.reserve(self.context.uow(), start=start, **kwargs)
            return lending.check_out(self.context.uow(), start=start, **kwargs)

        self._saving = True
        self._update_state()
        self.context.runner.submit(work, self._saved, self._save_failed)

    def _saved(self, loan: LoanDTO) -> None:
        self._saving = False
        self.last_loan = loan
        count = len(loan.lines)
        if loan.state is LoanState.RESERVED:
            text = self.tr(
                "✓ Reservierung {receipt} gespeichert: %n Gerät(e), {start} bis {due}.", "", count
            )
        else:
            text = self.tr(
                "✓ Leihvorgang {receipt} gespeichert: %n Gerät(e) bis {due}, Kaution {deposit}.",
                "",
                count,
            )
        self.start_over()
        self.feedback.show_ok(
            text.format(
                receipt=loan.receipt_no,
                start=german_date(loan.start_date),
                due=german_date(loan.due_date),
                deposit=euros(loan.deposit_cents),
            )
        )
        self.loan_saved.emit(loan)
        self.document_label.show_hint(self.tr("Leihschein wird erstellt …"))
        self.document_label.show()
        slips.issue_and_present(
            self.context, self, loan_id=loan.id, kind="lending_slip",
            title=self.tr("Leihschein {receipt}").format(receipt=loan.receipt_no),
            report=self.document_label.report_document,
        )  # fmt: skip
        if self.document_label.text() == self.tr("Leihschein wird erstellt …"):
            self.document_label.hide()

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._update_state()
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        self.feedback.show_failure(error)

    # --- starting over, leaving
    def start_over(self) -> None:
        """Empty the dialog for the next visitor (after a saved loan, or Ctrl+N)."""
        self.picker.reset()
        self._reset_period()
        self.cart.clear()
        self.document_label.hide()
        self._update_state()
        self.picker.name_edit.setFocus()

    def reject(self) -> None:
        if len(self.cart) and not self._ask_discard():
            self.scan_field.setFocus()
            return
        super().reject()

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Ausleihe abbrechen?"),
            self.tr("Im Warenkorb liegen noch Geräte. Ausleihe wirklich abbrechen?"),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes
