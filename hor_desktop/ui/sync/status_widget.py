"""The sync part of the status bar: online, last sync, changes waiting, conflicts, clock.

One clickable widget (mouse, Enter or Space) that opens the sync log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from hor_desktop.core.clock import to_local

if TYPE_CHECKING:
    from hor_desktop.sync.status import SyncStatus

OFFLINE = "offline"  # sync.status.OFFLINE, without importing the sync package at start-up
CLOCK_WARNING_MS = 2 * 60 * 1000  # sync.status.CLOCK_WARNING_MS


def clock_is_wrong(offset_ms: int | None) -> bool:
    return offset_ms is not None and abs(offset_ms) > CLOCK_WARNING_MS


class SyncStatusWidget(QFrame):
    """Shows a SyncStatus; ``clicked`` when the user wants the log."""

    clicked = Signal()

    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.mode = mode
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Synchronisationsprotokoll öffnen (Klick oder Eingabetaste)"))
        self.online_label = QLabel(self)
        self.online_label.setObjectName("syncOnline")
        self.last_label = QLabel(self)
        self.last_label.setObjectName("syncLast")
        self.last_label.setToolTip(self.tr("Letzte erfolgreiche Synchronisation"))
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("syncPending")
        self.pending_label.setToolTip(
            self.tr("Änderungen dieses PCs, die noch nicht gesendet sind")
        )
        self.conflicts_label = QLabel(self)
        self.conflicts_label.setObjectName("syncConflicts")
        self.conflicts_label.setToolTip(
            self.tr("Offene Konflikte im ganzen Haus (Tab „Konflikte“)")
        )
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("syncWarning")
        self.warning_label.setStyleSheet("color: #a33; font-weight: bold;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(10)
        for label in (
            self.online_label, self.last_label, self.pending_label, self.conflicts_label,
            self.warning_label,
        ):  # fmt: skip
            layout.addWidget(label)
        self.status: SyncStatus | None = None
        self.conflicts = 0
        self._show_initial()

    # --- what it shows -------------------------------------------------------------------

    def _show_initial(self) -> None:
        if self.mode == "direct":
            self._online(True, self.tr("Direkt verbunden"))
            self.last_label.hide()
            self.pending_label.hide()
        else:
            self.online_label.setText(self.tr("○ Verbindung wird geprüft …"))
            self.last_label.setText(self.tr("Noch nie synchronisiert"))
            self.pending_label.setText(self.tr("Wartend: %n", "", 0))
        self.set_conflict_count(0)
        self.warning_label.hide()

    def _online(self, online: bool, text: str) -> None:
        self.online_label.setText(text)
        colour = "#2e7d32" if online else "#a33"
        self.online_label.setStyleSheet(f"color: {colour};")

    def set_status(self, status: SyncStatus) -> None:
        self.status = status
        if status.running:
            self._online(True, self.tr("⟳ Synchronisiert …"))
        elif status.online is None:
            self.online_label.setText(self.tr("○ Verbindung wird geprüft …"))
            self.online_label.setStyleSheet("")
        elif status.online:
            self._online(True, self.tr("● Online"))
        else:
            self._online(False, self.tr("● Offline"))
        if status.last_sync_at is not None:
            when = to_local(status.last_sync_at)
            self.last_label.setText(
                self.tr("Zuletzt: {date}, {time} Uhr").format(
                    date=f"{when:%d.%m.%Y}", time=f"{when:%H:%M}"
                )
            )
        else:
            self.last_label.setText(self.tr("Noch nie synchronisiert"))
        self.pending_label.setText(self.tr("Wartend: %n", "", status.pending))
        self.set_conflict_count(status.conflicts_open)
        self._warnings(status)

    def _warnings(self, status: SyncStatus) -> None:
        warnings: list[str] = []
        details: list[str] = []
        if clock_is_wrong(status.clock_offset_ms):
            warnings.append(self.tr("⚠ PC-Uhr falsch"))
            details.append(self.clock_detail(status.clock_offset_ms or 0))
        if status.paused_reason:
            warnings.append(self.tr("⚠ Senden angehalten"))
            details.append(status.paused_reason)
        elif status.last_error and status.last_error != OFFLINE:
            warnings.append(self.tr("⚠ Fehler beim Synchronisieren"))
            details.append(status.last_error)
        self.warning_label.setText("  ".join(warnings))
        self.warning_label.setToolTip("\n".join(details))
        self.warning_label.setVisible(bool(warnings))

    def clock_detail(self, offset_ms: int) -> str:
        minutes = round(abs(offset_ms) / 60_000)
        if offset_ms > 0:  # offset = server − PC: the PC is behind
            return self.tr(
                "Die Uhr dieses PCs geht etwa %n Minute(n) nach. Bitte Datum und Uhrzeit "
                "des PCs korrigieren.", "", minutes,
            )  # fmt: skip
        return self.tr(
            "Die Uhr dieses PCs geht etwa %n Minute(n) vor. Bitte Datum und Uhrzeit "
            "des PCs korrigieren.", "", minutes,
        )  # fmt: skip

    def set_conflict_count(self, count: int) -> None:
        self.conflicts = count
        self.conflicts_label.setText(self.tr("Konflikte: %n", "", count))
        self.conflicts_label.setStyleSheet("color: #a33; font-weight: bold;" if count else "")

    # --- clicking ------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            event.accept()
            return
        super().keyPressEvent(event)
