"""Read queries that many use cases share, named like questions (get_by_…, list_…, count_…)."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from hor_desktop.core.errors import NotFoundError
from hor_desktop.store.base import SyncMixin

Row = TypeVar("Row", bound=SyncMixin)


def get_live(session: Session, model: type[Row], row_id: uuid.UUID, *, entity: str) -> Row:
    """The row with that id unless it is missing or soft-deleted.

    Raises: NotFoundError naming ``entity`` (e.g. "Der Raum").
    """
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(entity=entity)
    return row
