"""The history's columns: wide enough for what the first page shows, and steady while more loads."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.main_window import MainWindow
from agent_console.ui.models.caller_history import AGENT, CATEGORY, DATE, MOOD, RESOLUTION

MARYAM = "0912 345 6789"  # the demo caller with the longest history


def _open_maryam(qtbot: QtBot, window: MainWindow) -> None:
    window.search.box.setText(MARYAM)
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1, timeout=10_000)
    window.choose_caller(window.search.model.caller(0))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.history.model.state == "loaded", timeout=10_000)


def test_columns_fit_the_loaded_texts_and_stay_put_when_more_rows_arrive(
    qtbot: QtBot, make_window: object, demo_options: AppOptions
) -> None:
    window = make_window(demo_options)  # type: ignore[operator]
    window.resize(1900, 900)  # the pane wide enough for every column
    _open_maryam(qtbot, window)
    pane = window.history
    view, model = pane.view, pane.model
    metrics = view.fontMetrics()
    header = view.header()
    for column in (DATE, CATEGORY, MOOD, RESOLUTION):
        widest = max(metrics.horizontalAdvance(t) for t in model.loaded_texts(column))
        assert header.sectionSize(column) > widest, column  # shown whole, not elided
    widths = [header.sectionSize(c) for c in (DATE, CATEGORY, MOOD, RESOLUTION)]
    before = model.rowCount()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > before or not model.canFetchMore(view.rootIndex()))
    assert [header.sectionSize(c) for c in (DATE, CATEGORY, MOOD, RESOLUTION)] == widths


def test_a_narrow_pane_keeps_the_agent_column_on_screen(
    qtbot: QtBot, make_window: object, demo_options: AppOptions
) -> None:
    window = make_window(demo_options)  # type: ignore[operator]
    _open_maryam(qtbot, window)
    pane = window.history
    view = pane.view
    view.resize(420, view.height())
    pane.show_caller(pane.model.caller_id)  # opened again at this width
    qtbot.waitUntil(lambda: pane.model.state == "loaded" and pane.model.rowCount() > 0)
    header = view.header()
    agent_starts = sum(header.sectionSize(c) for c in (DATE, CATEGORY, MOOD, RESOLUTION))
    assert agent_starts < view.viewport().width()


def test_the_columns_follow_the_panes_width_without_a_sideways_scroll_bar(
    qtbot: QtBot, make_window: object, demo_options: AppOptions
) -> None:
    window = make_window(demo_options)  # type: ignore[operator]
    window.resize(1900, 900)
    _open_maryam(qtbot, window)
    view = window.history.view
    header = view.header()
    wide = header.sectionSize(CATEGORY)
    window.resize(1400, 860)  # narrower, with the caller still open: no reload needed
    qtbot.waitUntil(lambda: view.viewport().width() < 700)
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width())
    assert header.sectionSize(AGENT) >= view.fontMetrics().horizontalAdvance("Sara Mills")
    assert header.sectionSize(CATEGORY) < wide  # the category gave way, elided
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible())
