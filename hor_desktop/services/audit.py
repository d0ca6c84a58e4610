"""Writing audit events: every use case that changes data records who, where and what."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from hor_desktop.core.enums import AuditAction
from hor_desktop.store.models import AuditEvent
from hor_desktop.store.uow import UnitOfWork


def _plain(value: Any) -> Any:
    """A JSON-safe form of a column value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def snapshot(obj: object, fields: Iterable[str]) -> dict[str, Any]:
    return {name: _plain(getattr(obj, name)) for name in fields}


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """``{field: [old, new]}`` for the fields whose value changed."""
    return {
        name: [before.get(name), value]
        for name, value in after.items()
        if before.get(name) != value
    }


def record(
    uow: UnitOfWork,
    *,
    entity: str,
    entity_id: uuid.UUID,
    action: AuditAction | str,
    changes: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Add an audit event to the unit of work (committed together with the change)."""
    event = AuditEvent(
        occurred_at=uow.clock.now(),
        staff_id=uow.actor.staff_id,
        location_id=uow.actor.location_id,
        entity=entity,
        entity_id=entity_id,
        action=str(action.value if isinstance(action, AuditAction) else action),
        changes={key: _plain(value) for key, value in (changes or {}).items()},
    )
    uow.session.add(event)
    return event
