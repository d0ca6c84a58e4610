"""Kits (Sets): the kit list of the tab and the dialog that builds a kit by scanning."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.errors import HorError
from hor_desktop.services import equipment, inventory_views
from hor_desktop.services.equipment import ItemDTO, KitDTO
from hor_desktop.services.inventory_views import KitSummaryDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.tasks import report_unexpected


class KitDialog(QDialog):
    """Name a kit and scan or type its items' inventory numbers (Enter adds, Del removes).

    ``kit=None`` creates a kit; otherwise its items are loaded first. Emits ``saved(KitDTO)``.
    """

    saved = Signal(object)  # KitDTO

    def __init__(
        self, context: DeskContext, kit: KitSummaryDTO | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kitDialog")
        self.context = context
        self.kit = kit
        self.setWindowTitle(self.tr("Neues Set") if kit is None else self.tr("Set bearbeiten"))
        self.name_edit = QLineEdit(kit.name if kit else "", self)
        self.name_edit.setObjectName("kitNameEdit")
        self.scan_edit = QLineEdit(self)
        self.scan_edit.setObjectName("kitScanEdit")
        self.scan_edit.setPlaceholderText(self.tr("Inventarnummer scannen oder tippen, Enter"))
        self.items_list = QListWidget(self)
        self.items_list.setObjectName("kitItemsList")
        self.items_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.remove_action = QAction(self.tr("Aus dem Set entfernen"), self.items_list)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.items_list.addAction(self.remove_action)
        self.items_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.message = QLabel(self)
        self.message.setObjectName("kitMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Gerät hinzufügen"), self.scan_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Geräte im Set (Entf entfernt):"), self))
        layout.addWidget(self.items_list, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(460, 420)

        self.scan_edit.installEventFilter(self)
        if kit is not None:
            kit_id, uow = kit.id, context.uow
            context.runner.submit(
                lambda: inventory_views.get_kit_items(uow(), kit_id), self._show_items, self._failed
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QDialogButtonBox makes "Speichern" the default button on show, so Enter in the
        # scan field would save the kit after the first scan; there it only adds an item.
        if (
            watched is self.scan_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_scanned()
            return True
        return super().eventFilter(watched, event)

    def item_ids(self) -> list[uuid.UUID]:
        return [
            self.items_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.items_list.count())
        ]

    def _add(self, item: ItemDTO) -> None:
        if item.id in self.item_ids():
            self.message.setText(
                self.tr("{inventory_no} ist schon im Set.").format(inventory_no=item.inventory_no)
            )
            return
        entry = QListWidgetItem(
            self.tr("{inventory_no} – {name}").format(
                inventory_no=item.inventory_no, name=item.name
            )
        )
        entry.setData(Qt.ItemDataRole.UserRole, item.id)
        self.items_list.addItem(entry)

    def _show_items(self, items: list[ItemDTO]) -> None:
        for item in items:
            self._add(item)

    def add_scanned(self) -> None:
        number = self.scan_edit.text().strip()
        if not number:
            return
        uow = self.context.uow

        def added(item: ItemDTO) -> None:
            self.message.clear()
            self._add(item)
            self.scan_edit.clear()

        self.context.runner.submit(
            lambda: equipment.get_item_by_inventory_no(uow(), number), added, self._failed
        )

    def remove_selected(self) -> None:
        for entry in self.items_list.selectedItems():
            self.items_list.takeItem(self.items_list.row(entry))

    def submit(self) -> None:
        name, ids, uow, kit = self.name_edit.text(), self.item_ids(), self.context.uow, self.kit
        location_id = self.context.location.id
        if kit is None:
            work = lambda: equipment.create_kit(  # noqa: E731
                uow(), name=name, item_ids=ids, home_location_id=location_id
            )
        else:
            work = lambda: equipment.edit_kit(uow(), kit_id=kit.id, name=name, item_ids=ids)  # noqa: E731
        self.context.runner.submit(work, self._done, self._failed)

    def _done(self, kit: KitDTO) -> None:
        self.saved.emit(kit)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, HorError):
            report_unexpected(error)
            return
        self.message.setText(error.message)
        self.scan_edit.selectAll()
