"""Where the shipped resources (fonts, document texts, translations, icons) are found."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """``resources/`` beside the package in a checkout, or inside a PyInstaller bundle.

    Raises: FileNotFoundError when the folder is missing (a broken install).
    """
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"resources folder not found (looked in {candidates})")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
