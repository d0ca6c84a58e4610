"""The statistics report for funders: key figures, two bar charts, then every table."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from hor_desktop.printing.fonts import BOLD, REGULAR
from hor_desktop.printing.model import Letterhead
from hor_desktop.printing.page import build_pdf
from hor_desktop.printing.render import ReportChart, ReportDocument, ReportSection
from hor_desktop.printing.styles import FRAME_WIDTH, grid, para
from hor_desktop.printing.texts import DocumentTexts

SERIES_COLOURS = (colors.HexColor("#2f6f9f"), colors.HexColor("#e39b2d"))
CHART_HEIGHT = 62 * mm


def _axis_label(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def bar_chart(chart: ReportChart) -> Drawing:
    """Grouped vertical bars with a legend; German thousands separators on the axis."""
    drawing = Drawing(FRAME_WIDTH, CHART_HEIGHT)
    drawing.add(String(0, CHART_HEIGHT - 10, chart.title, fontName=BOLD, fontSize=9.5))
    bars = VerticalBarChart()
    bars.x, bars.y = 36, 28
    bars.width, bars.height = FRAME_WIDTH - 50, CHART_HEIGHT - 52
    bars.data = [list(values) or [0.0] for _name, values in chart.series]
    bars.categoryAxis.categoryNames = list(chart.labels) or [""]
    bars.categoryAxis.labels.fontName = REGULAR
    bars.categoryAxis.labels.fontSize = 7
    if len(chart.labels) > 8:
        bars.categoryAxis.labels.angle = 45
        bars.categoryAxis.labels.boxAnchor = "ne"
    bars.valueAxis.valueMin = 0
    bars.valueAxis.labels.fontName = REGULAR
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.labelTextFormat = _axis_label
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    bars.groupSpacing = 6
    for index, colour in enumerate(SERIES_COLOURS[: len(chart.series)]):
        bars.bars[index].fillColor = colour
        bars.bars[index].strokeColor = None
    drawing.add(bars)
    legend = Legend()
    legend.x, legend.y = FRAME_WIDTH - 150, CHART_HEIGHT - 6
    legend.fontName, legend.fontSize = REGULAR, 8
    legend.columnMaximum = 1
    legend.deltax = 75
    legend.alignment = "right"
    legend.colorNamePairs = [
        (SERIES_COLOURS[i], name) for i, (name, _values) in enumerate(chart.series)
    ]
    drawing.add(legend)
    return drawing


def _section(section: ReportSection) -> list[Flowable]:
    count = len(section.header)
    widths: list[float | None]
    if count > 5:  # a narrow label column; the rest share the page
        first = 22 * mm
        widths = [first] + [(FRAME_WIDTH - first) / (count - 1)] * (count - 2) + [None]
    else:
        first = FRAME_WIDTH * 0.34 if count > 2 else FRAME_WIDTH * 0.6
        widths = [None] + [(FRAME_WIDTH - first) / (count - 1)] * (count - 1)
    if count == 1:
        widths = [None]
    table = grid(section.header, section.rows or (("–",) + ("",) * (count - 1),), widths)
    if section.numeric:
        table.setStyle(
            TableStyle([("ALIGN", (col, 0), (col, -1), "RIGHT") for col in section.numeric])
        )
    flowables: list[Flowable] = [KeepTogether([para(section.title, "h2"), Spacer(1, 3)]), table]
    if section.note:
        flowables += [Spacer(1, 2), para(section.note, "small")]
    flowables.append(Spacer(1, 8))
    return flowables


def render_report(document: ReportDocument, letterhead: Letterhead) -> bytes:
    texts = DocumentTexts("de")
    story: list[Flowable] = [
        para(document.title, "title"),
        Spacer(1, 3),
        para(document.subtitle),
        Spacer(1, 8),
    ]
    sections = list(document.sections)
    if sections:  # the key figures first, then the charts, then the detail tables
        story += _section(sections.pop(0))
    for chart in document.charts:
        story += [bar_chart(chart), Spacer(1, 6)]
    for section in sections:
        story += _section(section)
    return build_pdf(
        story, letterhead=letterhead, texts=texts, title=document.title,
        footer=f"{letterhead.house_name} – {document.title} – {document.subtitle}",
    )  # fmt: skip
