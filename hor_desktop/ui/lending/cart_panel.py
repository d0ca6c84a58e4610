"""The cart of the Ausleihe dialog: scan field, colored feedback, the lines, kits, removal.

Every scan is checked live by the lending service (status and loans or reservations at
every location in the dialog's period). Problems show in red with a beep, never in a
modal dialog: a visitor is waiting and the scanner keeps typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.errors import HorError
from hor_desktop.services import availability
from hor_desktop.services.availability import CartCheckDTO, CartItemDTO, KitChoiceDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.lending.feedback import FeedbackLabel, ScanField
from hor_desktop.ui.lending.models import CartTableModel
from hor_desktop.ui.tasks import report_unexpected

PeriodArgs = Callable[[], dict[str, Any]]


class CartPanel(QWidget):
    """``period_args()`` gives the period to check a scan against (start and due or
    loan_days); ``changed`` fires whenever lines come or go."""

    changed = Signal()
    item_added = Signal(object)  # CartItemDTO

    def __init__(
        self, context: DeskContext, period_args: PeriodArgs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.period_args = period_args
        self._pending: set[str] = set()  # numbers being looked up right now

        self.scan_field = ScanField(self.tr("Inventarnummer scannen oder Set-Namen eingeben"), self)
        self.scan_field.returnPressed.connect(self.scan)
        self.feedback = FeedbackLabel(self)
        self.feedback.show_hint(self.tr("Bereit zum Scannen."))
        self.model = CartTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("cartView")
        self.view.setAccessibleName(self.tr("Warenkorb"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CartTableModel.Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("cartCount")

        self.scan_row = QHBoxLayout()
        self.scan_row.addWidget(self.scan_field, 1)
        self.footer = QHBoxLayout()
        self.footer.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.scan_row)
        layout.addWidget(self.feedback)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.footer)
        self.changed.connect(self._count_changed)
        self._count_changed()

    # --- reading
    def items(self) -> list[CartItemDTO]:
        return self.model.rows()

    def item_ids(self) -> list[Any]:
        return self.model.item_ids()

    def __len__(self) -> int:
        return self.model.rowCount()

    def _count_changed(self) -> None:
        self.count_label.setText(self.tr("%n Gerät(e) im Warenkorb", "", self.model.rowCount()))

    # --- scanning
    def scan(self) -> None:
        text = self.scan_field.take()
        if not text:
            return
        if not text.isdigit():
            self._scan_kit(text)
            return
        if text in {row.inventory_no for row in self.items()} or text in self._pending:
            self.feedback.show_error(
                self.tr("Gerät {number} ist schon im Warenkorb.").format(number=text)
            )
            return
        self._pending.add(text)
        args = self.period_args()

        def work() -> CartItemDTO:
            return availability.item_for_cart(self.context.uow(), inventory_no=text, **args)

        def done(item: CartItemDTO) -> None:
            self._pending.discard(text)
            self.add(item)

        def failed(error: BaseException) -> None:
            self._pending.discard(text)
            self.show_error(error)

        self.context.runner.submit(work, done, failed)

    def add(self, item: CartItemDTO, *, quiet: bool = False) -> bool:
        if item.id in self.item_ids():
            self.feedback.show_error(
                self.tr("Gerät {number} ist schon im Warenkorb.").format(number=item.inventory_no)
            )
            return False
        self.model.append(item)
        self.view.selectRow(self.model.rowCount() - 1)
        self.item_added.emit(item)
        self.changed.emit()
        if not quiet:
            self.feedback.show_ok(
                self.tr("✓ {number} {name} hinzugefügt (Standort {location}).").format(
                    number=item.inventory_no, name=item.name, location=item.location_code
                )
            )
        return True

    def remove_line(self) -> None:
        """Remove the selected line, or the last one scanned."""
        if self.model.rowCount() == 0:
            return
        selected = self.view.selectionModel().selectedRows()
        row = selected[0].row() if selected else self.model.rowCount() - 1
        removed = self.model.remove(row)
        self.feedback.show_hint(
            self.tr("{number} {name} entfernt.").format(
                number=removed.inventory_no, name=removed.name
            )
        )
        self.changed.emit()
        self.scan_field.setFocus()

    def clear(self) -> None:
        self.model.set_rows([])
        self._pending.clear()
        self.feedback.show_hint(self.tr("Bereit zum Scannen."))
        self.changed.emit()

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self.feedback.show_error(error.message)
            return
        report_unexpected(error)

    # --- kits
    def _scan_kit(self, text: str) -> None:
        def done(kits: list[KitChoiceDTO]) -> None:
            exact = [kit for kit in kits if kit.name.casefold() == text.casefold()]
            if len(exact) == 1 or len(kits) == 1:
                self.add_kit(exact[0] if exact else kits[0])
            elif not kits:
                self.feedback.show_error(
                    self.tr("Weder Gerät noch Set „{text}“ gefunden.").format(text=text)
                )
            else:
                self.feedback.show_error(
                    self.tr("Mehrere Sets passen zu „{text}“: {names}").format(
                        text=text, names=", ".join(kit.name for kit in kits[:5])
                    )
                )

        self.context.runner.submit(
            lambda: availability.list_kits(self.context.uow(), text=text), done, self.show_error
        )

    def choose_kit(self) -> None:
        """Pick a kit from a list: an explicit action outside the scan loop."""

        def done(kits: list[KitChoiceDTO]) -> None:
            if not kits:
                self.feedback.show_error(self.tr("Es sind keine Sets angelegt."), beep=False)
                return
            names = [kit.name for kit in kits]
            name, ok = QInputDialog.getItem(
                self, self.tr("Set hinzufügen"), self.tr("Set:"), names, 0, False
            )
            if ok:
                self.add_kit(kits[names.index(name)])
            self.scan_field.setFocus()

        self.context.runner.submit(
            lambda: availability.list_kits(self.context.uow()), done, self.show_error
        )

    def add_kit(self, kit: KitChoiceDTO) -> None:
        args = self.period_args()

        def work() -> list[CartCheckDTO]:
            return availability.kit_for_cart(self.context.uow(), kit_id=kit.id, **args)

        def done(checks: list[CartCheckDTO]) -> None:
            added, problems = 0, []
            for check in checks:
                if check.item is None:
                    problems.append(check.problem or check.inventory_no)
                elif check.item.id in self.item_ids():
                    problems.append(
                        self.tr("{number} ist schon im Warenkorb.").format(
                            number=check.inventory_no
                        )
                    )
                else:
                    added += self.add(check.item, quiet=True)
            if problems:
                self.feedback.show_error(
                    self.tr("Set „{kit}“: {count} Gerät(e) hinzugefügt. Nicht möglich: {problems}")
                    .format(kit=kit.name, count=added, problems=" ".join(problems))
                )  # fmt: skip
            else:
                self.feedback.show_ok(
                    self.tr("✓ Set „{kit}“: {count} Gerät(e) hinzugefügt.").format(
                        kit=kit.name, count=added
                    )
                )

        self.context.runner.submit(work, done, self.show_error)
