"""Why a room or desk booking was cancelled (e.g. a released no-show).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 00:34:48.473573
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("desk_booking", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cancel_reason", sa.Text(), nullable=True))

    with op.batch_alter_table("room_booking", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cancel_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("room_booking", schema=None) as batch_op:
        batch_op.drop_column("cancel_reason")

    with op.batch_alter_table("desk_booking", schema=None) as batch_op:
        batch_op.drop_column("cancel_reason")
