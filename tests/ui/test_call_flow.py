"""The agent's call end to end, through the real window: find, read the history, log, submit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import OperationRunner
from tests.ui.ui_helpers import type_text

MARYAM_IN_PERSIAN_DIGITS = "۰۹۱۲ ۳۴۵ ۶۷۸۹"  # demo caller Maryam Rahimi, 0912 345 6789 (IR)
PINNED_NOTE = "فقط بعد از ساعت ۱۶ تماس گرفته شود."


def _find_maryam(qtbot: QtBot, window: MainWindow) -> None:
    search = window.search
    type_text(qtbot, search.box, MARYAM_IN_PERSIAN_DIGITS)
    qtbot.waitUntil(
        lambda: search.model.rowCount() == 1 and search.results.isVisible(), timeout=10_000
    )
    assert "Maryam Rahimi" in search.model.index(0, 0).data()
    qtbot.keyClick(search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card.name.text() == "Maryam Rahimi", timeout=10_000)
    qtbot.waitUntil(lambda: window.history.model.state == "loaded", timeout=10_000)


def _first_incident_row(window: MainWindow) -> int:
    model = window.history.model
    return next(r for r in range(model.rowCount()) if not model.is_follow_up_row(model.index(r, 0)))


def test_find_by_persian_digits_read_history_and_submit(qtbot: QtBot, window: MainWindow) -> None:
    _find_maryam(qtbot, window)
    card = window.card
    assert card.pinned_note.isVisible() and card.pinned_note.text() == PINNED_NOTE
    assert "0912 345 6789" in card.phones.text()

    history, model = window.history, window.history.model
    assert history.view.isVisible() and not history.placeholder.isVisible()
    assert model.rowCount() == 41  # an open follow-up on top, then 40 incidents
    assert model.is_follow_up_row(model.index(0, 0))
    assert "Confirm the refund arrived" in model.index(0, 0).data()
    assert window.history.view.hasFocus()

    # Keyboard: down to the first incident, Right expands it; its notes show inline.
    first = _first_incident_row(window)
    history.view.setCurrentIndex(model.index(first, 0))
    qtbot.keyClick(history.view, Qt.Key.Key_Right)
    top = model.index(first, 0)
    assert history.view.isExpanded(top)
    notes_index = model.index(0, 0, top)
    incident = model.incident(top)
    assert incident is not None and incident.notes
    assert incident.notes in notes_index.data()
    rect = history.view.visualRect(notes_index)
    assert rect.isValid() and rect.height() > 2 * history.view.fontMetrics().height()
    assert history.view.viewport().rect().intersects(rect)

    # The incident form: fill it and submit with Ctrl+Return.
    form = window.form
    assert form.caller_label.text() == "Maryam Rahimi"
    form.category.set_code("billing")
    form.severity.set_code(3)
    form.mood_start.set_code(2)
    type_text(qtbot, form.summary, "Charged twice - تست فارسی و English با هم")
    type_text(qtbot, form.notes, "Refund promised by Friday 😀")
    form.resolution.set_code("refund")
    type_text(qtbot, form.compensation, "۱۲٫۵")
    form.outcome.set_code("resolved")
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: model.rowCount() == 42)
    newest = model.incident(model.index(_first_incident_row(window), 0))
    assert newest is not None
    assert newest.summary == "Charged twice - تست فارسی و English با هم"
    assert newest.notes == "Refund promised by Friday 😀"
    assert str(newest.compensation_amount) == "12.50" and newest.compensation_currency == "IRR"
    assert model.index(_first_incident_row(window), 1).data() == "Billing and pricing"
    # Ready for the next call: empty fields, same caller, a confirmation, no draft left.
    assert form.summary.text() == "" and form.notes.toPlainText() == ""
    assert form.caller_label.text() == "Maryam Rahimi"
    assert "Saved" in form.form_message.text() and form.form_message.isVisible()
    qtbot.waitUntil(lambda: not window.services.options.draft_path.exists())


def test_whole_call_with_the_threaded_runner(
    qtbot: QtBot, make_window: object, demo_options: AppOptions, threaded_runner: OperationRunner
) -> None:
    window = make_window(demo_options, threaded_runner)  # type: ignore[operator]
    qtbot.waitUntil(lambda: window.services.data.state == "open", timeout=10_000)
    assert "Signed in: " in window.status_line.agent.text()
    assert "agent-console.sqlite3" in window.status_line.database.text()
    _find_maryam(qtbot, window)
    model = window.history.model
    assert model.rowCount() == 41
    form = window.form
    form.category.set_code("delivery")
    form.severity.set_code(2)
    form.mood_start.set_code(1)
    form.mood_end.set_code(4)
    type_text(qtbot, form.summary, "Parcel lost again")
    form.outcome.set_code("follow_up")
    qtbot.waitUntil(lambda: window.services.options.draft_path.exists())
    assert "Draft saved" in window.status_line.draft.text()
    qtbot.keyClick(form.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.rowCount() == 42, timeout=10_000)
    newest = model.incident(model.index(_first_incident_row(window), 0))
    assert newest is not None and newest.summary == "Parcel lost again"
    qtbot.waitUntil(lambda: not window.services.options.draft_path.exists())
    qtbot.waitUntil(threaded_runner.is_idle)


def test_enter_before_the_search_answers_still_picks_the_first_match(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_text(qtbot, window.search.box, "0912 345 6789")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)  # before the 150 ms pause is over
    qtbot.waitUntil(lambda: window.card.name.text() == "Maryam Rahimi", timeout=10_000)


def test_down_arrow_moves_into_results_and_enter_picks(qtbot: QtBot, window: MainWindow) -> None:
    search = window.search
    type_text(qtbot, search.box, "0912")
    qtbot.waitUntil(lambda: search.model.rowCount() > 3)
    qtbot.keyClick(search.box, Qt.Key.Key_Down)
    assert search.results.hasFocus()
    qtbot.keyClick(search.results, Qt.Key.Key_Down)
    second = search.model.caller(1)
    assert second is not None
    qtbot.keyClick(search.results, Qt.Key.Key_Return)
    assert window.card.name.text() == second.name
    assert window.history.model.caller_id == second.id


def test_typing_more_discards_the_answer_to_the_older_lookup(
    qtbot: QtBot, window: MainWindow
) -> None:
    search = window.search
    # The older answer comes back after a newer lookup was started: it must not show.
    search.box.setText("0912")
    search._search_now()
    older = search._request
    search.box.setText("Karim")
    search._search_now()
    search._show([], older, "0912")  # a late answer to the first lookup
    assert search.model.rowCount() >= 1
    assert all(
        "Karim" in search.model.index(r, 0).data() or "كريم" in search.model.index(r, 0).data()
        for r in range(search.model.rowCount())
    )


def test_escape_clears_the_search(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window.search.box, "Maryam")
    qtbot.waitUntil(lambda: window.search.model.rowCount() >= 1)
    qtbot.keyClick(window.search.box, Qt.Key.Key_Escape)
    assert window.search.box.text() == ""
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 0)


def test_shortcuts_move_focus_along_the_call(qtbot: QtBot, window: MainWindow) -> None:
    _find_maryam(qtbot, window)
    qtbot.keyClick(window.history.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    qtbot.keyClick(
        window.search.box,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.tabs.currentWidget() is window.precedents
    qtbot.keyClick(window.search.box, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.history and window.history.view.hasFocus()
    qtbot.keyClick(window.history.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.form.category.hasFocus()
    qtbot.keyClick(window.form.category, Qt.Key.Key_F3)
    assert window.search.box.hasFocus()


def test_tab_order_follows_the_call(qtbot: QtBot, window: MainWindow) -> None:
    _find_maryam(qtbot, window)
    window.search.focus_box()
    order = []
    for _ in range(8):
        order.append(window.focusWidget())
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    form = window.form
    assert order[:6] == [
        window.search.box,
        window.search.results,
        window.history.view,
        form.category,
        form.severity,
        form.mood_start,
    ]


def test_menu_lists_every_shortcut(window: MainWindow) -> None:
    shortcuts = {
        action.text().replace("&", ""): action.shortcut().toString()
        for menu in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))
        for action in menu.actions()
        if not action.isSeparator()
    }
    assert shortcuts["Find caller"] == "Ctrl+F"
    assert shortcuts["Submit incident"] == "Ctrl+Return"
    assert shortcuts["New caller…"] == "Ctrl+N"
    assert shortcuts["History"] == "Ctrl+H"
    assert shortcuts["Precedents"] == "Ctrl+Shift+P"
    assert shortcuts["Clear search"] == "Esc"
    assert all(shortcuts[name] for name in ("Checklist", "Phrasing", "Follow-ups"))


def test_precedents_follow_the_form_category_then_the_history_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    _find_maryam(qtbot, window)
    precedents = window.precedents
    assert not precedents.view.isVisible()
    window.form.category.set_code("billing")
    assert precedents.model.category == "billing"
    assert precedents.model.rowCount() > 0
    maryam = window.card.caller
    assert maryam is not None
    for row in range(precedents.model.rowCount()):
        incident = precedents.model.index(row, 0).data(Qt.ItemDataRole.UserRole + 2)
        assert incident.category == "billing" and incident.caller_id != maryam.id
    window.form.category.set_code("")
    model = window.history.model
    row = _first_incident_row(window)
    window.history.view.setCurrentIndex(model.index(row, 0))
    selected = model.incident(model.index(row, 0))
    assert selected is not None
    assert precedents.model.category == selected.category
    window.show_precedents()
    assert precedents.view.isVisible()
    assert "other callers" in precedents.title.text()


def test_follow_ups_dock_lists_the_callers_open_follow_ups(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane = window.follow_ups
    assert "caller on the line" in pane.placeholder.text()
    _find_maryam(qtbot, window)
    assert pane.model.rowCount() == 1
    assert pane.model.index(0, 1).data() == "Confirm the refund arrived"
    assert pane.view.isVisible()
    assert QModelIndex() is not None
