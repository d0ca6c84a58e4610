"""Operations several migrations share; they must keep their meaning once released."""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op


def refuse_hard_delete(tables: Sequence[str]) -> None:
    """Synced rows are soft-deleted; a DELETE would vanish without a trace for the replicas."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION hor_refuse_delete() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'hor: hard delete refused on %; set deleted_at', TG_TABLE_NAME; "
            "END; $$ LANGUAGE plpgsql"
        )
        for table in tables:
            op.execute(
                f"CREATE OR REPLACE TRIGGER trg_{table}_no_delete BEFORE DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION hor_refuse_delete()"
            )
        return
    for table in tables:  # IF NOT EXISTS: a later migration re-arms tables batch mode rebuilt
        op.execute(
            f"CREATE TRIGGER IF NOT EXISTS trg_{table}_no_delete BEFORE DELETE ON {table} BEGIN "
            f"SELECT RAISE(ABORT, 'hor: hard delete refused on {table}; set deleted_at'); END"
        )


def allow_hard_delete(tables: Sequence[str], *, drop_function: bool = False) -> None:
    """Undo ``refuse_hard_delete``; only the first migration's downgrade drops the function."""
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in tables:
        op.execute(
            f"DROP TRIGGER IF EXISTS trg_{table}_no_delete" + (f" ON {table}" if postgres else "")
        )
    if postgres and drop_function:
        op.execute("DROP FUNCTION IF EXISTS hor_refuse_delete()")
