"""Verwaltung → Personal: list staff, add someone, change a role, reset a PIN, deactivate."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.enums import Role
from hor_desktop.core.errors import HorError
from hor_desktop.services import staff
from hor_desktop.services.locations import LocationDTO, list_locations
from hor_desktop.services.staff import StaffDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.staff.staff_form import StaffFormDialog, role_text
from hor_desktop.ui.table_model import HeaderedTableModel, Index


class StaffColumn(IntEnum):
    INITIALS = 0
    NAME = 1
    ROLE = 2
    LOCATION = 3
    STATUS = 4


@dataclass(frozen=True)
class StaffRow:
    member: StaffDTO
    cells: tuple[str, ...]


class StaffTableModel(HeaderedTableModel):
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Kürzel"), self.tr("Name"), self.tr("Rolle"),
                         self.tr("Standort"), self.tr("Status")]  # fmt: skip
        self.rows: list[StaffRow] = []

    def set_rows(self, rows: Sequence[StaffRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == self.RowRole:
            return row.member
        return None


class StaffDialog(QDialog):
    """Every change goes through services/staff.py, which checks the role and writes the
    audit log; refusals appear in the message line, nothing is changed then."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.locations: list[LocationDTO] = []
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("Personal"))
        self.model = StaffTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("staffTable")
        self.table.setAccessibleName(self.tr("Mitarbeitende"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StaffColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.inactive_check = QCheckBox(self.tr("&Inaktive zeigen"), self)
        self.inactive_check.setObjectName("showInactiveCheck")
        self.message = QLabel(self)
        self.message.setObjectName("staffMessage")
        self.message.setWordWrap(True)
        self.add_button = self._button("addStaffButton", self.tr("&Neu …"), "Ctrl+N", self.add)
        self.role_button = self._button(
            "changeRoleButton", self.tr("&Rolle ändern …"), "Ctrl+R", self.change_role
        )
        self.pin_button = self._button(
            "resetPinButton", self.tr("&PIN zurücksetzen …"), "Ctrl+P", self.reset_pin
        )
        self.deactivate_button = self._button(
            "deactivateButton", self.tr("&Deaktivieren"), "Del", self.deactivate
        )
        self.reactivate_button = self._button(
            "reactivateButton", self.tr("Re&aktivieren"), "", self.reactivate
        )
        buttons = QVBoxLayout()
        for button in (self.add_button, self.role_button, self.pin_button,
                       self.deactivate_button, self.reactivate_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.inactive_check)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.inactive_check.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.change_role())
        self.resize(760, 420)
        self._update_buttons()
        self.reload()

    def _button(
        self, name: str, text: str, shortcut: str, slot: Callable[[], object]
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        if shortcut:
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False: slot() if button.isEnabled() else None)
            self.addAction(action)
        return button

    # --- loading --------------------------------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        uow, also_inactive = self.context.uow, self.inactive_check.isChecked()

        def work() -> tuple[list[StaffDTO], list[LocationDTO]]:
            return staff.list_staff(uow(), include_inactive=also_inactive), list_locations(uow())

        self.context.runner.submit(work, lambda result: self._loaded(*result, select=select))

    def _loaded(
        self, members: list[StaffDTO], locations: list[LocationDTO], *, select: uuid.UUID | None
    ) -> None:
        current = self.selected()
        keep = select or (current.id if current is not None else None)
        self.locations = locations
        codes = {loc.id: loc.code for loc in locations}
        self.model.set_rows([
            StaffRow(m, (m.initials, m.display_name, role_text(m.role),
                         codes.get(m.home_location_id, "–"),
                         self.tr("aktiv") if m.active else self.tr("deaktiviert")))
            for m in members
        ])  # fmt: skip
        for row, item in enumerate(self.model.rows):
            if item.member.id == keep:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> StaffDTO | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        member = self.model.data(rows[0], StaffTableModel.RowRole)
        return member if isinstance(member, StaffDTO) else None

    def _update_buttons(self) -> None:
        member = self.selected()
        for button in (self.role_button, self.pin_button):
            button.setEnabled(member is not None and member.active)
        self.deactivate_button.setEnabled(member is not None and member.active)
        self.reactivate_button.setEnabled(member is not None and not member.active)

    # --- changes --------------------------------------------------------------------------

    def _run(self, work: Callable[[], StaffDTO], done_text: str) -> None:
        """Run a change in the background; reload and say what happened, or why not."""

        def done(member: StaffDTO) -> None:
            self.message.setText(done_text.format(name=member.display_name))
            self.reload(select=member.id)

        self.context.runner.submit(work, done, self._refused)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, HorError):
            raise error
        self.message.setText(error.message)

    def add(self, values: dict[str, Any] | None = None) -> None:
        """Ask for name, initials, role, location and PIN (``values``: the form's result)."""
        if values is None:
            form = StaffFormDialog(self.locations, self.context.location.id, self)
            if form.exec() != QDialog.DialogCode.Accepted:
                return
            values = form.values()
        uow, fields = self.context.uow(), dict(values)
        self._run(lambda: staff.create_staff(uow, **fields), self.tr("{name} angelegt."))

    def change_role(self, role: Role | None = None) -> None:
        member = self.selected()
        if member is None or not member.active:
            return
        if role is None:
            roles = list(Role)
            texts = [role_text(r) for r in roles]
            chosen, ok = QInputDialog.getItem(
                self, self.tr("Rolle ändern"),
                self.tr("Neue Rolle für {name}:").format(name=member.display_name),
                texts, roles.index(member.role), False,
            )  # fmt: skip
            if not ok:
                return
            role = roles[texts.index(chosen)]
        uow, new_role = self.context.uow(), role
        self._run(
            lambda: staff.change_role(uow, staff_id=member.id, role=new_role),
            self.tr("Rolle von {name} geändert."),
        )

    def reset_pin(self, pin: str | None = None) -> None:
        member = self.selected()
        if member is None or not member.active:
            return
        if pin is None:
            pin = self._ask_pin(member)
            if pin is None:
                return
        uow, new_pin = self.context.uow(), pin
        self._run(
            lambda: staff.reset_pin(uow, staff_id=member.id, pin=new_pin),
            self.tr("Neue PIN für {name} gesetzt."),
        )

    def _ask_pin(self, member: StaffDTO) -> str | None:
        title = self.tr("PIN zurücksetzen")
        first, ok = QInputDialog.getText(
            self, title, self.tr("Neue PIN für {name} (4–8 Ziffern):").format(
                name=member.display_name), QLineEdit.EchoMode.Password,
        )  # fmt: skip
        if not ok:
            return None
        second, ok = QInputDialog.getText(
            self, title, self.tr("PIN wiederholen:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        if first != second:
            self.message.setText(self.tr("Die beiden PINs stimmen nicht überein."))
            return None
        return first

    def deactivate(self, *, confirm: bool = True) -> None:
        member = self.selected()
        if member is None or not member.active:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Deaktivieren"),
                self.tr("{name} kann sich danach nicht mehr anmelden. Frühere Einträge "
                        "behalten den Namen. Deaktivieren?").format(name=member.display_name),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        uow = self.context.uow()
        self._run(
            lambda: staff.deactivate_staff(uow, staff_id=member.id),
            self.tr("{name} deaktiviert."),
        )

    def reactivate(self) -> None:
        member = self.selected()
        if member is None or member.active:
            return
        uow = self.context.uow()
        self._run(
            lambda: staff.reactivate_staff(uow, staff_id=member.id),
            self.tr("{name} wieder aktiv."),
        )
