"""Equipment figures, aggregated in SQL: which loan lines were out on which days.

A loan line counts the days of [loan start, its own return date] inside the period; a
line still out runs to its due date, or to today when it is overdue. Reservations not
picked up and cancelled loans lend nothing. One statement computes the lines once
(a materialised CTE, as day numbers) and groups them per item, category, location,
month and in total; it also returns who borrowed where in which month (the
organisations served). Ids are read as raw keys (see ``raw_key``).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    case,
    func,
    literal_column,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session

from hor_desktop.core.enums import ItemStatus, LoanState
from hor_desktop.reports.dto import CategoryRow, ItemUsageRow
from hor_desktop.reports.periods import local_midnight, raw, raw_key
from hor_desktop.reports.sqltime import (
    Months,
    SqlTime,
    const,
    day_no,
    no_id,
    no_number,
    per_month_of,
)
from hor_desktop.store.models import EquipmentCategory, EquipmentItem, Loan, LoanLine, Location

TOP_ITEMS = 10

Activity = set[tuple[str, str, int]]  # organisation, location (raw keys), month index


@dataclass(frozen=True)
class EquipmentFigures:
    loans: int
    items_lent: int
    equipment_days: int
    by_category: tuple[CategoryRow, ...]
    top_items: tuple[ItemUsageRow, ...]
    items_never_lent: tuple[ItemUsageRow, ...]


@dataclass
class LoanFigures:
    """The equipment figures plus what the month and location comparisons need."""

    equipment: EquipmentFigures
    by_month: dict[int, tuple[int, int]] = field(default_factory=dict)  # m → loans, days
    by_location: dict[str, tuple[int, int]] = field(default_factory=dict)  # loc → loans, days
    activity: Activity = field(default_factory=set)  # from every category


def _lent_lines(
    sql: SqlTime, *, start: date, end: date, today: date,
    location_id: uuid.UUID | None,
) -> Any:  # fmt: skip
    """Loan lines that may have lent days in [start, end], clipped to it (lo..hi); a
    materialised CTE. Lines returned before the period have hi < lo: see ``_lent``."""
    returned = sql.local_day_of(LoanLine.returned_at)
    still_out = sql.greatest(sql.day_no(Loan.due_date), const(day_no(today)))
    last = case((LoanLine.returned_at.is_not(None), returned), else_=still_out)
    lo = sql.greatest(sql.day_no(Loan.start_date), const(day_no(start)))
    hi = sql.least(last, const(day_no(end)))
    stmt = (
        select(
            sql.row_key(Loan.__table__).label("loan"),
            Loan.organisation_id.label("org"),
            Loan.location_out_id.label("loc"),
            LoanLine.item_id.label("item"),
            EquipmentItem.category_id.label("cat"),
            lo.label("lo"),
            hi.label("hi"),
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
    return stmt.cte("lent").prefix_with("MATERIALIZED")


def _kind(name: str) -> ColumnElement[Any]:
    return literal_column(f"'{name}'", String).label("kind")


def loan_figures(
    session: Session, sql: SqlTime, months: Months, *, start: date, end: date, today: date,
    location_id: uuid.UUID | None, category_id: uuid.UUID | None,
) -> LoanFigures:  # fmt: skip
    """All equipment figures in one statement, plus the borrowers' activity."""
    lent = _lent_lines(sql, start=start, end=end, today=today, location_id=location_id)
    lent_days = lent.c.hi >= lent.c.lo
    lines = select(lent).where(lent_days).subquery("lent_lines")
    per_month = per_month_of(lines, ["loan", "org", "loc", "cat"], months, sql, "line_months")
    days = func.sum(lent.c.hi - lent.c.lo + 1)
    loans = func.count(lent.c.loan.distinct())
    chosen = lent_days & (lent.c.cat == category_id) if category_id is not None else lent_days
    month_chosen = per_month.c.cat == category_id if category_id is not None else true()
    no_key, no_n = no_id(), no_number()
    stmt = union_all(
        select(_kind("i"), raw(lent.c.item), raw(lent.c.cat), no_n, loans, days)
        .where(chosen)
        .group_by(lent.c.item, lent.c.cat),
        select(_kind("c"), raw(lent.c.cat), no_key, no_n, loans, no_n)
        .where(chosen)
        .group_by(lent.c.cat),
        select(_kind("t"), no_key, no_key, no_n, loans, days).where(chosen),
        select(_kind("l"), raw(lent.c.loc), no_key, no_n, loans, days)
        .where(chosen)
        .group_by(lent.c.loc),
        select(
            _kind("m"),
            no_key,
            no_key,
            per_month.c.m,
            func.count(per_month.c.loan.distinct()),
            func.sum(per_month.c.days),
        )
        .where(month_chosen)
        .group_by(per_month.c.m),
        select(
            _kind("a"), raw(per_month.c.org), raw(per_month.c.loc), per_month.c.m, no_n, no_n
        ).distinct(),
    )
    figures = LoanFigures(EquipmentFigures(0, 0, 0, (), (), ()))
    item_rows: dict[str, tuple[str, int, int]] = {}
    cat_loans: dict[str, int] = {}
    total_loans = total_days = 0
    for kind, key, other, month, n, count in session.execute(stmt):
        if kind == "i":
            item_rows[raw_key(key)] = (raw_key(other), int(n), int(count))
        elif kind == "c":
            cat_loans[raw_key(key)] = int(n)
        elif kind == "t":
            total_loans, total_days = int(n), int(count or 0)
        elif kind == "l":
            figures.by_location[raw_key(key)] = (int(n), int(count))
        elif kind == "m":
            figures.by_month[int(month)] = (int(n), int(count))
        else:
            figures.activity.add((raw_key(key), raw_key(other), int(month)))
    figures.equipment = _equipment(
        session, item_rows, cat_loans, total_loans, total_days,
        end=end, location_id=location_id, category_id=category_id,
    )  # fmt: skip
    return figures


def _equipment(
    session: Session, item_rows: dict[str, tuple[str, int, int]], cat_loans: dict[str, int],
    total_loans: int, total_days: int, *, end: date,
    location_id: uuid.UUID | None, category_id: uuid.UUID | None,
) -> EquipmentFigures:  # fmt: skip
    """Per category, the most used items and the items never lent, from the item rows."""
    categories = {
        raw_key(cat_id): name
        for cat_id, name in session.execute(
            select(raw(EquipmentCategory.id), EquipmentCategory.name).where(
                EquipmentCategory.deleted_at.is_(None)
            )
        )
    }
    cat_items: dict[str, int] = defaultdict(int)
    cat_days: dict[str, int] = defaultdict(int)
    for cat_id, _loans, item_days in item_rows.values():
        cat_items[cat_id] += 1
        cat_days[cat_id] += item_days
    by_category = tuple(
        sorted(
            (
                CategoryRow(categories.get(cat_id, "?"), n, cat_items[cat_id], cat_days[cat_id])
                for cat_id, n in cat_loans.items()
            ),
            key=lambda row: (-row.equipment_days, row.category),
        )
    )
    period_end = local_midnight(end + timedelta(days=1))
    items_stmt = (
        select(
            raw(EquipmentItem.id),
            EquipmentItem.inventory_no,
            EquipmentItem.name,
            raw(EquipmentItem.category_id),
            Location.code,
            # Offered in the period: not retired or lost, and bought before its end.
            EquipmentItem.status.not_in((ItemStatus.RETIRED, ItemStatus.LOST))
            & (EquipmentItem.created_at < period_end),
            raw(EquipmentItem.home_location_id),
        )
        .join(Location, Location.id == EquipmentItem.home_location_id)
        .where(EquipmentItem.deleted_at.is_(None))
    )
    if category_id is not None:
        items_stmt = items_stmt.where(EquipmentItem.category_id == category_id)
    items = {raw_key(row[0]): row for row in session.execute(items_stmt)}

    def usage(item_id: str) -> ItemUsageRow:
        _id, number, name, cat_id, code, _offered, _home = items[item_id]
        _cat, loans, days = item_rows.get(item_id, ("", 0, 0))
        return ItemUsageRow(number, name, categories.get(raw_key(cat_id), "?"), code, loans, days)

    ranked = sorted(
        (item_id for item_id in item_rows if item_id in items),
        key=lambda item_id: (-item_rows[item_id][2], -item_rows[item_id][1], items[item_id][1]),
    )
    home = raw_key(location_id) if location_id is not None else None
    never = sorted(
        (
            usage(item_id)
            for item_id, row in items.items()
            if item_id not in item_rows and row[5] and (home is None or raw_key(row[6]) == home)
        ),
        key=lambda row: row.inventory_no,
    )
    return EquipmentFigures(
        loans=total_loans,
        items_lent=len(item_rows),
        equipment_days=total_days,
        by_category=by_category,
        top_items=tuple(usage(item_id) for item_id in ranked[:TOP_ITEMS]),
        items_never_lent=tuple(never),
    )
