"""A tab widget that builds a page the first time it is shown, to keep start-up short."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QTabWidget, QWidget

Page = TypeVar("Page", bound=QWidget)


class _Placeholder(QWidget):
    """Stands in for a page until it is needed; knows how to build it."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lazyTabPlaceholder")
        self.factory = factory


class LazyTabWidget(QTabWidget):
    """``QTabWidget`` whose lazy pages are built on first show or first access.

    A page's module, widgets and first query cost start-up time although only the first
    tab is visible then. Python callers never see a placeholder: ``widget()`` and
    ``currentWidget()`` build the page first, so ``indexOf(page)`` works as usual.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._built: dict[Callable[[], QWidget], QWidget] = {}
        # Connected before anyone else's slot, so they already find the built page.
        self.currentChanged.connect(self.build_page)

    def add_lazy_tab(self, factory: Callable[[], QWidget], title: str) -> int:
        """A tab whose page ``factory()`` builds when it is first shown or asked for."""
        return self.addTab(_Placeholder(factory, self), title)

    def page(self, factory: Callable[[], Page]) -> Page:
        """The page that ``factory`` builds (as given to ``add_lazy_tab``), built if needed.

        Raises: KeyError when no tab was added with this factory.
        """
        if factory not in self._built:
            for index in range(self.count()):
                placeholder = super().widget(index)
                if isinstance(placeholder, _Placeholder) and placeholder.factory == factory:
                    self.build_page(index)
                    break
        return self._built[factory]  # type: ignore[return-value]  # factory built it

    def is_built(self, index: int) -> bool:
        return not isinstance(super().widget(index), _Placeholder)

    def widget(self, index: int) -> QWidget | None:
        return self.build_page(index)

    def currentWidget(self) -> QWidget:
        # As with QTabWidget (whose stub says QWidget), None while there is no tab.
        return self.build_page(self.currentIndex())  # type: ignore[return-value]

    def build_page(self, index: int) -> QWidget | None:
        """The page at ``index``, built now if it was still a placeholder."""
        page = super().widget(index)
        if not isinstance(page, _Placeholder):
            return page
        built = page.factory()
        self._built[page.factory] = built
        showing = self.currentIndex() == index
        # QTabWidget cannot replace a page in place. Insert the page behind its placeholder,
        # switch to it, then drop the placeholder: no other page is shown in between, and
        # the slots on currentChanged do not see a tab change (the index stays the same).
        was_blocked = self.blockSignals(True)
        try:
            self.insertTab(index + 1, built, self.tabIcon(index), self.tabText(index))
            self.setTabToolTip(index + 1, self.tabToolTip(index))
            self.setTabEnabled(index + 1, self.isTabEnabled(index))
            if showing:
                self.setCurrentIndex(index + 1)
            self.removeTab(index)
        finally:
            self.blockSignals(was_blocked)
        page.deleteLater()
        return built
