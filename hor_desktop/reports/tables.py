"""The report as titled tables of German-formatted text: one source for the dialog, CSV and PDF."""

from __future__ import annotations

from dataclasses import dataclass

from hor_desktop.reports import formats as f
from hor_desktop.reports.dto import ReportDTO

NEVER_LENT_IN_PDF = 40


@dataclass(frozen=True)
class ReportTable:
    key: str  # file name of its CSV
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[int, ...] = ()  # right-aligned columns


def summary_rows(r: ReportDTO) -> tuple[tuple[str, str], ...]:
    return (
        ("Zeitraum", f"{f.day(r.start)} – {f.day(r.end)}"),
        ("Standort", r.location_label),
        ("Gerätekategorie", r.category_label),
        ("Organisationen erreicht", f.number(r.organisations_served)),
        ("davon neu im Zeitraum", f.number(r.organisations_new)),
        ("Ausleihen", f.number(r.loans)),
        ("Verliehene Geräte", f.number(r.items_lent)),
        ("Geräte-Tage", f.number(r.equipment_days)),
        ("Raumstunden", f.hours(r.room_hours)),
        ("Raumauslastung", f.percent(r.room_utilisation)),
        ("Platz-Tage Coworking", f.number(r.desk_days, 1)),
        ("Auslastung Coworking", f.percent(r.desk_occupancy)),
    )


def _locations_table(r: ReportDTO) -> ReportTable:
    """One column per location (fits A4 portrait and reads like a comparison)."""
    n, locs = f.number, r.locations
    rows = (
        ("Organisationen", *(n(loc.organisations) for loc in locs)),
        ("Ausleihen", *(n(loc.loans) for loc in locs)),
        ("Geräte-Tage", *(n(loc.equipment_days) for loc in locs)),
        ("Raumstunden", *(f.hours(loc.room_hours) for loc in locs)),
        ("Raumauslastung", *(f.percent(loc.room_utilisation) for loc in locs)),
        ("Platz-Tage", *(n(loc.desk_days, 1) for loc in locs)),
        ("Platzauslastung", *(f.percent(loc.desk_occupancy) for loc in locs)),
    )
    return ReportTable(
        "standorte",
        "Standorte im Vergleich",
        ("Kennzahl", *(loc.location_code for loc in locs)),
        rows,
        tuple(range(1, len(locs) + 1)),
    )


def report_tables(r: ReportDTO) -> list[ReportTable]:
    """Every table of the report, in the order the PDF prints them."""
    n = f.number
    return [
        ReportTable("uebersicht", "Übersicht", ("Kennzahl", "Wert"), summary_rows(r), (1,)),
        ReportTable(
            "monate",
            "Nach Monaten",
            ("Monat", "Organisationen", "Ausleihen", "Geräte-Tage", "Raumstunden", "Platz-Tage"),
            tuple(
                (
                    f.month(m.month),
                    n(m.organisations),
                    n(m.loans),
                    n(m.equipment_days),
                    f.hours(m.room_hours),
                    n(m.desk_days, 1),
                )
                for m in r.months
            ),
            (1, 2, 3, 4, 5),
        ),
        _locations_table(r),
        ReportTable(
            "kategorien",
            "Ausleihen nach Gerätekategorie",
            ("Kategorie", "Ausleihen", "Geräte", "Geräte-Tage"),
            tuple((c.category, n(c.loans), n(c.items), n(c.equipment_days)) for c in r.by_category),
            (1, 2, 3),
        ),
        ReportTable(
            "top_geraete",
            "Meistgenutzte Geräte",
            ("Inventarnr.", "Gerät", "Kategorie", "Standort", "Ausleihen", "Geräte-Tage"),
            tuple(
                (
                    i.inventory_no,
                    i.name,
                    i.category,
                    i.location_code,
                    n(i.loans),
                    n(i.equipment_days),
                )
                for i in r.top_items
            ),
            (4, 5),
        ),
        ReportTable(
            "nie_verliehen",
            "Im Zeitraum nicht verliehene Geräte",
            ("Inventarnr.", "Gerät", "Kategorie", "Standort"),
            tuple(
                (i.inventory_no, i.name, i.category, i.location_code) for i in r.items_never_lent
            ),
        ),
        ReportTable(
            "raeume",
            "Räume",
            ("Standort", "Raum", "Buchungen", "Stunden", "Buchbare Stunden", "Auslastung"),
            tuple(
                (
                    room.location_code,
                    room.room,
                    n(room.bookings),
                    f.hours(room.hours),
                    f.hours(room.bookable_hours),
                    f.percent(room.utilisation),
                )
                for room in r.rooms
            ),
            (2, 3, 4, 5),
        ),
        ReportTable(
            "coworking",
            "Coworking",
            ("Standort", "Platz-Tage gebucht", "Platz-Tage verfügbar", "Auslastung"),
            tuple(
                (
                    d.location_code,
                    n(d.booked_desk_days, 1),
                    n(d.available_desk_days),
                    f.percent(d.occupancy),
                )
                for d in r.desks
            ),
            (1, 2, 3),
        ),
        ReportTable(
            "rechtsformen",
            "Organisationen nach Rechtsform",
            ("Rechtsform", "Organisationen"),
            tuple((c.label, n(c.count)) for c in r.by_legal_form),
            (1,),
        ),
        ReportTable(
            "heimatstandorte",
            "Organisationen nach Heimatstandort",
            ("Heimatstandort", "Organisationen"),
            tuple((c.label, n(c.count)) for c in r.by_home_location),
            (1,),
        ),
    ]
