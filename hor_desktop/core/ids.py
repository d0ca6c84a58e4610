"""Client-generated, time-ordered identifiers (UUIDv7), so offline writers never collide."""

from __future__ import annotations

import uuid

import uuid6


def new_id() -> uuid.UUID:
    """A UUIDv7: random enough to be unique, ordered by creation time for index locality."""
    return uuid.UUID(int=uuid6.uuid7().int)
