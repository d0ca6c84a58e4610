"""The Inventar tab: find and scan items, see their history, change status, kits, labels."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.enums import ItemStatus
from hor_desktop.core.errors import HorError
from hor_desktop.services import equipment, inventory_views, locations
from hor_desktop.services.equipment import CategoryDTO
from hor_desktop.services.inventory_views import ItemDetailDTO, ItemRowDTO, KitSummaryDTO
from hor_desktop.services.locations import LocationDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.inventory.commands import InventoryCommands
from hor_desktop.ui.inventory.detail import ItemDetailPane
from hor_desktop.ui.inventory.formatting import status_text
from hor_desktop.ui.inventory.item_list import ItemFilter, ItemListController
from hor_desktop.ui.inventory.models import Columns, ItemsTableModel, TextTableModel
from hor_desktop.ui.tasks import report_unexpected

_SCANNED = re.compile(r"^\d{4,12}$")
_LENT = "lent"


@dataclass(frozen=True)
class _Lookups:
    categories: list[CategoryDTO]
    locations: list[LocationDTO]
    kits: list[KitSummaryDTO]


class InventoryTab(QWidget):
    """Item list with filters and scan field, detail pane, kit list; actions in the toolbar."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("inventoryTab")
        self.categories: list[CategoryDTO] = []
        self.locations: list[LocationDTO] = []
        self._detail_request = 0

        self.model = ItemsTableModel(self)
        self.controller = ItemListController(context, self.model, self)
        self.commands = InventoryCommands(self)
        self._build_filters()
        self._build_views()
        self._build_actions()
        self._build_layout()
        self._connect()
        self.setFocusProxy(self.search_edit)
        self.refresh()

    # --- building --------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setAccessibleName(self.tr("Geräte suchen"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Bezeichnung oder Inventarnummer suchen – oder scannen (Strg+F)")
        )
        self.location_combo = QComboBox(self)
        self.location_combo.setObjectName("locationFilter")
        self.location_combo.setAccessibleName(self.tr("Standort"))
        self.location_combo.addItem(self.tr("Alle Standorte"), None)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryFilter")
        self.category_combo.setAccessibleName(self.tr("Kategorie"))
        self.category_combo.addItem(self.tr("Alle Kategorien"), None)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Jeder Status"), None)
        self.status_combo.addItem(status_text(ItemStatus.AVAILABLE), ItemStatus.AVAILABLE.value)
        self.status_combo.addItem(self.tr("verliehen"), _LENT)
        for status in (ItemStatus.MAINTENANCE, ItemStatus.RETIRED, ItemStatus.LOST):
            self.status_combo.addItem(status_text(status), status.value)

    def _build_views(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("itemsTable")
        self.table.setAccessibleName(self.tr("Geräte"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Sizes are for the default font; a large system font widens them alike.
        line = self.fontMetrics().height()
        scale = max(1.0, line / 15)
        self.table.verticalHeader().setDefaultSectionSize(max(24, line + 8))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Columns.INVENTORY_NO, 95), (Columns.NAME, 230), (Columns.CATEGORY, 130),
            (Columns.HOME, 60), (Columns.CURRENT, 70), (Columns.STATUS, 80),
        ):  # fmt: skip
            self.table.setColumnWidth(column, round(width * scale))
        # The model sorts in SQL; the header only asks for it.
        header.setSortIndicator(Columns.INVENTORY_NO, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.kits_model = TextTableModel((self.tr("Set"), self.tr("Geräte")), self)
        self.kits_table = QTableView(self)
        self.kits_table.setObjectName("kitsTable")
        self.kits_table.setAccessibleName(self.tr("Sets"))
        self.kits_table.setModel(self.kits_model)
        self.kits_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kits_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kits_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kits_table.verticalHeader().hide()
        self.kits_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.lists = QTabWidget(self)
        self.lists.setObjectName("inventoryLists")
        self.lists.addTab(self.table, self.tr("Geräte"))
        self.lists.addTab(self.kits_table, self.tr("Sets"))
        QWidget.setTabOrder(self.status_combo, self.lists)  # the list's tabs, then the list
        self.detail = ItemDetailPane(self)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("inventoryMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")

    def _action(self, text: str, shortcut: str, name: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        # Only while the Inventar tab has focus: other tabs use the same keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.search_action = self._action(
            self.tr("Suchen"), "Ctrl+F", "searchAction", self.commands.focus_search
        )
        self.refresh_action = self._action(
            self.tr("Aktualisieren"), "F5", "refreshAction", self.refresh
        )
        self.new_item_action = self._action(
            self.tr("Neues Gerät…"), "Ctrl+N", "newItemAction", self.commands.new_item
        )
        self.edit_item_action = self._action(
            self.tr("Gerät bearbeiten…"), "Ctrl+E", "editItemAction", self.commands.edit_item
        )
        self.status_action = self._action(
            self.tr("Status ändern…"), "Ctrl+M", "statusAction", self.commands.change_status
        )
        self.labels_action = self._action(
            self.tr("Etiketten drucken…"), "Ctrl+L", "labelsAction", self.commands.print_labels
        )
        self.new_kit_action = self._action(
            self.tr("Neues Set…"), "Ctrl+Shift+N", "newKitAction", self.commands.new_kit
        )
        self.edit_kit_action = self._action(
            self.tr("Set bearbeiten…"), "Ctrl+Shift+E", "editKitAction", self.commands.edit_kit
        )
        self.categories_action = self._action(
            self.tr("Kategorien…"),
            "Ctrl+Shift+K",
            "categoriesAction",
            self.commands.edit_categories,
        )
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("inventoryToolbar")
        for action in (
            self.new_item_action, self.edit_item_action, self.status_action, self.labels_action,
            None, self.new_kit_action, self.edit_kit_action, None, self.categories_action,
            self.refresh_action,
        ):  # fmt: skip
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.location_combo, 1)
        filters.addWidget(self.category_combo, 1)
        filters.addWidget(self.status_combo, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.lists)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        footer = QHBoxLayout()
        footer.addWidget(self.message_label, 1)
        footer.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self.controller.set_text)
        self.search_edit.returnPressed.connect(self.search_now)
        for combo in (self.location_combo, self.category_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _index: self.commands.edit_item())
        self.kits_table.activated.connect(lambda _index: self.commands.edit_kit())
        self.controller.loaded.connect(self._list_loaded)
        self.model.rowsInserted.connect(self._update_count)
        self.controller.failed.connect(self.show_error)

    # --- messages --------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message_label.setStyleSheet("")
        self.message_label.setText(text)

    def show_error(self, text: str) -> None:
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setText(text)

    def handle_error(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self.show_error(error.message)
        elif isinstance(error, OSError):  # the environment failed (disk full, no rights)
            self.show_error(
                self.tr("Die Datei ließ sich nicht schreiben: {error}").format(error=error)
            )
        else:
            report_unexpected(error)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.model.has_more:
            self.count_label.setText(
                self.tr("{count} Geräte geladen, weitere beim Blättern").format(count=count)
            )
        else:
            self.count_label.setText(self.tr("{count} Geräte").format(count=count))

    # --- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Categories, locations and kits, then the list with the current filters (F5)."""
        uow = self.context.uow

        def work() -> _Lookups:
            return _Lookups(
                equipment.list_categories(uow()), locations.list_locations(uow()),
                inventory_views.list_kits(uow()),
            )  # fmt: skip

        self.context.runner.submit(work, self._lookups_loaded, self.handle_error)

    def _lookups_loaded(self, lookups: _Lookups) -> None:
        self.categories, self.locations = lookups.categories, lookups.locations
        self._refill(self.location_combo, [(loc.code, loc.id) for loc in lookups.locations])
        self._refill(self.category_combo, [(cat.name, cat.id) for cat in lookups.categories])
        self.kits_model.set_rows(
            [(kit.name, str(kit.item_count)) for kit in lookups.kits], lookups.kits
        )
        self.apply_filters()

    def _refill(self, combo: QComboBox, entries: list[tuple[str, uuid.UUID]]) -> None:
        """Replace all but the "Alle" entry, keeping the choice (no reload per entry)."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def current_filter(self) -> ItemFilter:
        status_key = self.status_combo.currentData()
        return ItemFilter(
            text=self.search_edit.text().strip(),
            location_id=self.location_combo.currentData(),
            category_id=self.category_combo.currentData(),
            status=ItemStatus(status_key) if status_key and status_key != _LENT else None,
            lent=status_key == _LENT,
        )

    def apply_filters(self) -> None:
        self.controller.set_filter(self.current_filter())

    def search_now(self) -> None:
        """Enter in the search field: search at once; a scanned number selects its item."""
        text = self.search_edit.text().strip()
        self.controller.set_text(text)
        if _SCANNED.match(text):
            self.controller.reload(then=lambda: self.select_inventory_no(text))
        else:
            self.controller.reload()

    def select_inventory_no(self, inventory_no: str) -> None:
        row = self.model.row_of_inventory_no(inventory_no)
        if row is None:
            self.show_error(
                self.tr("Kein Gerät mit der Inventarnummer {number}.").format(number=inventory_no)
            )
        else:
            self.select_row(row)
        # Ready for the next scan: the scanner types over the selected text.
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _list_loaded(self) -> None:
        self._update_count()
        if self.model.rowCount() == 0:
            self.detail.clear()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self.load_detail(self.model.row_dto(current.row()).id)

    def load_detail(self, item_id: uuid.UUID) -> None:
        self._detail_request += 1
        request, uow = self._detail_request, self.context.uow

        def done(detail: ItemDetailDTO) -> None:
            if request == self._detail_request:
                self.detail.show_detail(detail)

        self.context.runner.submit(
            lambda: inventory_views.get_item_detail(uow(), item_id=item_id), done, self.handle_error
        )

    def selected_rows(self) -> list[ItemRowDTO]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_dto(row) for row in rows]
