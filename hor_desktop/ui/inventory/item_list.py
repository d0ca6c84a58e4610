"""Loads the item list in pages through the runner: filters, debounced search, sort, paging."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal

from hor_desktop.core.enums import ItemStatus
from hor_desktop.core.errors import HorError
from hor_desktop.services import inventory_views
from hor_desktop.services.inventory_views import ItemCursor, ItemPage
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.inventory.models import ItemsTableModel
from hor_desktop.ui.tasks import report_unexpected

SEARCH_DELAY_MS = 150
PAGE_SIZE = inventory_views.ITEM_PAGE_SIZE


@dataclass(frozen=True)
class ItemFilter:
    text: str = ""
    location_id: uuid.UUID | None = None
    category_id: uuid.UUID | None = None
    status: ItemStatus | None = None
    lent: bool = False  # only items out on a loan


class ItemListController(QObject):
    """Owns what the list shows; every load runs off the GUI thread.

    Each reload gets a generation number, and answers of an older generation are
    dropped, so a slow query for "bea" can never overwrite the result for "beam".
    """

    loaded = Signal()  # the first page of a new filter or sort is in the model
    failed = Signal(str)  # an expected error (HorError) to show in the tab

    def __init__(
        self, context: DeskContext, model: ItemsTableModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = model
        self.filter = ItemFilter()
        self.sort_key = "inventory_no"
        self.descending = False
        self._generation = 0
        self._cursor: ItemCursor | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        model.fetch_more_requested.connect(self.load_more)
        model.sort_requested.connect(self.set_sort)

    # --- what the tab changes --------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Typing: wait until the keys pause, then load."""
        if text.strip() == self.filter.text:
            return
        self.filter = replace(self.filter, text=text.strip())
        self._timer.start()

    def set_filter(self, item_filter: ItemFilter) -> None:
        self.filter = item_filter
        self.reload()

    def set_sort(self, key: str, descending: bool) -> None:
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.reload()

    @property
    def pending(self) -> bool:
        """A typed search waits for its debounce timer."""
        return self._timer.isActive()

    # --- loading ---------------------------------------------------------------------

    def _query(self, after: ItemCursor | None) -> Callable[[], ItemPage]:
        # Bind the current state now: the work runs later, on another thread.
        f, key, descending, uow = self.filter, self.sort_key, self.descending, self.context.uow
        return lambda: inventory_views.list_items(
            uow(), text=f.text or None, location_id=f.location_id, category_id=f.category_id,
            status=f.status, lent=f.lent, sort=key, descending=descending, after=after,
            limit=PAGE_SIZE,
        )  # fmt: skip

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Load the first page now (Enter, F5, a combo box); ``then`` runs after it arrived."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation

        def done(page: ItemPage) -> None:
            if generation != self._generation:
                return
            self._cursor = page.next_after
            self.model.reset_rows(page.rows, has_more=page.next_after is not None)
            self.loaded.emit()
            if then is not None:
                then()

        self.context.runner.submit(self._query(None), done, self._on_error)

    def load_more(self) -> None:
        """The view scrolled to the end: append the next page."""
        if self._cursor is None:
            self.model.fetch_failed()
            return
        generation = self._generation

        def done(page: ItemPage) -> None:
            if generation != self._generation:
                return
            self._cursor = page.next_after
            self.model.append_rows(page.rows, has_more=page.next_after is not None)

        self.context.runner.submit(self._query(self._cursor), done, self._on_error)

    def _on_error(self, error: BaseException) -> None:
        self.model.fetch_failed()
        if isinstance(error, HorError):
            self.failed.emit(error.message)
        else:
            report_unexpected(error)
