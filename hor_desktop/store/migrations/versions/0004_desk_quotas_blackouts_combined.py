"""Desk quotas, room blackouts, equipment reserved with a room booking, no-show release time.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 00:18:24.425945
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hor_desktop.store.migrations.helpers import allow_hard_delete, refuse_hard_delete

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "desk_quota",
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("days_per_month", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("origin_location_id", sa.Uuid(), nullable=True),
        sa.Column("row_hlc", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_desk_quota_location_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_desk_quota_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_quota")),
    )
    with op.batch_alter_table("desk_quota", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_desk_quota_location_id"), ["location_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_desk_quota_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "room_blackout",
        sa.Column("room_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("origin_location_id", sa.Uuid(), nullable=True),
        sa.Column("row_hlc", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["room_id"], ["room.id"], name=op.f("fk_room_blackout_room_id_room")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_blackout")),
    )
    with op.batch_alter_table("room_blackout", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_room_blackout_room_id"), ["room_id"], unique=False)
        batch_op.create_index(
            "ix_room_blackout_room_id_starts_at", ["room_id", "starts_at"], unique=False
        )

    # A nullable column with an inline REFERENCES is a plain ALTER TABLE on SQLite: no
    # table rebuild (batch mode), which on a filled database trips loan_line's foreign keys.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE loan ADD COLUMN room_booking_id CHAR(32) CONSTRAINT "
            "fk_loan_room_booking_id_room_booking REFERENCES room_booking (id)"
        )
    else:
        op.add_column("loan", sa.Column("room_booking_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            "fk_loan_room_booking_id_room_booking", "loan", "room_booking",
            ["room_booking_id"], ["id"],
        )  # fmt: skip
    op.create_index("ix_loan_room_booking_id", "loan", ["room_booking_id"], unique=False)

    with op.batch_alter_table("location", schema=None) as batch_op:
        batch_op.add_column(sa.Column("desk_release_time", sa.Time(), nullable=True))

    refuse_hard_delete(["desk_quota", "room_blackout"])


def downgrade() -> None:
    allow_hard_delete(["desk_quota", "room_blackout"])
    with op.batch_alter_table("location", schema=None) as batch_op:
        batch_op.drop_column("desk_release_time")

    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_loan_room_booking_id_room_booking"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_loan_room_booking_id"))
        batch_op.drop_column("room_booking_id")

    with op.batch_alter_table("room_blackout", schema=None) as batch_op:
        batch_op.drop_index("ix_room_blackout_room_id_starts_at")
        batch_op.drop_index(batch_op.f("ix_room_blackout_room_id"))

    op.drop_table("room_blackout")
    with op.batch_alter_table("desk_quota", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_desk_quota_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_desk_quota_location_id"))

    op.drop_table("desk_quota")
