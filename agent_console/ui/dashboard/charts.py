"""The dashboard's charts (QtCharts): each bar knows the incidents behind it and says so when clicked.

Right-to-left interfaces get mirrored charts: categories run from the right and the value axis
sits on the right, as a Persian or Arabic reader expects.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPainter
from PySide6.QtWidgets import QWidget

from agent_console.core.kpi import Figure
from agent_console.core.kpi_breakdown import WeeklyBreakdown

MANY_DAYS = 16  # more bars than this: label weeks, not days


class FigureChart(QChartView):
    """A chart whose bars open their incidents: ``picked(title, ids)``."""

    picked = Signal(str, object)  # what was clicked, tuple of incident ids

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setLocale(QLocale())  # the interface language's digits on the count axis
        chart.setLocalizeNumbers(True)
        # The chart mirrors by itself (bars from the right, the count axis on the right); laid
        # out right to left as well, Qt would push that axis's labels out of the chart.
        chart.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(250)
        # What each bar stands for: (series index, bar index) -> (label, ids).
        self.bars: dict[tuple[int, int], tuple[str, tuple[uuid.UUID, ...]]] = {}

    def pick(self, series: int, index: int) -> None:
        """What a click on a bar does; tests call it as a click would."""
        label, ids = self.bars.get((series, index), ("", ()))
        if label:
            self.picked.emit(label, ids)


def _display_order(count: int) -> list[int]:
    """Which item each bar shows, from the left: right to left interfaces start on the right.

    The data is reversed rather than the axis: QBarCategoryAxis ignores ``setReverse``.
    """
    order = list(range(count))
    return order[::-1] if QGuiApplication.isRightToLeft() else order


def _add_axes(chart: QChart, x_axis: QValueAxis | QBarCategoryAxis, y_axis: QValueAxis) -> None:
    rtl = QGuiApplication.isRightToLeft()
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    if rtl:  # Qt leaves too little room for localised labels of an axis on the right
        room = QFontMetrics(y_axis.labelsFont()).horizontalAdvance("0000")
        chart.setMargins(QMargins(4, 4, 4 + room, 4))
    chart.legend().setReverseMarkers(rtl)


def _count_axis(top: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(1.0, top * 1.1))  # headroom: the tallest bar must not touch the frame
    axis.setLabelFormat("%.0f")
    axis.applyNiceNumbers()
    axis.setMinorTickCount(0)
    return axis


def fill_bars(
    view: FigureChart, labels: Sequence[str], figures: Sequence[Figure], name: str, hint: str = ""
) -> None:
    """One bar per figure, labelled; ``name`` names the series in the legend (or none when "")."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    view.bars.clear()
    order = _display_order(len(figures))
    bar_set = QBarSet(name)
    bar_set.append([float(figures[i].count) for i in order])
    for shown, i in enumerate(order):
        view.bars[(0, shown)] = (f"{labels[i]} — {hint}" if hint else labels[i], figures[i].ids)
    series = QBarSeries()
    series.append(bar_set)
    series.setBarWidth(0.8)
    chart.addSeries(series)
    bar_set.clicked.connect(lambda index: view.pick(0, index))
    chart.legend().setVisible(bool(name))
    x_axis: QValueAxis | QBarCategoryAxis
    if len(labels) > MANY_DAYS:
        x_axis = _sparse_axis(order, labels)
    else:
        x_axis = QBarCategoryAxis()
        x_axis.append([labels[i] for i in order])
    y_axis = _count_axis(max((f.count for f in figures), default=0))
    _add_axes(chart, x_axis, y_axis)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)


def _sparse_axis(order: Sequence[int], labels: Sequence[str]) -> QCategoryAxis:
    """A value axis under many bars (bar n sits at x = n), labelling every seventh day."""
    axis = QCategoryAxis()
    axis.setRange(-0.5, len(labels) - 0.5)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for shown, i in sorted(enumerate(order), key=lambda pair: pair[0]):
        if i % 7 == 0:
            axis.append(labels[i], shown)
    axis.setGridLineVisible(False)
    return axis


def fill_weekly(
    view: FigureChart,
    breakdown: WeeklyBreakdown,
    week_label: Callable[[date], str],
    name_of: Callable[[str], str],
) -> None:
    """A stacked bar per week, one colour per category (or root cause)."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    view.bars.clear()
    weeks = [week_label(w) for w in breakdown.weeks]
    order = _display_order(len(weeks))
    series = QStackedBarSeries()
    for number, line in enumerate(breakdown.series):
        bar_set = QBarSet(name_of(line.key))
        bar_set.append([float(line.cells[i].count) for i in order])
        for shown, i in enumerate(order):
            view.bars[(number, shown)] = (f"{name_of(line.key)} — {weeks[i]}", line.cells[i].ids)
        bar_set.clicked.connect(lambda index, n=number: view.pick(n, index))
        series.append(bar_set)
    chart.addSeries(series)
    chart.legend().setVisible(True)
    x_axis = QBarCategoryAxis()
    x_axis.append([weeks[i] for i in order])
    totals = [sum(s.cells[i].count for s in breakdown.series) for i in range(len(weeks))]
    y_axis = _count_axis(max(totals, default=0))
    _add_axes(chart, x_axis, y_axis)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
