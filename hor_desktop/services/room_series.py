"""Booking series of rooms: preview with conflicts, create, edit one/following/all, cancel."""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Final

from sqlalchemy.orm import Session

from hor_desktop.core import validation as v
from hor_desktop.core.clock import to_local
from hor_desktop.core.enums import AuditAction, BookingStatus, RecurrenceKind, Role
from hor_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from hor_desktop.core.recurrence import Rule, expand, rule_dates, wall_time_utc
from hor_desktop.services import audit
from hor_desktop.services.rooms import (
    RoomBookingDTO,
    apply_details,
    booking_dto,
    check_slot,
    closures_between,
    insert_booking,
)
from hor_desktop.store.models import BookingSeries, Organisation, Room, RoomBooking
from hor_desktop.store.repositories import bookings as repo
from hor_desktop.store.repositories import rooms as room_repo
from hor_desktop.store.repositories.organisations import require_can_borrow
from hor_desktop.store.uow import UnitOfWork

_SERIES_FIELDS = (
    "room_id", "organisation_id", "title", "kind", "interval", "weekday", "week_of_month",
    "first_date", "until_date", "count", "local_start", "local_end", "exceptions",
)  # fmt: skip


class _Unchanged(Enum):
    UNCHANGED = 0


# Attendees and notes may be set to None, so "leave them" needs its own value.
UNCHANGED: Final = _Unchanged.UNCHANGED


@dataclass(frozen=True)
class OccurrencePreviewDTO:
    day: date
    starts_at: datetime
    ends_at: datetime
    closure: str | None  # why the house is closed then, if it is
    conflicts: tuple[str, ...]  # other bookings (within the buffer) and blackouts
    forced: bool = False  # booked on a closing day because staff said so

    @property
    def bookable(self) -> bool:
        return not self.conflicts and (self.closure is None or self.forced)


@dataclass(frozen=True)
class SeriesPreviewDTO:
    occurrences: tuple[OccurrencePreviewDTO, ...]

    @property
    def conflicted(self) -> list[OccurrencePreviewDTO]:
        return [occ for occ in self.occurrences if occ.conflicts]

    @property
    def bookable(self) -> list[OccurrencePreviewDTO]:
        return [occ for occ in self.occurrences if occ.bookable]


@dataclass(frozen=True)
class SeriesDTO:
    id: uuid.UUID
    booked: tuple[RoomBookingDTO, ...]
    skipped: tuple[OccurrencePreviewDTO, ...]


class SeriesConflictError(ConflictError):
    """Some dates of the series are taken; ``occurrences`` lists them for the dialog."""

    code = "series_conflict"

    def __init__(self, occurrences: Sequence[OccurrencePreviewDTO]) -> None:
        days = ", ".join(f"{occ.day:%d.%m.%Y}" for occ in occurrences[:6])
        more = f" und {len(occurrences) - 6} weitere" if len(occurrences) > 6 else ""
        super().__init__(
            f"{len(occurrences)} Termine der Serie sind belegt: {days}{more}. "
            "Bitte „Konflikte überspringen“ wählen oder die Zeit ändern."
        )
        self.occurrences = tuple(occurrences)


def rule_of(series: BookingSeries) -> Rule:
    return Rule(
        kind=RecurrenceKind(series.kind), first_date=series.first_date,
        local_start=series.local_start, local_end=series.local_end, weekday=series.weekday,
        interval=series.interval, week_of_month=series.week_of_month,
        until=series.until_date, count=series.count,
        exceptions=frozenset(date.fromisoformat(str(d)) for d in series.exceptions),
    )  # fmt: skip


def _require_rule(rule: Rule) -> None:
    problems = rule.problems()
    if problems:
        field, message = problems[0]
        raise ValidationError(message, field=field)


def _check_room_rule(room: Room, local_start: time, local_end: time, attendees: int | None) -> None:
    if attendees is not None and attendees > room.capacity:
        raise ValidationError(
            f"Raum „{room.name}“ fasst höchstens {room.capacity} Personen.", field="attendees"
        )
    closes_midnight = room.bookable_until == time(0, 0)
    if local_start < room.bookable_from or (
        not closes_midnight and local_end > room.bookable_until
    ):
        raise ValidationError(
            f"Raum „{room.name}“ ist nur von {room.bookable_from:%H:%M} bis "
            f"{room.bookable_until:%H:%M} Uhr buchbar.",
            field="local_start",
        )


def _conflicts(
    session: Session, room: Room, periods: Sequence[tuple[datetime, datetime]],
    exclude_ids: Iterable[uuid.UUID] = (),
) -> list[tuple[str, ...]]:  # fmt: skip
    """For each period, what keeps the room from it: other bookings within the buffer and
    blackouts. One query for the bookings and one for the blackouts of the whole span."""
    if not periods:
        return []
    buffer = timedelta(minutes=room.buffer_minutes)
    span_start = min(start for start, _ in periods) - buffer
    span_end = max(end for _, end in periods) + buffer
    excluded = set(exclude_ids)
    rows = [
        r
        for r in room_repo.bookings_in_period(
            session, room_ids=[room.id], start=span_start, end=span_end
        )
        if r[0] not in excluded
    ]
    starts = [r[2] for r in rows]
    longest = max((r[3] - r[2] for r in rows), default=timedelta(0))
    blackouts = room_repo.blackouts_in_period(
        session, room_ids=[room.id], start=span_start, end=span_end
    )
    found: list[tuple[str, ...]] = []
    for start, end in periods:
        texts: list[str] = []
        # Bookings sorted by start: only those starting before end+buffer and not earlier
        # than the longest booking before start-buffer can overlap.
        hi = bisect.bisect_left(starts, end + buffer)
        lo = bisect.bisect_left(starts, start - buffer - longest)
        for _id, _room, other_start, other_end, title, org_name, _status, _series in rows[lo:hi]:
            if other_end > start - buffer:
                a, b = to_local(other_start), to_local(other_end)
                texts.append(f"{org_name}: {title} ({a:%H:%M}–{b:%H:%M})")
        texts.extend(
            f"Gesperrt: {bo.reason}"
            for bo in blackouts
            if bo.starts_at < end and bo.ends_at > start
        )
        found.append(tuple(texts))
    return found


def _preview(
    session: Session, room: Room, rule: Rule, forced: Iterable[date] = (),
    exclude_ids: Iterable[uuid.UUID] = (),
) -> SeriesPreviewDTO:  # fmt: skip
    days = rule_dates(rule)
    closures = closures_between(
        session, location_id=room.location_id, start=days[0], end=days[-1]
    ) if days else []  # fmt: skip
    occurrences = expand(rule, closures, forced=forced)
    conflicts = _conflicts(
        session, room, [(o.starts_at, o.ends_at) for o in occurrences], exclude_ids
    )
    return SeriesPreviewDTO(
        tuple(
            OccurrencePreviewDTO(
                day=o.day,
                starts_at=o.starts_at,
                ends_at=o.ends_at,
                closure=o.closure.reason if o.closure else None,
                conflicts=c,
                forced=o.forced,
            )
            for o, c in zip(occurrences, conflicts, strict=True)
        )
    )


def preview(
    uow: UnitOfWork,
    *,
    room_id: uuid.UUID,
    rule: Rule,
    forced: Iterable[date] = (),
    attendees: int | None = None,
) -> SeriesPreviewDTO:
    """Every date of the series with what stands in its way (bookings, blackouts, closures).

    Raises: ValidationError (bad rule, outside bookable hours, too many people), NotFoundError.
    """
    _require_rule(rule)
    with uow:
        room = repo.get_room(uow.session, room_id)
        _check_room_rule(room, rule.local_start, rule.local_end, attendees)
        return _preview(uow.session, room, rule, forced)


def _iso(days: Iterable[date]) -> list[str]:
    return sorted({d.isoformat() for d in days})


def create_series(
    uow: UnitOfWork,
    *,
    room_id: uuid.UUID,
    organisation_id: uuid.UUID,
    title: str,
    rule: Rule,
    contact_id: uuid.UUID | None = None,
    attendees: int | None = None,
    notes: str | None = None,
    skip_conflicts: bool = False,
    forced: Iterable[date] = (),
    status: BookingStatus = BookingStatus.CONFIRMED,
) -> SeriesDTO:
    """Book every free date of the series in one transaction.

    Closing days are always left out (unless ``forced``); taken dates are left out with
    ``skip_conflicts``, else nothing is booked. Left-out dates become exceptions of the
    series, so its rule and its bookings always agree (also in the iCal export).
    Raises: SeriesConflictError, ValidationError, NotFoundError, ConflictError (blocked
    organisation), PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Serie buchen")
    clean_title = v.required_text(title, field="title", label="Der Titel")
    _require_rule(rule)
    forced = frozenset(forced)
    with uow:
        room = repo.get_room(uow.session, room_id)
        organisation, _contact = require_can_borrow(
            uow.session, organisation_id=organisation_id, contact_id=contact_id
        )
        _check_room_rule(room, rule.local_start, rule.local_end, attendees)
        result = _preview(uow.session, room, rule, forced)
        if result.conflicted and not skip_conflicts:
            raise SeriesConflictError(result.conflicted)
        bookable = result.bookable
        if not bookable:
            raise ValidationError("Kein Termin der Serie ist frei.", field="first_date")
        skipped = tuple(occ for occ in result.occurrences if not occ.bookable)
        series = BookingSeries(
            room_id=room.id, organisation_id=organisation.id, contact_id=contact_id,
            title=clean_title, kind=rule.kind, interval=rule.interval, weekday=rule.weekday,
            week_of_month=rule.week_of_month, first_date=rule.first_date,
            until_date=rule.until, count=rule.count, local_start=rule.local_start,
            local_end=rule.local_end,
            exceptions=_iso([*rule.exceptions, *(occ.day for occ in skipped)]),
        )  # fmt: skip
        uow.session.add(series)
        uow.session.flush()
        audit.record(
            uow, entity="booking_series", entity_id=series.id, action=AuditAction.CREATE,
            changes=audit.snapshot(series, _SERIES_FIELDS),
        )  # fmt: skip
        booked = []
        for occ in bookable:
            row, _room, _org = insert_booking(
                uow, room_id=room.id, organisation_id=organisation.id, contact_id=contact_id,
                title=clean_title, starts_at=occ.starts_at, ends_at=occ.ends_at,
                attendees=attendees, notes=notes, status=status, series_id=series.id,
                check=False,
            )  # fmt: skip
            booked.append(booking_dto(row, room.name, organisation.name))
        uow.commit()
        return SeriesDTO(series.id, tuple(booked), skipped)


def _add_exceptions(uow: UnitOfWork, series: BookingSeries, days: Iterable[date]) -> None:
    before = audit.snapshot(series, ("exceptions",))
    series.exceptions = _iso([*rule_of(series).exceptions, *days])
    audit.record(
        uow, entity="booking_series", entity_id=series.id, action=AuditAction.UPDATE,
        changes=audit.diff(before, audit.snapshot(series, ("exceptions",))),
    )  # fmt: skip


def edit_occurrence(
    uow: UnitOfWork,
    *,
    booking_id: uuid.UUID,
    starts_at: datetime,
    ends_at: datetime,
    room_id: uuid.UUID | None = None,
    title: str | None = None,
    attendees: int | _Unchanged | None = UNCHANGED,
    notes: str | _Unchanged | None = UNCHANGED,
) -> RoomBookingDTO:
    """Change one date of a series; it leaves the series (its date becomes an exception).

    Raises: ValidationError, ConflictError, NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Termin ändern")
    v.time_range(starts_at, ends_at, field="ends_at")
    with uow:
        row = repo.get_room_booking(uow.session, booking_id)
        if row.status is BookingStatus.CANCELLED:
            raise ConflictError(f"Die Buchung „{row.title}“ ist storniert.")
        room = repo.get_room(uow.session, room_id or row.room_id)
        new_attendees = row.attendees if attendees is UNCHANGED else attendees
        check_slot(
            uow, room, starts_at=starts_at, ends_at=ends_at, attendees=new_attendees,
            exclude_id=row.id,
        )  # fmt: skip
        fields = ("room_id", "title", "starts_at", "ends_at", "series_id", "attendees", "notes")
        before = audit.snapshot(row, fields)
        if row.series_id is not None:
            series = room_repo.get_series(uow.session, row.series_id)
            if series is not None:
                _add_exceptions(uow, series, [to_local(row.starts_at).date()])
            row.series_id = None
        row.room_id, row.starts_at, row.ends_at = room.id, starts_at, ends_at
        if title is not None:
            row.title = v.required_text(title, field="title", label="Der Titel")
        apply_details(
            row, room, attendees=new_attendees,
            notes=row.notes if notes is UNCHANGED else notes,
        )  # fmt: skip
        audit.record(
            uow, entity="room_booking", entity_id=row.id, action=AuditAction.UPDATE,
            changes=audit.diff(before, audit.snapshot(row, fields)),
        )  # fmt: skip
        organisation = uow.session.get_one(Organisation, row.organisation_id)
        uow.commit()
        return booking_dto(row, room.name, organisation.name)


def _retime(
    uow: UnitOfWork, series: BookingSeries, bookings: Sequence[RoomBooking], room: Room, *,
    local_start: time, local_end: time, title: str, skip_conflicts: bool,
    attendees: int | _Unchanged | None = UNCHANGED, notes: str | _Unchanged | None = UNCHANGED,
) -> tuple[list[RoomBooking], list[OccurrencePreviewDTO]]:  # fmt: skip
    """Moves the bookings to the new wall times/room on their own dates (audited)."""
    days = [to_local(b.starts_at).date() for b in bookings]
    periods = [(wall_time_utc(d, local_start), wall_time_utc(d, local_end)) for d in days]
    conflicts = _conflicts(uow.session, room, periods, exclude_ids=[b.id for b in bookings])
    closures = {
        c.day: c
        for c in closures_between(
            uow.session, location_id=room.location_id, start=days[0], end=days[-1]
        )
        if c.blocks(local_start, local_end)
    } if days else {}  # fmt: skip
    previews = [
        OccurrencePreviewDTO(d, s, e, closures[d].reason if d in closures else None, c)
        for d, (s, e), c in zip(days, periods, conflicts, strict=True)
    ]
    refused = [p for p in previews if not p.bookable]
    if any(p.conflicts for p in refused) and not skip_conflicts:
        raise SeriesConflictError([p for p in refused if p.conflicts])
    kept: list[RoomBooking] = []
    fields = (
        "room_id", "title", "starts_at", "ends_at", "series_id", "status", "attendees", "notes",
    )  # fmt: skip
    for booking, p in zip(bookings, previews, strict=True):
        before = audit.snapshot(booking, fields)
        booking.series_id = series.id
        if p.bookable:
            booking.room_id, booking.title = room.id, title
            booking.starts_at, booking.ends_at = p.starts_at, p.ends_at
            apply_details(
                booking, room,
                attendees=booking.attendees if attendees is UNCHANGED else attendees,
                notes=booking.notes if notes is UNCHANGED else notes,
            )  # fmt: skip
            kept.append(booking)
        else:
            booking.status = BookingStatus.CANCELLED
        audit.record(
            uow, entity="room_booking", entity_id=booking.id, action=AuditAction.UPDATE,
            changes=audit.diff(before, audit.snapshot(booking, fields)),
        )  # fmt: skip
    return kept, refused


def _edit_from(
    uow: UnitOfWork, series: BookingSeries, split_day: date, *, local_start: time,
    local_end: time, room_id: uuid.UUID | None, title: str | None, skip_conflicts: bool,
    attendees: int | _Unchanged | None = UNCHANGED, notes: str | _Unchanged | None = UNCHANGED,
) -> SeriesDTO:  # fmt: skip
    """Splits the series before ``split_day`` (unless it starts there) and retimes the rest."""
    room = repo.get_room(uow.session, room_id or series.room_id)
    _check_room_rule(room, local_start, local_end, None)
    clean_title = v.required_text(title or series.title, field="title", label="Der Titel")
    old_rule = rule_of(series)
    all_days = rule_dates(old_rule)
    start_utc = wall_time_utc(split_day, time(0, 0))
    bookings = room_repo.series_bookings(uow.session, series.id, from_start=start_utc)
    if not bookings:
        raise ValidationError("Ab diesem Datum hat die Serie keine Termine mehr.", field="day")
    if split_day <= old_rule.first_date:
        target = series  # nothing before the split: change the series itself
        before = audit.snapshot(target, _SERIES_FIELDS)
        action = AuditAction.UPDATE
    else:
        target = BookingSeries(
            organisation_id=series.organisation_id, contact_id=series.contact_id,
            kind=series.kind, interval=series.interval, weekday=series.weekday,
            week_of_month=series.week_of_month, until_date=series.until_date, count=None,
            exceptions=[],
        )  # fmt: skip
        before = {}
        action = AuditAction.CREATE
        old_before = audit.snapshot(series, _SERIES_FIELDS)
        # The old series ends before the split; a count becomes that end date.
        series.until_date = split_day - timedelta(days=1)
        series.count = None
        series.exceptions = _iso(d for d in old_rule.exceptions if d < split_day)
        audit.record(
            uow, entity="booking_series", entity_id=series.id, action=AuditAction.UPDATE,
            changes=audit.diff(old_before, audit.snapshot(series, _SERIES_FIELDS)),
        )  # fmt: skip
        target.until_date = all_days[-1] if all_days else series.until_date
        target.exceptions = _iso(d for d in old_rule.exceptions if d >= split_day)
        uow.session.add(target)
    target.room_id, target.title = room.id, clean_title
    target.first_date = split_day
    target.local_start, target.local_end = local_start, local_end
    if action is AuditAction.CREATE:
        uow.session.flush()
    kept, refused = _retime(
        uow, target, bookings, room, local_start=local_start, local_end=local_end,
        title=clean_title, skip_conflicts=skip_conflicts, attendees=attendees, notes=notes,
    )  # fmt: skip
    if refused:
        target.exceptions = _iso([*rule_of(target).exceptions, *(p.day for p in refused)])
    audit.record(
        uow, entity="booking_series", entity_id=target.id, action=action,
        changes=audit.diff(before, audit.snapshot(target, _SERIES_FIELDS)),
    )  # fmt: skip
    organisation = uow.session.get_one(Organisation, target.organisation_id)
    return SeriesDTO(
        target.id, tuple(booking_dto(b, room.name, organisation.name) for b in kept),
        tuple(refused),
    )  # fmt: skip


def edit_following(
    uow: UnitOfWork,
    *,
    booking_id: uuid.UUID,
    local_start: time,
    local_end: time,
    room_id: uuid.UUID | None = None,
    title: str | None = None,
    skip_conflicts: bool = False,
    attendees: int | _Unchanged | None = UNCHANGED,
    notes: str | _Unchanged | None = UNCHANGED,
) -> SeriesDTO:
    """Change this date and all following: the series splits, the earlier part stays.

    Raises: SeriesConflictError, ValidationError, NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Serie ändern")
    with uow:
        row = repo.get_room_booking(uow.session, booking_id)
        series = room_repo.get_series(uow.session, row.series_id) if row.series_id else None
        if series is None:
            raise ValidationError("Die Buchung gehört zu keiner Serie.", field="booking_id")
        result = _edit_from(
            uow, series, to_local(row.starts_at).date(), local_start=local_start,
            local_end=local_end, room_id=room_id, title=title, skip_conflicts=skip_conflicts,
            attendees=attendees, notes=notes,
        )  # fmt: skip
        uow.commit()
        return result


def edit_series(
    uow: UnitOfWork,
    *,
    series_id: uuid.UUID,
    local_start: time,
    local_end: time,
    room_id: uuid.UUID | None = None,
    title: str | None = None,
    skip_conflicts: bool = False,
    attendees: int | _Unchanged | None = UNCHANGED,
    notes: str | _Unchanged | None = UNCHANGED,
) -> SeriesDTO:
    """Change the whole series; dates already past stay as they were (history).

    Raises: SeriesConflictError, ValidationError, NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Serie ändern")
    with uow:
        series = room_repo.get_series(uow.session, series_id)
        if series is None:
            raise NotFoundError(entity="Die Serie")
        now = uow.clock.now()
        upcoming = room_repo.series_bookings(uow.session, series.id, from_start=now)
        if not upcoming:
            raise ValidationError("Die Serie hat keine kommenden Termine.", field="series_id")
        everything = room_repo.series_bookings(uow.session, series.id)
        # Without past dates the series changes in place; else it splits at the next date.
        split_day = (
            series.first_date
            if everything[0].id == upcoming[0].id
            else to_local(upcoming[0].starts_at).date()
        )
        result = _edit_from(
            uow, series, split_day, local_start=local_start, local_end=local_end,
            room_id=room_id, title=title, skip_conflicts=skip_conflicts, attendees=attendees,
            notes=notes,
        )  # fmt: skip
        uow.commit()
        return result


def cancel_dates(
    uow: UnitOfWork, *, series_id: uuid.UUID, start: date, end: date, reason: str | None = None
) -> list[RoomBookingDTO]:
    """Cancel the series' dates in [start, end] (local days); they become exceptions.

    Raises: ValidationError, NotFoundError, PermissionDeniedError.
    """
    uow.actor.require(Role.DESK, action="Termine stornieren")
    clean_reason = v.optional_text(reason)
    if end < start:
        raise ValidationError("Das Ende liegt vor dem Beginn.", field="end")
    with uow:
        series = room_repo.get_series(uow.session, series_id)
        if series is None:
            raise NotFoundError(entity="Die Serie")
        room = repo.get_room(uow.session, series.room_id)
        organisation = uow.session.get_one(Organisation, series.organisation_id)
        hit = [
            b
            for b in room_repo.series_bookings(uow.session, series.id)
            if start <= to_local(b.starts_at).date() <= end
        ]
        for booking in hit:
            booking.status, booking.cancel_reason = BookingStatus.CANCELLED, clean_reason
            audit.record(
                uow, entity="room_booking", entity_id=booking.id, action=AuditAction.CANCEL,
                changes={
                    "status": BookingStatus.CANCELLED, "series_id": series.id,
                    "cancel_reason": clean_reason,
                },
            )  # fmt: skip
        _add_exceptions(uow, series, [to_local(b.starts_at).date() for b in hit])
        uow.commit()
        return [booking_dto(b, room.name, organisation.name) for b in hit]


def series_rule(uow: UnitOfWork, *, series_id: uuid.UUID) -> Rule:
    """Raises: NotFoundError."""
    with uow:
        series = room_repo.get_series(uow.session, series_id)
        if series is None:
            raise NotFoundError(entity="Die Serie")
        return rule_of(series)
