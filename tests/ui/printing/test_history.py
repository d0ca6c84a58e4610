"""The document history: lists what was issued, opens it, reprints it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hor_desktop.core.clock import to_local
from hor_desktop.services import documents, lending
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.printing import DocumentHistoryDialog, PdfPreviewDialog
from hor_desktop.ui.printing.history_model import Column, DocumentsTableModel, RowRole


@pytest.fixture
def issued(desk_context: DeskContext, loan: lending.LoanDTO) -> documents.IssuedDocumentDTO:
    return documents.issue_loan_document(
        desk_context.uow(), loan_id=loan.id, kind="lending_slip", archive=desk_context.archive
    )


@pytest.fixture
def history(
    qtbot: QtBot, desk_context: DeskContext, loan: lending.LoanDTO,
    issued: documents.IssuedDocumentDTO,
) -> DocumentHistoryDialog:  # fmt: skip
    dialog = DocumentHistoryDialog(desk_context, loan_id=loan.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _cell(dialog: DocumentHistoryDialog, row: int, column: Column) -> str:
    return str(dialog.model.index(row, column).data())


def test_lists_the_issued_slip_in_german_formats(
    history: DocumentHistoryDialog, issued: documents.IssuedDocumentDTO
) -> None:
    assert history.model.rowCount() == 1
    assert _cell(history, 0, Column.KIND) == "Leihschein"
    assert _cell(history, 0, Column.REFERENCE) == issued.reference
    assert _cell(history, 0, Column.ISSUED_AT) == f"{to_local(issued.issued_at):%d.%m.%Y %H:%M}"
    assert _cell(history, 0, Column.REPRINT) == ""


def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester, issued: documents.IssuedDocumentDTO
) -> None:
    model = DocumentsTableModel()
    model.set_documents([issued, issued])
    qtmodeltester.check(model)
    assert model.index(1, 0).data(RowRole) == issued


def test_reprint_opens_a_preview_and_lists_the_reprint(history: DocumentHistoryDialog) -> None:
    history.reprint_action.trigger()
    assert isinstance(history.previews[-1], PdfPreviewDialog)
    assert history.previews[-1].isVisible()
    assert history.model.rowCount() == 2
    flags = {_cell(history, row, Column.REPRINT) for row in range(2)}
    assert flags == {"Nachdruck", ""}


def test_open_shows_the_archived_pdf_unchanged(
    history: DocumentHistoryDialog, issued: documents.IssuedDocumentDTO
) -> None:
    history.open_action.trigger()
    preview = history.previews[-1]
    assert isinstance(preview, PdfPreviewDialog) and preview.pdf == issued.pdf
    assert issued.reference in preview.windowTitle()


def test_a_pdf_missing_from_this_pcs_archive_is_explained(
    history: DocumentHistoryDialog, desk_context: DeskContext,
    issued: documents.IssuedDocumentDTO,
) -> None:  # fmt: skip
    Path(desk_context.archive.root, issued.file_name).unlink()
    history.open_action.trigger()
    assert history.previews == []
    assert "nicht im Archiv dieses PCs" in history.message.text()
    history.reprint_action.trigger()
    assert "nicht im Archiv dieses PCs" in history.message.text()


def test_without_documents_the_buttons_are_off_and_the_reason_shown(
    qtbot: QtBot, desk_context: DeskContext
) -> None:
    dialog = DocumentHistoryDialog(desk_context, reference="CCH-2026-99999")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert not dialog.open_action.isEnabled() and not dialog.reprint_action.isEnabled()
    assert "noch kein Dokument" in dialog.message.text()
