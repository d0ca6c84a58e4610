"""The print preview: every page of a PDF, with "Drucken…", "Als PDF speichern…", "Schließen"."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.ui.printing.pages import UnreadablePdfError, page_count, render_pages
from hor_desktop.ui.printing.printer import PrintError, print_pdf

log = logging.getLogger(__name__)

PREVIEW_DPI = 80
_UNSAFE_FILE_NAME = re.compile(r'[\\/:*?"<>|]+')

# Dialogs without a parent would be garbage-collected while still on screen.
_ORPHANS: set[PdfPreviewDialog] = set()


def available_printers() -> list[str]:
    """The printers the system knows (a module function so tests can pretend there are some)."""
    return list(QPrinterInfo.availablePrinterNames())


class PdfPreviewDialog(QDialog):
    """Shows the pages; printing or saving never changes or loses the archived PDF."""

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.title = title
        self.setWindowTitle(self.tr("Vorschau: {title}").format(title=title))
        self.setModal(False)
        self.page_total = 0

        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(
            "QLabel#previewMessage { background: #fff4ce; border: 1px solid #c8a600;"
            " padding: 6px; }"
        )
        self.message.hide()

        self.pages = QWidget(self)
        self.pages.setStyleSheet("background: #8a8a8a;")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)

        self.print_action = QAction(self.tr("Drucken…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_document)
        self.save_action = QAction(self.tr("Als PDF speichern…"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_as_pdf)
        self.close_action = QAction(self.tr("Schließen"), self)
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_action.triggered.connect(self.reject)
        for action in (self.print_action, self.save_action, self.close_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.page_info = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.page_info)
        buttons.addStretch(1)
        self.print_button = self._button(self.print_action, self.tr("Drucken… (Strg+P)"))
        self.save_button = self._button(self.save_action, self.tr("Als PDF speichern… (Strg+S)"))
        self.close_button = self._button(self.close_action, self.tr("Schließen (Esc)"))
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._show_pages()
        self.resize(760, 900)
        self.finished.connect(self._release)

    def _button(self, action: QAction, tooltip: str) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.setToolTip(tooltip)
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        return button

    def _show_pages(self) -> None:
        try:
            self.page_total = page_count(self.pdf)
            images = render_pages(self.pdf, dpi=PREVIEW_DPI * self.devicePixelRatioF())
        except UnreadablePdfError:
            log.exception("preview of %r failed", self.title)
            self.print_action.setEnabled(False)
            self._say(
                self.tr(
                    "Die Vorschau lässt sich nicht anzeigen. Sie können das Dokument "
                    "als PDF speichern und mit einem anderen Programm öffnen."
                )
            )
            return
        for image in images:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            page = QLabel(self.pages)
            page.setPixmap(pixmap)
            page.setStyleSheet("background: white; border: 1px solid #555;")
            self.pages_layout.addWidget(page)
        self.page_info.setText(self.tr("%n Seite(n)", "", self.page_total))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _archive_hint(self) -> str:
        return self.tr(
            "Das Dokument bleibt im Archiv gespeichert und kann jederzeit über den "
            "Dokumentverlauf nachgedruckt werden."
        )

    def print_document(self) -> bool:
        """Asks for printer and pages, then prints; True when the pages went to the printer."""
        if not available_printers():
            self._say(
                self.tr(
                    "Auf diesem PC ist kein Drucker eingerichtet. {hint} Sie können es "
                    "auch als PDF speichern."
                ).format(hint=self._archive_hint())
            )
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Drucken: {title}").format(title=self.title))
        dialog.setMinMax(1, max(self.page_total, 1))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._say(
                self.tr("Der Druck wurde abgebrochen. {hint}").format(hint=self._archive_hint())
            )
            return False
        first, last = 0, self.page_total - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = printer.fromPage() - 1
            last = min(max(printer.toPage(), printer.fromPage()), self.page_total) - 1
        try:
            print_pdf(self.pdf, printer, first=first, last=last)
        except PrintError as exc:
            log.warning("printing %r failed: %s", self.title, exc)
            self._say(
                self.tr("Der Drucker hat den Auftrag nicht angenommen. {hint}").format(
                    hint=self._archive_hint()
                )
            )
            return False
        self.message.hide()
        return True

    def save_as_pdf(self) -> Path | None:
        """Writes the unchanged PDF bytes where the user chooses; None when cancelled."""
        suggested = _UNSAFE_FILE_NAME.sub("_", self.title).strip() or "Dokument"
        file_name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Als PDF speichern"),
            str(Path.home() / f"{suggested}.pdf"),
            self.tr("PDF-Dateien (*.pdf)"),
        )
        if not file_name:
            return None
        target = Path(file_name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            target.write_bytes(self.pdf)
        except OSError as exc:
            self._say(
                self.tr(
                    "Die Datei {file} konnte nicht gespeichert werden: {reason}. {hint}"
                ).format(
                    file=str(target), reason=exc.strerror or str(exc), hint=self._archive_hint()
                )
            )
            return None
        self.message.hide()
        return target

    def _release(self) -> None:
        # The images are the big part; the dialog shell stays with its parent until it goes.
        while (item := self.pages_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        _ORPHANS.discard(self)


def present_pdf(parent: QWidget | None, pdf: bytes, title: str) -> QDialog:
    """Opens a non-modal preview of ``pdf`` and returns it (already shown)."""
    dialog = PdfPreviewDialog(pdf, title, parent)
    if parent is None:
        _ORPHANS.add(dialog)
    dialog.show()
    dialog.activateWindow()
    return dialog
