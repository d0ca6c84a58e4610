"""Startup errors in German, and the crash dialog with "Details kopieren"."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hor_desktop.core.errors import (
    ConfigError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
)
from hor_desktop.ui.messages import CrashDialog, CrashReporter, startup_error_text


def _boom() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ValueError("kaputt")
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
        assert exc_type is not None and exc is not None
        return exc_type, exc, tb


@pytest.mark.parametrize(
    ("error", "title"),
    [
        (DatabaseLockedError(path="/tmp/hor.sqlite"), "Datenbank bereits geöffnet"),
        (DatabaseTooNewError(revision="9999_future"), "Datenbank ist neuer als das Programm"),
        (DatabaseUnavailableError(reason="Netz weg"), "Datenbank nicht erreichbar"),
        (ConfigError(reason="kaputt"), "Einstellungen ungültig"),
    ],
)
def test_startup_error_has_a_german_title_and_the_detail(
    qapp: QApplication, error: Exception, title: str
) -> None:
    shown_title, body = startup_error_text(error)  # type: ignore[arg-type]
    assert shown_title == title
    assert str(error) in body


def test_crash_dialog_copies_the_details(qtbot: QtBot) -> None:
    dialog = CrashDialog("Traceback: ValueError kaputt", log_file="/tmp/hor-desk.log")
    qtbot.addWidget(dialog)
    assert dialog.copy_button.text() == "Details kopieren"
    assert "/tmp/hor-desk.log" in dialog.message.text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "Traceback: ValueError kaputt"
    assert dialog.copy_button.text() == "Kopiert"


def test_crash_reporter_logs_and_shows_the_traceback(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[CrashDialog] = []

    def show(dialog: CrashDialog) -> None:
        qtbot.addWidget(dialog)
        shown.append(dialog)

    reporter = CrashReporter(show=show, fallback=lambda *_a: pytest.fail("no fallback"))
    with caplog.at_level(logging.CRITICAL):
        reporter(*_boom())  # type: ignore[arg-type]
    assert "ValueError: kaputt" in shown[0].details
    assert "HoR Desk" in shown[0].details
    assert any(record.exc_info for record in caplog.records)


def test_crash_reporter_falls_back_when_the_dialog_fails(qapp: QApplication) -> None:
    fallen_back: list[BaseException] = []

    def broken_show(_dialog: CrashDialog) -> None:
        raise RuntimeError("dialog kaputt")

    reporter = CrashReporter(show=broken_show, fallback=lambda _t, e, _tb: fallen_back.append(e))
    reporter(*_boom())  # type: ignore[arg-type]
    assert isinstance(fallen_back[0], ValueError)
