"""Archive of issued documents (lending slips, return records, confirmations).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 23:30:02.191856
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hor_desktop.store.migrations.helpers import allow_hard_delete, refuse_hard_delete

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "issued_document",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("loan_id", sa.Uuid(), nullable=True),
        sa.Column("room_booking_id", sa.Uuid(), nullable=True),
        sa.Column("desk_booking_id", sa.Uuid(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("reprint_of_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("origin_location_id", sa.Uuid(), nullable=True),
        sa.Column("row_hlc", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["desk_booking_id"],
            ["desk_booking.id"],
            name=op.f("fk_issued_document_desk_booking_id_desk_booking"),
        ),
        sa.ForeignKeyConstraint(
            ["loan_id"], ["loan.id"], name=op.f("fk_issued_document_loan_id_loan")
        ),
        sa.ForeignKeyConstraint(
            ["reprint_of_id"],
            ["issued_document.id"],
            name=op.f("fk_issued_document_reprint_of_id_issued_document"),
        ),
        sa.ForeignKeyConstraint(
            ["room_booking_id"],
            ["room_booking.id"],
            name=op.f("fk_issued_document_room_booking_id_room_booking"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_issued_document_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_document")),
    )
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issued_document_desk_booking_id"), ["desk_booking_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_issued_document_loan_id"), ["loan_id"], unique=False)
        batch_op.create_index("ix_issued_document_reference", ["reference"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_issued_document_reprint_of_id"), ["reprint_of_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_issued_document_room_booking_id"), ["room_booking_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_issued_document_staff_id"), ["staff_id"], unique=False)

    refuse_hard_delete(["issued_document"])


def downgrade() -> None:
    allow_hard_delete(["issued_document"])
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issued_document_staff_id"))
        batch_op.drop_index(batch_op.f("ix_issued_document_room_booking_id"))
        batch_op.drop_index(batch_op.f("ix_issued_document_reprint_of_id"))
        batch_op.drop_index("ix_issued_document_reference")
        batch_op.drop_index(batch_op.f("ix_issued_document_loan_id"))
        batch_op.drop_index(batch_op.f("ix_issued_document_desk_booking_id"))

    op.drop_table("issued_document")
