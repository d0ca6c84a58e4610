"""Document texts per language, read from ``resources/documents/<lang>.toml``.

A further language is a further file: no code changes. Missing keys fall back to German.
"""

from __future__ import annotations

import tomllib
from functools import cache

from hor_desktop.resources import resource

FALLBACK = "de"


@cache
def _load(language: str) -> dict[str, str]:
    path = resource("documents", f"{language}.toml")
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return {str(key): str(value) for key, value in data.items()}


def available_languages() -> list[str]:
    return sorted(path.stem for path in resource("documents").glob("*.toml"))


class DocumentTexts:
    """``texts["slip_title"]`` in the document's language, German where a key is missing."""

    def __init__(self, language: str = FALLBACK):
        self.language = language if _load(language) else FALLBACK
        self._texts = {**_load(FALLBACK), **_load(self.language)}

    def __getitem__(self, key: str) -> str:
        return self._texts[key]

    def format(self, key: str, **values: object) -> str:
        return self._texts[key].format(**values)
