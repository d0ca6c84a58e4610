"""``--startup-probe``: time from process start to the first painted, populated window."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

POPULATE_TIMEOUT_MS = 10_000
TAB_SETTLE_MS = 1_500  # tabs load their first page in the background


def resident_mb() -> float:
    """Resident memory of this process in MB (Linux: VmRSS; elsewhere the peak)."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # noqa: PLC0415 (not on Windows; only a fallback)

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seconds_since_process_start() -> float:
    """Wall time since the OS started this process (Linux /proc), else since import."""
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat: starttime, in clock ticks
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED_AT


_IMPORTED_AT = time.perf_counter()


class StartupProbe(QObject):
    """Waits for the window's first paint and, if the first tab loads data, for its
    ``populated`` signal; prints ``STARTUP first_paint_ms=… populated_ms=…`` and quits."""

    def __init__(self, window: QWidget, app: QApplication) -> None:
        super().__init__(window)
        self._window = window
        self._app = app
        self._first_paint: float | None = None
        self._populated: float | None = None
        self._cpu_populated: float | None = None

    def arm(self) -> None:
        self._window.installEventFilter(self)
        QTimer.singleShot(POPULATE_TIMEOUT_MS, self._finish)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        painted = watched is self._window and event.type() == QEvent.Type.Paint
        if painted and self._first_paint is None:
            self._first_paint = seconds_since_process_start()
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._wait_for_first_tab)
        return False

    def _wait_for_first_tab(self) -> None:
        tabs = getattr(self._window, "tabs", None)
        tab = tabs.currentWidget() if tabs is not None else None
        populated = getattr(tab, "populated", None)
        if populated is None or getattr(tab, "is_populated", lambda: False)():
            self._finish()
            return
        populated.connect(self._finish)

    def _finish(self) -> None:
        if self._first_paint is None:
            print("STARTUP failed: no paint within the timeout", file=sys.stderr)
            self._app.exit(1)
            return
        if self._populated is not None:  # the timeout firing after a finished probe
            return
        self._populated = seconds_since_process_start()
        self._cpu_populated = time.process_time()
        self._visit_tabs()

    def _visit_tabs(self) -> None:
        """Open every tab once, so the memory figure covers a desk that used them all."""
        tabs = getattr(self._window, "tabs", None)
        if tabs is not None:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
        QTimer.singleShot(TAB_SETTLE_MS, self._report)

    def _report(self) -> None:
        assert self._first_paint is not None and self._populated is not None
        assert self._cpu_populated is not None
        # cpu_populated_ms: CPU time of all threads until populated. On a busy machine the
        # wall times wander; this figure shows whether a change made start-up cheaper.
        print(
            f"STARTUP first_paint_ms={self._first_paint * 1000:.0f} "
            f"populated_ms={self._populated * 1000:.0f} rss_all_tabs_mb={resident_mb():.0f} "
            f"cpu_populated_ms={self._cpu_populated * 1000:.0f}"
        )
        sys.stdout.flush()
        self._app.exit(0)
