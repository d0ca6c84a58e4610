"""Issuing a Leihschein or Rücknahmeprotokoll after the loan is saved, and showing it.

The loan is committed before any document is made: a failing PDF, a missing printer or a
cancelled print dialog never takes a loan with it. Every issued PDF is archived by the
service, so it can be reprinted from the history.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
import uuid
from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from hor_desktop.core.errors import HorError
from hor_desktop.services import documents
from hor_desktop.ui.context import DeskContext

log = logging.getLogger(__name__)

Presenter = Callable[[QWidget | None, bytes, str], QDialog | None]
DocumentKind = Literal["lending_slip", "return_record"]


def _print_preview(parent: QWidget | None, pdf: bytes, title: str) -> QDialog | None:
    """The print preview module's ``present_pdf``; None while that module is not there."""
    if importlib.util.find_spec("hor_desktop.ui.printing") is None:
        return None
    printing = importlib.import_module("hor_desktop.ui.printing")
    dialog: QDialog = printing.present_pdf(parent, pdf, title)
    return dialog


# Tests replace this; so could a site that prints straight to a fixed printer.
presenter: Presenter = _print_preview


def issue_and_present(
    context: DeskContext,
    parent: QWidget,
    *,
    loan_id: uuid.UUID,
    kind: DocumentKind,
    title: str,
    report: Callable[[str, bool], None],
) -> None:
    """Issue the document in the background, then show it; ``report(text, ok)`` says how
    it went. Failures here only ever cost the printout, never the loan."""

    def work() -> documents.IssuedDocumentDTO:
        return documents.issue_loan_document(
            context.uow(), loan_id=loan_id, kind=kind, archive=context.archive,
            house_name=context.house_name, replica=context.mode == "replica",
            logo=context.logo, conditions=context.lending_conditions,
            privacy_notice=context.privacy_notice,
            two_copies=context.two_copies and kind == "lending_slip",
        )  # fmt: skip

    def reprint_hint() -> str:
        if kind == "lending_slip":
            return QCoreApplication.translate(
                "lending", "Leihschein kann in der Historie nachgedruckt werden."
            )
        return QCoreApplication.translate(
            "lending", "Rücknahmeprotokoll kann in der Historie nachgedruckt werden."
        )

    def done(issued: documents.IssuedDocumentDTO) -> None:
        try:
            shown = presenter(parent, issued.pdf, title)
        except Exception:
            report(reprint_hint(), False)
            sys.excepthook(*sys.exc_info())  # a bug: show it
            return
        if shown is None:
            report(
                QCoreApplication.translate(
                    "lending", "Dokument archiviert ({file}). {hint}"
                ).format(file=issued.file_name, hint=reprint_hint()),
                True,
            )

    def failed(error: BaseException) -> None:
        if isinstance(error, HorError):
            report(
                QCoreApplication.translate(
                    "lending", "Dokument nicht erstellt: {reason} {hint}"
                ).format(reason=error.message, hint=reprint_hint()),
                False,
            )
            return
        report(reprint_hint(), False)
        sys.excepthook(type(error), error, error.__traceback__)

    context.runner.submit(work, done, failed)
