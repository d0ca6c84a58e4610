"""The print preview: non-modal, prints the chosen pages, saves the bytes, never loses a PDF."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from hor_desktop.ui.printing import PdfPreviewDialog, present_pdf, preview


def _fake_print_dialog(
    output: Path, *, accept: bool = True, page_range: tuple[int, int] | None = None
) -> type:
    """Stands in for QPrintDialog: "chooses" a PDF file as printer, like a user would."""

    class FakePrintDialog:
        PrintDialogOption = QPrintDialog.PrintDialogOption
        opened = 0

        def __init__(self, printer: QPrinter, _parent: QWidget) -> None:
            self.printer = printer

        def setWindowTitle(self, _title: str) -> None: ...
        def setMinMax(self, _low: int, _high: int) -> None: ...
        def setOption(self, *_args: Any) -> None: ...

        def exec(self) -> int:
            type(self).opened += 1
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(output))
            if page_range is not None:
                self.printer.setPrintRange(QPrinter.PrintRange.PageRange)
                self.printer.setFromTo(*page_range)
            return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    return FakePrintDialog


@pytest.fixture
def dialog(qtbot: QtBot, two_page_pdf: bytes) -> PdfPreviewDialog:
    shown = present_pdf(None, two_page_pdf, "Leihschein CCH-2026-00042")
    assert isinstance(shown, PdfPreviewDialog)
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def with_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preview, "available_printers", lambda: ["Empfang"])


def _pages(path: Path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_preview_is_shown_without_blocking_and_renders_every_page(
    dialog: PdfPreviewDialog,
) -> None:
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.page_total == 2 and dialog.pages_layout.count() == 2
    assert dialog.page_info.text() == "2 Seite(n)"


def test_actions_have_the_usual_shortcuts(dialog: PdfPreviewDialog) -> None:
    assert dialog.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert dialog.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert dialog.close_action.shortcut() == QKeySequence("Esc")


def test_printing_puts_every_page_on_the_printer(
    dialog: PdfPreviewDialog, with_printer: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    output = tmp_path / "gedruckt.pdf"
    monkeypatch.setattr(preview, "QPrintDialog", _fake_print_dialog(output))
    dialog.print_action.trigger()
    assert output.is_file() and _pages(output) == 2
    assert dialog.message.isHidden()


def test_printing_honours_the_page_range_of_the_dialog(
    dialog: PdfPreviewDialog, with_printer: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    output = tmp_path / "seite2.pdf"
    monkeypatch.setattr(preview, "QPrintDialog", _fake_print_dialog(output, page_range=(2, 2)))
    assert dialog.print_document()
    assert _pages(output) == 1


def test_cancelled_print_dialog_says_the_document_stays_in_the_archive(
    dialog: PdfPreviewDialog, with_printer: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    output = tmp_path / "nie.pdf"
    monkeypatch.setattr(preview, "QPrintDialog", _fake_print_dialog(output, accept=False))
    assert not dialog.print_document()
    assert not output.exists()
    assert "abgebrochen" in dialog.message.text()
    assert "Dokumentverlauf nachgedruckt" in dialog.message.text()
    assert dialog.isVisible()


def test_without_printers_the_user_is_told_and_no_dialog_opens(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preview, "available_printers", lambda: [])
    fake = _fake_print_dialog(tmp_path / "nie.pdf")
    monkeypatch.setattr(preview, "QPrintDialog", fake)
    assert not dialog.print_document()
    assert fake.opened == 0
    assert "kein Drucker" in dialog.message.text()


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_printer_that_cannot_start_is_reported_not_raised(
    dialog: PdfPreviewDialog, with_printer: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    unwritable = tmp_path / "fehlt" / "ordner" / "x.pdf"
    monkeypatch.setattr(preview, "QPrintDialog", _fake_print_dialog(unwritable))
    assert not dialog.print_document()
    assert "nicht angenommen" in dialog.message.text()
    assert "Archiv" in dialog.message.text()


def test_save_as_pdf_writes_the_unchanged_bytes_and_adds_the_suffix(
    dialog: PdfPreviewDialog, two_page_pdf: bytes, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    chosen = tmp_path / "Leihschein"
    monkeypatch.setattr(preview.QFileDialog, "getSaveFileName", lambda *_args: (str(chosen), "PDF"))
    dialog.save_action.trigger()
    assert (tmp_path / "Leihschein.pdf").read_bytes() == two_page_pdf


def test_cancelled_save_writes_nothing(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preview.QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    assert dialog.save_as_pdf() is None
    assert list(tmp_path.iterdir()) == []


def test_save_into_a_missing_folder_keeps_the_dialog_and_explains(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "fehlt" / "x.pdf"
    monkeypatch.setattr(preview.QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    assert dialog.save_as_pdf() is None
    assert "konnte nicht gespeichert werden" in dialog.message.text()
    assert dialog.isVisible()


def test_escape_closes_the_preview(qtbot: QtBot, dialog: PdfPreviewDialog) -> None:
    dialog.close_action.trigger()
    assert not dialog.isVisible()


def test_a_broken_pdf_shows_a_message_instead_of_failing(qtbot: QtBot) -> None:
    shown = present_pdf(None, b"kein pdf", "Kaputt")
    qtbot.addWidget(shown)
    assert isinstance(shown, PdfPreviewDialog)
    assert "Vorschau lässt sich nicht anzeigen" in shown.message.text()
    assert not shown.print_action.isEnabled()
