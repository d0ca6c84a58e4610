"""User-facing messages: expected errors as German text, bugs as a crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hor_desktop import __version__
from hor_desktop.core.errors import (
    ConfigError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    HorError,
)

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def startup_error_text(error: HorError) -> tuple[str, str]:
    """Title and body for an error that stops the start; the error's own text is the detail."""
    if isinstance(error, DatabaseLockedError):
        title = QCoreApplication.translate("messages", "Datenbank bereits geöffnet")
        hint = QCoreApplication.translate(
            "messages", "HoR Desk läuft auf diesem PC schon mit dieser Datenbank."
        )
    elif isinstance(error, DatabaseTooNewError):
        title = QCoreApplication.translate("messages", "Datenbank ist neuer als das Programm")
        hint = QCoreApplication.translate(
            "messages", "Diese HoR-Desk-Version ist zu alt für die Datenbank."
        )
    elif isinstance(error, DatabaseUnavailableError):
        title = QCoreApplication.translate("messages", "Datenbank nicht erreichbar")
        hint = QCoreApplication.translate(
            "messages",
            "HoR Desk konnte die Datenbank nicht öffnen. Bitte Netzwerk, Pfad und "
            "Einstellungen prüfen oder die Administration fragen.",
        )
    elif isinstance(error, ConfigError):
        title = QCoreApplication.translate("messages", "Einstellungen ungültig")
        hint = QCoreApplication.translate(
            "messages", "Die Einstellungen von HoR Desk lassen sich nicht verwenden."
        )
    else:
        title = QCoreApplication.translate("messages", "HoR Desk kann nicht starten")
        hint = QCoreApplication.translate("messages", "Beim Start ist ein Problem aufgetreten.")
    return title, f"{hint}\n\n{error.message}"


def show_startup_error(error: HorError, parent: QWidget | None = None) -> None:
    title, body = startup_error_text(error)
    QMessageBox.critical(parent, title, body)


def format_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    return f"HoR Desk {__version__}, Python {sys.version.split()[0]}\n\n" + "".join(lines)


class CrashDialog(QDialog):
    """Says that something went wrong, that the data is kept, and lets staff copy details."""

    def __init__(self, details: str, log_file: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("HoR Desk – unerwarteter Fehler"))
        self.details = details
        text = self.tr(
            "Es ist ein unerwarteter Fehler aufgetreten. Gespeicherte Daten bleiben erhalten. "
            "Bitte die Details kopieren und an die Administration schicken."
        )
        if log_file:
            text += "\n\n" + self.tr("Protokolldatei: {path}").format(path=log_file)
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.details_view = QPlainTextEdit(details, self)
        self.details_view.setReadOnly(True)
        self.details_view.setMinimumSize(560, 220)

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Details kopieren"), self)
        self.copy_button.setAutoDefault(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(
            self.tr("Schließen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button.clicked.connect(self.copy_details)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details_view)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Kopiert"))


class CrashReporter:
    """The sys.excepthook of the app: log every bug, then show it, never swallow it."""

    def __init__(
        self,
        *,
        log_file: str | None = None,
        show: Callable[[CrashDialog], object] = CrashDialog.exec,
        fallback: ExceptHook = sys.__excepthook__,
    ) -> None:
        self.log_file = log_file
        self._show = show
        self._fallback = fallback
        self._showing = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._fallback(exc_type, exc, tb)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        # A second error while the dialog is open (or without a QApplication) goes to
        # stderr instead of stacking dialogs.
        if self._showing or QApplication.instance() is None:
            self._fallback(exc_type, exc, tb)
            return
        self._showing = True
        try:
            parent = QApplication.activeWindow()
            self._show(CrashDialog(format_details(exc_type, exc, tb), self.log_file, parent))
        except Exception:
            log.exception("crash dialog failed")
            self._fallback(exc_type, exc, tb)
        finally:
            self._showing = False


def install_excepthook(log_file: str | None = None) -> CrashReporter:
    reporter = CrashReporter(log_file=log_file)
    sys.excepthook = reporter
    return reporter
