"""A small fixed dataset for the report tests; every figure in the tests is counted by hand.

Period of interest: March 2025. Location A = the first location (by code), B = the second.
A has an all-day closing day on Fri 14.03.2025, so A opens on 20 days in March (21
weekdays), B on 21. Contact and person names are "Geheim…" so the tests can assert that
no personal data reaches any report output.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.enums import BookingStatus, DeskSlot, ItemStatus, LoanState, Role
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from hor_desktop.store.models import (
    ClosingDay,
    Contact,
    Desk,
    DeskBooking,
    EquipmentCategory,
    EquipmentItem,
    Loan,
    LoanLine,
    Organisation,
    Room,
    RoomBooking,
)

BERLIN = ZoneInfo("Europe/Berlin")
SECRET_NAMES = ("Geheim Kontaktperson", "Geheim Schreibtischperson")
SYSTEM = Actor(location_id=None, role=Role.ADMIN, name="test")


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN).astimezone(UTC)


@dataclass
class Ids:
    a: uuid.UUID
    b: uuid.UUID
    beamer: uuid.UUID
    laptop: uuid.UUID
    orgs: dict[str, uuid.UUID]


def build_dataset(db: Database, locations: list[LocationDTO]) -> Ids:
    a, b = locations[0].id, locations[1].id
    uow = db.unit_of_work(SYSTEM)
    with uow:
        s = uow.session

        def add(row: object) -> object:
            s.add(row)
            s.flush()
            return row

        s.add(ClosingDay(location_id=a, day=date(2025, 3, 14), reason="Betriebsausflug"))
        orgs: dict[str, Organisation] = {}
        contacts: dict[str, Contact] = {}
        for key, form, home in (
            ("O1", "e.V.", a), ("O2", "gGmbH", b), ("O3", None, None),
            ("O4", "e.V.", a), ("O5", "GbR", a),
        ):  # fmt: skip
            org = add(Organisation(name=f"Verein {key}", name_key=f"verein {key.lower()}",
                                   legal_form=form, home_location_id=home))  # fmt: skip
            assert isinstance(org, Organisation)
            orgs[key] = org
            contact = add(Contact(organisation_id=org.id, name=SECRET_NAMES[0],
                                  name_key="geheim kontaktperson"))  # fmt: skip
            assert isinstance(contact, Contact)
            contacts[key] = contact
        beamer = add(EquipmentCategory(name="Beamer", checklist=[]))
        laptop = add(EquipmentCategory(name="Laptop", checklist=[]))
        assert isinstance(beamer, EquipmentCategory) and isinstance(laptop, EquipmentCategory)
        items: dict[str, EquipmentItem] = {}
        for key, cat, home, status in (
            ("I1", beamer, a, ItemStatus.AVAILABLE), ("I2", beamer, a, ItemStatus.AVAILABLE),
            ("I3", laptop, a, ItemStatus.AVAILABLE), ("I4", laptop, b, ItemStatus.AVAILABLE),
            ("I5", beamer, a, ItemStatus.RETIRED), ("I6", laptop, b, ItemStatus.AVAILABLE),
            ("I7", laptop, a, ItemStatus.AVAILABLE),
        ):  # fmt: skip
            item = add(EquipmentItem(
                inventory_no=f"10000{key[1]}", name=f"Gerät {key}", name_key=f"gerät {key}",
                category_id=cat.id, home_location_id=home, current_location_id=home,
                status=status,
            ))  # fmt: skip
            assert isinstance(item, EquipmentItem)
            items[key] = item

        def loan(  # noqa: PLR0917 (a row of the table below)
            no: int, org: str, loc: uuid.UUID, start: date, due: date, state: LoanState,
            lines: list[tuple[str, datetime | None]], *, closed: datetime | None = None,
        ) -> None:  # fmt: skip
            row = add(Loan(
                receipt_no=f"T-2025-{no:05d}", organisation_id=orgs[org].id,
                contact_id=contacts[org].id, start_date=start, due_date=due, state=state,
                location_out_id=loc, closed_at=closed,
            ))  # fmt: skip
            assert isinstance(row, Loan)
            for item_key, returned in lines:
                s.add(LoanLine(loan_id=row.id, item_id=items[item_key].id, returned_at=returned))

        d = date
        # Partial return: I1 back on 12.03., I3 on 14.03. → 3 + 5 days.
        loan(1, "O1", a, d(2025, 3, 10), d(2025, 3, 14), LoanState.RETURNED,
             [("I1", local(d(2025, 3, 12), 11)), ("I3", local(d(2025, 3, 14), 17))],
             closed=local(d(2025, 3, 14), 17))  # fmt: skip
        # Spans February and March: 25.02.–04.03. → 4 days in each month.
        loan(2, "O2", a, d(2025, 2, 25), d(2025, 3, 5), LoanState.RETURNED,
             [("I2", local(d(2025, 3, 4), 9))], closed=local(d(2025, 3, 4), 9))  # fmt: skip
        # Runs into April: 28.–31.03. → 4 days in March.
        loan(3, "O3", a, d(2025, 3, 28), d(2025, 4, 4), LoanState.RETURNED,
             [("I1", local(d(2025, 4, 2), 10))], closed=local(d(2025, 4, 2), 10))  # fmt: skip
        # Cancelled reservation: nothing counts, O4 is not served.
        loan(4, "O4", a, d(2025, 3, 20), d(2025, 3, 22), LoanState.CANCELLED, [("I2", None)],
             closed=local(d(2025, 3, 19), 10))  # fmt: skip
        # Still out and overdue, lent from B: 25.–31.03. → 7 days in March.
        loan(6, "O1", b, d(2025, 3, 25), d(2025, 3, 27), LoanState.OUT, [("I6", None)])

        r1 = add(Room(location_id=a, name="Saal", capacity=40, features=[],
                      bookable_from=time(8, 0), bookable_until=time(22, 0)))  # fmt: skip
        r2 = add(Room(location_id=b, name="Werkstatt", capacity=10, features=[],
                      bookable_from=time(9, 0), bookable_until=time(17, 0)))  # fmt: skip
        assert isinstance(r1, Room) and isinstance(r2, Room)

        def booking(room: Room, org: str, start: datetime, end: datetime,
                    status: BookingStatus = BookingStatus.CONFIRMED) -> None:  # fmt: skip
            s.add(RoomBooking(room_id=room.id, organisation_id=orgs[org].id, title="Treffen",
                              starts_at=start, ends_at=end, status=status))  # fmt: skip

        booking(r1, "O1", local(d(2025, 3, 5), 10), local(d(2025, 3, 5), 12))  # 2 h, 2 used
        # Monday after the DST change: 3,5 h booked, 2 h inside 08–22.
        booking(r1, "O3", local(d(2025, 3, 31), 20), local(d(2025, 3, 31), 23, 30))
        booking(r1, "O4", local(d(2025, 3, 6), 10), local(d(2025, 3, 6), 12),
                BookingStatus.CANCELLED)  # fmt: skip
        booking(r2, "O2", local(d(2025, 3, 15), 10), local(d(2025, 3, 15), 12))  # Saturday
        # Over the period start: 2 h in February, 2 h on Saturday 01.03.
        booking(r2, "O2", local(d(2025, 2, 28), 22), local(d(2025, 3, 1), 2))

        desk = add(Desk(location_id=a, label="P1", features=[]))
        assert isinstance(desk, Desk)
        for org, day, slot, status in (
            ("O5", d(2025, 3, 3), DeskSlot.DAY, BookingStatus.CONFIRMED),
            ("O5", d(2025, 3, 4), DeskSlot.MORNING, BookingStatus.CONFIRMED),
            ("O4", d(2025, 3, 5), DeskSlot.DAY, BookingStatus.CANCELLED),
            ("O5", d(2025, 2, 10), DeskSlot.DAY, BookingStatus.CONFIRMED),
        ):  # fmt: skip
            s.add(DeskBooking(
                desk_id=desk.id, organisation_id=orgs[org].id, person_name=SECRET_NAMES[1],
                day=day, slot=slot, status=status,
            ))  # fmt: skip
        uow.commit()
        return Ids(a, b, beamer.id, laptop.id, {k: v.id for k, v in orgs.items()})


def build_dataset_before(db: Database, locations: list[LocationDTO], clock: FixedClock) -> Ids:
    """The dataset entered on 02.01.2025 (an item bought later is not "never lent")."""
    today = clock.current
    clock.current = datetime(2025, 1, 2, 9, 0, tzinfo=UTC)
    try:
        return build_dataset(db, locations)
    finally:
        clock.current = today
