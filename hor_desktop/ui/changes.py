"""A signal for "something was saved", raised after every commit from any thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeNotifier(QObject):
    """Lives on the GUI thread; ``changed`` reaches slots there even when a worker thread
    committed (Qt queues the emission)."""

    changed = Signal()

    def notify(self) -> None:
        self.changed.emit()
