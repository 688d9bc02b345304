"""The KPI dashboard in the real window, on the demo data: figures, click-through, exports."""

from __future__ import annotations

import codecs
import csv
import dataclasses
import re
import shutil
import subprocess
import unicodedata
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.dashboard.charts import FigureChart
from agent_console.ui.dashboard.incident_list import IncidentsByIdModel
from agent_console.ui.dashboard.window import DashboardWindow
from agent_console.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory

AGENT_IN_PERSIAN = "رضا کریمی"  # a demo agent (store/demo_content.py)


@pytest.fixture
def lead_window(make_window: WindowFactory, demo_options: AppOptions) -> MainWindow:
    """The window as the demo team lead."""
    return make_window(dataclasses.replace(demo_options, act_as="dorlov"))


def in_db(window: MainWindow, op: Any) -> Any:
    found: list[Any] = []
    window.services.data.run(op, found.append)
    return found[0]


def open_dashboard(qtbot: QtBot, window: MainWindow) -> DashboardWindow:
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dashboard = window.lead_reports.dashboard
    assert dashboard is not None and dashboard.isVisible()
    qtbot.waitUntil(lambda: dashboard.dashboard is not None)
    return dashboard


def incidents_started(
    window: MainWindow, start: datetime, end: datetime
) -> dict[uuid.UUID, datetime]:
    from sqlalchemy import select

    from agent_console.store.models import Incident

    def op(session: Any) -> dict[uuid.UUID, datetime]:
        query = select(Incident.id, Incident.started_at).where(
            Incident.started_at >= start, Incident.started_at < end
        )
        return dict(session.execute(query).all())

    result: dict[uuid.UUID, datetime] = in_db(window, op)
    return result


def click_bar(qtbot: QtBot, view: FigureChart, index: int) -> None:
    """A real mouse click in the middle of bar ``index`` of the chart's only series."""
    chart = view.chart()
    series = chart.series()[0]
    bar_set = series.barSets()[0]  # type: ignore[attr-defined]
    value = bar_set.at(index)
    scene_point = chart.mapToPosition(QPointF(index, value / 2), series)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene_point))


def test_dashboard_opens_with_demo_figures_and_clicks_through(
    qtbot: QtBot, lead_window: MainWindow
) -> None:
    dashboard = open_dashboard(qtbot, lead_window)
    start, end = dashboard.period_bounds()
    expected = incidents_started(lead_window, start, end)
    board = dashboard.board
    assert len(expected) > 20  # the demo has a busy last 30 days
    assert board.cards["incidents"].value.text() == str(len(expected))
    assert "%" in board.cards["fcr"].value.text() and "min" in board.cards["p90"].value.text()
    for name in ("satisfaction", "adherence", "mood"):
        assert board.cards[name].value.text() != "—", name  # the demo feeds every figure
    assert board.agents.rowCount() >= 4 and board.teams.rowCount() == 2
    assert str(len(expected)) in dashboard.status.text()

    # A card opens exactly the incidents behind it.
    qtbot.mouseClick(board.cards["incidents"], Qt.MouseButton.LeftButton)
    listing = dashboard.incident_list
    assert listing is not None and listing.isVisible()
    model = listing.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    shown = {model.incident(r).id for r in range(model.rowCount())}  # type: ignore[union-attr]
    assert shown == set(expected)
    assert f"{len(expected)} incident" in listing.heading.text()

    # A bar of the per-day chart opens that day's incidents, and only those.
    day_index = max(
        range(len(dashboard.dashboard.per_day)),
        key=lambda i: dashboard.dashboard.per_day[i][1].count,
    )  # type: ignore[union-attr]
    day, figure = dashboard.dashboard.per_day[day_index]  # type: ignore[union-attr]
    click_bar(qtbot, board.per_day, day_index)
    listing = dashboard.incident_list
    assert listing is not None and listing.isVisible()
    rows = [listing.model.incident(r) for r in range(listing.model.rowCount())]
    assert len(rows) == figure.count > 0
    assert all(r is not None and r.started_at.astimezone().date() == day for r in rows)
    assert {r.id for r in rows if r} == set(figure.ids)

    # A cell of the per-agent table opens that agent's escalated calls, and so on.
    agent_row = next(
        r
        for r in range(board.agents.rowCount())
        if board.agents.index(r, 0).data() == AGENT_IN_PERSIAN
    )
    index = board.agents.index(agent_row, 2)
    board.agent_view.clicked.emit(index)
    listing = dashboard.incident_list
    assert listing is not None
    assert AGENT_IN_PERSIAN in listing.windowTitle()
    assert {listing.model.incident(r).agent_name for r in range(listing.model.rowCount())} == {
        AGENT_IN_PERSIAN
    }  # type: ignore[union-attr]


def test_period_and_person_change_the_figures(qtbot: QtBot, lead_window: MainWindow) -> None:
    dashboard = open_dashboard(qtbot, lead_window)
    month = dashboard.dashboard
    dashboard.period.setCurrentIndex(dashboard.period.findData(7))
    qtbot.waitUntil(lambda: dashboard.dashboard is not month)
    week = dashboard.dashboard
    assert week is not None and month is not None
    assert len(week.per_day) == 7 and len(month.per_day) == 30
    assert week.overall.incidents.count < month.overall.incidents.count
    team = dashboard.whose.findText("Team: Billing desk")
    assert team > 0
    dashboard.whose.setCurrentIndex(team)
    qtbot.waitUntil(lambda: dashboard.dashboard is not week)
    assert dashboard.dashboard is not None
    assert {g.team for g in dashboard.dashboard.per_agent} == {"Billing desk"}


def test_agents_do_not_get_the_lead_reports(qtbot: QtBot, window: MainWindow) -> None:
    action = window.actions_by_name["dashboard"]
    assert not action.isEnabled()
    assert window.lead_reports.open_dashboard() is None
    assert "team leads" in window.status_line.currentMessage()


def test_models_pass_the_model_tester(
    qtmodeltester: ModelTester, qtbot: QtBot, lead_window: MainWindow
) -> None:
    dashboard = open_dashboard(qtbot, lead_window)
    qtmodeltester.check(dashboard.board.agents)
    qtmodeltester.check(dashboard.board.teams)
    ids = dashboard.dashboard.overall.incidents.ids  # type: ignore[union-attr]
    model = IncidentsByIdModel(lead_window.services.data, [*ids, uuid.uuid4()], page=10)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 10 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == len(ids)  # the unknown id is left out
    qtmodeltester.check(model)


def test_csv_export_has_a_bom_and_persian_round_trips(
    qtbot: QtBot, lead_window: MainWindow, tmp_path: Path
) -> None:
    dashboard = open_dashboard(qtbot, lead_window)
    incidents, follow_ups = tmp_path / "incidents.csv", tmp_path / "follow-ups.csv"
    with qtbot.waitSignal(dashboard.exported):
        dashboard.exports.incidents(incidents)
    dashboard.exports.follow_ups(follow_ups)
    raw = incidents.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    with incidents.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == dashboard.dashboard.overall.incidents.count  # type: ignore[union-attr]
    by_id = {uuid.UUID(r["id"]): r for r in rows}
    stored = in_db(lead_window, _persian_incident)
    assert stored is not None, "the demo has Persian calls in the last 30 days"
    assert by_id[stored[0]]["summary"] == stored[1]  # Persian text, byte for byte
    assert "Saved" in dashboard.status.text() and str(follow_ups) in dashboard.status.text()
    assert follow_ups.read_bytes().startswith(codecs.BOM_UTF8)


def _persian_incident(session: Any) -> tuple[uuid.UUID, str] | None:
    from sqlalchemy import select

    from agent_console.store.models import Incident

    rows = session.execute(select(Incident.id, Incident.summary, Incident.started_at)).all()
    dated = sorted(rows, key=lambda r: r[2], reverse=True)[:40]
    return next(((r[0], r[1]) for r in dated if any("\u0600" <= c <= "\u06ff" for c in r[1])), None)


def pdf_text(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return unicodedata.normalize("NFKC", out)  # Arabic presentation forms back to letters


@pytest.fixture
def right_to_left() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_pdf_of_the_dashboard(
    qtbot: QtBot,
    lead_window: MainWindow,
    tmp_path: Path,
    direction: str,
    request: pytest.FixtureRequest,
) -> None:
    if direction == "rtl":
        request.getfixturevalue("right_to_left")
    dashboard = open_dashboard(qtbot, lead_window)
    board = dashboard.dashboard
    assert board is not None
    # Right to left, the charts run from the right: the bar on the far left is the last day.
    leftmost = board.per_day[-1 if direction == "rtl" else 0][1]
    assert dashboard.board.per_day.bars[(0, 0)][1] == leftmost.ids
    path = tmp_path / "dashboard.pdf"
    dashboard.exports.pdf(path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    assert "Saved the dashboard (" in dashboard.status.text()
    pages = int(dashboard.status.text().split("(")[1].split()[0])
    assert pages >= 3  # the figures and tables, then the charts two to a page
    if shutil.which("pdfinfo"):
        info = subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, check=True, text=True
        ).stdout
        assert re.search(rf"^Pages:\s+{pages}$", info, re.MULTILINE)
    text = pdf_text(path)
    if text is not None:
        assert AGENT_IN_PERSIAN in text  # Persian, shaped in the PDF, reads back in logical order
        assert "KPI dashboard" in text
