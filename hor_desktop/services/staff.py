"""Staff members: PINs, sign-in with a lockout, and who may manage whom."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import AuditAction, Role
from hor_desktop.core.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from hor_desktop.core.validation import required_text
from hor_desktop.services import audit
from hor_desktop.store.models import Location, Staff
from hor_desktop.store.uow import UnitOfWork

# scrypt cost: ~50 ms per check on a front-desk PC, 16 MiB memory; stored in the hash so
# a later increase keeps old PINs valid.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_SALT_BYTES = 16
_KEY_BYTES = 32
MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(seconds=30)
_PIN = re.compile(r"\d{4,8}")
_INITIALS = re.compile(r"[A-ZÄÖÜ]{1,8}")
_WRONG = "Kürzel oder PIN ist falsch."


@dataclass(frozen=True)
class StaffDTO:
    id: uuid.UUID
    display_name: str
    initials: str
    role: Role
    home_location_id: uuid.UUID
    active: bool
    has_pin: bool


def _dto(row: Staff) -> StaffDTO:
    return StaffDTO(
        id=row.id, display_name=row.display_name, initials=row.initials, role=row.role,
        home_location_id=row.home_location_id, active=row.active, has_pin=bool(row.pin_hash),
    )  # fmt: skip


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str) -> str:
    """``scrypt$n$r$p$salt$hash`` of a 4–8 digit PIN.

    Raises: ValidationError when the PIN is not 4 to 8 digits.
    """
    check_pin(pin)
    salt = secrets.token_bytes(_SALT_BYTES)
    key = hashlib.scrypt(
        pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=_KEY_BYTES
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """Constant-time comparison against a stored hash; a malformed hash never matches."""
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        want = base64.b64decode(expected)
        key = hashlib.scrypt(
            pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
            dklen=len(want), maxmem=128 * int(r) * int(n) * 2 + 1024 * 1024,
        )  # fmt: skip
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(key, want)


def check_pin(pin: str) -> None:
    """Raises: ValidationError when the PIN is not 4 to 8 digits."""
    if not _PIN.fullmatch(pin or ""):
        raise ValidationError("Die PIN hat 4 bis 8 Ziffern.", field="pin")


def _clean_initials(initials: str) -> str:
    value = (initials or "").strip().upper()
    if not _INITIALS.fullmatch(value):
        raise ValidationError("Das Kürzel hat 1 bis 8 Buchstaben.", field="initials")
    return value


class _FailedAttempts:
    """Wrong PINs per staff member, in memory: five in a row lock the member for 30 s."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[uuid.UUID, int] = {}
        self._locked_until: dict[uuid.UUID, datetime] = {}

    def locked_until(self, staff_id: uuid.UUID, now: datetime) -> datetime | None:
        with self._lock:
            until = self._locked_until.get(staff_id)
            if until is not None and until <= now:
                del self._locked_until[staff_id]
                self._counts.pop(staff_id, None)
                return None
            return until

    def failed(self, staff_id: uuid.UUID, now: datetime) -> None:
        with self._lock:
            count = self._counts.get(staff_id, 0) + 1
            self._counts[staff_id] = count
            if count >= MAX_FAILED_ATTEMPTS:
                self._locked_until[staff_id] = now + LOCKOUT

    def succeeded(self, staff_id: uuid.UUID) -> None:
        with self._lock:
            self._counts.pop(staff_id, None)
            self._locked_until.pop(staff_id, None)

    def reset(self) -> None:
        with self._lock:
            self._counts.clear()
            self._locked_until.clear()


FAILED_ATTEMPTS = _FailedAttempts()


def _require_manage(uow: UnitOfWork, *, role: Role, location_id: uuid.UUID, action: str) -> None:
    """Admins manage everyone; location admins only desk staff of their own location."""
    uow.actor.require(Role.ADMIN if role is not Role.DESK else Role.LOCATION_ADMIN, action=action)
    if uow.actor.is_admin:
        return
    if location_id != uow.actor.location_id:
        raise PermissionDeniedError(
            f"„{action}“ ist für Standort-Admins nur bei Empfangskräften des eigenen "
            "Standorts erlaubt.",
            action=action,
        )


def _check_unique_initials(
    uow: UnitOfWork, initials: str, except_id: uuid.UUID | None = None
) -> None:
    query = select(Staff.id).where(
        func.upper(Staff.initials) == initials, Staff.active.is_(True), Staff.deleted_at.is_(None)
    )
    if except_id is not None:
        query = query.where(Staff.id != except_id)
    if uow.session.scalars(query).first() is not None:
        raise ValidationError(
            f"Das Kürzel {initials} ist schon vergeben.", field="initials", initials=initials
        )


def _check_location(uow: UnitOfWork, location_id: uuid.UUID) -> None:
    location = uow.session.get(Location, location_id)
    if location is None or location.deleted_at is not None:
        raise ValidationError("Den Standort gibt es nicht.", field="home_location_id")


def _get(uow: UnitOfWork, staff_id: uuid.UUID) -> Staff:
    row = uow.session.get(Staff, staff_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(entity="Mitarbeiter:in")
    return row


def create_staff(
    uow: UnitOfWork, *, display_name: str, initials: str, role: Role,
    home_location_id: uuid.UUID, pin: str,
) -> StaffDTO:  # fmt: skip
    """Add a staff member with a PIN.

    Raises: ValidationError (name, initials taken, PIN), PermissionDeniedError.
    """
    _require_manage(uow, role=role, location_id=home_location_id, action="Mitarbeiter:in anlegen")
    name = required_text(display_name, field="display_name", label="Der Name")
    clean = _clean_initials(initials)
    pin_hash = hash_pin(pin)
    with uow:
        _check_location(uow, home_location_id)
        _check_unique_initials(uow, clean)
        row = Staff(
            display_name=name, initials=clean, role=role, home_location_id=home_location_id,
            pin_hash=pin_hash, active=True,
        )  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        audit.record(
            uow, entity="staff", entity_id=row.id, action=AuditAction.CREATE,
            changes={"display_name": name, "initials": clean, "role": role,
                     "home_location_id": home_location_id},
        )  # fmt: skip
        uow.commit()
        return _dto(row)


def edit_staff(
    uow: UnitOfWork, *, staff_id: uuid.UUID, display_name: str, initials: str, role: Role,
    home_location_id: uuid.UUID, pin: str | None = None,
) -> StaffDTO:  # fmt: skip
    """Change name, initials, role, location and (when given) the PIN.

    Raises: ValidationError, NotFoundError, PermissionDeniedError.
    """
    action = "Mitarbeiter:in bearbeiten"
    _require_manage(uow, role=role, location_id=home_location_id, action=action)
    name = required_text(display_name, field="display_name", label="Der Name")
    clean = _clean_initials(initials)
    pin_hash = hash_pin(pin) if pin else None
    with uow:
        row = _get(uow, staff_id)
        _require_manage(uow, role=row.role, location_id=row.home_location_id, action=action)
        _check_location(uow, home_location_id)
        _check_unique_initials(uow, clean, except_id=row.id)
        fields = ("display_name", "initials", "role", "home_location_id")
        before = audit.snapshot(row, fields)
        row.display_name, row.initials, row.role = name, clean, role
        row.home_location_id = home_location_id
        changes: dict[str, Any] = audit.diff(before, audit.snapshot(row, fields))
        if pin_hash is not None:
            row.pin_hash = pin_hash
            changes["pin"] = "geändert"  # never the hash itself
        audit.record(
            uow, entity="staff", entity_id=row.id, action=AuditAction.UPDATE, changes=changes
        )
        uow.commit()
        return _dto(row)


def deactivate_staff(uow: UnitOfWork, *, staff_id: uuid.UUID) -> StaffDTO:
    """Stop a staff member from signing in; their past actions keep their name.

    Raises: NotFoundError, ConflictError (the last active admin), PermissionDeniedError.
    """
    action = "Mitarbeiter:in deaktivieren"
    uow.actor.require(Role.LOCATION_ADMIN, action=action)
    with uow:
        row = _get(uow, staff_id)
        _require_manage(uow, role=row.role, location_id=row.home_location_id, action=action)
        if row.role is Role.ADMIN and row.active:
            admins = uow.session.scalar(
                select(func.count()).select_from(Staff).where(
                    Staff.role == Role.ADMIN, Staff.active.is_(True), Staff.deleted_at.is_(None)
                )
            )  # fmt: skip
            if (admins or 0) <= 1:
                raise ConflictError("Der letzte aktive Admin kann nicht deaktiviert werden.")
        row.active = False
        audit.record(
            uow, entity="staff", entity_id=row.id, action=AuditAction.STATUS,
            changes={"active": [True, False]},
        )  # fmt: skip
        uow.commit()
        return _dto(row)


def _count_other_active_admins(uow: UnitOfWork, staff_id: uuid.UUID) -> int:
    count = uow.session.scalar(
        select(func.count()).select_from(Staff).where(
            Staff.role == Role.ADMIN, Staff.active.is_(True), Staff.deleted_at.is_(None),
            Staff.id != staff_id,
        )
    )  # fmt: skip
    return int(count or 0)


def change_role(uow: UnitOfWork, *, staff_id: uuid.UUID, role: Role) -> StaffDTO:
    """Give a staff member another role; the last active admin stays an admin.

    Raises: NotFoundError, ConflictError, PermissionDeniedError (also for a location admin
    promoting anyone beyond the desk).
    """
    action = "Rolle ändern"
    uow.actor.require(Role.LOCATION_ADMIN, action=action)
    with uow:
        row = _get(uow, staff_id)
        _require_manage(uow, role=row.role, location_id=row.home_location_id, action=action)
        _require_manage(uow, role=role, location_id=row.home_location_id, action=action)
        if row.role is role:
            return _dto(row)
        if row.role is Role.ADMIN and row.active and _count_other_active_admins(uow, row.id) == 0:
            raise ConflictError("Der letzte aktive Admin muss Admin bleiben.")
        audit.record(
            uow, entity="staff", entity_id=row.id, action=AuditAction.UPDATE,
            changes={"role": [row.role, role]},
        )  # fmt: skip
        row.role = role
        uow.commit()
        return _dto(row)


def reset_pin(uow: UnitOfWork, *, staff_id: uuid.UUID, pin: str) -> StaffDTO:
    """Set a new PIN (the member forgot theirs); the audit log says only that it was reset.

    Raises: ValidationError (PIN), NotFoundError, PermissionDeniedError.
    """
    action = "PIN zurücksetzen"
    uow.actor.require(Role.LOCATION_ADMIN, action=action)
    pin_hash = hash_pin(pin)
    with uow:
        row = _get(uow, staff_id)
        _require_manage(uow, role=row.role, location_id=row.home_location_id, action=action)
        row.pin_hash = pin_hash
        audit.record(
            uow, entity="staff", entity_id=row.id, action=AuditAction.UPDATE,
            changes={"pin": "zurückgesetzt"},
        )  # fmt: skip
        uow.commit()
        FAILED_ATTEMPTS.succeeded(row.id)  # a fresh PIN starts without the old lockout
        return _dto(row)


def reactivate_staff(uow: UnitOfWork, *, staff_id: uuid.UUID) -> StaffDTO:
    """Let a deactivated member sign in again (their initials must still be free).

    Raises: NotFoundError, ValidationError (initials taken meanwhile), PermissionDeniedError.
    """
    action = "Mitarbeiter:in reaktivieren"
    uow.actor.require(Role.LOCATION_ADMIN, action=action)
    with uow:
        row = _get(uow, staff_id)
        _require_manage(uow, role=row.role, location_id=row.home_location_id, action=action)
        if row.active:
            return _dto(row)
        _check_unique_initials(uow, row.initials.upper(), except_id=row.id)
        row.active = True
        audit.record(
            uow, entity="staff", entity_id=row.id, action=AuditAction.STATUS,
            changes={"active": [False, True]},
        )  # fmt: skip
        uow.commit()
        return _dto(row)


def list_staff(uow: UnitOfWork, *, include_inactive: bool = False) -> list[StaffDTO]:
    with uow:
        query = select(Staff).where(Staff.deleted_at.is_(None)).order_by(Staff.initials)
        if not include_inactive:
            query = query.where(Staff.active.is_(True))
        return [_dto(row) for row in uow.session.scalars(query)]


def count_active_staff(uow: UnitOfWork) -> int:
    """Active members with a PIN; once there is one, the desk needs a sign-in."""
    with uow:
        count = uow.session.scalar(
            select(func.count()).select_from(Staff).where(
                Staff.active.is_(True), Staff.deleted_at.is_(None), Staff.pin_hash.is_not(None)
            )
        )  # fmt: skip
        return int(count or 0)


def _seconds_left(until: datetime, now: datetime) -> int:
    return max(1, int((until - now).total_seconds() + 0.999))


def authenticate(uow: UnitOfWork, *, initials: str, pin: str) -> Actor:
    """The actor for a staff member whose initials and PIN match, at this PC's location.

    Five wrong PINs for a member lock them for 30 seconds (counted in memory).

    Raises: PermissionDeniedError (wrong initials/PIN, locked out).
    """
    key = (initials or "").strip().upper()
    with uow:
        now = uow.clock.now()
        candidates = list(
            uow.session.scalars(
                select(Staff).where(
                    func.upper(Staff.initials) == key, Staff.active.is_(True),
                    Staff.deleted_at.is_(None),
                )
            )
        )  # fmt: skip
        for row in candidates:
            until = FAILED_ATTEMPTS.locked_until(row.id, now)
            if until is not None:
                seconds = _seconds_left(until, now)
                raise PermissionDeniedError(
                    f"Zu viele falsche PINs. Bitte in {seconds} Sekunden erneut versuchen.",
                    action="Anmelden", seconds=seconds,
                )  # fmt: skip
        for row in candidates:
            if verify_pin(pin or "", row.pin_hash):
                FAILED_ATTEMPTS.succeeded(row.id)
                return Actor(
                    location_id=uow.actor.location_id or row.home_location_id, role=row.role,
                    staff_id=row.id, name=row.display_name,
                )  # fmt: skip
        for row in candidates:
            FAILED_ATTEMPTS.failed(row.id, now)
    raise PermissionDeniedError(_WRONG, action="Anmelden")


def ensure_first_admin(
    uow: UnitOfWork, *, display_name: str, initials: str, pin: str,
    home_location_id: uuid.UUID,
) -> StaffDTO:  # fmt: skip
    """Create the first admin on first start; refused once any staff member exists.

    Raises: ValidationError, ConflictError (there is staff already).
    """
    name = required_text(display_name, field="display_name", label="Der Name")
    clean = _clean_initials(initials)
    pin_hash = hash_pin(pin)
    with uow:
        exists = uow.session.scalars(select(Staff.id).where(Staff.deleted_at.is_(None))).first()
        if exists is not None:
            raise ConflictError("Es gibt schon Mitarbeitende; der erste Admin ist angelegt.")
        _check_location(uow, home_location_id)
        row = Staff(
            display_name=name, initials=clean, role=Role.ADMIN,
            home_location_id=home_location_id, pin_hash=pin_hash, active=True,
        )  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        audit.record(
            uow, entity="staff", entity_id=row.id, action=AuditAction.CREATE,
            changes={"display_name": name, "initials": clean, "role": Role.ADMIN,
                     "first_admin": True},
        )  # fmt: skip
        uow.commit()
        return _dto(row)
