"""Further ``hor-admin`` commands, one module per area, each with ``add_commands``.

A module here defines ``add_commands(commands)``: it adds its subparsers and sets
``handler`` on each (a function taking the parsed args, with ``args.url``,
``args.location_code`` and ``args.settings`` filled, returning the exit code).
Expected problems are raised as HorError; cli.main prints them as one line, exit 2.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil


def add_all_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        module.add_commands(commands)
