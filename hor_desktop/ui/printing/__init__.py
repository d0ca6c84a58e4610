"""Print preview, printing, "save as PDF" and the history of issued documents."""

from hor_desktop.ui.printing.history import DocumentHistoryDialog
from hor_desktop.ui.printing.preview import PdfPreviewDialog, present_pdf

__all__ = ["DocumentHistoryDialog", "PdfPreviewDialog", "present_pdf"]
