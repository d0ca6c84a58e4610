"""The main window: five tabs ("Heute" first), menus with shortcuts, and a status bar."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.dashboard.tab import DashboardTab
from hor_desktop.ui.lazy_tabs import LazyTabWidget
from hor_desktop.ui.lending.menu import LendingMenu
from hor_desktop.ui.lending.return_dialog import ReturnDialog
from hor_desktop.ui.settings.actions import AdminActions
from hor_desktop.ui.staff.menu import AdministrationMenu
from hor_desktop.ui.sync.bridge import SyncBridge
from hor_desktop.ui.sync.status_widget import SyncStatusWidget
from hor_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # imported when first used: they would delay the first paint (issue #11)
    from hor_desktop.ui.calendar.tab import CalendarTab
    from hor_desktop.ui.desks.tab import DesksTab
    from hor_desktop.ui.inventory.tab import InventoryTab
    from hor_desktop.ui.organisations.tab import OrganisationsTab
    from hor_desktop.ui.reports.dialog import ReportsDialog
    from hor_desktop.ui.sync.conflicts_tab import ConflictsTab
    from hor_desktop.ui.sync.log_dialog import SyncLogDialog

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SessionInfo:
    """What the window shows about this session; built by app.py, no secrets inside."""

    mode: str  # "local", "replica" or "direct"
    database: str  # file name or host/database, never a password
    location_code: str
    location_name: str


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: SessionInfo,
        context: DeskContext,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.context = context
        self.runner: TaskRunner = context.runner
        self.setWindowTitle(self.tr("HoR Desk – {location}").format(location=session.location_name))
        self.resize(1200, 800)

        self.tabs = LazyTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.dashboard_tab = DashboardTab(context, self)
        self.tabs.addTab(self.dashboard_tab, self.tr("Heute"))
        # The other tabs are built when first shown (or asked for): their modules, widgets
        # and first queries would otherwise compete with „Heute“ before the first paint.
        self.tabs.add_lazy_tab(self._new_organisations_tab, self.tr("Organisationen"))
        self.tabs.add_lazy_tab(self._new_inventory_tab, self.tr("Inventar"))
        self.tabs.add_lazy_tab(self._new_calendar_tab, self.tr("Raumkalender"))
        self.tabs.add_lazy_tab(self._new_desks_tab, self.tr("Coworking"))
        # Replica and direct mode share the conflicts inbox; app.py attaches the sync
        # scheduler to the bridge after the first paint (replica mode only).
        self.shared = session.mode in ("replica", "direct")
        self.sync_bridge = SyncBridge(self)
        # A pull writes outside the units of work: "Heute" reloads after every round too.
        self.sync_bridge.round_finished.connect(self.dashboard_tab.refresh)
        if self.shared:
            self.tabs.add_lazy_tab(self._new_conflicts_tab, self.tr("Konflikte"))
        self.setCentralWidget(self.tabs)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect_dashboard()

    # --- the lazily built tabs ---------------------------------------------------------------

    def _new_organisations_tab(self) -> OrganisationsTab:
        from hor_desktop.ui.organisations.tab import OrganisationsTab  # noqa: PLC0415

        return OrganisationsTab(self.context, self)

    def _new_inventory_tab(self) -> InventoryTab:
        from hor_desktop.ui.inventory.tab import InventoryTab  # noqa: PLC0415

        return InventoryTab(self.context, self)

    def _new_calendar_tab(self) -> CalendarTab:
        from hor_desktop.ui.calendar.tab import CalendarTab  # noqa: PLC0415

        return CalendarTab(self.context, self)

    def _new_desks_tab(self) -> DesksTab:
        from hor_desktop.ui.desks.tab import DesksTab  # noqa: PLC0415

        return DesksTab(self.context, self)

    def _new_conflicts_tab(self) -> ConflictsTab:
        from hor_desktop.ui.sync.conflicts_tab import ConflictsTab  # noqa: PLC0415

        tab = ConflictsTab(self.context, self)
        self.sync_bridge.round_finished.connect(tab.refresh)
        return tab

    @property
    def conflicts_tab(self) -> ConflictsTab:
        """Raises: KeyError in local mode (no conflicts tab there)."""
        return self.tabs.page(self._new_conflicts_tab)

    @property
    def organisations_tab(self) -> OrganisationsTab:
        return self.tabs.page(self._new_organisations_tab)

    @property
    def inventory_tab(self) -> InventoryTab:
        return self.tabs.page(self._new_inventory_tab)

    @property
    def calendar_tab(self) -> CalendarTab:
        return self.tabs.page(self._new_calendar_tab)

    @property
    def desks_tab(self) -> DesksTab:
        return self.tabs.page(self._new_desks_tab)

    def _build_actions(self) -> None:
        self.quit_action = QAction(self.tr("&Beenden"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setStatusTip(self.tr("HoR Desk schließen"))
        self.quit_action.triggered.connect(self.close)

        self.tab_actions: list[QAction] = []
        for index in range(self.tabs.count()):
            # The tab titles are already translated; "&" keeps them usable as mnemonics.
            action = QAction(self.tabs.tabText(index), self)
            action.setObjectName(f"showTab{index + 1}Action")
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_tab(i))
            self.addAction(action)  # the shortcut works even with the menu bar hidden
            self.tab_actions.append(action)
        self.addAction(self.quit_action)

        self.reports_action = QAction(self.tr("&Berichte…"), self)
        self.reports_action.setObjectName("reportsAction")
        self.reports_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reports_action.setStatusTip(
            self.tr("Zahlen für Fördergeber: Tabellen, Diagramme, PDF, CSV")
        )
        self.reports_action.triggered.connect(self.open_reports)
        self.addAction(self.reports_action)
        self.reports_dialog: ReportsDialog | None = None
        self._build_sync_actions()

    def _build_sync_actions(self) -> None:
        self.sync_actions: list[QAction] = []
        self.sync_log_dialog: SyncLogDialog | None = None
        if not self.shared:
            return
        self.sync_log_action = QAction(self.tr("&Synchronisationsprotokoll …"), self)
        self.sync_log_action.setObjectName("syncLogAction")
        self.sync_log_action.triggered.connect(self.open_sync_log)
        self.sync_actions.append(self.sync_log_action)
        if self.session.mode == "replica":
            self.sync_now_action = QAction(self.tr("&Jetzt synchronisieren"), self)
            self.sync_now_action.setObjectName("syncNowAction")
            self.sync_now_action.setShortcut(QKeySequence("F9"))
            self.sync_now_action.setStatusTip(
                self.tr("Änderungen senden und die der anderen Standorte holen")
            )
            self.sync_now_action.triggered.connect(self.sync_now)
            self.addAction(self.sync_now_action)
            self.sync_actions.insert(0, self.sync_now_action)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Datei"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.reports_action)
        if self.sync_actions:
            file_menu.addSeparator()
            file_menu.addActions(self.sync_actions)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&Ansicht"))
        view_menu.setObjectName("viewMenu")
        view_menu.addActions(self.tab_actions)
        self.lending = LendingMenu(self, self.context)
        self.menuBar().addMenu(self.lending.menu)
        self.administration = AdministrationMenu(self, self.context)
        self.admin_actions = AdminActions(self, self.context, self.administration.menu)
        self.menuBar().addMenu(self.administration.menu)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.mode_label = QLabel(self._mode_text(self.session.mode), self)
        self.mode_label.setObjectName("modeLabel")
        self.database_label = QLabel(
            self.tr("Datenbank: {database}").format(database=self.session.database), self
        )
        self.database_label.setObjectName("databaseLabel")
        self.location_label = QLabel(
            self.tr("Standort: {code} – {name}").format(
                code=self.session.location_code, name=self.session.location_name
            ),
            self,
        )
        self.location_label.setObjectName("locationLabel")
        for label in (self.mode_label, self.database_label, self.location_label):
            status.addPermanentWidget(label)
        status.addPermanentWidget(self.administration.controls.status_label)
        self.sync_status: SyncStatusWidget | None = None
        if self.shared:
            self.sync_status = SyncStatusWidget(self.session.mode, self)
            self.sync_status.clicked.connect(self.open_sync_log)
            self.sync_bridge.status_changed.connect(self.sync_status.set_status)
            status.addPermanentWidget(self.sync_status)
            if self.session.mode == "direct":
                if self.context.changes is not None:
                    self.context.changes.changed.connect(self.count_conflicts)
                self.count_conflicts()

    def count_conflicts(self) -> None:
        """Direct mode runs no sync rounds: the count comes from the shared database."""
        from hor_desktop.services.conflicts import count_open_conflicts  # noqa: PLC0415

        widget, uow = self.sync_status, self.context.uow
        if widget is not None:
            self.runner.submit(
                lambda: count_open_conflicts(uow()), widget.set_conflict_count,
                lambda error: log.warning("counting the open conflicts failed: %s", error),
            )  # fmt: skip

    # --- sync (replica and direct mode) ----------------------------------------------------

    def sync_now(self) -> None:
        if self.sync_bridge.request_round():
            self.statusBar().showMessage(self.tr("Synchronisation angefordert …"), 5000)
        else:
            self.statusBar().showMessage(self.tr("Die Synchronisation startet gerade …"), 5000)

    def open_sync_log(self) -> SyncLogDialog:
        from hor_desktop.ui.sync.log_dialog import SyncLogDialog  # noqa: PLC0415 (on use)

        if self.sync_log_dialog is None:
            self.sync_log_dialog = SyncLogDialog(self.sync_bridge, self.runner, self)
        if self.sync_log_dialog.isVisible():
            self.sync_log_dialog.raise_()  # open behind the window: bring it back
            self.sync_log_dialog.reload()
        self.sync_log_dialog.show()
        self.sync_log_dialog.activateWindow()
        return self.sync_log_dialog

    def _mode_text(self, mode: str) -> str:
        # One literal per mode, so lupdate sees each sentence whole.
        if mode == "replica":
            return self.tr("Modus: Replikat")
        if mode == "direct":
            return self.tr("Modus: Direkt")
        return self.tr("Modus: lokal")

    # --- the "Heute" tab opens records in the other tabs and dialogs ----------------------

    def _connect_dashboard(self) -> None:
        dashboard = self.dashboard_tab
        dashboard.return_requested.connect(self.open_return_for)
        dashboard.item_requested.connect(self.show_item)
        dashboard.pickup_requested.connect(self.show_pickup)
        dashboard.room_booking_requested.connect(self.show_room_booking)
        dashboard.desks_requested.connect(self.show_desks)
        # Reload whenever "Heute" comes to the front, too (saved changes reload it anyway).
        self.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.dashboard_tab:
            self.dashboard_tab.refresh()

    def open_return_for(self, inventory_no: str) -> None:
        dialog = self.lending.open_return()
        if isinstance(dialog, ReturnDialog):
            dialog.returned.connect(self.dashboard_tab.refresh, Qt.ConnectionType.UniqueConnection)
            dialog.scan_field.setText(inventory_no)
            dialog.scan()

    def show_pickup(self, receipt_no: str) -> None:
        """The desk's pick-up list, where the reservation is handed out (Ctrl+Shift+P)."""
        self.lending.desk_panel().show_pickup(receipt_no)

    def show_item(self, inventory_no: str) -> None:
        self.show_tab(self.tabs.indexOf(self.inventory_tab))
        self.inventory_tab.search_edit.setText(inventory_no)
        self.inventory_tab.search_now()

    def show_room_booking(self, booking_id: uuid.UUID, day: date) -> None:
        self.show_tab(self.tabs.indexOf(self.calendar_tab))
        self.calendar_tab.go_to(day)
        self.calendar_tab.open_booking(booking_id)

    def show_desks(self, day: date) -> None:
        self.show_tab(self.tabs.indexOf(self.desks_tab))
        self.desks_tab.set_day(day)

    def open_reports(self) -> ReportsDialog:
        if self.reports_dialog is None:
            from hor_desktop.ui.reports.dialog import ReportsDialog  # noqa: PLC0415 (on use)

            self.reports_dialog = ReportsDialog(self.context, self)
        if self.reports_dialog.isVisible():
            self.reports_dialog.raise_()  # open behind the window: bring it back, keep figures
        self.reports_dialog.show()
        self.reports_dialog.activateWindow()
        return self.reports_dialog

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Let running background work finish so no unit of work is cut off mid-commit.
        wait = getattr(self.runner, "wait", None)
        if callable(wait):
            wait(10_000)
        super().closeEvent(event)
