"""„Protokoll“: who changed what, filtered by person, period, area and location."""

from __future__ import annotations

import itertools
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import BERLIN
from hor_desktop.core.errors import HorError
from hor_desktop.services import audit_log, staff
from hor_desktop.services.audit_log import AuditEventDTO
from hor_desktop.services.locations import LocationDTO, list_locations
from hor_desktop.ui.audit.model import AuditTableModel, Column
from hor_desktop.ui.context import DeskContext

PAGE = audit_log.PAGE_SIZE


class AuditLogDialog(QDialog):
    """Read-only view; „Weitere laden“ fetches the next keyset page."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.setWindowTitle(self.tr("Protokoll"))
        self.resize(1000, 600)
        self.context = context
        self.model = AuditTableModel(self)
        self.has_more = False

        self.staff_combo = QComboBox(self)
        self.staff_combo.setObjectName("staffFilter")
        self.staff_combo.addItem(self.tr("Alle Personen"), None)
        self.entity_combo = QComboBox(self)
        self.entity_combo.setObjectName("entityFilter")
        self.entity_combo.addItem(self.tr("Alle Bereiche"), None)
        for key, label in sorted(audit_log.ENTITY_LABELS.items(), key=lambda kv: kv[1]):
            self.entity_combo.addItem(label, key)
        self.location_combo = QComboBox(self)
        self.location_combo.setObjectName("locationFilter")
        self.location_combo.addItem(self.tr("Alle Standorte"), None)
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-30), self)
        self.from_edit.setObjectName("fromEdit")
        self.to_edit = QDateEdit(today, self)
        self.to_edit.setObjectName("toEdit")
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)

        filters = QHBoxLayout()
        fields: list[tuple[str, QWidget]] = [
            (self.tr("&Person:"), self.staff_combo), (self.tr("&Von:"), self.from_edit),
            (self.tr("&Bis:"), self.to_edit), (self.tr("Be&reich:"), self.entity_combo),
            (self.tr("&Standort:"), self.location_combo),
        ]  # fmt: skip
        for caption, widget in fields:
            buddy_label = QLabel(caption, self)
            buddy_label.setBuddy(widget)
            filters.addWidget(buddy_label)
            filters.addWidget(widget)
        filters.addStretch(1)
        for (_, first), (_, second) in itertools.pairwise(fields):  # Tab follows the row
            QWidget.setTabOrder(first, second)

        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Protokolleinträge"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            Column.CHANGES, QHeaderView.ResizeMode.Stretch
        )
        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")

        self.refresh_action = self._action("refreshAuditAction", self.tr("&Aktualisieren"),
                                           "F5", self.refresh)  # fmt: skip
        self.more_action = self._action("moreAuditAction", self.tr("&Weitere laden"),
                                        "Ctrl+Shift+M", self.load_more)  # fmt: skip
        self.export_action = self._action("exportAuditAction", self.tr("Als &CSV exportieren …"),
                                          "Ctrl+E", self.export_csv)  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        action_buttons: list[QPushButton] = []
        for action in (self.refresh_action, self.more_action, self.export_action):
            button = QPushButton(action.text(), self)
            button.clicked.connect(action.trigger)
            button.setAutoDefault(False)
            buttons.addWidget(button)
            action_buttons.append(button)
        self.more_button = action_buttons[1]

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        for combo in (self.staff_combo, self.entity_combo, self.location_combo):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.refresh)
        self._load_choices()
        self.refresh()

    def _action(self, name: str, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    def _load_choices(self) -> None:
        staff_uow, location_uow = self.context.uow(), self.context.uow()

        def work() -> tuple[list[staff.StaffDTO], list[LocationDTO]]:
            return staff.list_staff(staff_uow, include_inactive=True), list_locations(location_uow)

        self.context.runner.submit(work, self._choices_loaded, self._failed)

    def _choices_loaded(self, loaded: tuple[list[staff.StaffDTO], list[LocationDTO]]) -> None:
        members, locations = loaded
        for member in members:
            self.staff_combo.addItem(f"{member.initials} – {member.display_name}", member.id)
        for location in locations:
            self.location_combo.addItem(f"{location.code} – {location.name}", location.id)

    def filters(self) -> dict[str, object]:
        first: date = self.from_edit.date().toPython()  # type: ignore[assignment]
        last: date = self.to_edit.date().toPython()  # type: ignore[assignment]
        start = datetime.combine(first, time(), BERLIN)
        end = datetime.combine(last + timedelta(days=1), time(), BERLIN)
        staff_id: uuid.UUID | None = self.staff_combo.currentData()
        location_id: uuid.UUID | None = self.location_combo.currentData()
        return {"staff_id": staff_id, "start": start, "end": end,
                "entity": self.entity_combo.currentData(), "location_id": location_id}  # fmt: skip

    def refresh(self) -> None:
        self._fetch(before=None, replace=True)

    def load_more(self) -> None:
        if self.has_more and self.model.rows:
            self._fetch(before=self.model.rows[-1].cursor, replace=False)

    def _fetch(self, *, before: tuple[datetime, uuid.UUID] | None, replace: bool) -> None:
        uow, filters = self.context.uow(), self.filters()

        def work() -> list[AuditEventDTO]:
            return audit_log.list_audit_events(uow, limit=PAGE, before=before, **filters)  # type: ignore[arg-type]

        self.context.runner.submit(work, lambda rows: self._loaded(rows, replace), self._failed)

    def _loaded(self, rows: list[AuditEventDTO], replace: bool) -> None:
        if replace:
            self.model.reset_rows(rows)
        else:
            self.model.append_rows(rows)
        self.has_more = len(rows) == PAGE
        self.more_action.setEnabled(self.has_more)
        self.more_button.setEnabled(self.has_more)
        self.status.setText(self.tr("%n Einträge geladen", "", len(self.model.rows)))

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, HorError):
            raise error
        self.status.setText(error.message)

    def export_csv(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Protokoll exportieren"),
                self.tr("protokoll-{day}.csv").format(day=QDateTime.currentDateTime().toString("yyyy-MM-dd")),
                self.tr("CSV für Excel (*.csv)"),
            )  # fmt: skip
        if not path:
            return
        filters, make_uow = self.filters(), self.context.uow

        def work() -> int:
            rows = audit_log.all_audit_events(make_uow, **filters)  # type: ignore[arg-type]
            Path(path).write_bytes(audit_log.audit_events_csv(rows))
            return len(rows)

        self.context.runner.submit(work, self._exported, self._export_failed)

    def _exported(self, count: int) -> None:
        self.status.setText(self.tr("%n Einträge exportiert", "", count))

    def _export_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            self.status.setText(self.tr("Export fehlgeschlagen: {reason}").format(
                reason=error.strerror or str(error)))  # fmt: skip
            return
        self._failed(error)
