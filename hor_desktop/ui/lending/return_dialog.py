"""The Rückgabe dialog (F3): scan returned items, check them, take them back → protocol."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import LoanState
from hor_desktop.services import returns
from hor_desktop.services.lending import LoanDTO
from hor_desktop.services.returns import OpenLineDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.lending import slips
from hor_desktop.ui.lending.feedback import FeedbackLabel, ScanField
from hor_desktop.ui.lending.formatting import german_date
from hor_desktop.ui.lending.models import ReturnLinesModel


class ReturnDialog(QDialog):
    """Collects scanned lines of one loan; a partial return leaves the loan open."""

    returned = Signal(object)  # LoanDTO after the commit

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.setWindowTitle(self.tr("Rückgabe"))
        self.context = context
        self.today = local_today(context.uow().clock)
        self.loan: LoanDTO | None = None
        self.last_loan: LoanDTO | None = None
        self._saving = False
        self.checkboxes: dict[str, QCheckBox] = {}

        self.scan_field = ScanField(self.tr("Zurückgegebenes Gerät scannen"), self)
        self.scan_field.returnPressed.connect(self.scan)
        self.feedback = FeedbackLabel(self)
        self.feedback.show_hint(self.tr("Bereit zum Scannen."))
        self.loan_label = QLabel(self)
        self.loan_label.setObjectName("loanLabel")
        self.loan_label.setWordWrap(True)
        self.loan_label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_label = QLabel(self)
        self.open_label.setObjectName("openLabel")
        self.open_label.setWordWrap(True)
        self.lines = ReturnLinesModel(self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Erfasste Geräte"))
        self.view.setModel(self.lines)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.checklist_box = QGroupBox(self.tr("Checkliste"), self)
        self.checklist_layout = QVBoxLayout(self.checklist_box)
        self.condition_edit = QLineEdit(self)
        self.condition_edit.setObjectName("conditionEdit")
        self.condition_edit.setPlaceholderText(self.tr("z. B. gut, leichte Kratzer"))
        self.damage_edit = QLineEdit(self)
        self.damage_edit.setObjectName("damageEdit")
        self.damage_edit.setPlaceholderText(self.tr("Nur bei Schaden: das Gerät geht in Wartung"))
        self.document_label = FeedbackLabel(self)
        self.document_label.hide()

        self.confirm_action = QAction(self.tr("Zurücknehmen"), self)
        self.confirm_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.confirm_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.confirm_action.triggered.connect(self.confirm)
        self.addAction(self.confirm_action)
        self.confirm_button = QPushButton(self.confirm_action.text(), self)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.setToolTip(self.tr("Strg+Eingabe"))
        self.confirm_button.clicked.connect(self.confirm_action.trigger)
        self.cancel_button = QPushButton(self.tr("Abbrechen"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self._layout()
        self._show_loan()
        self.scan_field.setFocus()
        self.resize(760, 600)

    def _layout(self) -> None:
        check = QGroupBox(self.tr("Zustand"), self)
        form = QFormLayout(check)
        form.addRow(self.tr("&Zustand:"), self.condition_edit)
        form.addRow(self.tr("&Schaden:"), self.damage_edit)
        details = QHBoxLayout()
        details.addWidget(self.checklist_box, 1)
        details.addWidget(check, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.document_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan_field)
        layout.addWidget(self.feedback)
        layout.addWidget(self.loan_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.open_label)
        layout.addLayout(details)
        layout.addLayout(buttons)

    # --- scanning
    def scan(self) -> None:
        text = self.scan_field.take()
        if not text:
            return

        def work() -> OpenLineDTO:
            return returns.find_open_line_by_inventory_no(self.context.uow(), text)

        self.context.runner.submit(work, self._collect, self._show_error)

    def _collect(self, found: OpenLineDTO) -> None:
        line = next(line for line in found.loan.lines if line.id == found.line_id)
        if found.line_id in self.lines.line_ids():
            self.feedback.show_error(
                self.tr("Gerät {number} ist schon erfasst.").format(number=line.inventory_no)
            )
            return
        if self.loan is not None and found.loan.id != self.loan.id:
            self.feedback.show_error(
                self.tr(
                    "Gerät {number} gehört zu {other}, nicht zu {receipt}. Bitte zuerst diese "
                    "Rücknahme abschließen."
                ).format(
                    number=line.inventory_no,
                    other=found.loan.receipt_no,
                    receipt=self.loan.receipt_no,
                )
            )
            return
        self.loan = found.loan
        self.lines.append(found)
        self.view.selectRow(self.lines.rowCount() - 1)
        for item in found.checklist:
            if item not in self.checkboxes:
                box = QCheckBox(item, self.checklist_box)
                box.setChecked(True)
                self.checklist_layout.addWidget(box)
                self.checkboxes[item] = box
        self._show_loan()
        self.feedback.show_ok(
            self.tr("✓ {number} {name} erfasst.").format(
                number=line.inventory_no, name=line.item_name
            )
        )

    def _show_loan(self) -> None:
        loan = self.loan
        self.checklist_box.setVisible(bool(self.checkboxes))
        if loan is None:
            self.loan_label.setText(self.tr("Noch kein Gerät gescannt."))
            self.open_label.clear()
            self.confirm_action.setEnabled(False)
            self.confirm_button.setEnabled(False)
            return
        overdue = (self.today - loan.due_date).days
        if overdue > 0:
            due = self.tr("fällig am {date} – %n Tag(e) überfällig", "", overdue).format(
                date=german_date(loan.due_date)
            )
        else:
            due = self.tr("fällig am {date}").format(date=german_date(loan.due_date))
        self.loan_label.setText(
            self.tr("{receipt} · {organisation} · {contact} · {due}").format(
                receipt=loan.receipt_no,
                organisation=loan.organisation_name,
                contact=loan.contact_name,
                due=due,
            )
        )
        collected = set(self.lines.line_ids())
        still_out = [
            f"{line.inventory_no} {line.item_name}"
            for line in loan.lines
            if line.returned_at is None and line.id not in collected
        ]
        if still_out:
            self.open_label.setText(
                self.tr("Bleibt ausgeliehen: {items}").format(items=", ".join(still_out))
            )
        else:
            self.open_label.setText(self.tr("Damit ist alles zurück."))
        ready = not self._saving and self.lines.rowCount() > 0
        self.confirm_action.setEnabled(ready)
        self.confirm_button.setEnabled(ready)

    # --- confirm
    def confirm(self) -> None:
        if self._saving or self.loan is None or not self.lines.rowCount():
            return
        line_ids = self.lines.line_ids()
        results = {item: box.isChecked() for item, box in self.checkboxes.items()}
        condition, damage = self.condition_edit.text(), self.damage_edit.text()

        def work() -> list[LoanDTO]:
            return returns.check_in(
                self.context.uow(), line_ids=line_ids, checklist_results=results or None,
                condition_in=condition, damage_note=damage,
            )  # fmt: skip

        self._saving = True
        self._show_loan()
        self.context.runner.submit(work, self._saved, self._save_failed)

    def _saved(self, loans: list[LoanDTO]) -> None:
        self._saving = False
        loan = loans[0]
        self.last_loan = loan
        count = self.lines.rowCount()
        self.start_over()
        if loan.state is LoanState.RETURNED:
            text = self.tr("✓ %n Gerät(e) zurückgenommen; {receipt} ist abgeschlossen.", "", count)
        else:
            text = self.tr("✓ %n Gerät(e) zurückgenommen; {receipt} bleibt offen.", "", count)
        self.feedback.show_ok(text.format(receipt=loan.receipt_no))
        self.returned.emit(loan)
        slips.issue_and_present(
            self.context, self, loan_id=loan.id, kind="return_record",
            title=self.tr("Rücknahmeprotokoll {receipt}").format(receipt=loan.receipt_no),
            report=self.document_label.report_document,
        )  # fmt: skip

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._show_loan()
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        self.feedback.show_failure(error)

    def start_over(self) -> None:
        self.loan = None
        self.lines.set_rows([])
        for box in self.checkboxes.values():
            box.deleteLater()
        self.checkboxes.clear()
        self.condition_edit.clear()
        self.damage_edit.clear()
        self.document_label.hide()
        self.feedback.show_hint(self.tr("Bereit zum Scannen."))
        self._show_loan()
        self.scan_field.setFocus()

    def reject(self) -> None:
        if self.lines.rowCount() and not self._ask_discard():
            self.scan_field.setFocus()
            return
        super().reject()

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Rückgabe abbrechen?"),
            self.tr("Gescannte Geräte sind noch nicht zurückgenommen. Wirklich abbrechen?"),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes
