"""Who acts, and where: every use case runs on behalf of an actor at a location."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from hor_desktop.core.enums import Role
from hor_desktop.core.errors import PermissionDeniedError

_RANK = {Role.DESK: 0, Role.LOCATION_ADMIN: 1, Role.ADMIN: 2}


@dataclass(frozen=True)
class Actor:
    location_id: uuid.UUID | None  # None only before any location exists (first start)
    role: Role
    staff_id: uuid.UUID | None = None  # None: the system (hor-admin, demo data)
    name: str = "System"

    def require(self, role: Role, *, action: str) -> None:
        """Raises: PermissionDeniedError when the actor's role is below ``role``."""
        if _RANK[self.role] < _RANK[role]:
            raise PermissionDeniedError(
                f"„{action}“ ist der Rolle {role.value} vorbehalten.", action=action
            )

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN
