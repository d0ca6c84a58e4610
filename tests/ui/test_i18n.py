"""German first: Qt's own German texts and the German locale are installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from hor_desktop.ui.i18n import install_translators, remove_translators


@pytest.fixture
def restore_locale(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_german_installs_qtbase_and_the_german_locale(
    qapp: QApplication, restore_locale: None
) -> None:
    translators = install_translators(qapp, "de")
    try:
        assert translators, "qtbase_de.qm should ship with PySide6"
        assert QLocale().name() == "de_DE"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        remove_translators(qapp, translators)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_english_installs_no_qt_catalogue(qapp: QApplication, restore_locale: None) -> None:
    translators = install_translators(qapp, "en")
    remove_translators(qapp, translators)
    assert translators == []
    assert QLocale().language() == QLocale.Language.English


@pytest.mark.parametrize("language", ["de_DE", "de-AT", "DE"])
def test_language_variants_count_as_german(
    qapp: QApplication, restore_locale: None, language: str
) -> None:
    translators = install_translators(qapp, language)
    remove_translators(qapp, translators)
    assert QLocale().name() == "de_DE"
