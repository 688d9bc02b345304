"""The dashboard as a printable PDF: the figures and the per-agent table as text, then the charts.

Text is laid out by QTextDocument, so Persian and Arabic keep their shaping and their order and
a right-to-left interface gives a right-to-left page; the charts are drawn as vectors from the
same builders the window uses, mirrored the same way.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from agent_console.core.kpi_breakdown import Dashboard
from agent_console.ui.dashboard.agent_table import TEAM, GroupKpiModel
from agent_console.ui.dashboard.board import DashboardBoard
from agent_console.ui.display_format import DisplayFormat

DPI = 96
MARGIN_MM = 12


def _row(cells: Sequence[str], tag: str = "td") -> str:
    """One table row; right to left, its first cell goes on the right (Qt's tables do not flip)."""
    ordered = reversed(cells) if QGuiApplication.isRightToLeft() else cells
    return "<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in ordered) + "</tr>"


def _table(model: GroupKpiModel, hidden: frozenset[int] = frozenset()) -> str:
    columns = [c for c in range(model.columnCount()) if c not in hidden]
    head = _row([str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns], "th")
    rows = [
        _row([str(model.index(r, c).data() or "") for c in columns])
        for r in range(model.rowCount())
    ]
    return f'<table class="grid" width="100%">{head}{"".join(rows)}</table>'


def _summary_html(board: DashboardBoard, period: str) -> str:
    cards = "".join(
        _row([card.title, card.value.text(), card.caption.text()]) for card in board.cards.values()
    )
    title = html.escape(QCoreApplication.translate("DashboardBoard", "KPI dashboard"))
    per_agent = html.escape(QCoreApplication.translate("DashboardBoard", "Per agent"))
    per_team = html.escape(QCoreApplication.translate("DashboardBoard", "Per team"))
    return (
        f"<h1>{title}</h1><p>{html.escape(period)}</p>"
        f'<table class="grid" width="100%">{cards}</table>'
        f"<h2>{per_agent}</h2>{_table(board.agents)}"
        f"<h2>{per_team}</h2>{_table(board.teams, frozenset({TEAM}))}"
    )


STYLE = "table.grid { border-collapse: collapse; font-size: 8pt; } td, th { border: 1px solid #888; padding: 3px; }"


def write_pdf(
    path: Path, dashboard: Dashboard, period: str, formats: DisplayFormat | None = None
) -> int:
    """Write the PDF; returns its number of pages. Raises OSError when it cannot be written."""
    board = DashboardBoard(None, formats)
    board.show_dashboard(dashboard)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM))
    )  # fmt: skip
    writer.setTitle(QCoreApplication.translate("DashboardBoard", "KPI dashboard"))
    writer.setCreator("Agent Console")
    page = QRectF(writer.pageLayout().paintRectPixels(DPI))
    page.moveTo(0, 0)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    option = QTextOption(document.defaultTextOption())
    rtl = QGuiApplication.isRightToLeft()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(
        f'<html dir="{"rtl" if rtl else "ltr"}"><body>{_summary_html(board, period)}</body></html>'
    )
    document.setPageSize(QSizeF(page.width(), page.height()))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    pages = 0
    try:
        for number in range(document.pageCount()):
            if pages:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            document.drawContents(
                painter, QRectF(0, number * page.height(), page.width(), page.height())
            )
            painter.restore()
            pages += 1
        pages += _draw_charts(writer, painter, board, page)
    finally:
        painter.end()
        board.deleteLater()
    return pages


def _draw_charts(writer: QPdfWriter, painter: QPainter, board: DashboardBoard, page: QRectF) -> int:
    """Two charts a page, one above the other."""
    charts = board.charts()
    height = page.height() / 2 - 8
    pages = 0
    for first in range(0, len(charts), 2):
        writer.newPage()
        pages += 1
        for slot, view in enumerate(charts[first : first + 2]):
            chart = view.chart()
            chart.resize(QSizeF(page.width(), height))
            target = QRectF(0, slot * (height + 16), page.width(), height)
            view.scene().render(painter, target, chart.geometry())
    return pages
