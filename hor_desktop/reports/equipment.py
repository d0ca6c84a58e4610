"""Equipment figures: which loan lines were out on which days of the report period.

A loan line counts the days of [loan start, its own return date] inside the period; a
line still out runs to its due date, or to today when it is overdue. Reservations not
picked up and cancelled loans lend nothing. Ids are read as raw keys (see ``raw_key``):
building a uuid object per row costs more than the whole query.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hor_desktop.core.enums import ItemStatus, LoanState
from hor_desktop.reports.dto import CategoryRow, ItemUsageRow
from hor_desktop.reports.periods import (
    as_day,
    as_moment,
    days_in,
    days_per_month,
    local_date,
    local_midnight,
    raw,
    raw_key,
)
from hor_desktop.store.models import EquipmentCategory, EquipmentItem, Loan, LoanLine, Location

TOP_ITEMS = 10


@dataclass(frozen=True, slots=True)
class LentLine:
    loan_id: str
    organisation_id: str
    location_id: str
    item_id: str
    category_id: str
    days: int
    months: dict[date, int]  # the line's days in the period, per month


def lent_lines(
    session: Session, *, start: date, end: date, today: date, location_id: uuid.UUID | None
) -> list[LentLine]:
    """Every loan line with at least one lent day in [start, end]; one query."""
    stmt = (
        select(
            raw(LoanLine.loan_id),
            raw(Loan.organisation_id),
            raw(Loan.location_out_id),
            raw(LoanLine.item_id),
            raw(EquipmentItem.category_id),
            Loan.start_date,
            Loan.due_date,
            LoanLine.returned_at,
        )
        .join(Loan, Loan.id == LoanLine.loan_id)
        .join(EquipmentItem, EquipmentItem.id == LoanLine.item_id)
        .where(
            Loan.deleted_at.is_(None),
            LoanLine.deleted_at.is_(None),
            Loan.state.in_((LoanState.OUT, LoanState.RETURNED)),
            Loan.start_date <= end,
            # A loan closed before the period returned every line before it.
            or_(Loan.state == LoanState.OUT, Loan.closed_at >= local_midnight(start)),
        )
    )
    if location_id is not None:
        stmt = stmt.where(Loan.location_out_id == location_id)
    lines: list[LentLine] = []
    for loan_id, org_id, loc_id, item_id, cat_id, start_text, due, returned_at in session.execute(
        stmt
    ):
        # Read as text: converting 50 000 rows through SQLAlchemy's types costs a second.
        first = as_day(start_text)
        if returned_at is not None:
            last = local_date(as_moment(returned_at))
        else:
            last = max(as_day(due), today)
        days = days_in(first, last, start, end)
        if days:
            months = days_per_month(first, last, start, end)
            lines.append(
                LentLine(loan_id, org_id, raw_key(loc_id), item_id, raw_key(cat_id), days, months)
            )
    return lines


@dataclass(frozen=True)
class EquipmentFigures:
    loans: int
    items_lent: int
    equipment_days: int
    by_category: tuple[CategoryRow, ...]
    top_items: tuple[ItemUsageRow, ...]
    items_never_lent: tuple[ItemUsageRow, ...]


def equipment_figures(
    session: Session, lines: list[LentLine], *, end: date,
    location_id: uuid.UUID | None, category_id: uuid.UUID | None,
) -> EquipmentFigures:  # fmt: skip
    """Totals, per category, the most used items and the items never lent."""
    categories = {
        raw_key(cat_id): name
        for cat_id, name in session.execute(
            select(raw(EquipmentCategory.id), EquipmentCategory.name).where(
                EquipmentCategory.deleted_at.is_(None)
            )
        )
    }
    cat_loans: dict[str, set[str]] = defaultdict(set)
    cat_items: dict[str, set[str]] = defaultdict(set)
    cat_days: dict[str, int] = defaultdict(int)
    item_loans: dict[str, set[str]] = defaultdict(set)
    item_days: dict[str, int] = defaultdict(int)
    for line in lines:
        cat_loans[line.category_id].add(line.loan_id)
        cat_items[line.category_id].add(line.item_id)
        cat_days[line.category_id] += line.days
        item_loans[line.item_id].add(line.loan_id)
        item_days[line.item_id] += line.days
    by_category = tuple(
        sorted(
            (
                CategoryRow(
                    categories.get(cat_id, "?"),
                    len(cat_loans[cat_id]),
                    len(cat_items[cat_id]),
                    cat_days[cat_id],
                )
                for cat_id in cat_loans
            ),
            key=lambda row: (-row.equipment_days, row.category),
        )
    )
    items_stmt = (
        select(
            raw(EquipmentItem.id),
            EquipmentItem.inventory_no,
            EquipmentItem.name,
            raw(EquipmentItem.category_id),
            Location.code,
            EquipmentItem.status,
            EquipmentItem.created_at,
            raw(EquipmentItem.home_location_id),
        )
        .join(Location, Location.id == EquipmentItem.home_location_id)
        .where(EquipmentItem.deleted_at.is_(None))
    )
    if category_id is not None:
        items_stmt = items_stmt.where(EquipmentItem.category_id == category_id)
    items = {row[0]: row for row in session.execute(items_stmt)}

    def usage(item_id: str) -> ItemUsageRow:
        _id, number, name, cat_id, code, _status, _created, _home = items[item_id]
        return ItemUsageRow(
            number, name, categories.get(raw_key(cat_id), "?"), code,
            len(item_loans.get(item_id, ())), item_days.get(item_id, 0),
        )  # fmt: skip

    ranked = sorted(
        (item_id for item_id in item_days if item_id in items),
        key=lambda item_id: (-item_days[item_id], -len(item_loans[item_id]), items[item_id][1]),
    )
    period_end = local_midnight(end + timedelta(days=1))
    home = raw_key(location_id) if location_id is not None else None
    never = sorted(
        (
            usage(item_id)
            for item_id, row in items.items()
            if item_id not in item_days
            and row[5] not in (ItemStatus.RETIRED, ItemStatus.LOST)
            and row[6] < period_end
            and (home is None or raw_key(row[7]) == home)
        ),
        key=lambda row: row.inventory_no,
    )
    return EquipmentFigures(
        loans=len({line.loan_id for line in lines}),
        items_lent=len(item_days),
        equipment_days=sum(line.days for line in lines),
        by_category=by_category,
        top_items=tuple(usage(item_id) for item_id in ranked[:TOP_ITEMS]),
        items_never_lent=tuple(never),
    )
