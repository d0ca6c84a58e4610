"""The Organisationen tab: search-as-you-type list with filters, detail pane, actions."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.enums import OrganisationStatus
from hor_desktop.core.errors import HorError
from hor_desktop.services import organisations as orgs
from hor_desktop.services.locations import LocationDTO, list_locations
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.organisations.detail import OrganisationDetail
from hor_desktop.ui.organisations.dialogs import MergeDialog, OrganisationDialog, ReasonDialog
from hor_desktop.ui.organisations.models import OrganisationsTableModel, RowRole
from hor_desktop.ui.organisations.register_actions import RegisterActions
from hor_desktop.ui.tasks import report_unexpected

PAGE_SIZE = 200
DETAIL_DELAY_MS = 150


class OrganisationsTab(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("organisationsTab")
        self.locations: list[LocationDTO] = []
        self._generation = 0  # results of an older search are dropped
        self._sort = ("name", False)
        # While staff type, the first hit changes per keystroke: its detail (contacts,
        # history) loads once typing pauses, so the list itself stays fast.
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._load_pending_detail)
        self._pending_detail: uuid.UUID | None = None
        self._defer_detail = False

        self.search = QLineEdit(self)
        self.search.setObjectName("organisationSearch")
        self.search.setAccessibleName(self.tr("Organisationen suchen"))
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Suchen: Name, Kurzname, Kontaktperson, E-Mail oder Telefon (Strg+F)")
        )
        self.location_filter = QComboBox(self)
        self.location_filter.setObjectName("locationFilter")
        self.location_filter.setAccessibleName(self.tr("Standort"))
        self.location_filter.addItem(self.tr("Alle Standorte"), None)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Aktiv und gesperrt"), None)
        self.status_filter.addItem(self.tr("Nur aktive"), OrganisationStatus.ACTIVE)
        self.status_filter.addItem(self.tr("Nur gesperrte"), OrganisationStatus.BLOCKED)
        self.status_filter.addItem(self.tr("Zusammengeführte"), OrganisationStatus.MERGED)
        self.legal_form_filter = QComboBox(self)
        self.legal_form_filter.setObjectName("legalFormFilter")
        self.legal_form_filter.setAccessibleName(self.tr("Rechtsform"))
        self.legal_form_filter.addItem(self.tr("Alle Rechtsformen"), None)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")

        self.model = OrganisationsTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("organisationsView")
        self.view.setAccessibleName(self.tr("Organisationen"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # Sizes are for the default font; a large system font widens them alike.
        line = self.fontMetrics().height()
        scale = max(1.0, line / 15)
        self.view.verticalHeader().setDefaultSectionSize(max(24, line + 8))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((260, 70, 80, 140, 130, 220)):
            header.resizeSection(column, round(width * scale))
        self.detail = OrganisationDetail(context, self)
        self.detail.changed.connect(self.reload_detail)
        self.detail.message.connect(self.count_label.setText)

        self._build_actions()
        # Only now: setSortingEnabled already asked the model to sort.
        self.model.sort_requested = self._sort_by
        self.model.fetch_more_requested = self._fetch_more
        # The search gets a row of its own: beside three filters it shrank to "S…" with a
        # large font, and the row made the tab wider than the screen.
        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 3)
        filters.addWidget(self.location_filter, 1, 0)
        filters.addWidget(self.status_filter, 1, 1)
        filters.addWidget(self.legal_form_filter, 1, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view)
        left_layout.addWidget(self.count_label)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter)

        self.search.textChanged.connect(lambda _text: self.refresh())
        for combo in (self.location_filter, self.status_filter, self.legal_form_filter):
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._selected(cur.row())
        )
        self.view.activated.connect(lambda _index: self.edit_organisation())
        self._load_filters()
        self.refresh()

    # -- actions -------------------------------------------------------------------------

    def _action(self, text: str, name: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.find_action = self._action(
            self.tr("Suchen"), "findAction", "Ctrl+F", self.focus_search
        )
        self.new_action = self._action(
            self.tr("&Neue Organisation"), "newOrganisationAction", "Ctrl+N", self.new_organisation
        )
        self.edit_action = self._action(
            self.tr("&Bearbeiten"), "editOrganisationAction", "Ctrl+E", self.edit_organisation
        )
        self.open_action = self._action(
            self.tr("Öffnen"), "openOrganisationAction", None, self.edit_organisation
        )
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.removeAction(self.open_action)
        self.view.addAction(self.open_action)  # Enter in the list, not in the search field
        self.block_action = self._action(
            self.tr("&Sperren …"), "blockAction", "Ctrl+B", self.block_organisation
        )
        self.unblock_action = self._action(
            self.tr("Sperre &aufheben"), "unblockAction", "Ctrl+U", self.unblock_organisation
        )
        self.merge_action = self._action(
            self.tr("&Zusammenführen …"), "mergeAction", "Ctrl+J", self.merge_organisation
        )
        self.register_actions = RegisterActions(self.context, self)
        self.register_actions.changed.connect(self.refresh)
        self.register_actions.message.connect(self.count_label.setText)
        self.toolbar = QToolBar(self)
        for action in (self.new_action, self.edit_action, self.block_action, self.unblock_action,
                       self.merge_action):  # fmt: skip
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addActions(self.register_actions.actions())
        self._update_actions(None)

    def _update_actions(self, row: orgs.OrganisationRowDTO | None) -> None:
        status = row.status if row is not None else None
        self.edit_action.setEnabled(row is not None)
        self.open_action.setEnabled(row is not None)
        self.merge_action.setEnabled(
            status in (OrganisationStatus.ACTIVE, OrganisationStatus.BLOCKED)
        )
        self.block_action.setEnabled(status is OrganisationStatus.ACTIVE)
        self.unblock_action.setEnabled(status is OrganisationStatus.BLOCKED)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- loading -------------------------------------------------------------------------

    def _load_filters(self) -> None:
        def load() -> tuple[list[LocationDTO], list[str]]:
            return list_locations(self.context.uow()), orgs.list_legal_forms(self.context.uow())

        self.context.runner.submit(load, self._filters_loaded, self._failed)

    def _filters_loaded(self, loaded: tuple[list[LocationDTO], list[str]]) -> None:
        self.locations, forms = loaded
        for combo in (self.location_filter, self.legal_form_filter):
            combo.blockSignals(True)
        for location in self.locations:
            self.location_filter.addItem(f"{location.code} – {location.name}", location.id)
        for form in forms:
            self.legal_form_filter.addItem(form, form)
        for combo in (self.location_filter, self.legal_form_filter):
            combo.blockSignals(False)

    def refresh(self, *, select_id: uuid.UUID | None = None) -> None:
        """Run the search for the current text and filters; the newest result wins."""
        self._generation += 1
        generation = self._generation
        text = self.search.text()
        kwargs = self._filter_kwargs()
        self.context.runner.submit(
            lambda: orgs.search_organisations(
                self.context.uow(), text=text, limit=PAGE_SIZE, **kwargs
            ),
            lambda rows: self._show_rows(generation, rows, select_id),
            self._failed,
        )

    def _filter_kwargs(self) -> dict[str, Any]:
        return {
            "status": self.status_filter.currentData(),
            "location_id": self.location_filter.currentData(),
            "legal_form": self.legal_form_filter.currentData(),
            "sort": self._sort[0],
            "descending": self._sort[1],
        }

    def _show_rows(
        self, generation: int, rows: list[orgs.OrganisationRowDTO], select_id: uuid.UUID | None
    ) -> None:
        if generation != self._generation:
            return
        current = self._current_row()
        keep = select_id or (current.id if current else None)
        self.model.set_rows(rows)
        self.model.more_available = len(rows) == PAGE_SIZE
        self._update_count()
        index = next((i for i, row in enumerate(rows) if row.id == keep), 0 if rows else None)
        self._defer_detail = True
        try:
            if index is not None:
                self.view.selectRow(index)
            else:
                self._selected(-1)
        finally:
            self._defer_detail = False

    def _fetch_more(self) -> None:
        rows = self.model.rows()
        if not rows:
            return
        generation = self._generation
        text, kwargs, after = self.search.text(), self._filter_kwargs(), rows[-1].cursor
        self.context.runner.submit(
            lambda: orgs.search_organisations(
                self.context.uow(), text=text, after=after, limit=PAGE_SIZE, **kwargs
            ),
            lambda more: self._append_rows(generation, more),
            self._failed,
        )

    def _append_rows(self, generation: int, rows: list[orgs.OrganisationRowDTO]) -> None:
        if generation != self._generation:
            return
        self.model.append_rows(rows)
        self.model.more_available = len(rows) == PAGE_SIZE
        self._update_count()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.model.more_available:
            self.count_label.setText(
                self.tr("{count} Organisationen angezeigt, weitere beim Blättern").format(
                    count=count
                )
            )
        else:
            self.count_label.setText(self.tr("{count} Organisationen").format(count=count))

    def _sort_by(self, key: str, descending: bool) -> None:
        if self._sort != (key, descending):
            self._sort = (key, descending)
            self.refresh()

    def _current_row(self) -> orgs.OrganisationRowDTO | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row: orgs.OrganisationRowDTO = self.model.data(index, RowRole)
        return row

    def _selected(self, row_number: int) -> None:
        row = self.model.row_at(row_number) if 0 <= row_number < self.model.rowCount() else None
        self._update_actions(row)
        if row is None:
            self._detail_timer.stop()
            self.detail.show_organisation(None)
            return
        if self._defer_detail:
            self._pending_detail = row.id
            self._detail_timer.start()
            return
        self._detail_timer.stop()
        self._pending_detail = None
        self.reload_detail(row.id)

    def _load_pending_detail(self) -> None:
        if self._pending_detail is not None:
            self.reload_detail(self._pending_detail)
            self._pending_detail = None

    def flush_detail(self) -> None:
        """Load a pending detail now (tests, and before an action needs it)."""
        if self._detail_timer.isActive():
            self._detail_timer.stop()
            self._load_pending_detail()

    def reload_detail(self, organisation_id: object) -> None:
        assert isinstance(organisation_id, uuid.UUID)
        self.context.runner.submit(
            lambda: orgs.get_organisation(self.context.uow(), organisation_id=organisation_id),
            self.detail.show_organisation,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self.count_label.setText(error.message)
            return
        report_unexpected(error)

    # -- use cases -----------------------------------------------------------------------

    def new_organisation(self) -> None:
        dialog = OrganisationDialog(self.context, self.locations, parent=self)
        if dialog.exec() == OrganisationDialog.DialogCode.Accepted and dialog.saved:
            self.refresh(select_id=dialog.saved.id)

    def edit_organisation(self) -> None:
        self.flush_detail()
        org = self.detail.organisation
        if org is None:
            return
        dialog = OrganisationDialog(self.context, self.locations, org, parent=self)
        if dialog.exec() == OrganisationDialog.DialogCode.Accepted and dialog.saved:
            self.refresh(select_id=dialog.saved.id)

    def block_organisation(self) -> None:
        self.flush_detail()
        org = self.detail.organisation
        if org is None:
            return
        dialog = ReasonDialog(
            self.context,
            title=self.tr("„{name}“ sperren").format(name=org.name),
            prompt=self.tr("Grund *"),
            action=lambda reason: orgs.block_organisation(
                self.context.uow(), organisation_id=org.id, reason=reason
            ),
            parent=self,
        )
        if dialog.exec() == ReasonDialog.DialogCode.Accepted:
            self.refresh(select_id=org.id)

    def unblock_organisation(self) -> None:
        self.flush_detail()
        org = self.detail.organisation
        if org is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Sperre aufheben"),
            self.tr("Die Sperre von „{name}“ aufheben?").format(name=org.name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.context.runner.submit(
            lambda: orgs.unblock_organisation(self.context.uow(), organisation_id=org.id),
            lambda _org: self.refresh(select_id=org.id),
            self._failed,
        )

    def merge_organisation(self) -> None:
        self.flush_detail()
        org = self.detail.organisation
        if org is None:
            return
        dialog = MergeDialog(self.context, org, parent=self)
        if dialog.exec() == MergeDialog.DialogCode.Accepted:
            self.refresh(select_id=org.id)
