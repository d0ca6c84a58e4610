"""Entry point of ``hor-desktop`` and ``python -m hor_desktop`` (and the PyInstaller bundle)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from hor_desktop.app import run


def main(argv: Sequence[str] | None = None) -> int:
    """Start HoR Desk; returns the exit code (2 when the database cannot be opened)."""
    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
