"""Reading the audit trail: filtered, newest first, in keyset pages; CSV for Excel."""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select

from hor_desktop.core.clock import to_local
from hor_desktop.core.enums import Role
from hor_desktop.store.models import AuditEvent, Location, Staff
from hor_desktop.store.uow import UnitOfWork

PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000

# German names of the entities the services record; unknown ones show as stored.
ENTITY_LABELS: dict[str, str] = {
    "organisation": "Organisation",
    "contact": "Kontaktperson",
    "location": "Standort",
    "staff": "Mitarbeiter:in",
    "equipment_item": "Gerät",
    "equipment_category": "Gerätekategorie",
    "kit": "Set",
    "loan": "Ausleihe",
    "loan_line": "Ausleihposition",
    "room": "Raum",
    "room_booking": "Raumbuchung",
    "booking_series": "Buchungsserie",
    "desk": "Arbeitsplatz",
    "desk_booking": "Arbeitsplatzbuchung",
    "closing_day": "Schließtag",
}


@dataclass(frozen=True)
class AuditEventDTO:
    id: uuid.UUID
    occurred_at: datetime  # UTC
    occurred_text: str  # "25.11.2026 10:00" in Berlin time
    staff_id: uuid.UUID | None
    staff_name: str  # "System" when no staff member acted
    location_id: uuid.UUID | None
    location_code: str
    entity: str
    entity_label: str
    entity_id: uuid.UUID
    action: str
    changes_text: str

    @property
    def cursor(self) -> tuple[datetime, uuid.UUID]:
        """Pass as ``before`` to get the page after this row."""
        return (self.occurred_at, self.id)


def _changes_text(changes: dict[str, object]) -> str:
    parts = []
    for key, value in sorted(changes.items()):
        if isinstance(value, list) and len(value) == 2:  # audit.diff: [old, new]
            parts.append(f"{key}: {_plain(value[0])} → {_plain(value[1])}")
        else:
            parts.append(f"{key}: {_plain(value)}")
    return "; ".join(parts)


def _plain(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def list_audit_events(
    uow: UnitOfWork, *, staff_id: uuid.UUID | None = None, start: datetime | None = None,
    end: datetime | None = None, entity: str | None = None, location_id: uuid.UUID | None = None,
    limit: int = PAGE_SIZE, before: tuple[datetime, uuid.UUID] | None = None,
) -> list[AuditEventDTO]:  # fmt: skip
    """Audit events, newest first; ``start`` inclusive, ``end`` exclusive.

    Location admins see only their own location's events, whatever ``location_id`` says.

    Raises: PermissionDeniedError (desk staff).
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Protokoll ansehen")
    if not uow.actor.is_admin:
        location_id = uow.actor.location_id
    limit = max(1, min(limit, MAX_PAGE_SIZE))
    query = (
        select(AuditEvent, Staff.display_name, Location.code)
        .outerjoin(Staff, Staff.id == AuditEvent.staff_id)
        .outerjoin(Location, Location.id == AuditEvent.location_id)
    )
    if staff_id is not None:
        query = query.where(AuditEvent.staff_id == staff_id)
    if start is not None:
        query = query.where(AuditEvent.occurred_at >= start)
    if end is not None:
        query = query.where(AuditEvent.occurred_at < end)
    if entity:
        query = query.where(AuditEvent.entity == entity)
    if location_id is not None:
        query = query.where(AuditEvent.location_id == location_id)
    if before is not None:
        at, event_id = before
        query = query.where(
            or_(
                AuditEvent.occurred_at < at,
                and_(AuditEvent.occurred_at == at, AuditEvent.id < event_id),
            )
        )
    query = query.order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc()).limit(limit)
    with uow:
        return [_event_dto(*row) for row in uow.session.execute(query)]


def _event_dto(event: AuditEvent, name: str | None, code: str | None) -> AuditEventDTO:
    return AuditEventDTO(
        id=event.id, occurred_at=event.occurred_at,
        occurred_text=to_local(event.occurred_at).strftime("%d.%m.%Y %H:%M:%S"),
        staff_id=event.staff_id, staff_name=name or "System",
        location_id=event.location_id, location_code=code or "–",
        entity=event.entity, entity_label=ENTITY_LABELS.get(event.entity, event.entity),
        entity_id=event.entity_id, action=event.action,
        changes_text=_changes_text(dict(event.changes or {})),
    )  # fmt: skip


def list_audit_entities(uow: UnitOfWork) -> list[str]:
    """The entity names that occur in the trail, for the filter."""
    uow.actor.require(Role.LOCATION_ADMIN, action="Protokoll ansehen")
    with uow:
        found = set(uow.session.scalars(select(AuditEvent.entity).distinct()))
    return sorted(found | set(ENTITY_LABELS))


CSV_HEADER = ("Zeitpunkt", "Mitarbeiter:in", "Standort", "Bereich", "Datensatz", "Aktion",
              "Änderungen")  # fmt: skip


def audit_events_csv(rows: list[AuditEventDTO]) -> bytes:
    """Semicolon CSV in UTF-8 with BOM, which German Excel opens without an import wizard."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in rows:
        writer.writerow([
            _excel_safe(text) for text in (
                row.occurred_text, row.staff_name, row.location_code, row.entity_label,
                str(row.entity_id), row.action, row.changes_text,
            )
        ])  # fmt: skip
    return buffer.getvalue().encode("utf-8-sig")


def _excel_safe(text: str) -> str:
    # A cell starting with = + - @ would run as a formula in Excel (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def all_audit_events(
    make_uow: Callable[[], UnitOfWork], *, staff_id: uuid.UUID | None = None,
    start: datetime | None = None, end: datetime | None = None, entity: str | None = None,
    location_id: uuid.UUID | None = None,
) -> list[AuditEventDTO]:  # fmt: skip
    """Every matching event, page by page (one unit of work per page), for the export.

    Raises: PermissionDeniedError (desk staff).
    """
    rows: list[AuditEventDTO] = []
    before: tuple[datetime, uuid.UUID] | None = None
    while True:
        page = list_audit_events(
            make_uow(), staff_id=staff_id, start=start, end=end, entity=entity,
            location_id=location_id, limit=MAX_PAGE_SIZE, before=before,
        )  # fmt: skip
        rows.extend(page)
        if len(page) < MAX_PAGE_SIZE:
            return rows
        before = page[-1].cursor
