"""What the Inventar tab's actions do: dialogs for items, status, kits, categories; labels."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from hor_desktop.printing import render
from hor_desktop.services.equipment import ItemDTO, KitDTO
from hor_desktop.services.inventory_views import KitSummaryDTO
from hor_desktop.ui.inventory.categories import CategoriesDialog
from hor_desktop.ui.inventory.formatting import day, status_text
from hor_desktop.ui.inventory.item_dialog import ItemDialog
from hor_desktop.ui.inventory.kits import KitDialog
from hor_desktop.ui.inventory.labels import labels_for
from hor_desktop.ui.inventory.status_dialog import StatusDialog, StatusResult
from hor_desktop.ui.printing import present_pdf

if TYPE_CHECKING:
    from hor_desktop.ui.inventory.tab import InventoryTab


class InventoryCommands(QObject):
    """The tab's action handlers; dialogs open non-blocking (``open()``) and report by signal."""

    def __init__(self, tab: InventoryTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.preview: QDialog | None = None  # the last label preview (kept for tests)

    def focus_search(self) -> None:
        self.tab.search_edit.setFocus()
        self.tab.search_edit.selectAll()

    def _need_item(self) -> bool:
        if self.tab.detail.detail is None:
            self.tab.show_error(self.tr("Bitte zuerst ein Gerät auswählen."))
            return False
        return True

    # --- items -------------------------------------------------------------------------

    def new_item(self) -> ItemDialog:
        dialog = ItemDialog(
            self.tab.context, self.tab.categories, self.tab.locations, None, self.tab
        )
        dialog.saved.connect(self._item_saved)
        dialog.open()
        return dialog

    def edit_item(self) -> ItemDialog | None:
        if not self._need_item():
            return None
        assert self.tab.detail.detail is not None
        item = self.tab.detail.detail.item
        dialog = ItemDialog(
            self.tab.context, self.tab.categories, self.tab.locations, item, self.tab
        )
        dialog.saved.connect(self._item_saved)
        dialog.open()
        return dialog

    def _item_saved(self, item: ItemDTO) -> None:
        self.tab.show_message(
            self.tr("Gerät {inventory_no} gespeichert.").format(inventory_no=item.inventory_no)
        )
        # Show it: search for its number, select it, and show its detail.
        self.tab.search_edit.setText(item.inventory_no)
        self.tab.search_now()

    # --- status --------------------------------------------------------------------------

    def change_status(self) -> StatusDialog | None:
        if not self._need_item():
            return None
        assert self.tab.detail.detail is not None
        dialog = StatusDialog(self.tab.context, self.tab.detail.detail, self.tab)
        dialog.changed.connect(self._status_changed)
        dialog.open()
        return dialog

    def _status_changed(self, result: StatusResult) -> None:
        item = result.change.item
        self.tab.detail.show_detail(result.detail)
        row = self.tab.model.row_of(item.id)
        if row is not None:
            dto = self.tab.model.row_dto(row)
            self.tab.model.replace_row(
                replace(dto, status=item.status, status_until=item.status_until)
            )
        status = status_text(item.status)
        affected = result.change.affected_reservations
        if not affected:
            self.tab.show_message(
                self.tr("{inventory_no} ist jetzt: {status}.").format(
                    inventory_no=item.inventory_no, status=status
                )
            )
            return
        contacts = {res.loan_id: res for res in result.detail.reservations}
        lines = []
        for loan in affected:
            known = contacts.get(loan.loan_id)
            if known is None:
                lines.append(
                    self.tr("• {receipt_no}, {start} – {end}").format(
                        receipt_no=loan.receipt_no,
                        start=day(loan.start_date),
                        end=day(loan.due_date),
                    )
                )
            else:
                lines.append(
                    self.tr(
                        "• {receipt_no}, {start} – {end}: {organisation}, {contact} {phone}"
                    ).format(
                        receipt_no=loan.receipt_no, start=day(loan.start_date),
                        end=day(loan.due_date), organisation=known.organisation_name,
                        contact=known.contact_name, phone=known.contact_phone or "",
                    ).rstrip()
                )  # fmt: skip
        self.tab.show_error(
            self.tr(
                "{inventory_no} ist jetzt: {status}. Betroffene Reservierungen – bitte die Organisationen informieren:\n{reservations}"  # noqa: E501 (one literal for lupdate)
            ).format(inventory_no=item.inventory_no, status=status, reservations="\n".join(lines))
        )

    # --- labels ----------------------------------------------------------------------------

    def print_labels(self) -> None:
        """Render the selected items' labels off the GUI thread, then preview them.

        The preview prints through the Qt print dialog and saves as PDF.
        """
        rows = self.tab.selected_rows()
        if not rows:
            self.tab.show_error(self.tr("Bitte zuerst Geräte in der Liste auswählen."))
            return
        labels = labels_for(rows, {loc.id: loc.name for loc in self.tab.locations})

        def done(pdf: bytes) -> None:
            self.preview = present_pdf(self.tab, pdf, self.tr("Inventaretiketten"))
            self.tab.show_message(
                self.tr("{count} Etiketten bereit zum Drucken.").format(count=len(labels))
            )

        self.tab.context.runner.submit(
            lambda: render.label_sheet(labels), done, self.tab.handle_error
        )

    # --- kits and categories ------------------------------------------------------------------

    def new_kit(self) -> KitDialog:
        dialog = KitDialog(self.tab.context, None, self.tab)
        dialog.saved.connect(self._kit_saved)
        dialog.open()
        return dialog

    def edit_kit(self) -> KitDialog | None:
        index = self.tab.kits_table.currentIndex()
        if not index.isValid():
            self.tab.show_error(self.tr("Bitte zuerst ein Set in der Liste „Sets“ auswählen."))
            self.tab.lists.setCurrentWidget(self.tab.kits_table)
            return None
        kit: KitSummaryDTO = self.tab.kits_model.payload(index.row())
        dialog = KitDialog(self.tab.context, kit, self.tab)
        dialog.saved.connect(self._kit_saved)
        dialog.open()
        return dialog

    def _kit_saved(self, kit: KitDTO) -> None:
        self.tab.show_message(self.tr("Set „{name}“ gespeichert.").format(name=kit.name))
        self.tab.refresh()

    def edit_categories(self) -> CategoriesDialog:
        dialog = CategoriesDialog(self.tab.context, self.tab.categories, self.tab)
        dialog.changed.connect(self.tab.refresh)
        dialog.open()
        return dialog
