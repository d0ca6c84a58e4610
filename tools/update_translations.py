"""Refresh the Qt Linguist catalogues: lupdate the UI sources, prefill German, lrelease.

Run from anywhere:  .venv/bin/python tools/update_translations.py

1. ``pyside6-lupdate`` scans ``hor_desktop/ui`` and ``hor_desktop/app.py`` into
   ``resources/translations/hor_desk_de.ts`` and ``hor_desk_en.ts``. It merges: existing
   translations of unchanged strings are kept, strings gone from the code are dropped.
2. German is the source language, so every unfinished German message becomes its own
   translation (finished). Plural messages ("%n Gerät(e)") get the forms "%n Gerät" and
   "%n Geräte"; forms written by hand in the .ts are never overwritten.
3. An unfinished English message whose German text is translated in another context gets
   that translation; the rest stay unfinished and are listed — translate them in the
   .ts (Qt Linguist or an editor), then run this script again.
4. ``pyside6-lrelease`` compiles both into ``.qm`` files beside the ``.ts`` files.

Running it twice in a row changes nothing (the tests compare against a fresh lupdate).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOG = "hor_desk"
LANGUAGES = {"de": "de_DE", "en": "en_GB"}
SOURCE_LANGUAGE = "de_DE"
SOURCES = (ROOT / "hor_desktop" / "ui", ROOT / "hor_desktop" / "app.py")
_OPTIONAL = re.compile(r"(\w+)\((\w+)\)")  # "Gerät(e)": singular "Gerät", plural "Geräte"


Tree: TypeAlias = "ET.ElementTree[ET.Element]"


@dataclass(frozen=True)
class Key:
    """What identifies a message for Qt: context, source text, disambiguation, plural."""

    context: str
    source: str
    comment: str
    numerus: bool


def tool(name: str) -> str:
    """The PySide6 tool beside the running Python (the venv), else the one on PATH."""
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).with_name(name + suffix)
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (install PySide6-Essentials into the venv)")
    return found


def ts_path(code: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"{CATALOG}_{code}.ts"


def run_lupdate(ts_files: list[Path], *, target_language: str | None = None) -> None:
    """lupdate the sources into ``ts_files`` (merging into existing files)."""
    command = [
        tool("pyside6-lupdate"),
        "-silent",
        "-extensions",
        "py",
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        SOURCE_LANGUAGE,
    ]
    if target_language:
        command += ["-target-language", target_language]
    command += [str(source) for source in SOURCES]
    command += ["-ts", *(str(path) for path in ts_files)]
    subprocess.run(command, check=True, cwd=ROOT)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    command = [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, cwd=ROOT)


def messages(tree: Tree) -> list[tuple[Key, ET.Element]]:
    """Every live message of a .ts (obsolete and vanished ones left out)."""
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            key = Key(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                numerus=message.get("numerus") == "yes",
            )
            found.append((key, message))
    return found


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") is not None:
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((form.text or "") for form in forms)
    return bool(translation.text)


def translation_of(message: ET.Element) -> list[str]:
    """The translated text (one entry) or the plural forms (several)."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def set_translation(message: ET.Element, texts: list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for text in texts:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = texts[0]


def german_plural_forms(source: str) -> list[str]:
    """Singular and plural of a German plural source: "%n Gerät(e)" → "%n Gerät", "%n Geräte"."""
    singular = _OPTIONAL.sub(r"\1", source)
    plural = _OPTIONAL.sub(r"\1\2", source)
    return [singular, plural]


def prefill_german(tree: Tree) -> int:
    filled = 0
    for key, message in messages(tree):
        if is_finished(message):
            continue
        if key.numerus:
            set_translation(message, german_plural_forms(key.source))
        else:
            set_translation(message, [key.source])
        filled += 1
    return filled


def prefill_english(tree: Tree) -> list[Key]:
    """Reuse translations of the same German text; returns the keys still untranslated."""
    known: dict[tuple[str, bool], list[str]] = {}
    for key, message in messages(tree):
        if is_finished(message):
            known.setdefault((key.source, key.numerus), translation_of(message))
    missing = []
    for key, message in messages(tree):
        if is_finished(message):
            continue
        reuse = known.get((key.source, key.numerus))
        if reuse:
            set_translation(message, reuse)
        else:
            missing.append(key)
    return missing


def read_ts(path: Path) -> Tree:
    return ET.parse(path)


def write_ts(tree: Tree, path: Path) -> None:
    """Write in lupdate's own layout (4-space indent, DOCTYPE), so diffs stay small."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def update(directory: Path = TRANSLATIONS) -> list[Key]:
    """Refresh both catalogues in ``directory``; returns English messages still missing."""
    directory.mkdir(parents=True, exist_ok=True)
    missing: list[Key] = []
    for code, language in LANGUAGES.items():
        path = ts_path(code, directory)
        run_lupdate([path], target_language=language)
        tree = read_ts(path)
        if code == "de":
            prefill_german(tree)
        else:
            missing = prefill_english(tree)
        write_ts(tree, path)
        run_lrelease(path, path.with_suffix(".qm"))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 if an English translation is missing"
    )
    options = parser.parse_args(argv)
    missing = update()
    for key in missing:
        print(f"untranslated (en): [{key.context}] {key.source!r}")
    print(f"{len(missing)} English translation(s) missing")
    return 1 if missing and options.strict else 0


if __name__ == "__main__":
    raise SystemExit(main())
