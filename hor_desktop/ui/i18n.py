"""Language of the window: the app's catalogue, Qt's own German texts, the matching locale.

The source strings are German. ``resources/translations/hor_desk_<code>.qm`` holds the
app's catalogues (German maps each string to itself and adds the plural forms, English
translates); ``tools/update_translations.py`` regenerates them. Qt's ``qtbase_de`` makes
standard dialogs (buttons like "Cancel", the file dialog) German.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hor_desktop.resources import resource

log = logging.getLogger(__name__)

APP_CATALOG = "hor_desk"
LANGUAGES = ("de", "en")  # what the settings offer; anything else falls back to German
_LOCALES = {"de": "de_DE", "en": "en_GB"}


@dataclass
class InstalledLanguage:
    """The translators installed for one language (kept alive while installed)."""

    code: str
    translators: list[QTranslator] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # catalogues not found, for the log


def language_code(language: str) -> str:
    """ "de_DE", "de-AT", "DE" → "de"; an unknown language → "de" (the default)."""
    code = language.replace("-", "_").partition("_")[0].lower()
    return code if code in LANGUAGES else "de"


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def app_translations_dir() -> Path | None:
    try:
        return resource("translations")
    except FileNotFoundError:  # an install without resources/: the German source shows
        return None


def _load(app: QCoreApplication, name: str, directory: Path | None) -> QTranslator | None:
    if directory is None:
        return None
    translator = QTranslator(app)
    if not translator.load(name, str(directory)):
        return None
    app.installTranslator(translator)
    return translator


def install_language(
    app: QCoreApplication,
    language: str = "de",
    *,
    qt_dir: Path | None = None,
    app_dir: Path | None = None,
) -> InstalledLanguage:
    """Install the catalogues for ``language`` and make its locale the default.

    A missing catalogue is logged, never fatal: without ``qtbase_de`` standard dialogs
    stay English; without the app's German catalogue the German source strings show
    (plural forms then read "Gerät(e)").
    """
    code = language_code(language)
    QLocale.setDefault(QLocale(_LOCALES[code]))
    installed = InstalledLanguage(code)
    wanted: list[tuple[str, Path | None]] = [
        (f"{APP_CATALOG}_{code}", app_dir or app_translations_dir())
    ]
    if code != "en":  # Qt's source texts are English already
        wanted.append((f"qtbase_{code}", qt_dir or qt_translations_dir()))
    for name, directory in wanted:
        translator = _load(app, name, directory)
        if translator is None:
            log.warning("translation %s not found in %s", name, directory)
            installed.missing.append(name)
        else:
            installed.translators.append(translator)
    return installed


def install_translators(app: QCoreApplication, language: str = "de") -> list[QTranslator]:
    """Install the translators for ``language``; returns them so they stay alive."""
    return install_language(app, language).translators


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
