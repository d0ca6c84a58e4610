"""Call log of the lending desk (reminders about due and overdue loans).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 23:48:36.820763
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hor_desktop.store.migrations.helpers import allow_hard_delete, refuse_hard_delete

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "call_log",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("loan_id", sa.Uuid(), nullable=True),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("origin_location_id", sa.Uuid(), nullable=True),
        sa.Column("row_hlc", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_call_log_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"], name=op.f("fk_call_log_loan_id_loan")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_call_log_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_call_log_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_log")),
    )
    with op.batch_alter_table("call_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_call_log_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_call_log_loan_id"), ["loan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_call_log_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            "ix_call_log_organisation_id_occurred_at",
            ["organisation_id", "occurred_at"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_call_log_staff_id"), ["staff_id"], unique=False)

    refuse_hard_delete(["call_log"])


def downgrade() -> None:
    allow_hard_delete(["call_log"])
    with op.batch_alter_table("call_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_log_staff_id"))
        batch_op.drop_index("ix_call_log_organisation_id_occurred_at")
        batch_op.drop_index(batch_op.f("ix_call_log_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_call_log_loan_id"))
        batch_op.drop_index(batch_op.f("ix_call_log_contact_id"))

    op.drop_table("call_log")
