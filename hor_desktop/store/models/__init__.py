"""All ORM models; importing this package registers every table on ``Base.metadata``."""

from hor_desktop.store.base import SYNCED_TABLES, Base
from hor_desktop.store.models.audit import AuditEvent
from hor_desktop.store.models.bookings import (
    BookingSeries,
    ClosingDay,
    Desk,
    DeskBooking,
    DeskQuota,
    Room,
    RoomBlackout,
    RoomBooking,
)
from hor_desktop.store.models.contacts_log import CallLogEntry
from hor_desktop.store.models.documents import IssuedDocument
from hor_desktop.store.models.equipment import (
    EquipmentCategory,
    EquipmentItem,
    Kit,
    KitItem,
    Loan,
    LoanLine,
)
from hor_desktop.store.models.people import Contact, Location, Organisation, Staff
from hor_desktop.store.models.sync import SyncConflict, sync_outbox, sync_state

__all__ = [
    "AuditEvent",
    "Base",
    "BookingSeries",
    "CallLogEntry",
    "ClosingDay",
    "Contact",
    "Desk",
    "DeskBooking",
    "DeskQuota",
    "EquipmentCategory",
    "EquipmentItem",
    "IssuedDocument",
    "Kit",
    "KitItem",
    "Loan",
    "LoanLine",
    "Location",
    "Organisation",
    "Room",
    "RoomBlackout",
    "RoomBooking",
    "Staff",
    "SyncConflict",
    "sync_outbox",
    "sync_state",
]

SYNCED_TABLES[:] = [
    table.name for table in Base.metadata.sorted_tables if table.info.get("synced", True)
]
