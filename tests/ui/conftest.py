"""UI tests run on the offscreen Qt platform (pyproject makes any Qt warning fail them)."""

from __future__ import annotations

import os

# Before any Qt import: CI has no display, and a developer's window should not flash.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
