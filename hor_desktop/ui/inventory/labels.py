"""Inventory labels for the selected items (the sheet is shown in the print preview)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hor_desktop.printing.model import Label
from hor_desktop.services.inventory_views import ItemRowDTO


def labels_for(rows: Sequence[ItemRowDTO], location_names: Mapping[object, str]) -> list[Label]:
    """One label per item, with the name of its home location (where it goes back to)."""
    return [
        Label(
            row.inventory_no,
            row.name,
            location_names.get(row.home_location_id, row.home_location_code),
        )
        for row in rows
    ]
