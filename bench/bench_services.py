"""Benchmarks of the front-desk use cases on a large database: check-out, free items, search.

Usage: python bench/bench_services.py [--scale S|M|L] [--db URL] [--seed N]
"""

from __future__ import annotations

import itertools
import sys
import uuid
from collections.abc import Callable
from datetime import date, timedelta

from _common import measure, parse_args, prepared_database, report, report_ratio
from sqlalchemy import func, insert, select

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import local_today
from hor_desktop.core.enums import AuditAction, LoanState, OrganisationStatus, Role
from hor_desktop.core.ids import new_id
from hor_desktop.services import availability, lending, organisations
from hor_desktop.store.database import Database
from hor_desktop.store.models import (
    AuditEvent,
    Contact,
    EquipmentCategory,
    Loan,
    LoanLine,
    Location,
    Organisation,
)

AREA = "services"
REPEAT = 30
WARMUP = 3
ITEMS_PER_LOAN = 5


def _next_month_12th(today: date) -> date:
    first_of_next = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    return first_of_next.replace(day=12)


def _borrower(database: Database) -> tuple[uuid.UUID, uuid.UUID]:
    """An active organisation and its responsible contact."""
    with database.engine.connect() as conn:
        row = conn.execute(
            select(Organisation.id, Contact.id)
            .join(Contact, Contact.organisation_id == Organisation.id)
            .where(Organisation.status == OrganisationStatus.ACTIVE, Contact.is_responsible)
            .order_by(Organisation.name_key)
            .limit(1)
        ).one()
    return row[0], row[1]


def _common_prefix(database: Database) -> str:
    """The most frequent three-letter start of an organisation name: the busiest search."""
    with database.engine.connect() as conn:
        prefix = func.substr(Organisation.name_key, 1, 3)
        return str(
            conn.execute(
                select(prefix).group_by(prefix).order_by(func.count().desc()).limit(1)
            ).scalar_one()
        )


def run(database: Database) -> None:
    with database.engine.connect() as conn:
        location_id, location_code = conn.execute(
            select(Location.id, Location.code).order_by(Location.code).limit(1)
        ).one()
        projector_id = conn.execute(
            select(EquipmentCategory.id).where(EquipmentCategory.name.like("Beamer%"))
        ).scalar_one()
    actor = Actor(location_id=location_id, role=Role.DESK, name="Bench")
    today = local_today(database.clock)
    organisation_id, contact_id = _borrower(database)

    needed = ITEMS_PER_LOAN * (REPEAT + WARMUP)
    free = availability.free_items(
        database.unit_of_work(actor), start=today, end=today + timedelta(days=21),
        location_id=location_id, limit=needed,
    )  # fmt: skip
    # Small scales have few free items: measure fewer check-outs rather than none.
    repeat = min(REPEAT, len(free) // ITEMS_PER_LOAN - WARMUP)
    if repeat < 3:
        raise SystemExit(f"bench: only {len(free)} free items at {location_code}")
    carts = iter(
        [item.id for item in free[i : i + ITEMS_PER_LOAN]]
        for i in range(0, len(free), ITEMS_PER_LOAN)
    )

    def check_out() -> None:
        lending.check_out(
            database.unit_of_work(actor), organisation_id=organisation_id,
            contact_id=contact_id, item_ids=next(carts),
        )  # fmt: skip

    check_out_ms = measure(check_out, repeat=repeat, warmup=WARMUP)
    report(f"{AREA}.check_out_5_items", check_out_ms, 20)

    start = _next_month_12th(today)
    free_projectors_ms = measure(
        lambda: availability.free_items(
            database.unit_of_work(actor),
            start=start,
            end=start + timedelta(days=2),
            category_id=projector_id,
        )
    )
    report(f"{AREA}.free_projectors_next_month", free_projectors_ms, 20)

    prefix = _common_prefix(database)
    search_ms = measure(
        lambda: organisations.search_organisations(database.unit_of_work(actor), text=prefix)
    )
    report(f"{AREA}.organisation_prefix_search", search_ms, 10)

    bare_ms = measure(_bare_check_out(database, actor, organisation_id, contact_id, today))
    report(f"{AREA}.check_out_bare_sql", bare_ms, None)
    report_ratio(f"{AREA}.check_out_ratio", check_out_ms / bare_ms, 3.0)


def _bare_check_out(
    database: Database, actor: Actor, organisation_id: uuid.UUID, contact_id: uuid.UUID,
    today: date,
) -> Callable[[], None]:  # fmt: skip
    """The INSERTs a check-out cannot do without (1 loan, 5 lines, 1 audit event)."""
    with database.engine.connect() as conn:
        item_ids = list(conn.scalars(select(LoanLine.item_id).limit(ITEMS_PER_LOAN)))
    numbers = itertools.count(1)

    def insert_loan() -> None:
        now = database.clock.now()
        sync = {"created_at": now, "updated_at": now, "deleted_at": None,
                "origin_location_id": actor.location_id}  # fmt: skip
        loan_id = new_id()
        with database.engine.begin() as conn:
            conn.execute(
                insert(Loan),
                {**sync, "id": loan_id, "row_hlc": database.hlc.tick().encode(),
                 "receipt_no": f"BEN-{today.year}-{next(numbers):05d}",
                 "organisation_id": organisation_id, "contact_id": contact_id,
                 "start_date": today, "due_date": today + timedelta(days=7), "purpose": None,
                 "deposit_cents": 0, "state": LoanState.OUT, "staff_out_id": None,
                 "location_out_id": actor.location_id, "checked_out_at": now,
                 "closed_at": None, "cancel_reason": None, "confirmed_at": None},
            )  # fmt: skip
            conn.execute(
                insert(LoanLine),
                [{**sync, "id": new_id(), "row_hlc": database.hlc.tick().encode(),
                  "loan_id": loan_id, "item_id": item_id, "condition_out": None,
                  "accessories_out": None, "returned_at": None, "staff_in_id": None,
                  "location_in_id": None, "checklist_results": None, "condition_in": None,
                  "damage_note": None} for item_id in item_ids],
            )  # fmt: skip
            conn.execute(
                insert(AuditEvent),
                {**sync, "id": new_id(), "row_hlc": database.hlc.tick().encode(),
                 "occurred_at": now, "staff_id": None, "location_id": actor.location_id,
                 "entity": "loan", "entity_id": loan_id, "action": AuditAction.CHECK_OUT.value,
                 "changes": {"item_ids": [str(i) for i in item_ids]}},
            )  # fmt: skip

    return insert_loan


def main(argv: list[str] | None = None) -> int:
    args = parse_args(AREA, argv)
    with prepared_database(args) as database:
        run(database)
    return 0


if __name__ == "__main__":
    sys.exit(main())
