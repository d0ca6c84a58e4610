"""Enumerations of the domain; their values are what the database stores."""

from __future__ import annotations

from datetime import time
from enum import StrEnum


class Role(StrEnum):
    DESK = "desk"
    LOCATION_ADMIN = "location_admin"
    ADMIN = "admin"


class OrganisationStatus(StrEnum):
    ACTIVE = "active"
    BLOCKED = "blocked"
    MERGED = "merged"


class ItemStatus(StrEnum):
    AVAILABLE = "available"
    MAINTENANCE = "maintenance"
    RETIRED = "retired"
    LOST = "lost"


class LoanState(StrEnum):
    RESERVED = "reserved"
    OUT = "out"
    RETURNED = "returned"
    CANCELLED = "cancelled"


class BookingStatus(StrEnum):
    TENTATIVE = "tentative"  # written locally, not yet confirmed by the shared server
    CONFIRMED = "confirmed"
    CONFLICT = "conflict"
    CANCELLED = "cancelled"


class DeskSlot(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    DAY = "day"

    def overlaps(self, other: DeskSlot) -> bool:
        """A whole day overlaps both halves; two different halves do not overlap."""
        return self is other or DeskSlot.DAY in (self, other)


# Wall-clock hours of the desk slots, for confirmations and the board.
DESK_SLOT_HOURS: dict[DeskSlot, tuple[time, time]] = {
    DeskSlot.MORNING: (time(8, 0), time(13, 0)),
    DeskSlot.AFTERNOON: (time(13, 0), time(18, 0)),
    DeskSlot.DAY: (time(8, 0), time(18, 0)),
}


class RecurrenceKind(StrEnum):
    WEEKLY = "weekly"
    MONTHLY_WEEKDAY = "monthly_weekday"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    STATUS = "status"
    BLOCK = "block"
    UNBLOCK = "unblock"
    CHECK_OUT = "check_out"
    RESERVE = "reserve"
    CHECK_IN = "check_in"
    CANCEL = "cancel"
    OVERRIDE = "override"
    DELETE = "delete"
