"""Demo data for trials and benchmarks: realistic, deterministic per seed, bulk-inserted.

Rows go in with SQLAlchemy Core ``insert()`` and executemany, one transaction per table
group, with every sync column filled here (the unit of work is bypassed for speed). No
audit events are written for demo data: nobody did these things.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate, islice
from typing import Any, Literal

from sqlalchemy import Connection, Table, Uuid, func, insert, select, text
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table

from hor_desktop.core.calendar import nrw_public_holidays
from hor_desktop.core.clock import BERLIN, local_today
from hor_desktop.core.enums import (
    BookingStatus,
    DeskSlot,
    ItemStatus,
    LoanState,
    OrganisationStatus,
    Role,
)
from hor_desktop.core.errors import ConflictError
from hor_desktop.core.receipts import ReceiptNo
from hor_desktop.core.validation import search_key
from hor_desktop.store.base import UTCDateTime
from hor_desktop.store.database import Database
from hor_desktop.store.demo_names import (
    BLOCK_REASONS,
    CANCEL_REASONS,
    CATEGORIES,
    CONTACT_ROLES,
    CULTURES,
    DESK_FEATURES,
    LEGAL_FORMS,
    MAINTENANCE,
    POSTCODES,
    PURPOSES,
    ROMAN,
    ROOM_TITLES,
    ROOMS,
    STAFF_FIRST,
    STAFF_LAST,
    STREETS,
    Culture,
)
from hor_desktop.store.models import Base

Scale = Literal["S", "M", "L"]
Progress = Callable[[str, int, int], None]

BATCH_ROWS = 10_000
SQLITE_CACHE_KIB = 256 * 1024
LOAN_FUTURE_DAYS = 60
BOOKING_FUTURE_DAYS = 90
ROOM_BOOKINGS_PER_DAY_MAX = 8
_LINE_WEIGHTS = (20, 25, 25, 15, 15)  # 1..5 lines per loan: ~2.85 on average
_LINE_COUNTS = range(1, 6)
_LINE_CUM = list(accumulate(_LINE_WEIGHTS))
_LOAN_DAYS = (1, 2, 3, 3, 5, 7, 7, 7, 10, 14)


_TRANSLITERATE = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ß": "ss"})


def _ascii_slug(text_: str) -> str:
    """A lower-case ASCII form for e-mail addresses; empty for non-Latin scripts."""
    key = search_key(text_.translate(_TRANSLITERATE))
    cleaned = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in key)
    return "-".join(part for part in cleaned.split("-") if part)[:40]


def _short_name(name: str) -> str | None:
    letters = [word[0] for word in name.split() if word[0].isupper()]
    return "".join(letters)[:8] if len(letters) >= 2 else None


def _organisation_name(
    rng: random.Random, culture: Culture, legal_form: str, used: set[str]
) -> str:
    base = rng.choice(culture.bases)
    candidates = [base] + [f"{base} {district}" for district in culture.districts]
    for candidate in candidates + [f"{c} {n}" for n in ROMAN for c in candidates]:
        name = candidate
        if culture.latin and legal_form in ("e.V.", "gGmbH", "GbR"):
            name = f"{candidate} {legal_form}"
        if name not in used:
            used.add(name)
            return name
    name = f"{base} {len(used)}"  # every variant taken: a plain number keeps it unique
    used.add(name)
    return name


def _person_name(rng: random.Random, culture: Culture) -> str:
    return f"{rng.choice(culture.first)} {rng.choice(culture.last)}"


@dataclass(frozen=True)
class _Profile:
    organisations: int
    items: int
    loans: int
    room_bookings: int
    desk_bookings: int
    history_days: int


# L is years of use of a busy house: 100,000 desk bookings do not fit into one year of
# ~70 desks, so its history reaches four years back.
PROFILES: dict[str, _Profile] = {
    "S": _Profile(20, 40, 100, 100, 100, 365),
    "M": _Profile(300, 600, 5_000, 5_000, 5_000, 365),
    "L": _Profile(2_000, 5_000, 70_000, 100_000, 100_000, 4 * 365),
}


@dataclass(frozen=True)
class DemoSummary:
    today: date
    locations: int
    staff: int
    organisations: int
    contacts: int
    categories: int
    items: int
    rooms: int
    desks: int
    loans: int
    loan_lines: int
    room_bookings: int
    desk_bookings: int


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


class _Ids:
    """UUIDv7-shaped ids from the seeded generator; a running counter makes them unique."""

    def __init__(self, rng: random.Random):
        self._rng = rng
        self._count = 0

    def __call__(self, ms: int) -> uuid.UUID:
        self._count += 1
        rand_b = (self._count & 0xFFFFFFFF) << 30 | self._rng.getrandbits(30)
        value = (ms & 0xFFFFFFFFFFFF) << 80 | 0x7 << 76 | self._rng.getrandbits(12) << 64
        return uuid.UUID(int=value | 0b10 << 62 | rand_b)


@dataclass
class _Org:
    id: uuid.UUID
    active: bool
    responsible: tuple[uuid.UUID, str]
    others: list[tuple[uuid.UUID, str]]


@dataclass
class _Item:
    id: uuid.UUID
    location: int
    category: int
    loanable_now: bool
    free_from: date = date.min  # per-item timeline: the item is free from this day on


class _Generator:
    def __init__(self, conn: Connection, *, scale: Scale, seed: int, today: date, now: datetime):
        self.conn = conn
        self.profile = PROFILES[scale]
        self.rng = random.Random(seed)
        self.ids = _Ids(self.rng)
        self.today = today
        self.now = now
        self.first_day = today - timedelta(days=self.profile.history_days)
        self._tick = 0
        rows = conn.execute(
            select(_table("location").c.id, _table("location").c.code)
            .where(_table("location").c.deleted_at.is_(None))
            .order_by(_table("location").c.code)
        ).all()
        self.locations: list[uuid.UUID] = [row.id for row in rows]
        self.location_codes: list[str] = [row.code for row in rows]
        # One house is the biggest: more equipment, more loans, 40 desks.
        self.location_weights = [2] + [1] * (len(rows) - 1)
        self._location_range = range(len(rows))
        self._location_cum = list(accumulate(self.location_weights))
        self.staff: list[list[uuid.UUID]] = [[] for _ in rows]
        self.orgs: list[_Org] = []
        self.items: list[_Item] = []
        self.items_at: list[list[_Item]] = [[] for _ in rows]
        self.categories: list[tuple[uuid.UUID, dict[str, Any]]] = []
        self.rooms: list[tuple[uuid.UUID, int, int]] = []  # id, location, capacity
        self.desks: list[tuple[uuid.UUID, int]] = []
        self.holidays: set[date] = set()
        for year in range(self.first_day.year, today.year + 2):
            self.holidays |= set(nrw_public_holidays(year))

    # -- helpers ---------------------------------------------------------------------

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """A local wall time as aware UTC, never later than the anchor ``now``."""
        moment = datetime.combine(day, time(hour, minute), BERLIN).astimezone(UTC)
        return min(moment, self.now)

    def sync(
        self, created: datetime, origin: uuid.UUID | None, updated: datetime | None = None
    ) -> dict[str, Any]:
        updated = updated or created
        self._tick = (self._tick + 1) % 100_000
        return {
            "id": self.ids(int(created.timestamp() * 1000)),
            "created_at": created,
            "updated_at": updated,
            "deleted_at": None,
            "origin_location_id": origin,
            "row_hlc": f"{int(updated.timestamp() * 1000):013d}-{self._tick:05d}-demo",
        }

    def setup_time(self) -> datetime:
        """When master data was entered: before the history starts."""
        day = self.first_day - timedelta(days=self.rng.randint(1, 700))
        return self.at(day, self.rng.randint(9, 17), self.rng.randint(0, 59))

    def location_index(self) -> int:
        return self.rng.choices(self._location_range, cum_weights=self._location_cum)[0]

    def phone(self) -> str:
        if self.rng.random() < 0.5:
            return f"+49 221 {self.rng.randint(100_000, 9_999_999)}"
        prefix = self.rng.choice(("151", "152", "157", "160", "162", "176", "179"))
        return f"+49 {prefix} {self.rng.randint(1_000_000, 99_999_999)}"

    def opening_days(self, first: date, last: date, *, saturdays: bool = False) -> list[date]:
        days = []
        day = first
        while day <= last:
            weekday_ok = day.weekday() < 5 or (saturdays and day.weekday() == 5)
            if weekday_ok and day not in self.holidays:
                days.append(day)
            day += timedelta(days=1)
        return days

    # -- master data -----------------------------------------------------------------

    def staff_rows(self) -> list[dict[str, Any]]:
        rows = []
        for index, location in enumerate(self.locations):
            for number in range(3):
                first, last = self.rng.choice(STAFF_FIRST), self.rng.choice(STAFF_LAST)
                row = self.sync(self.setup_time(), location) | {
                    "display_name": f"{first} {last}",
                    "initials": f"{first[0]}{last[0]}".upper(),
                    "role": Role.LOCATION_ADMIN if number == 0 else Role.DESK,
                    "home_location_id": location,
                    "pin_hash": None,
                    "active": True,
                }
                self.staff[index].append(row["id"])
                rows.append(row)
        return rows

    def organisation_rows(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        organisations: list[dict[str, Any]] = []
        contacts: list[dict[str, Any]] = []
        used: set[str] = set()
        for number in range(self.profile.organisations):
            culture = self.rng.choices(CULTURES, [c.weight for c in CULTURES])[0]
            legal_form = self.rng.choices(LEGAL_FORMS, (70, 10, 12, 8))[0]
            name = _organisation_name(self.rng, culture, legal_form, used)
            location = self.location_index()
            created = self.setup_time()
            slug = _ascii_slug(name) or f"verein{number}"
            register_no = None
            if legal_form == "e.V.":
                register_no = f"VR {self.rng.randint(10_000, 19_999)}"
            elif legal_form == "gGmbH":
                register_no = f"HRB {self.rng.randint(50_000, 99_999)}"
            blocked = self.rng.random() < 0.03
            organisation = self.sync(created, self.locations[location]) | {
                "name": name,
                "name_key": search_key(name),
                "short_name": _short_name(name) if culture.latin else None,
                "legal_form": legal_form,
                "register_no": register_no,
                "street": f"{self.rng.choice(STREETS)} {self.rng.randint(1, 180)}",
                "postcode": self.rng.choice(POSTCODES),
                "city": "Köln",
                "email": f"kontakt@{slug}.example",
                "phone": self.phone(),
                "website": f"https://{slug}.example" if self.rng.random() < 0.6 else None,
                "document_language": culture.language,
                "home_location_id": self.locations[location],
                "status": OrganisationStatus.BLOCKED if blocked else OrganisationStatus.ACTIVE,
                "block_reason": self.rng.choice(BLOCK_REASONS) if blocked else None,
                "merged_into_id": None,
                "notes": None,
            }
            organisations.append(organisation)
            people = []
            for index in range(1 + self.rng.randint(0, 4)):
                person_culture = culture if self.rng.random() < 0.8 else CULTURES[0]
                person = _person_name(self.rng, person_culture)
                local = _ascii_slug(person).replace("-", ".") or f"person{index + 1}"
                responsible = index == 0
                contact = self.sync(created, self.locations[location]) | {
                    "organisation_id": organisation["id"],
                    "name": person,
                    "name_key": search_key(person),
                    "role": CONTACT_ROLES[0] if responsible
                    else self.rng.choice(CONTACT_ROLES[1:]),
                    "email": f"{local}@{slug}.example",
                    "phone": self.phone(),
                    "is_responsible": responsible,
                    "may_sign": responsible or self.rng.random() < 0.3,
                    "legal_basis": "contract" if responsible else "consent",
                    "consent_at": None if responsible else created,
                    "consent_version": None if responsible else "2024-1",
                    "consent_channel": None if responsible
                    else self.rng.choice(("Papier", "E-Mail", "mündlich")),
                    "anonymised_at": None,
                }  # fmt: skip
                contacts.append(contact)
                people.append((contact["id"], person))
            self.orgs.append(_Org(organisation["id"], not blocked, people[0], people[1:]))
        return organisations, contacts

    def category_rows(self) -> list[dict[str, Any]]:
        rows = []
        for spec in CATEGORIES:
            row = self.sync(self.setup_time(), self.locations[0]) | {
                "name": spec.name,
                "default_loan_days": spec.loan_days,
                "deposit_cents": spec.deposit_cents,
                "checklist": list(spec.checklist),
            }
            self.categories.append((row["id"], row))
            rows.append(row)
        return rows

    def item_rows(self) -> list[dict[str, Any]]:
        rows = []
        numbers = self.rng.sample(range(100_000, 1_000_000), self.profile.items)
        weights = [spec.weight for spec in CATEGORIES]
        for number in numbers:
            category = self.rng.choices(range(len(CATEGORIES)), weights)[0]
            spec = CATEGORIES[category]
            location = self.location_index()
            model = self.rng.choice(spec.models)
            roll = self.rng.random()
            status, reason, until = ItemStatus.AVAILABLE, None, None
            if roll < 0.03:
                status, reason = ItemStatus.MAINTENANCE, self.rng.choice(MAINTENANCE)
                until = self.today + timedelta(days=self.rng.randint(3, 30))
            elif roll < 0.04:
                status, reason = ItemStatus.RETIRED, "Ausgemustert: Reparatur lohnt nicht"
            elif roll < 0.045:
                status, reason = ItemStatus.LOST, "Bei Veranstaltung abhandengekommen"
            name = f"{spec.name.split('/')[0]} {model}"
            row = self.sync(self.setup_time(), self.locations[location]) | {
                "inventory_no": f"{number:06d}",
                "name": name,
                "name_key": search_key(name),
                "category_id": self.categories[category][0],
                "home_location_id": self.locations[location],
                "current_location_id": self.locations[location],
                "serial_no": f"{model[:2].upper()}{self.rng.randint(10**7, 10**8 - 1)}",
                "accessories": ", ".join(spec.checklist) or None,
                "condition": self.rng.choice(("neu", "gut", "gut", "gebraucht, Kratzer")),
                "status": status,
                "status_reason": reason,
                "status_until": until,
                "value_cents": spec.deposit_cents * self.rng.randint(3, 8) or 5_000,
                "notes": None,
            }
            item = _Item(row["id"], location, category, status is ItemStatus.AVAILABLE)
            self.items.append(item)
            self.items_at[location].append(item)
            rows.append(row)
        return rows

    def room_rows(self) -> list[dict[str, Any]]:
        rows = []
        for index, location in enumerate(self.locations):
            for name, capacity, features in ROOMS[: self.rng.randint(3, 5)]:
                row = self.sync(self.setup_time(), location) | {
                    "location_id": location,
                    "name": name,
                    "capacity": capacity,
                    "features": list(features),
                    "accessible": self.rng.random() < 0.6,
                    "bookable_from": time(8, 0),
                    "bookable_until": time(22, 0),
                    "buffer_minutes": 0,
                }
                self.rooms.append((row["id"], index, capacity))
                rows.append(row)
        return rows

    def desk_rows(self) -> list[dict[str, Any]]:
        rows = []
        for index, location in enumerate(self.locations):
            count = 40 if self.location_weights[index] > 1 else self.rng.randint(8, 12)
            for number in range(1, count + 1):
                features = self.rng.sample(DESK_FEATURES, self.rng.randint(0, 2))
                row = self.sync(self.setup_time(), location) | {
                    "location_id": location,
                    "label": f"{self.location_codes[index]}-P{number:02d}",
                    "features": features,
                    "active": True,
                }
                self.desks.append((row["id"], index))
                rows.append(row)
        return rows

    # -- history: loans -------------------------------------------------------------

    def _loan_periods(self) -> list[tuple[str, date, date]]:
        """(kind, start, due) in start order; the quotas make every state appear."""
        total = self.profile.loans
        # Relative to the daily rate, not the total: a longer history must not pile
        # thousands of reservations onto the next weeks.
        per_day = total / self.profile.history_days
        reserved = max(3, round(per_day * 20))
        current = max(3, round(per_day * 5))
        overdue = max(2, round(per_day * 2))
        today = self.today
        past_days = self.opening_days(self.first_day, today - timedelta(days=2))
        recent = self.opening_days(today - timedelta(days=50), today - timedelta(days=2))
        this_week = self.opening_days(today - timedelta(days=10), today) or [today]
        future = self.opening_days(
            today + timedelta(days=1), today + timedelta(days=LOAN_FUTURE_DAYS)
        )
        periods: list[tuple[str, date, date]] = []
        for _ in range(total - reserved - current - overdue):
            start = self.rng.choice(past_days)
            span = min(self.rng.choice(_LOAN_DAYS), (today - start).days - 1)
            periods.append(("past", start, start + timedelta(days=max(span, 0))))
        for _ in range(overdue):
            start = self.rng.choice(recent)
            due = start + timedelta(days=self.rng.randint(1, (today - start).days - 1))
            periods.append(("overdue", start, due))
        for _ in range(current):
            start = self.rng.choice(this_week)
            due = max(today, start + timedelta(days=self.rng.choice(_LOAN_DAYS)))
            periods.append(("current", start, self._weekday(due)))
        for _ in range(reserved):
            start = self.rng.choice(future)
            due = start + timedelta(days=self.rng.choice(_LOAN_DAYS))
            periods.append(("reserved", start, self._weekday(due)))
        periods.sort(key=lambda period: period[1])
        return periods

    @staticmethod
    def _weekday(day: date) -> date:
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day

    def _pick_items(self, location: int, start: date, due: date, wanted: int) -> list[_Item]:
        """Free items at the location: the per-item timeline rules out any overlap."""
        pool = self.items_at[location]
        chosen: list[_Item] = []
        old_enough = due < self.today - timedelta(days=30)
        for _ in range(wanted * 8):
            if not pool or len(chosen) == wanted:
                break
            item = pool[self.rng.randrange(len(pool))]
            usable = item.loanable_now or old_enough
            if item.free_from <= start and usable and item not in chosen:
                chosen.append(item)
        return chosen

    def loans(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        loans: list[dict[str, Any]] = []
        lines: list[dict[str, Any]] = []
        active_orgs = [org for org in self.orgs if org.active]
        for kind, start, due in self._loan_periods():
            location = self.location_index()
            wanted = self.rng.choices(_LINE_COUNTS, cum_weights=_LINE_CUM)[0]
            items = self._pick_items(location, start, due, wanted)
            if not items:
                continue  # the house is fully booked that day: the loan does not happen
            org = self.rng.choice(self.orgs if kind == "past" else active_orgs)
            staff = self.staff[location]
            state = {
                "past": LoanState.RETURNED, "overdue": LoanState.OUT,
                "current": LoanState.OUT, "reserved": LoanState.RESERVED,
            }[kind]  # fmt: skip
            if kind in ("past", "reserved") and self.rng.random() < 0.05:
                state = LoanState.CANCELLED
            hour = self.rng.randint(9, 17)
            checked_out = self.at(start, hour, self.rng.randint(0, 59))
            created = checked_out
            closed: datetime | None = None
            returned_day: date | None = None
            if kind == "reserved" or state is LoanState.CANCELLED:
                booked = max(self.first_day, start - timedelta(days=self.rng.randint(1, 21)))
                created = self.at(min(booked, self.today), hour, self.rng.randint(0, 59))
            if state is LoanState.CANCELLED:
                closed = created + (min(self.now, checked_out) - created) * self.rng.random()
            elif state is LoanState.RETURNED:
                late = self.rng.choices((0, -1, 1, 3), (70, 10, 15, 5))[0]
                returned_day = min(self.today, max(start, due + timedelta(days=late)))
                closed = max(checked_out, self.at(returned_day, self.rng.randint(9, 17), 30))
            for item in items:
                if state is LoanState.RETURNED and returned_day is not None:
                    item.free_from = returned_day + timedelta(days=1)
                elif kind == "overdue":
                    item.free_from = date.max  # still out: blocks every later period
                elif state is not LoanState.CANCELLED:
                    item.free_from = due + timedelta(days=1)
            deposit = sum(CATEGORIES[item.category].deposit_cents for item in items)
            loan = self.sync(created, self.locations[location], closed) | {
                "receipt_no": "",  # numbered below, in the order the loans were written
                "organisation_id": org.id,
                "contact_id": org.responsible[0],
                "start_date": start,
                "due_date": due,
                "purpose": self.rng.choice(PURPOSES),
                "deposit_cents": deposit if self.rng.random() < 0.8 else 0,
                "state": state,
                "staff_out_id": self.rng.choice(staff) if staff else None,
                "location_out_id": self.locations[location],
                "checked_out_at": None
                if state in (LoanState.RESERVED, LoanState.CANCELLED) else checked_out,
                "closed_at": closed,
                "cancel_reason": self.rng.choice(CANCEL_REASONS)
                if state is LoanState.CANCELLED else None,
                "confirmed_at": None,
            }  # fmt: skip
            loans.append(loan)
            for item in items:
                lines.append(self._line(loan, item, state is LoanState.RETURNED, staff))
        self._number_receipts(loans)
        return loans, lines

    def _line(
        self, loan: dict[str, Any], item: _Item, returned: bool, staff: Sequence[uuid.UUID]
    ) -> dict[str, Any]:
        checklist = CATEGORIES[item.category].checklist
        results: dict[str, Any] | None = None
        damage = None
        if returned:
            results = dict.fromkeys(checklist, True)
            if checklist and self.rng.random() < 0.03:
                missing = self.rng.choice(checklist)
                results[missing] = False
                damage = f"{missing} fehlt"
        return self.sync(loan["created_at"], loan["origin_location_id"], loan["closed_at"]) | {
            "loan_id": loan["id"],
            "item_id": item.id,
            "condition_out": "gut",
            "accessories_out": ", ".join(checklist) or None,
            "returned_at": loan["closed_at"] if returned else None,
            "staff_in_id": self.rng.choice(staff) if returned and staff else None,
            "location_in_id": loan["location_out_id"] if returned else None,
            "checklist_results": results,
            "condition_in": "gut" if returned else None,
            "damage_note": damage,
        }

    def _number_receipts(self, loans: list[dict[str, Any]]) -> None:
        """Gap-free per location and year, in the order the loans were written.

        Like the lending service, a reservation counts in the year it starts.
        """
        codes = dict(zip(self.locations, self.location_codes, strict=True))
        counters: dict[tuple[str, int], int] = {}
        for loan in sorted(loans, key=lambda row: (row["created_at"], row["id"])):
            key = (codes[loan["location_out_id"]], loan["start_date"].year)
            counters[key] = counters.get(key, 0) + 1
            loan["receipt_no"] = str(ReceiptNo(key[0], key[1], counters[key]))

    # -- history: rooms and desks ----------------------------------------------------

    def _spread(self, total: int, slots: int, capacity: int) -> list[int]:
        """How many bookings each room-day (desk-day) gets: random, never above capacity."""
        counts = [0] * slots
        total = min(total, slots * capacity)
        placed = 0
        while placed < total:
            index = self.rng.randrange(slots)
            if counts[index] < capacity:
                counts[index] += 1
                placed += 1
        return counts

    def _booker(self, day: date) -> _Org:
        active = day >= self.today
        while True:
            org = self.rng.choice(self.orgs)
            if org.active or not active:
                return org

    def _created_before(self, moment: datetime) -> datetime:
        created = moment - timedelta(days=self.rng.randint(1, 30), minutes=self.rng.randint(0, 600))
        return min(created, self.now - timedelta(minutes=self.rng.randint(1, 600)))

    def room_bookings(self) -> Iterator[dict[str, Any]]:
        days = [
            day
            for day in self.opening_days(
                self.first_day, self.today + timedelta(days=BOOKING_FUTURE_DAYS), saturdays=True
            )
        ]
        counts = self._spread(
            self.profile.room_bookings, len(self.rooms) * len(days), ROOM_BOOKINGS_PER_DAY_MAX
        )
        for index, count in enumerate(counts):
            if not count:
                continue
            room_id, location, capacity = self.rooms[index // len(days)]
            day = days[index % len(days)]
            # Half-hour grid 08:00-22:00 (28 units): lengths, then random gaps between them.
            lengths = [self.rng.choice((2, 2, 3, 4, 4, 6)) for _ in range(count)]
            while sum(lengths) > 28:
                lengths[lengths.index(max(lengths))] -= 1
            cuts = sorted(self.rng.randint(0, 28 - sum(lengths)) for _ in range(count))
            unit = 0
            previous_cut = 0
            for cut, length in zip(cuts, lengths, strict=True):
                unit += cut - previous_cut
                previous_cut = cut
                starts = datetime.combine(day, time(8 + unit // 2, 30 * (unit % 2)), BERLIN)
                unit += length
                ends = starts + timedelta(minutes=30 * length)
                org = self._booker(day)
                created = self._created_before(starts.astimezone(UTC))
                cancelled = self.rng.random() < 0.05
                yield self.sync(created, self.locations[location]) | {
                    "room_id": room_id,
                    "organisation_id": org.id,
                    "contact_id": org.responsible[0],
                    "title": self.rng.choice(ROOM_TITLES),
                    "starts_at": starts.astimezone(UTC),
                    "ends_at": ends.astimezone(UTC),
                    "attendees": self.rng.randint(2, capacity),
                    "notes": None,
                    "series_id": None,
                    "status": BookingStatus.CANCELLED if cancelled else BookingStatus.CONFIRMED,
                    "staff_id": self.rng.choice(self.staff[location] or [None]),
                    "confirmed_at": created,
                }

    def desk_bookings(self) -> Iterator[dict[str, Any]]:
        days = self.opening_days(self.first_day, self.today + timedelta(days=BOOKING_FUTURE_DAYS))
        counts = self._spread(self.profile.desk_bookings, len(self.desks) * len(days), 2)
        # Coworking is used by a circle of regulars, not by every organisation.
        regulars = self.orgs[: max(3, len(self.orgs) // 3)]
        for index, count in enumerate(counts):
            if not count:
                continue
            desk_id, location = self.desks[index // len(days)]
            day = days[index % len(days)]
            if count == 2:
                slots = [DeskSlot.MORNING, DeskSlot.AFTERNOON]
            else:
                slots = [self.rng.choice((DeskSlot.DAY, DeskSlot.DAY, DeskSlot.MORNING,
                                          DeskSlot.AFTERNOON))]  # fmt: skip
            for slot in slots:
                org = self.rng.choice(regulars)
                while day >= self.today and not org.active:
                    org = self.rng.choice(regulars + [o for o in self.orgs if o.active][:1])
                person = self.rng.choice(org.others or [org.responsible])
                hour = 13 if slot is DeskSlot.AFTERNOON else 9
                created = self._created_before(self.at(day, hour))
                cancelled = self.rng.random() < 0.05
                checked_in = None
                if not cancelled and day <= self.today and self.rng.random() < 0.9:
                    moment = self.at(day, hour, self.rng.randint(0, 40))
                    checked_in = moment if moment < self.now else None
                yield self.sync(created, self.locations[location], checked_in) | {
                    "desk_id": desk_id,
                    "organisation_id": org.id,
                    "contact_id": person[0],
                    "person_name": person[1],
                    "day": day,
                    "slot": slot,
                    "status": BookingStatus.CANCELLED if cancelled else BookingStatus.CONFIRMED,
                    "checked_in_at": checked_in,
                    "staff_id": self.rng.choice(self.staff[location] or [None]),
                    "confirmed_at": created,
                }


def _sqlite_converters(table: Table, dialect: Any) -> dict[str, Callable[[Any], Any]]:
    """Per column: the value SQLite stores, computed cheaply.

    SQLAlchemy's per-value bind processing (the UTC decorator, datetime and UUID
    formatting) costs more than SQLite's insert itself at 500,000 rows. The fast
    converters produce the same stored text as the types do (UUID as 32 hex digits,
    datetime as naive UTC with microseconds); every other type keeps its own processor.
    """
    converters: dict[str, Callable[[Any], Any]] = {}
    for column in table.columns:
        type_ = column.type
        if isinstance(type_, UTCDateTime):
            converters[column.name] = _sqlite_datetime
        elif isinstance(type_, Uuid):
            converters[column.name] = _sqlite_uuid
        else:
            processor = type_.dialect_impl(dialect).bind_processor(dialect)
            converters[column.name] = processor if processor is not None else _same
    return converters


def _same(value: Any) -> Any:
    return value


def _sqlite_datetime(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _sqlite_uuid(value: uuid.UUID | None) -> str | None:
    return None if value is None else value.hex


def _insert(
    conn: Connection,
    name: str,
    rows: Iterable[dict[str, Any]],
    *,
    phase: str,
    total: int,
    progress: Progress | None,
) -> int:
    table = _table(name)
    statement = insert(table)
    converters: dict[str, Callable[[Any], Any]] | None = None
    if conn.dialect.name == "sqlite":
        converters = _sqlite_converters(table, conn.dialect)
        # Untyped columns: the values are converted already, nothing is processed twice.
        statement = insert(sql_table(name, *(sql_column(c.name) for c in table.columns)))
    count = 0
    for batch in _chunks(rows, BATCH_ROWS):
        if converters is not None:
            items = list(converters.items())
            conn.execute(
                statement, [{key: fn(row[key]) for key, fn in items if key in row} for row in batch]
            )
        else:
            conn.execute(statement, batch)
        count += len(batch)
        if progress is not None:
            progress(phase, count, max(total, count))
    if progress is not None and count == 0:
        progress(phase, 0, 0)
    return count


def generate_demo_data(
    database: Database,
    *,
    scale: Scale,
    seed: int,
    progress: Progress | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty database with a busy house's data around ``today``.

    ``today`` defaults to the local date of the database clock; the same seed and
    ``today`` give the same rows. The locations must exist (``seed_cologne_locations``;
    store does not call services, so the caller seeds them).

    Raises: ConflictError when the database already holds organisations or equipment, or
    has no location yet.
    """
    if scale not in PROFILES:
        raise ValueError(f"unknown scale {scale!r}")
    with database.engine.connect() as conn:
        for table in ("organisation", "equipment_item"):
            if conn.scalar(select(func.count()).select_from(_table(table))):
                raise ConflictError(
                    "Die Datenbank enthält schon Organisationen oder Geräte; Demodaten "
                    "gehören in eine neue, leere Datenbank."
                )
        if not conn.scalar(select(func.count()).select_from(_table("location"))):
            raise ConflictError(
                "Die Datenbank hat noch keine Standorte; bitte zuerst „hor-admin init“."
            )
    if today is None:
        today = local_today(database.clock)
        now = database.clock.now()
    else:
        now = datetime.combine(today, time(12, 0), BERLIN).astimezone(UTC)
    counts: dict[str, int] = {}

    def put(
        conn: Connection, table: str, phase: str, rows: Iterable[dict[str, Any]], n: int
    ) -> None:
        counts[table] = _insert(conn, table, rows, phase=phase, total=n, progress=progress)

    with database.engine.begin() as conn:
        if database.dialect == "sqlite":
            # The default 2 MB page cache makes random index inserts into 200,000-row
            # tables spill to the OS on every batch; 256 MB keeps L in memory.
            conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        gen = _Generator(conn, scale=scale, seed=seed, today=today, now=now)
        staff = gen.staff_rows()
        put(conn, "staff", "Personal", staff, len(staff))
        organisations, contacts = gen.organisation_rows()
        put(conn, "organisation", "Organisationen", organisations, len(organisations))
        put(conn, "contact", "Kontakte", contacts, len(contacts))
    with database.engine.begin() as conn:
        categories = gen.category_rows()
        put(conn, "equipment_category", "Gerätekategorien", categories, len(categories))
        items = gen.item_rows()
        put(conn, "equipment_item", "Geräte", items, len(items))
        rooms, desks = gen.room_rows(), gen.desk_rows()
        put(conn, "room", "Räume", rooms, len(rooms))
        put(conn, "desk", "Arbeitsplätze", desks, len(desks))
    with database.engine.begin() as conn:
        loans, lines = gen.loans()
        put(conn, "loan", "Ausleihen", loans, len(loans))
        put(conn, "loan_line", "Ausleihpositionen", lines, len(lines))
    with database.engine.begin() as conn:
        target = gen.profile.room_bookings
        put(conn, "room_booking", "Raumbuchungen", gen.room_bookings(), target)
    with database.engine.begin() as conn:
        target = gen.profile.desk_bookings
        put(conn, "desk_booking", "Platzbuchungen", gen.desk_bookings(), target)
    with database.engine.begin() as conn:
        # Fresh statistics, so the planner uses the indexes on the now large tables.
        conn.execute(text("ANALYZE"))
        if database.dialect == "sqlite":
            conn.exec_driver_sql("PRAGMA cache_size = -2000")  # back to SQLite's default
    if progress is not None:
        progress("Statistik", 1, 1)
    return DemoSummary(
        today=today,
        locations=len(gen.locations),
        staff=counts["staff"],
        organisations=counts["organisation"],
        contacts=counts["contact"],
        categories=counts["equipment_category"],
        items=counts["equipment_item"],
        rooms=counts["room"],
        desks=counts["desk"],
        loans=counts["loan"],
        loan_lines=counts["loan_line"],
        room_bookings=counts["room_booking"],
        desk_bookings=counts["desk_booking"],
    )
