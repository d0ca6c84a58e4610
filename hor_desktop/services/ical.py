"""iCalendar (RFC 5545) export of room bookings: per room, per location, per organisation.

A series becomes one VEVENT with RRULE and EXDATEs; a single booking, or a series date
that was moved, its own VEVENT. UIDs come from the row ids, so a re-import updates
instead of duplicating.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, time
from typing import Any

from icalendar import Calendar, Event, Timezone, vRecur
from sqlalchemy import select

from hor_desktop.core.clock import BERLIN, to_local
from hor_desktop.core.enums import BookingStatus, RecurrenceKind
from hor_desktop.core.errors import NotFoundError, ValidationError
from hor_desktop.core.recurrence import rule_dates
from hor_desktop.services.room_series import rule_of
from hor_desktop.store.models import BookingSeries, Location, Organisation, Room, RoomBooking
from hor_desktop.store.uow import UnitOfWork

UID_DOMAIN = "hor-desk"
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def booking_uid(booking_id: uuid.UUID) -> str:
    return f"booking-{booking_id}@{UID_DOMAIN}"


def series_uid(series_id: uuid.UUID) -> str:
    return f"series-{series_id}@{UID_DOMAIN}"


def _scope(
    stmt: Any, *, room_id: uuid.UUID | None, location_id: uuid.UUID | None,
    organisation_id: uuid.UUID | None, room_col: Any, org_col: Any,
) -> Any:  # fmt: skip
    if room_id is not None:
        stmt = stmt.where(room_col == room_id)
    if location_id is not None:
        stmt = stmt.where(Room.location_id == location_id)
    if organisation_id is not None:
        stmt = stmt.where(org_col == organisation_id)
    return stmt


def _rrule(series: BookingSeries) -> vRecur:
    day = _DAYS[series.weekday - 1]
    recur: dict[str, Any] = {"INTERVAL": series.interval}
    if RecurrenceKind(series.kind) is RecurrenceKind.WEEKLY:
        recur |= {"FREQ": "WEEKLY", "BYDAY": day}
    else:
        recur |= {"FREQ": "MONTHLY", "BYDAY": f"{series.week_of_month}{day}"}
    if series.count is not None:
        recur["COUNT"] = series.count
    if series.until_date is not None:
        # With a zoned DTSTART, UNTIL is UTC (RFC 5545 3.3.10): the end of that local day.
        recur["UNTIL"] = datetime.combine(series.until_date, time(23, 59, 59), BERLIN).astimezone(
            UTC
        )
    return vRecur(recur)


def export_ics(
    uow: UnitOfWork,
    *,
    room_id: uuid.UUID | None = None,
    location_id: uuid.UUID | None = None,
    organisation_id: uuid.UUID | None = None,
    name: str = "HoR Raumbuchungen",
) -> bytes:
    """The live bookings in scope as an iCalendar file with a Europe/Berlin VTIMEZONE.

    Raises: ValidationError when no scope is given.
    """
    if room_id is None and location_id is None and organisation_id is None:
        raise ValidationError("Bitte Raum, Standort oder Organisation wählen.", field="scope")
    with uow:
        session = uow.session
        series_rows = session.execute(
            _scope(
                select(BookingSeries, Room.name, Location.name, Organisation.name)
                .join(Room, Room.id == BookingSeries.room_id)
                .join(Location, Location.id == Room.location_id)
                .join(Organisation, Organisation.id == BookingSeries.organisation_id)
                .where(BookingSeries.deleted_at.is_(None)),
                room_id=room_id,
                location_id=location_id,
                organisation_id=organisation_id,
                room_col=BookingSeries.room_id,
                org_col=BookingSeries.organisation_id,
            )
        ).all()
        booking_rows = session.execute(
            _scope(
                select(RoomBooking, Room.name, Location.name, Organisation.name)
                .join(Room, Room.id == RoomBooking.room_id)
                .join(Location, Location.id == Room.location_id)
                .join(Organisation, Organisation.id == RoomBooking.organisation_id)
                .where(
                    RoomBooking.deleted_at.is_(None),
                    RoomBooking.status != BookingStatus.CANCELLED,
                )
                .order_by(RoomBooking.starts_at),
                room_id=room_id,
                location_id=location_id,
                organisation_id=organisation_id,
                room_col=RoomBooking.room_id,
                org_col=RoomBooking.organisation_id,
            )
        ).all()
        stamp = uow.clock.now()

        calendar = Calendar()
        calendar.add("prodid", "-//Haus der Ressourcen Köln//HoR Desk//DE")
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", "Europe/Berlin")
        calendar.add_component(Timezone.from_tzid("Europe/Berlin"))

        in_series: dict[uuid.UUID, list[RoomBooking]] = defaultdict(list)
        singles = []
        for booking, room_name, location_name, org_name in booking_rows:
            if booking.series_id is not None:
                in_series[booking.series_id].append(booking)
            else:
                singles.append((booking, room_name, location_name, org_name))

        for series, room_name, location_name, org_name in series_rows:
            rule = rule_of(series)
            dates = rule_dates(rule)
            if not dates:
                continue
            matching: set[date] = set()
            for booking in in_series.pop(series.id, []):
                local = to_local(booking.starts_at)
                regular = (
                    booking.room_id == series.room_id
                    and local.time() == series.local_start
                    and to_local(booking.ends_at).time() == series.local_end
                    and local.date() in dates
                )
                if regular:
                    matching.add(local.date())
                else:  # moved by hand: it stands on its own
                    singles.append((booking, room_name, location_name, org_name))
            if not matching:
                continue
            event = _event(
                uid=series_uid(series.id), title=series.title, org=org_name, room=room_name,
                location=location_name, stamp=stamp,
                start=datetime.combine(dates[0], series.local_start, BERLIN),
                end=datetime.combine(dates[0], series.local_end, BERLIN), status=None,
            )  # fmt: skip
            event.add("rrule", _rrule(series))
            for day in sorted(set(dates) - matching):
                event.add("exdate", datetime.combine(day, series.local_start, BERLIN))
            calendar.add_component(event)

        # Bookings of series outside the scope's series rows (should not happen) stay visible.
        for bookings in in_series.values():
            singles.extend((b, "", "", "") for b in bookings)
        for booking, room_name, location_name, org_name in singles:
            calendar.add_component(
                _event(
                    uid=booking_uid(booking.id),
                    title=booking.title,
                    org=org_name,
                    room=room_name,
                    location=location_name,
                    stamp=stamp,
                    start=to_local(booking.starts_at),
                    end=to_local(booking.ends_at),
                    status=BookingStatus(booking.status),
                )
            )
        return bytes(calendar.to_ical())


def _event(
    *, uid: str, title: str, org: str, room: str, location: str, stamp: datetime,
    start: datetime, end: datetime, status: BookingStatus | None,
) -> Event:  # fmt: skip
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", f"{title} – {org}" if org else title)
    if room:
        event.add("location", f"{room}, {location}")
    event.add("status", "TENTATIVE" if status is BookingStatus.TENTATIVE else "CONFIRMED")
    return event


def resolve_scope(
    uow: UnitOfWork, *, location_code: str | None = None, room_name: str | None = None,
    organisation_name: str | None = None,
) -> dict[str, uuid.UUID]:  # fmt: skip
    """The ids export_ics takes, from what an admin types on the command line.

    Raises: NotFoundError, ValidationError (a room name used at several locations).
    """
    with uow:
        session = uow.session
        if location_code is not None:
            found = session.scalars(
                select(Location.id).where(
                    Location.code == location_code.upper(), Location.deleted_at.is_(None)
                )
            ).all()
            if not found:
                raise NotFoundError(entity=f"Der Standort {location_code}")
            return {"location_id": found[0]}
        if room_name is not None:
            found = session.scalars(
                select(Room.id).where(Room.name == room_name, Room.deleted_at.is_(None))
            ).all()
            if not found:
                raise NotFoundError(entity=f"Der Raum „{room_name}“")
            if len(found) > 1:
                raise ValidationError(
                    f"Raum „{room_name}“ gibt es an {len(found)} Standorten; "
                    "bitte --location angeben.",
                    field="room",
                )
            return {"room_id": found[0]}
        if organisation_name is not None:
            found = session.scalars(
                select(Organisation.id).where(
                    Organisation.name == organisation_name, Organisation.deleted_at.is_(None)
                )
            ).all()
            if not found:
                raise NotFoundError(entity=f"Die Organisation „{organisation_name}“")
            return {"organisation_id": found[0]}
    raise ValidationError("Bitte --location, --room oder --organisation angeben.", field="scope")
