"""The history of issued documents of a loan or booking: open or reprint any of them."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.errors import HorError
from hor_desktop.services.documents import IssuedDocumentDTO, list_documents, reprint_document
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.printing.history_model import Column, DocumentsTableModel, kind_text
from hor_desktop.ui.printing.preview import present_pdf
from hor_desktop.ui.tasks import report_unexpected


class DocumentHistoryDialog(QDialog):
    """Lists the documents issued for ``loan_id`` or ``reference`` (all when neither)."""

    def __init__(
        self,
        context: DeskContext,
        *,
        loan_id: uuid.UUID | None = None,
        reference: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.loan_id = loan_id
        self.reference = reference
        self.previews: list[QDialog] = []
        if reference:
            self.setWindowTitle(self.tr("Dokumente zu {reference}").format(reference=reference))
        else:
            self.setWindowTitle(self.tr("Ausgestellte Dokumente"))

        self.model = DocumentsTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            Column.KIND, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.doubleClicked.connect(self._open_index)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        self.open_action = QAction(self.tr("Öffnen"), self)
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(QKeySequence.StandardKey.Open)]
        )
        self.open_action.triggered.connect(self.open_selected)
        self.reprint_action = QAction(self.tr("Nachdrucken"), self)
        self.reprint_action.setShortcut(QKeySequence.StandardKey.Print)
        self.reprint_action.triggered.connect(self.reprint_selected)
        self.close_action = QAction(self.tr("Schließen"), self)
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_action.triggered.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for action in (self.open_action, self.reprint_action, self.close_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QPushButton(action.text(), self)
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()
        self.resize(620, 360)
        self.reload()

    def reload(self) -> None:
        context, loan_id, reference = self.context, self.loan_id, self.reference
        context.runner.submit(
            lambda: list_documents(context.uow(), loan_id=loan_id, reference=reference),
            self._show_documents,
            self._failed,
        )

    def _show_documents(self, documents: list[IssuedDocumentDTO]) -> None:
        self.model.set_documents(documents)
        if documents:
            self.table.selectRow(0)
            self.message.hide()
        else:
            self._say(self.tr("Für diesen Vorgang wurde noch kein Dokument ausgestellt."))

    def selected(self) -> IssuedDocumentDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.document(rows[0].row()) if rows else None

    def _update_actions(self) -> None:
        has_selection = self.selected() is not None
        self.open_action.setEnabled(has_selection)
        self.reprint_action.setEnabled(has_selection)

    def _open_index(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.open_selected()

    def open_selected(self) -> None:
        document = self.selected()
        if document is None:
            return
        archive = self.context.archive
        self.context.runner.submit(
            lambda: archive.read(document.file_name),
            lambda pdf: self._present(document, pdf),
            self._failed,
        )

    def reprint_selected(self) -> None:
        document = self.selected()
        if document is None:
            return
        context = self.context
        context.runner.submit(
            lambda: reprint_document(
                context.uow(), document_id=document.id, archive=context.archive
            ),
            self._reprinted,
            self._failed,
        )

    def _reprinted(self, issued: IssuedDocumentDTO) -> None:
        self._present(issued, issued.pdf)
        self.reload()

    def _present(self, document: IssuedDocumentDTO, pdf: bytes) -> None:
        title = f"{kind_text(document.kind)} {document.reference}"
        self.previews.append(present_pdf(self, pdf, title))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self._say(error.message)
        elif isinstance(error, FileNotFoundError):
            self._say(
                self.tr(
                    "Die PDF-Datei liegt nicht im Archiv dieses PCs. Bitte am "
                    "ausstellenden Standort öffnen oder nachdrucken."
                )
            )
        else:
            report_unexpected(error)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
