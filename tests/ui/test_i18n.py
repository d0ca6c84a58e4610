"""Translations: the committed catalogues match the code, German and English load, Qt's own
German texts make standard dialogs German, and a missing catalogue is not fatal."""

from __future__ import annotations

import ast
import logging
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.i18n import (
    install_language,
    install_translators,
    qt_translations_dir,
    remove_translators,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import update_translations as catalogues  # noqa: E402  (a script, not a package)

UI_SOURCES = [*sorted((ROOT / "hor_desktop" / "ui").rglob("*.py")), ROOT / "hor_desktop" / "app.py"]
_PLACEHOLDER = re.compile(r"\{\w+\}|%[n1-9]")


@pytest.fixture
def restore_locale(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(scope="module")
def fresh_messages(tmp_path_factory: pytest.TempPathFactory) -> set[catalogues.Key]:
    """What lupdate finds in the code right now (a fresh catalogue, no old translations)."""
    path = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    catalogues.run_lupdate([path], target_language="de_DE")
    return {key for key, _ in catalogues.messages(catalogues.read_ts(path))}


def _committed(code: str) -> list[tuple[catalogues.Key, object]]:
    return catalogues.messages(catalogues.read_ts(catalogues.ts_path(code)))


def _describe(keys: set[catalogues.Key]) -> str:
    return "\n".join(f"  [{key.context}] {key.source!r}" for key in sorted(keys, key=str)[:40])


# --- the catalogues are in sync with the code ---------------------------------------------


@pytest.mark.parametrize("code", ["de", "en"])
def test_catalogue_holds_every_string_of_the_code(
    fresh_messages: set[catalogues.Key], code: str
) -> None:
    committed = {key for key, _ in _committed(code)}
    missing = fresh_messages - committed
    stale = committed - fresh_messages
    hint = "run: .venv/bin/python tools/update_translations.py"
    assert not missing, f"strings missing from hor_desk_{code}.ts ({hint}):\n{_describe(missing)}"
    assert not stale, f"strings gone from the code, still in hor_desk_{code}.ts ({hint}):\n" + (
        _describe(stale)
    )


def test_lupdate_finds_hundreds_of_strings(fresh_messages: set[catalogues.Key]) -> None:
    # Guards the sync test: a broken lupdate call finding nothing would make it pass.
    assert len(fresh_messages) > 500
    assert catalogues.Key("MainWindow", "Inventar", "", False) in fresh_messages


@pytest.mark.parametrize("code", ["de", "en"])
def test_every_message_is_finished(code: str) -> None:
    unfinished = {key for key, message in _committed(code) if not catalogues.is_finished(message)}
    assert not unfinished, f"unfinished in hor_desk_{code}.ts:\n{_describe(unfinished)}"


def test_german_catalogue_maps_plain_strings_to_themselves() -> None:
    changed = {
        key
        for key, message in _committed("de")
        if not key.numerus and catalogues.translation_of(message) != [key.source]
    }
    assert not changed, f"German translations differ from the German source:\n{_describe(changed)}"


def test_english_translations_keep_the_placeholders() -> None:
    broken = set()
    for key, message in _committed("en"):
        wanted = sorted(_PLACEHOLDER.findall(key.source))
        for text in catalogues.translation_of(message):
            if sorted(_PLACEHOLDER.findall(text)) != wanted:
                broken.add(key)
    assert not broken, f"placeholders differ in the English catalogue:\n{_describe(broken)}"


def test_english_is_not_a_copy_of_the_german() -> None:
    english = _committed("en")
    same = {
        key
        for key, message in english
        if catalogues.translation_of(message) == [key.source]
        and re.search(r"[A-Za-zÄÖÜäöüß]{3}", _PLACEHOLDER.sub("", key.source))
    }
    # Words that are the same in both languages ("Status", "Coworking", "Organisation")
    # are a few per cent; a copied German catalogue would be nearly all of it.
    assert len(same) < len(english) * 0.05, _describe(same)


@pytest.mark.parametrize("code", ["de", "en"])
def test_compiled_catalogue_matches_its_source(tmp_path: Path, code: str) -> None:
    ts = catalogues.ts_path(code)
    compiled = tmp_path / f"{code}.qm"
    catalogues.run_lrelease(ts, compiled)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"hor_desk_{code}.qm is older than its .ts; run tools/update_translations.py"
    )


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_translation_calls_use_literal_text() -> None:
    # lupdate only sees literals: a wrapper like _tr(text) or tr(variable) would silently
    # leave its strings out of the catalogues.
    dynamic = []
    for path in UI_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "tr":
                ok = isinstance(func, ast.Attribute) and bool(node.args) and _literal(node.args[0])
            elif name == "translate" and ast.unparse(func).endswith("QCoreApplication.translate"):
                ok = len(node.args) >= 2 and _literal(node.args[0]) and _literal(node.args[1])
            else:
                continue
            if not ok:
                dynamic.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert not dynamic, "translation calls lupdate cannot read:\n" + "\n".join(dynamic)


def test_update_script_is_idempotent_and_keeps_translations(tmp_path: Path) -> None:
    for code in ("de", "en"):
        shutil.copy(catalogues.ts_path(code), tmp_path)
    catalogues.update(tmp_path)
    first = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    catalogues.update(tmp_path)
    second = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert first == second
    english = {
        key.source: catalogues.translation_of(message)
        for key, message in catalogues.messages(catalogues.read_ts(tmp_path / "hor_desk_en.ts"))
    }
    assert english["Inventar"] == ["Inventory"]


def test_update_script_prefills_german_plurals_and_reuses_english(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en_GB">'
        "<context><name>A</name>"
        "<message><source>Gerät</source><translation>Device</translation></message>"
        '<message numerus="yes"><source>%n Gerät(e)</source>'
        '<translation type="unfinished"/></message></context>'
        "<context><name>B</name>"
        '<message><source>Gerät</source><translation type="unfinished"/></message>'
        '<message><source>Neu</source><translation type="unfinished"/></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    english = catalogues.read_ts(ts)
    missing = catalogues.prefill_english(english)
    assert [key.source for key in missing] == ["%n Gerät(e)", "Neu"]
    reused = [
        m for k, m in catalogues.messages(english) if k.context == "B" and k.source == "Gerät"
    ]
    assert catalogues.translation_of(reused[0]) == ["Device"]
    german = catalogues.read_ts(ts)
    assert catalogues.prefill_german(german) == 3
    plural = next(m for k, m in catalogues.messages(german) if k.numerus)
    assert catalogues.translation_of(plural) == ["%n Gerät", "%n Geräte"]
    assert all(catalogues.is_finished(m) for _, m in catalogues.messages(german))


# --- loading -------------------------------------------------------------------------------


def test_pyside6_ships_qtbase_de() -> None:
    # PySide6-Essentials 6.12 carries Qt's translations; build.spec keeps qtbase_de.
    assert (qt_translations_dir() / "qtbase_de.qm").is_file()


def test_german_installs_app_catalogue_qtbase_and_locale(
    qapp: QApplication, restore_locale: None
) -> None:
    installed = install_language(qapp, "de")
    try:
        assert installed.missing == []
        assert len(installed.translators) == 2
        assert QLocale().name() == "de_DE"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert QCoreApplication.translate("CartPanel", "%n Gerät(e) im Warenkorb", "", 1) == (
            "1 Gerät im Warenkorb"
        )
        assert QCoreApplication.translate("CartPanel", "%n Gerät(e) im Warenkorb", "", 3) == (
            "3 Geräte im Warenkorb"
        )
    finally:
        remove_translators(qapp, installed.translators)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_without_qtbase_de_the_app_still_speaks_german(
    qapp: QApplication, restore_locale: None, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="hor_desktop.ui.i18n"):
        installed = install_language(qapp, "de", qt_dir=tmp_path)  # an empty Qt folder
    try:
        assert installed.missing == ["qtbase_de"]
        assert len(installed.translators) == 1  # the app's own catalogue
        assert "qtbase_de" in caplog.text
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert QLocale().name() == "de_DE"
    finally:
        remove_translators(qapp, installed.translators)


def test_english_installs_app_catalogue_and_british_locale(
    qapp: QApplication, restore_locale: None
) -> None:
    installed = install_language(qapp, "en")
    try:
        assert installed.missing == []
        assert len(installed.translators) == 1  # no qtbase: Qt's texts are English
        assert QLocale().name() == "en_GB"
        assert QCoreApplication.translate("MainWindow", "Inventar") == "Inventory"
        assert QCoreApplication.translate("CartPanel", "%n Gerät(e) im Warenkorb", "", 1) == (
            "1 device in the cart"
        )
    finally:
        remove_translators(qapp, installed.translators)
    assert QCoreApplication.translate("MainWindow", "Inventar") == "Inventar"


@pytest.mark.parametrize("language", ["de_DE", "de-AT", "DE", "fr"])
def test_language_variants_and_unknown_languages_count_as_german(
    qapp: QApplication, restore_locale: None, language: str
) -> None:
    translators = install_translators(qapp, language)
    remove_translators(qapp, translators)
    assert QLocale().name() == "de_DE"


def test_main_window_in_english(
    qapp: QApplication, qtbot: QtBot, desk_context: DeskContext, restore_locale: None
) -> None:
    from hor_desktop.ui.main_window import MainWindow, SessionInfo

    installed = install_language(qapp, "en")
    try:
        window = MainWindow(SessionInfo("local", "hor.sqlite", "MIG", "Migrafrica"), desk_context)
        qtbot.addWidget(window)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        menus = [action.text() for action in window.menuBar().actions()]
        assert titles[:5] == ["Today", "Organisations", "Inventory", "Room calendar", "Coworking"]
        assert "&File" in menus
        assert window.mode_label.text() == "Mode: local"
    finally:
        remove_translators(qapp, installed.translators)
