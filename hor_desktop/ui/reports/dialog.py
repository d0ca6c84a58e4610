"""The "Berichte" dialog: choose period, location and category; see tables and charts; export."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.clock import local_today
from hor_desktop.core.errors import HorError
from hor_desktop.printing.model import Letterhead
from hor_desktop.reports import formats
from hor_desktop.reports.build import build_report
from hor_desktop.reports.dto import ReportDTO
from hor_desktop.reports.export import pdf_bytes, write_csv
from hor_desktop.reports.periods import month_period, quarter_period, year_period
from hor_desktop.reports.tables import report_tables
from hor_desktop.services import equipment, locations
from hor_desktop.services.equipment import CategoryDTO
from hor_desktop.services.locations import LocationDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.reports.chart import BarChartWidget
from hor_desktop.ui.reports.models import ReportTableModel
from hor_desktop.ui.tasks import report_unexpected

MONTH, QUARTER, YEAR, FREE = range(4)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


@dataclass(frozen=True)
class _Lookups:
    locations: list[LocationDTO]
    categories: list[CategoryDTO]


class ReportsDialog(QDialog):
    """Non-modal; the report is built off the GUI thread with a busy bar."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("reportsDialog")
        self.setWindowTitle(self.tr("Berichte"))
        self.report: ReportDTO | None = None
        today = local_today(context.uow().clock)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("periodKind")
        for text in (self.tr("Monat"), self.tr("Quartal"), self.tr("Jahr"), self.tr("Frei")):
            self.kind_combo.addItem(text)
        self.from_edit = QDateEdit(_qdate(today), self)
        self.from_edit.setObjectName("fromEdit")
        self.from_edit.setAccessibleName(self.tr("Von"))
        self.to_edit = QDateEdit(_qdate(today), self)
        self.to_edit.setObjectName("toEdit")
        self.to_edit.setAccessibleName(self.tr("Bis"))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
        self.location_combo = QComboBox(self)
        self.location_combo.setObjectName("locationCombo")
        self.location_combo.addItem(self.tr("Alle Standorte"), None)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryCombo")
        self.category_combo.addItem(self.tr("Alle Kategorien"), None)
        self.build_button = QPushButton(self.tr("Bericht erstellen"), self)
        self.build_button.setObjectName("buildButton")
        self.build_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("Als PDF speichern…"), self)
        self.pdf_button.setObjectName("pdfButton")
        self.csv_button = QPushButton(self.tr("Als CSV speichern…"), self)
        self.csv_button.setObjectName("csvButton")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busyBar")
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("reportMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.results = QTabWidget(self)
        self.results.setObjectName("reportResults")
        self.models: list[ReportTableModel] = []
        self.month_chart = BarChartWidget(self)
        self.month_chart.setObjectName("monthChart")
        self.location_chart = BarChartWidget(self)
        self.location_chart.setObjectName("locationChart")
        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        charts_layout.addWidget(self.month_chart)
        charts_layout.addWidget(self.location_chart)
        self.charts_page = charts

        form = QFormLayout()
        form.addRow(self.tr("&Zeitraum:"), self.kind_combo)
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        form.addRow(self.tr("&Von/Bis:"), dates)
        form.addRow(self.tr("&Standort:"), self.location_combo)
        form.addRow(self.tr("&Kategorie:"), self.category_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.build_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.message_label)
        layout.addWidget(self.results, 1)

        self.kind_combo.currentIndexChanged.connect(self._apply_kind)
        self.from_edit.dateChanged.connect(self._from_changed)
        self.build_button.clicked.connect(self.build)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.csv_button.clicked.connect(self.export_csv)
        self.kind_combo.setCurrentIndex(MONTH)
        self._apply_kind()
        self._set_exports_enabled(False)
        self.resize(900, 680)
        self._load_lookups()

    # --- choosing --------------------------------------------------------------------------

    def _load_lookups(self) -> None:
        context = self.context

        def work() -> _Lookups:
            return _Lookups(
                locations.list_locations(context.uow()), equipment.list_categories(context.uow())
            )

        def done(lookups: _Lookups) -> None:
            for loc in lookups.locations:
                self.location_combo.addItem(f"{loc.code} – {loc.name}", loc.id)
            for cat in lookups.categories:
                self.category_combo.addItem(cat.name, cat.id)
            index = self.location_combo.findData(context.location.id)
            self.location_combo.setCurrentIndex(max(0, index))

        context.runner.submit(work, done, self._failed)

    def _from_changed(self) -> None:
        if self.kind_combo.currentIndex() != FREE:
            self._apply_kind()

    def _apply_kind(self) -> None:
        kind = self.kind_combo.currentIndex()
        self.to_edit.setEnabled(kind == FREE)
        if kind == FREE:
            return
        anchor = _pydate(self.from_edit.date())
        start, end = {MONTH: month_period, QUARTER: quarter_period, YEAR: year_period}[kind](anchor)
        self.from_edit.blockSignals(True)
        self.from_edit.setDate(_qdate(start))
        self.from_edit.blockSignals(False)
        self.to_edit.setDate(_qdate(end))

    def period(self) -> tuple[date, date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    # --- building --------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.build_button.setEnabled(not busy)
        self._set_exports_enabled(not busy and self.report is not None)

    def _set_exports_enabled(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.csv_button.setEnabled(enabled)

    def build(self) -> None:
        start, end = self.period()
        location_id: uuid.UUID | None = self.location_combo.currentData()
        category_id: uuid.UUID | None = self.category_combo.currentData()
        context = self.context

        def work() -> ReportDTO:
            return build_report(
                context.uow(), start=start, end=end, location_id=location_id,
                category_id=category_id,
            )  # fmt: skip

        self.message_label.setText(self.tr("Bericht wird erstellt …"))
        self._set_busy(True)
        context.runner.submit(work, self.show_report, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, HorError):
            self.message_label.setText(error.message)
            return
        self.message_label.clear()
        report_unexpected(error)

    def show_report(self, report: ReportDTO) -> None:
        self.report = report
        self._set_busy(False)
        self.message_label.setText(
            self.tr("{start} – {end} · {location} · {category}").format(
                start=formats.day(report.start),
                end=formats.day(report.end),
                location=report.location_label,
                category=report.category_label,
            )
        )
        tables = report_tables(report)
        current = self.results.currentIndex()
        self.results.clear()
        self.models = []
        for table in tables:
            model = ReportTableModel(table, self)
            self.models.append(model)
            view = QTableView(self)
            view.setObjectName(f"table_{table.key}")
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            self.results.addTab(view, table.title)
            if table.key == "uebersicht":
                self.results.addTab(self.charts_page, self.tr("Diagramme"))
        one_year = report.start.year == report.end.year
        self.month_chart.set_data(
            self.tr("Geräte-Tage und Raumstunden je Monat"),
            tuple(
                formats.MONTHS[m.month.month - 1] if one_year else f"{m.month:%m/%y}"
                for m in report.months
            ),
            (
                (self.tr("Geräte-Tage"), tuple(float(m.equipment_days) for m in report.months)),
                (self.tr("Raumstunden"), tuple(m.room_hours for m in report.months)),
            ),
        )
        self.location_chart.set_data(
            self.tr("Standorte im Vergleich"),
            tuple(loc.location_code for loc in report.locations),
            (
                (
                    self.tr("Organisationen"),
                    tuple(float(x.organisations) for x in report.locations),
                ),
                (self.tr("Ausleihen"), tuple(float(x.loans) for x in report.locations)),
            ),
        )
        self.results.setCurrentIndex(max(0, current))

    # --- exporting -------------------------------------------------------------------------

    def _file_stem(self) -> str:
        assert self.report is not None
        return f"Bericht_{self.report.start:%Y-%m-%d}_{self.report.end:%Y-%m-%d}"

    def export_pdf(self) -> None:
        if self.report is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Bericht als PDF speichern"), f"{self._file_stem()}.pdf",
            self.tr("PDF-Dateien (*.pdf)"),
        )  # fmt: skip
        if not name:
            return
        report, path = self.report, Path(name)
        letterhead = Letterhead(
            house_name=self.context.house_name, location_name=report.location_label,
            logo=self.context.logo,
        )  # fmt: skip

        def work() -> Path:
            path.write_bytes(pdf_bytes(report, letterhead))
            return path

        self._export(work)

    def export_csv(self) -> None:
        if self.report is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Ordner für die CSV-Dateien"))
        if not folder:
            return
        report, directory = self.report, Path(folder)

        def work() -> Path:
            write_csv(report, directory)
            return directory

        self._export(work)

    def _export(self, work: object) -> None:
        def done(path: Path) -> None:
            self._set_busy(False)
            self.message_label.setText(self.tr("Gespeichert: {path}").format(path=str(path)))

        def failed(error: BaseException) -> None:
            if isinstance(error, OSError):
                self._set_busy(False)
                self.message_label.setText(
                    self.tr("Speichern fehlgeschlagen: {reason}").format(
                        reason=error.strerror or str(error)
                    )
                )
                return
            self._failed(error)

        self._set_busy(True)
        self.context.runner.submit(work, done, failed)  # type: ignore[arg-type]
