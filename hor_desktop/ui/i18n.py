"""Language of the window: Qt's own German texts, the app's translations, the German locale."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hor_desktop.resources import resource

log = logging.getLogger(__name__)

APP_CATALOG = "hor_desktop"


def _load(app: QCoreApplication, name: str, directory: Path) -> QTranslator | None:
    translator = QTranslator(app)
    if not translator.load(name, str(directory)):
        log.info("translation %s not found in %s", name, directory)
        return None
    app.installTranslator(translator)
    return translator


def _app_translations_dir() -> Path | None:
    try:
        return resource("translations")
    except FileNotFoundError:  # an install without resources/: source strings are German
        return None


def install_translators(app: QCoreApplication, language: str = "de") -> list[QTranslator]:
    """Install the translators for ``language``; returns them so they stay alive.

    The source strings are German, so German needs only Qt's own catalogue (buttons
    like "Cancel" in standard dialogs) and an optional app catalogue for corrections.
    """
    code = language.replace("-", "_").partition("_")[0].lower() or "de"
    installed: list[QTranslator] = []
    if code == "de":
        QLocale.setDefault(QLocale("de_DE"))
    else:
        QLocale.setDefault(QLocale(code))
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if code != "en":
        qt = _load(app, f"qtbase_{code}", qt_dir)
        if qt is not None:
            installed.append(qt)
    app_dir = _app_translations_dir()
    if app_dir is not None and (app_dir / f"{APP_CATALOG}_{code}.qm").is_file():
        own = _load(app, f"{APP_CATALOG}_{code}", app_dir)
        if own is not None:
            installed.append(own)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
