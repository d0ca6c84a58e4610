"""Lazy tabs: a page is built on first show or first access, once, in its place."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from hor_desktop.ui.lazy_tabs import LazyTabWidget


class Page(QLabel):
    pass


@pytest.fixture
def built() -> list[str]:
    return []


@pytest.fixture
def tabs(qtbot: QtBot, built: list[str]) -> LazyTabWidget:
    tabs = LazyTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(Page("Heute"), "Heute")
    for title in ("Inventar", "Kalender"):
        tabs.add_lazy_tab(_factory(title, built), title)
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs


def _factory(title: str, built: list[str]) -> Callable[[], QWidget]:
    def build() -> QWidget:
        built.append(title)
        return Page(title)

    return build


def test_hidden_tabs_are_not_built_at_start(tabs: LazyTabWidget, built: list[str]) -> None:
    assert built == []
    assert [tabs.is_built(i) for i in range(3)] == [True, False, False]


def test_showing_a_tab_builds_it_once_in_its_place(
    qtbot: QtBot, tabs: LazyTabWidget, built: list[str]
) -> None:
    with qtbot.waitSignal(tabs.currentChanged) as changed:
        tabs.setCurrentIndex(2)
    assert changed.args == [2]
    assert built == ["Kalender"]
    page = tabs.currentWidget()
    assert isinstance(page, Page) and page.text() == "Kalender"
    assert page.isVisible()
    assert tabs.tabText(2) == "Kalender" and tabs.count() == 3
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(2)
    assert built == ["Kalender"]
    assert tabs.indexOf(page) == 2


def test_asking_for_a_page_builds_it_without_switching(
    tabs: LazyTabWidget, built: list[str]
) -> None:
    page = tabs.widget(1)
    assert isinstance(page, Page) and page.text() == "Inventar"
    assert built == ["Inventar"]
    assert tabs.currentIndex() == 0 and tabs.currentWidget().isVisible()
    assert not page.isVisible()


def test_building_a_page_emits_no_tab_change(
    qtbot: QtBot, tabs: LazyTabWidget, built: list[str]
) -> None:
    with qtbot.assertNotEmitted(tabs.currentChanged):
        tabs.widget(2)
    assert tabs.currentIndex() == 0


def test_page_by_factory_is_the_one_shown(qtbot: QtBot, built: list[str]) -> None:
    tabs = LazyTabWidget()
    qtbot.addWidget(tabs)
    inventory = _factory("Inventar", built)
    tabs.add_lazy_tab(inventory, "Inventar")
    page = tabs.page(inventory)
    assert page is tabs.widget(0)
    assert tabs.page(inventory) is page
    assert built == ["Inventar"]


def test_page_of_an_unknown_factory_is_refused(tabs: LazyTabWidget, built: list[str]) -> None:
    with pytest.raises(KeyError):
        tabs.page(_factory("Coworking", built))
    assert built == []
