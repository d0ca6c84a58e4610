"""The report as frozen data: exact figures, no personal data (no contact or person names)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CategoryRow:
    category: str
    loans: int  # distinct loans with at least one item of the category in the period
    items: int  # distinct items lent
    equipment_days: int


@dataclass(frozen=True)
class ItemUsageRow:
    inventory_no: str
    name: str
    category: str
    location_code: str  # home location
    loans: int
    equipment_days: int


@dataclass(frozen=True)
class RoomRow:
    location_code: str
    room: str
    bookings: int
    hours: float  # booked hours inside the period
    bookable_hours: float  # bookable_from..until on the location's opening days
    used_hours: float  # booked hours inside the bookable windows of opening days

    @property
    def utilisation(self) -> float:
        """Share of the bookable hours that were booked (0 when there were none)."""
        return self.used_hours / self.bookable_hours if self.bookable_hours else 0.0


@dataclass(frozen=True)
class DeskRow:
    location_code: str
    booked_desk_days: float
    available_desk_days: int

    @property
    def occupancy(self) -> float:
        return self.booked_desk_days / self.available_desk_days if self.available_desk_days else 0


@dataclass(frozen=True)
class CountRow:
    label: str
    count: int


@dataclass(frozen=True)
class MonthRow:
    month: date  # first day of the month
    organisations: int
    loans: int
    equipment_days: int
    room_hours: float
    desk_days: float


@dataclass(frozen=True)
class LocationRow:
    location_code: str
    location_name: str
    organisations: int
    loans: int
    equipment_days: int
    room_hours: float
    room_utilisation: float
    desk_days: float
    desk_occupancy: float


@dataclass(frozen=True)
class ReportDTO:
    """Everything the funders' report shows for one period, location and category.

    The category narrows the equipment figures only; rooms, desks and the organisations
    served always cover all of the location's offers.
    """

    start: date
    end: date
    location_id: uuid.UUID | None
    location_label: str  # "Alle Standorte" or "MIG – name"
    category_label: str  # "Alle Kategorien" or the category's name
    organisations_served: int
    organisations_new: int
    loans: int
    items_lent: int
    equipment_days: int
    by_category: tuple[CategoryRow, ...]
    top_items: tuple[ItemUsageRow, ...]
    items_never_lent: tuple[ItemUsageRow, ...]
    rooms: tuple[RoomRow, ...]
    room_hours: float
    room_utilisation: float
    desks: tuple[DeskRow, ...]
    desk_days: float
    desk_occupancy: float
    by_legal_form: tuple[CountRow, ...]
    by_home_location: tuple[CountRow, ...]
    months: tuple[MonthRow, ...]
    locations: tuple[LocationRow, ...]
