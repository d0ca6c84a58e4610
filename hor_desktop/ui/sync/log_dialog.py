"""The sync log: where this replica stands, and what the last rounds did (newest first)."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import to_local
from hor_desktop.ui.sync.bridge import SyncBridge
from hor_desktop.ui.sync.status_widget import clock_is_wrong
from hor_desktop.ui.table_model import HeaderedTableModel, Index
from hor_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from hor_desktop.sync.status import SyncLogEntry, SyncStatus

_FAILED = QColor("#a33")
SYNC_NOW_KEY = "F9"  # like "Senden/Empfangen" in mail programs; free in the whole window


class SyncLogModel(HeaderedTableModel):
    class Column(IntEnum):
        WHEN = 0
        SUMMARY = 1

    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Zeit"), self.tr("Ergebnis"))
        self._rows: list[tuple[str, str, bool, SyncLogEntry]] = []

    def set_entries(self, entries: list[SyncLogEntry]) -> None:
        self.beginResetModel()
        self._rows = [
            (f"{to_local(e.at):%d.%m.%Y %H:%M:%S}", e.summary, e.error is not None, e)
            for e in entries
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        when, summary, failed, entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return when if index.column() == self.Column.WHEN else summary
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.Column.SUMMARY:
            return summary
        if role == Qt.ItemDataRole.ForegroundRole and failed:
            return _FAILED
        if role == self.RowRole:
            return entry
        return None


class SyncLogDialog(QDialog):
    """Opened from the status bar; "Jetzt synchronisieren" (F9) runs a round."""

    def __init__(self, bridge: SyncBridge, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncLogDialog")
        self.setWindowTitle(self.tr("Synchronisation"))
        self.resize(760, 420)
        self.bridge = bridge
        self.runner = runner
        self.state_label = QLabel(self)
        self.state_label.setObjectName("syncStateLines")
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = SyncLogModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(
            SyncLogModel.Column.WHEN, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(SyncLogModel.Column.SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("Noch keine Synchronisation aufgezeichnet."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.sync_button = QPushButton(self.tr("&Jetzt synchronisieren"), self)
        self.sync_button.setToolTip(SYNC_NOW_KEY)
        buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_action = QAction(self.tr("Jetzt synchronisieren"), self)
        self.sync_action.setShortcut(QKeySequence(SYNC_NOW_KEY))
        self.sync_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.sync_action.triggered.connect(self.sync_now)
        self.addAction(self.sync_action)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        bridge.status_changed.connect(self.show_status)
        bridge.round_finished.connect(self.reload)
        bridge.attached.connect(self._update_enabled)
        self._update_enabled()
        if bridge.last_status is not None:
            self.show_status(bridge.last_status)
        else:
            self.state_label.setText(self._no_status_text())
        self.reload()

    def _no_status_text(self) -> str:
        if self.bridge.syncing:
            return self.tr("Der Stand wird gelesen …")
        return self.tr("An diesem Arbeitsplatz läuft keine Synchronisation (kein Replikat).")

    def _update_enabled(self) -> None:
        self.sync_button.setEnabled(self.bridge.syncing)
        self.sync_action.setEnabled(self.bridge.syncing)

    def show_status(self, status: SyncStatus) -> None:
        lines = list(status.lines())
        if status.online is False:
            lines.insert(0, self.tr("Offline: keine Verbindung zur gemeinsamen Datenbank."))
        if clock_is_wrong(status.clock_offset_ms):
            lines.append(self.tr("Bitte Datum und Uhrzeit dieses PCs korrigieren."))
        self.state_label.setText("\n".join(lines))

    def reload(self, _report: object = None) -> None:
        self.runner.submit(self.bridge.sync_log, self._show_entries)

    def _show_entries(self, entries: list[SyncLogEntry]) -> None:
        self.model.set_entries(entries)
        self.empty_label.setVisible(not entries)

    def sync_now(self) -> None:
        if self.bridge.request_round():
            self.state_label.setText(
                self.state_label.text() + "\n" + self.tr("Synchronisation angefordert …")
            )
