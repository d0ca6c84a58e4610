"""The use cases the convergence machine runs at a replica, offline (a rule mixin).

Every rule picks a replica and existing rows by index, calls the real service, and lets
the machine record the outbox; a service that refuses (HorError) is a normal outcome.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, time, timedelta
from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import rule
from sqlalchemy import select

from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import (
    BookingStatus,
    DeskSlot,
    ItemStatus,
    LoanState,
    RecurrenceKind,
    Role,
)
from hor_desktop.core.recurrence import Rule
from hor_desktop.services import (
    calls,
    closing_days,
    contacts,
    desk_quotas,
    desks,
    equipment,
    lending,
    locations,
    returns,
    room_blackouts,
    room_series,
    rooms,
    staff,
)
from hor_desktop.services import organisations as orgs
from hor_desktop.store.models import (
    Desk,
    DeskBooking,
    EquipmentCategory,
    EquipmentItem,
    Loan,
    LoanLine,
    Room,
    RoomBooking,
)

from .helpers import Replica

PICK = st.integers(min_value=0, max_value=10_000)
RARER = ("kit", "desk_quota", "blackout", "staff", "location", "series")
ORG_NAMES = ("Kulturverein Nord", "Sportfreunde", "Nachbarschaftshilfe", "Chor Ehrenfeld")


def pick_row(rows: list[Any], index: int) -> Any:
    return rows[index % len(rows)] if rows else None


def next_weekday(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


class ServiceRules:
    """Rules for the synced tables the services write; mixed into ``SyncMachine``, which
    provides ``act``, ``ids``, ``uow``, ``org_and_contact``, ``new_organisation``, ``at``
    and ``days``."""

    # --- master data ---------------------------------------------------------------------

    @rule(r=PICK, name=st.sampled_from(ORG_NAMES))
    def create_organisation(self, r: int, name: str) -> None:
        self.act(r, lambda rep: self.new_organisation(rep, name))

    @rule(
        r=PICK, pick=PICK, name=st.sampled_from(ORG_NAMES), city=st.sampled_from(("Köln", "Bonn"))
    )
    def edit_organisation(self, r: int, pick: int, name: str, city: str) -> None:
        def action(rep: Replica) -> None:
            found = self.org_and_contact(rep, pick)
            if found:
                orgs.edit_organisation(
                    self.uow(rep), organisation_id=found[0], name=name, city=city
                )

        self.act(r, action)

    @rule(r=PICK, pick=PICK)
    def block_or_unblock_organisation(self, r: int, pick: int) -> None:
        def action(rep: Replica) -> None:
            found = self.org_and_contact(rep, pick)
            if not found:
                return
            current = orgs.get_organisation(self.uow(rep), organisation_id=found[0])
            if current.status == "blocked":
                orgs.unblock_organisation(self.uow(rep), organisation_id=found[0])
            else:
                orgs.block_organisation(self.uow(rep), organisation_id=found[0], reason="Mahnung")

        self.act(r, action)

    @rule(r=PICK, pick=PICK, phone=st.sampled_from(("0221 1", "0221 2", None)))
    def edit_contact_or_log_a_call(self, r: int, pick: int, phone: str | None) -> None:
        def action(rep: Replica) -> None:
            found = self.org_and_contact(rep, pick)
            if not found:
                return
            org_id, contact_id = found
            contacts.edit_contact(
                self.uow(rep), contact_id=contact_id, name="Ana Beispiel", phone=phone,
                is_responsible=True,
            )  # fmt: skip
            calls.log_call(
                self.uow(rep), organisation_id=org_id, contact_id=contact_id, channel="phone",
                note=f"Rückruf {phone}",
            )  # fmt: skip

        self.act(r, action)

    @rule(r=PICK, kind=st.sampled_from(("room", "item", "closing_day")))
    def create_master_data(self, r: int, kind: str) -> None:
        def action(rep: Replica) -> None:
            location_id = rep.actor.location_id
            assert location_id is not None
            tag = uuid.uuid4().hex[:6]
            if kind == "room":
                rooms.create_room(self.uow(rep), location_id=location_id, name=f"Raum {tag}",
                                  capacity=12)  # fmt: skip
            elif kind == "item":
                category = self.ids(rep, select(EquipmentCategory.id))
                equipment.create_item(
                    self.uow(rep), inventory_no=str(uuid.uuid4().int)[:10], name=f"Kamera {tag}",
                    category_id=category[0][0], home_location_id=location_id,
                )  # fmt: skip
            else:
                closing_days.add_closing_day(
                    self.uow(rep), day=self.days[0] + timedelta(days=60), reason="Inventur",
                    location_id=location_id,
                )  # fmt: skip

        self.act(r, action)

    @rule(r=PICK, pick=PICK, kind=st.sampled_from(RARER), city=st.sampled_from(("Köln", "Bonn")))
    def rarer_tables(self, r: int, pick: int, kind: str, city: str) -> None:
        """Kits, desk quotas, blackouts, staff, series and location edits (as an admin)."""

        def action(rep: Replica) -> None:
            admin = replace(rep.actor, role=Role.ADMIN)
            uow = rep.db.unit_of_work(admin)
            location_id = rep.actor.location_id
            assert location_id is not None
            found = self.org_and_contact(rep, pick)
            room = self.ids(rep, select(Room.id).order_by(Room.created_at, Room.id))
            items = self.items(rep, pick, False)
            if kind == "kit" and items:
                equipment.create_kit(uow, name="Vortragsset", item_ids=items,
                                     home_location_id=location_id)  # fmt: skip
            elif kind == "desk_quota" and found:
                desk_quotas.set_desk_quota(uow, location_id=location_id, organisation_id=found[0],
                                           days_per_month=2 + pick % 4)  # fmt: skip
            elif kind == "blackout" and room:
                room_blackouts.create_blackout(
                    uow, room_id=room[0][0], starts_at=self.at(pick, 20),
                    ends_at=self.at(pick, 21), reason="Renovierung",
                )  # fmt: skip
            elif kind == "staff":
                staff.create_staff(
                    uow, display_name=f"Kim {city}", initials="K" + "ABCDEFGH"[pick % 8],
                    role=Role.DESK, home_location_id=location_id, pin="1234",
                )  # fmt: skip
            elif kind == "location":
                current = locations.get_by_code(uow, rep.code)
                locations.update_location(
                    uow, location_id=current.id, code=current.code, name=current.name,
                    association=current.association, city=city,
                )  # fmt: skip
            elif kind == "series" and room and found:
                first = self.days[0] + timedelta(days=14 + 7 * (pick % 3))
                rule = Rule(
                    kind=RecurrenceKind.WEEKLY, first_date=first, local_start=time(19),
                    local_end=time(20), weekday=first.isoweekday(), count=3,
                )  # fmt: skip
                room_series.create_series(
                    uow, room_id=room[0][0], organisation_id=found[0], title="Chorprobe",
                    rule=rule, skip_conflicts=True, status=BookingStatus.TENTATIVE,
                )  # fmt: skip

        self.act(r, action)

    @rule(r=PICK, pick=PICK, status=st.sampled_from((ItemStatus.MAINTENANCE, ItemStatus.AVAILABLE)))
    def set_item_status(self, r: int, pick: int, status: ItemStatus) -> None:
        def action(rep: Replica) -> None:
            rows = self.ids(
                rep, select(EquipmentItem.id).order_by(EquipmentItem.created_at, EquipmentItem.id)
            )
            item = pick_row(rows, pick)
            if item:
                reason = "Lampe prüfen" if status is ItemStatus.MAINTENANCE else None
                equipment.set_item_status(self.uow(rep), item_id=item[0], status=status,
                                          reason=reason)  # fmt: skip

        self.act(r, action)

    # --- rooms and desks -------------------------------------------------------------

    @rule(r=PICK, room=PICK, org=PICK, day=PICK, hour=st.integers(9, 13), hours=st.integers(1, 3))
    def book_room(self, *, r: int, room: int, org: int, day: int, hour: int, hours: int) -> None:
        def action(rep: Replica) -> None:
            rows = self.ids(rep, select(Room.id).order_by(Room.created_at, Room.id))
            room_row = pick_row(rows[:3], room)  # mostly the two shared rooms: overlaps
            found = self.org_and_contact(rep, org)
            if room_row and found:
                rooms.book_room(
                    self.uow(rep), room_id=room_row[0], organisation_id=found[0],
                    contact_id=found[1], title="Treffen", starts_at=self.at(day, hour),
                    ends_at=self.at(day, hour + hours), status=BookingStatus.TENTATIVE,
                )  # fmt: skip

        self.act(r, action)

    @rule(r=PICK, room=PICK, org=PICK, day=PICK, hour=st.integers(9, 13))
    def two_locations_book_the_same_room_offline(
        self, r: int, room: int, org: int, day: int, hour: int
    ) -> None:
        for index in (r, r + 1):
            self.book_room(r=index, room=room, org=org, day=day, hour=hour, hours=2)

    def room_bookings(self, rep: Replica) -> list[Any]:
        return self.ids(
            rep,
            select(RoomBooking.id)
            .where(RoomBooking.status != BookingStatus.CANCELLED)
            .order_by(RoomBooking.created_at, RoomBooking.id),
        )

    @rule(r=PICK, pick=PICK, day=PICK, hour=st.integers(9, 14))
    def move_room_booking(self, r: int, pick: int, day: int, hour: int) -> None:
        def action(rep: Replica) -> None:
            booking = pick_row(self.room_bookings(rep), pick)
            if booking:
                rooms.move_room_booking(self.uow(rep), booking_id=booking[0],
                                        starts_at=self.at(day, hour),
                                        ends_at=self.at(day, hour + 2))  # fmt: skip

        self.act(r, action)

    @rule(r=PICK, pick=PICK)
    def cancel_room_booking(self, r: int, pick: int) -> None:
        def action(rep: Replica) -> None:
            booking = pick_row(self.room_bookings(rep), pick)
            if booking:
                rooms.cancel_room_booking(self.uow(rep), booking_id=booking[0], reason="abgesagt")

        self.act(r, action)

    @rule(r=PICK, org=PICK, day=PICK, slot=st.sampled_from(list(DeskSlot)))
    def book_desk(self, r: int, org: int, day: int, slot: DeskSlot) -> None:
        def action(rep: Replica) -> None:
            desk = self.ids(rep, select(Desk.id).order_by(Desk.created_at, Desk.id))
            found = self.org_and_contact(rep, org)
            if desk and found:
                desks.book_desk(
                    self.uow(rep), desk_id=desk[0][0], organisation_id=found[0],
                    contact_id=found[1], person_name="Bo", day=self.days[day % 2], slot=slot,
                    status=BookingStatus.TENTATIVE,
                )  # fmt: skip

        self.act(r, action)

    @rule(r=PICK, pick=PICK)
    def cancel_desk_booking(self, r: int, pick: int) -> None:
        def action(rep: Replica) -> None:
            rows = self.ids(
                rep,
                select(DeskBooking.id)
                .where(DeskBooking.status != BookingStatus.CANCELLED)
                .order_by(DeskBooking.created_at, DeskBooking.id),
            )
            booking = pick_row(rows, pick)
            if booking:
                desks.cancel_desk_booking(self.uow(rep), booking_id=booking[0])

        self.act(r, action)

    # --- loans ---------------------------------------------------------------------------

    def items(self, rep: Replica, pick: int, two: bool) -> list[Any]:
        rows = [
            row[0]
            for row in self.ids(
                rep, select(EquipmentItem.id).order_by(EquipmentItem.created_at, EquipmentItem.id)
            )
        ]
        if not rows:
            return []
        first = rows[pick % len(rows)]
        second = rows[(pick + 1) % len(rows)]
        return [first, second] if two and second != first else [first]

    @rule(r=PICK, org=PICK, item=PICK, two=st.booleans(), days=st.integers(1, 6))
    def check_out(self, r: int, org: int, item: int, two: bool, days: int) -> None:
        def action(rep: Replica) -> None:
            found = self.org_and_contact(rep, org)
            items = self.items(rep, item, two)
            if found and items:
                lending.check_out(
                    self.uow(rep), organisation_id=found[0], contact_id=found[1],
                    item_ids=items, due=local_today(rep.clock) + timedelta(days=days),
                )  # fmt: skip

        self.act(r, action)

    @rule(r=PICK, org=PICK, item=PICK, days=st.integers(1, 4))
    def two_locations_lend_the_same_item_offline(
        self, r: int, org: int, item: int, days: int
    ) -> None:
        for index in (r, r + 1):
            self.check_out(index, org, item, False, days)

    @rule(r=PICK, org=PICK, item=PICK, start=st.integers(1, 8), days=st.integers(0, 4))
    def reserve(self, r: int, org: int, item: int, start: int, days: int) -> None:
        def action(rep: Replica) -> None:
            found = self.org_and_contact(rep, org)
            items = self.items(rep, item, False)
            begin = local_today(rep.clock) + timedelta(days=start)
            if found and items:
                lending.reserve(
                    self.uow(rep), organisation_id=found[0], contact_id=found[1],
                    item_ids=items, start=begin, due=begin + timedelta(days=days),
                )  # fmt: skip

        self.act(r, action)

    @rule(r=PICK, pick=PICK, damaged=st.booleans())
    def check_in(self, r: int, pick: int, damaged: bool) -> None:
        def action(rep: Replica) -> None:
            rows = self.ids(
                rep,
                select(LoanLine.id)
                .join(Loan, Loan.id == LoanLine.loan_id)
                .where(Loan.state == LoanState.OUT, LoanLine.returned_at.is_(None))
                .order_by(LoanLine.created_at, LoanLine.id),
            )
            line = pick_row(rows, pick)
            if line:
                returns.check_in(self.uow(rep), line_ids=[line[0]],
                                 damage_note="Kratzer" if damaged else None)  # fmt: skip

        self.act(r, action)

    @rule(r=PICK, pick=PICK)
    def cancel_reservation(self, r: int, pick: int) -> None:
        def action(rep: Replica) -> None:
            rows = self.ids(
                rep,
                select(Loan.id)
                .where(Loan.state == LoanState.RESERVED)
                .order_by(Loan.created_at, Loan.id),
            )
            loan = pick_row(rows, pick)
            if loan:
                lending.cancel_loan(self.uow(rep), loan_id=loan[0], reason="nicht gebraucht")

        self.act(r, action)
