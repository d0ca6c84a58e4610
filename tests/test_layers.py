"""Import boundaries between the layers (ARCHITECTURE.md §2), checked by parsing every module."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = "hor_desktop"
PACKAGE_DIR = Path(__file__).resolve().parents[1] / PACKAGE

QT = ("PySide6", "shiboken6")
# Modules allowed to import Qt: the UI and the composition root.
QT_ALLOWED = ("ui", "app", "__main__")


@dataclass(frozen=True)
class Rule:
    """Forbidden import prefixes for the modules of one layer."""

    layer: str
    forbidden: tuple[str, ...]
    why: str
    allowed_internal: tuple[str, ...] | None = None  # if set: the only other hor_desktop layers


RULES: tuple[Rule, ...] = (
    Rule("core", ("sqlalchemy", "alembic", "psycopg"), "core is pure rules", ("core",)),
    Rule("services", ("hor_desktop.ui",), "services return DTOs and know no UI"),
    Rule(
        "store",
        ("hor_desktop.services", "hor_desktop.ui", "hor_desktop.sync", "hor_desktop.printing"),
        "store sits below services, sync and printing",
    ),
    Rule("sync", ("hor_desktop.ui", "hor_desktop.services"), "sync is Qt-free, below the UI"),
    Rule(
        "printing",
        ("sqlalchemy", "alembic", "psycopg"),
        "printing turns DTOs into PDFs with reportlab",
        ("core", "resources"),  # resources.py only finds the shipped fonts and texts
    ),
    Rule("resources", (), "resources.py is a leaf every layer may use", ()),
    Rule("reports", ("hor_desktop.ui",), "reports are Qt-free"),
    Rule("cli", ("hor_desktop.ui",), "hor-admin runs without a display"),
    Rule("admin", ("hor_desktop.ui",), "hor-admin commands run without a display"),
    Rule("config", ("hor_desktop.ui",), "settings load before Qt"),
)


def module_name(path: Path, root: Path = PACKAGE_DIR) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(module: str, source: str, *, is_package: bool = False) -> set[str]:
    """Absolute names of everything ``source`` imports, relative imports resolved."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join([*base_parts, node.module] if node.module else base_parts)
            else:
                base = node.module or ""
            found.add(base)
            # `from hor_desktop import ui` imports the subpackage, not just the package.
            found.update(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")
    return found


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _matches(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations(module: str, source: str, *, is_package: bool = False) -> list[str]:
    """Every import in ``source`` that breaks a layer rule, as readable sentences."""
    layer = layer_of(module)
    imports = imported_modules(module, source, is_package=is_package)
    problems: list[str] = []
    if layer not in QT_ALLOWED:
        problems += [
            f"{module} imports {name}: only ui/, app.py and __main__.py may use Qt"
            for name in sorted(imports)
            if any(_matches(name, qt) for qt in QT)
        ]
    for rule in RULES:
        if rule.layer != layer:
            continue
        for name in sorted(imports):
            forbidden = any(_matches(name, prefix) for prefix in rule.forbidden)
            foreign_layer = (
                rule.allowed_internal is not None
                and _matches(name, PACKAGE)
                and name != PACKAGE
                and layer_of(name) not in (layer, *rule.allowed_internal)
            )
            if forbidden or foreign_layer:
                problems.append(f"{module} imports {name}: {rule.why}")
    return problems


def package_modules() -> list[Path]:
    return sorted(PACKAGE_DIR.rglob("*.py"))


def test_the_package_is_found() -> None:
    names = {module_name(path) for path in package_modules()}
    assert {"hor_desktop.core.errors", "hor_desktop.store.engine"} <= names


@pytest.mark.parametrize("path", package_modules(), ids=module_name)
def test_module_respects_the_layers(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert violations(module_name(path), source, is_package=path.name == "__init__.py") == []


# The checker itself: a boundary test that cannot fail would protect nothing.


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("hor_desktop.core.money", "from PySide6.QtCore import QObject"),
        ("hor_desktop.core.money", "import sqlalchemy.orm"),
        ("hor_desktop.core.money", "from hor_desktop.store import models"),
        ("hor_desktop.core.money", "from ..services import locations"),
        ("hor_desktop.services.loans", "from hor_desktop.ui.messages import show_error"),
        ("hor_desktop.services.loans", "from hor_desktop import ui"),
        ("hor_desktop.services.loans", "import PySide6"),
        ("hor_desktop.store.repositories.loans", "from ...services.loans import LoanDTO"),
        ("hor_desktop.store.uow", "from hor_desktop.sync.outbox import capture"),
        ("hor_desktop.sync.push", "from hor_desktop.services import audit"),
        ("hor_desktop.printing.slip", "from hor_desktop.store.models import Loan"),
        ("hor_desktop.printing.slip", "from sqlalchemy import select"),
        ("hor_desktop.cli", "from hor_desktop.ui.main_window import MainWindow"),
        ("hor_desktop.config", "from shiboken6 import isValid"),
        ("hor_desktop.resources", "from hor_desktop.core.errors import HorError"),
    ],
)
def test_checker_detects_a_violation(module: str, source: str) -> None:
    assert violations(module, source) != []


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("hor_desktop.core.money", "from decimal import Decimal\nfrom .errors import HorError"),
        ("hor_desktop.services.loans", "from hor_desktop.store.uow import UnitOfWork"),
        ("hor_desktop.ui.main_window", "from PySide6.QtWidgets import QMainWindow"),
        ("hor_desktop.app", "from PySide6.QtWidgets import QApplication"),
        ("hor_desktop.printing.slip", "from reportlab.platypus import Paragraph\nimport io"),
        ("hor_desktop.printing.slip", "from hor_desktop.core.clock import to_local"),
        (
            "hor_desktop.printing.slip",
            "from .fonts import register\nfrom hor_desktop import resources",
        ),
        ("hor_desktop.core.money", "from hor_desktop.core import errors"),
    ],
)
def test_checker_accepts_allowed_imports(module: str, source: str) -> None:
    assert violations(module, source) == []


def test_relative_import_in_a_package_init_resolves_from_the_package() -> None:
    found = imported_modules("hor_desktop.core", "from .errors import HorError", is_package=True)
    assert "hor_desktop.core.errors" in found


def test_imports_inside_functions_are_seen() -> None:
    source = "def late():\n    from PySide6.QtGui import QIcon\n    return QIcon"
    assert violations("hor_desktop.services.icons", source) != []
