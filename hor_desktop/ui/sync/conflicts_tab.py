"""The "Konflikte" tab: open sync conflicts by urgency, both rows side by side, and actions.

Every action asks in a dialog (a free alternative, or a reason), runs one service call in
the background and reloads the list. The list also reloads after every sync round and
after every local change, so a conflict settled at another location disappears here too.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.enums import Role
from hor_desktop.core.errors import HorError
from hor_desktop.services import conflict_actions, conflict_alternatives, conflicts
from hor_desktop.services.conflict_alternatives import AlternativeDTO
from hor_desktop.services.conflicts import ConflictDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.sync.conflict_detail import ConflictDetail
from hor_desktop.ui.sync.conflict_dialogs import AlternativeDialog, ReasonDialog
from hor_desktop.ui.sync.conflicts_model import ConflictsTableModel
from hor_desktop.ui.tasks import report_unexpected


class ConflictsTab(QWidget):
    count_changed = Signal(int)  # open conflicts listed here

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsTab")
        self.context = context
        self.dialog: QDialog | None = None  # the open action dialog (tests reach it here)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("conflictsSummary")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("conflictsMessage")
        self.message_label.setWordWrap(True)
        self.model = ConflictsTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("conflictsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(
            self.tr(
                "Keine offenen Konflikte. Doppelbuchungen zwischen den Standorten, gleichzeitige "
                "Änderungen und abgelehnte Änderungen erscheinen hier nach der Synchronisation."
            ),
            self,
        )
        self.empty_label.setObjectName("conflictsEmpty")
        self.empty_label.setWordWrap(True)
        self.detail = ConflictDetail(self)
        self._build_actions()
        buttons = QHBoxLayout()
        for action in self.actions_in_order:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addLayout(buttons)
        lower_layout.addWidget(self.message_label)
        lower_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        if context.changes is not None:
            context.changes.changed.connect(self.refresh)
        self._show_selected()
        self.refresh()

    def _build_actions(self) -> None:
        def make(text: str, key: str, slot: Callable[[], None], name: str) -> QAction:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({action.shortcut().toString()})")
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.move_action = make(
            self.tr("Verschieben …"), "Ctrl+Shift+V", self.move_selected, "conflictMove"
        )
        self.cancel_action = make(
            self.tr("Stornieren …"), "Ctrl+Shift+S", self.cancel_selected, "conflictCancel"
        )
        self.swap_action = make(
            self.tr("Tauschen …"), "Ctrl+Shift+T", self.swap_selected, "conflictSwap"
        )
        self.override_action = make(
            self.tr("Übergehen (Leitung) …"),
            "Ctrl+Shift+O",
            self.override_selected,
            "conflictOverride",
        )
        self.acknowledge_action = make(
            self.tr("Erledigt …"), "Ctrl+Shift+G", self.acknowledge_selected, "conflictAcknowledge"
        )
        self.refresh_action = make(self.tr("Aktualisieren"), "F5", self.refresh, "conflictRefresh")
        self.actions_in_order = [
            self.move_action, self.cancel_action, self.swap_action, self.override_action,
            self.acknowledge_action, self.refresh_action,
        ]  # fmt: skip

    # --- loading -------------------------------------------------------------------------

    def refresh(self, *_args: Any) -> None:
        uow = self.context.uow
        self.context.runner.submit(
            lambda: conflicts.list_open_conflicts(uow()), self._show, self.handle_error
        )

    def _show(self, found: list[ConflictDTO]) -> None:
        selected = self.selected()
        self.model.set_conflicts(found)
        self.table.resizeColumnsToContents()
        row = self.model.row_of(selected.id) if selected else None
        if row is None and found:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self.summary_label.setText(
            self.tr("Offene Konflikte an diesem Standort: %n", "", len(found))
        )
        self.empty_label.setVisible(not found)
        self.table.setVisible(bool(found))
        self._show_selected()
        self.count_changed.emit(len(found))

    def selected(self) -> ConflictDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.conflict(rows[0].row()) if rows else None

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        conflict = self.selected()
        self.detail.show_conflict(conflict)
        double = conflict is not None and conflict.is_double and conflict.b is not None
        may_override = self.context.actor.role in (Role.LOCATION_ADMIN, Role.ADMIN)
        self.move_action.setEnabled(double)
        self.cancel_action.setEnabled(double)
        self.swap_action.setEnabled(double)
        self.override_action.setEnabled(
            conflict is not None and conflict.is_double and may_override
        )
        self.acknowledge_action.setEnabled(conflict is not None and not conflict.is_double)

    # --- messages ------------------------------------------------------------------------

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #a33;" if error else "color: #2e7d32;")
        self.message_label.setText(text)

    def handle_error(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self.show_message(error.message, error=True)
        else:
            report_unexpected(error)

    def _done(self, text: str) -> None:
        self.show_message(text)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.handle_error(error)
        self.refresh()  # settled elsewhere meanwhile: the list shows the truth again

    # --- actions -------------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def move_selected(self) -> None:
        self._with_alternatives(side="b", swap=False)

    def swap_selected(self) -> None:
        self._with_alternatives(side="a", swap=True)

    def _with_alternatives(self, *, side: conflict_alternatives.Side, swap: bool) -> None:
        conflict = self.selected()
        if conflict is None or not conflict.is_double or conflict.b is None:
            return
        uow = self.context.uow
        self.context.runner.submit(
            lambda: conflict_alternatives.suggest_alternatives(
                uow(), conflict_id=conflict.id, side=side
            ),
            lambda found: self._ask_alternative(conflict, found, swap=swap),
            self._failed,
        )

    def _ask_alternative(
        self, conflict: ConflictDTO, found: list[AlternativeDTO], *, swap: bool
    ) -> None:
        assert conflict.b is not None
        if swap:
            title = self.tr("Tauschen")
            intro = self.tr(
                "B ({b}) bekommt {resource}. Wohin weicht A ({a}) aus?"
            ).format(b=conflict.b.organisation_name, a=conflict.a.organisation_name,
                     resource=conflict.a.resource)  # fmt: skip
        else:
            title = self.tr("Verschieben")
            intro = self.tr("Wohin soll B ({b}: {what}) ausweichen?").format(
                b=conflict.b.organisation_name, what=conflict.b.what
            )
        dialog = AlternativeDialog(title, intro, found, self)
        self._open(dialog, lambda: self._apply_alternative(conflict.id, dialog, swap=swap))

    def _apply_alternative(
        self, conflict_id: uuid.UUID, dialog: AlternativeDialog, *, swap: bool
    ) -> None:
        chosen, note = dialog.chosen(), dialog.note()
        if chosen is None:
            return
        uow = self.context.uow
        if swap:
            work = lambda: conflict_actions.swap_bookings(  # noqa: E731
                uow(), conflict_id=conflict_id, alternative=chosen, note=note
            )
        else:
            work = lambda: conflict_actions.move_booking(  # noqa: E731
                uow(), conflict_id=conflict_id, alternative=chosen, note=note
            )
        self.context.runner.submit(work, self._done, self._failed)

    def cancel_selected(self) -> None:
        conflict = self.selected()
        if conflict is None or not conflict.is_double or conflict.b is None:
            return
        dialog = ReasonDialog(
            self.tr("Stornieren"),
            self.tr("Die Buchung von B ({b}: {what}) wird storniert. Warum?").format(
                b=conflict.b.organisation_name, what=conflict.b.what
            ),
            parent=self,
        )
        uow = self.context.uow
        self._open(dialog, lambda: self.context.runner.submit(
            lambda: conflict_actions.cancel_booking(
                uow(), conflict_id=conflict.id, reason=dialog.reason()
            ),
            self._done, self._failed,
        ))  # fmt: skip

    def override_selected(self) -> None:
        conflict = self.selected()
        if conflict is None or not conflict.is_double:
            return
        dialog = ReasonDialog(
            self.tr("Konflikt übergehen"),
            self.tr(
                "Beide Buchungen bleiben bestehen (z. B. teilen sich die Gruppen den Raum). "
                "Die Begründung wird protokolliert."
            ),
            parent=self,
        )
        uow = self.context.uow

        def override() -> str:
            conflicts.admin_override(uow(), conflict_id=conflict.id, reason=dialog.reason())
            return self.tr("Konflikt übergangen; beide Buchungen bleiben bestehen.")

        self._open(dialog, lambda: self.context.runner.submit(override, self._done, self._failed))

    def acknowledge_selected(self) -> None:
        conflict = self.selected()
        if conflict is None or conflict.is_double:
            return
        dialog = ReasonDialog(
            self.tr("Als erledigt markieren"),
            self.tr("Der Eintrag verschwindet aus der Liste. Was wurde getan?"),
            required=False, parent=self,
        )  # fmt: skip
        uow = self.context.uow

        def acknowledge() -> str:
            conflicts.acknowledge(uow(), conflict_id=conflict.id, note=dialog.reason() or None)
            return self.tr("Als erledigt markiert.")

        self._open(
            dialog, lambda: self.context.runner.submit(acknowledge, self._done, self._failed)
        )
