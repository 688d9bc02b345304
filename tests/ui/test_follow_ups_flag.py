"""Flagging the caller for a follow-up from the call, through the real window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.follow_ups.flag_dialog import FlagDialog
from agent_console.ui.main_window import MainWindow
from tests.ui.follow_up_helpers import (
    FakeClock,
    caller_by_phone,
    follow_up_in_db,
    open_dialog,
    open_window,
)
from tests.ui.ui_helpers import type_text

TEHRAN = ZoneInfo("Asia/Tehran")


def _flag_dialog(qtbot: QtBot, window: MainWindow) -> FlagDialog:
    window.choose_caller(caller_by_phone(window))
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    return open_dialog(qtbot, window, FlagDialog)


def test_flag_tomorrow_morning_in_the_callers_zone_for_a_named_agent(
    qtbot: QtBot, demo_options: AppOptions
) -> None:
    clock = FakeClock(datetime(2026, 3, 10, 20, 0, tzinfo=UTC))  # 23:30 in Tehran
    window = open_window(qtbot, demo_options, clock)
    dialog = _flag_dialog(qtbot, window)
    assert dialog.caller_label.text() == "Maryam Rahimi"
    dialog.when.buttons["tomorrow_morning"].click()
    # The caller is in Tehran and the agent's clock is elsewhere: both times are shown.
    assert dialog.when.due() == datetime(2026, 3, 11, 9, 0, tzinfo=TEHRAN)
    summary = dialog.when.summary.text()
    if dialog.when.mine.utcoffset(clock.now) != TEHRAN.utcoffset(clock.now):
        assert "for the caller (Asia/Tehran)" in summary and "for you" in summary
    type_text(qtbot, dialog.reason, "تماس برای تأیید بازپرداخت")
    dialog.priority.set_code(1)
    qtbot.waitUntil(lambda: dialog.agent.count() > 3)
    dialog.choose_agent("Sara Mills")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Follow-up flagged" in window.status_line.currentMessage()
    # The caller's follow-ups, under the dock's own list, now hold it.
    pane = window.follow_ups
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
    reasons = [pane.model.index(r, 1).data() for r in range(2)]
    assert "تماس برای تأیید بازپرداخت" in reasons
    row = next(
        pane.model.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
        for r in range(2)
        if pane.model.index(r, 1).data() == "تماس برای تأیید بازپرداخت"
    )
    stored = follow_up_in_db(window, row.id)
    assert stored.due_at == datetime(2026, 3, 11, 5, 30, tzinfo=UTC)
    assert (stored.priority, stored.scope, stored.owner_name) == (1, "agent", "Sara Mills")
    assert stored.status == "open"


def test_a_due_time_in_the_past_is_refused_with_a_clear_message(
    qtbot: QtBot, demo_options: AppOptions
) -> None:
    clock = FakeClock()
    window = open_window(qtbot, demo_options, clock)
    dialog = _flag_dialog(qtbot, window)
    before = window.follow_ups.model.rowCount()
    yesterday = clock.now - timedelta(days=1)
    dialog.when.when.setDateTime(
        QDateTime.fromSecsSinceEpoch(int(yesterday.timestamp()), QTimeZone(b"Asia/Tehran"))
    )
    assert dialog.when.choice() == "custom"  # typing a date means that date
    type_text(qtbot, dialog.reason, "Call back")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    message = dialog.messages["due"]
    assert message.isVisible() and "already passed" in message.text()
    assert dialog.isVisible()
    assert window.follow_ups.model.rowCount() == before
    # Fixing the time saves it.
    dialog.when.buttons["hour"].click()
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: window.follow_ups.model.rowCount() == before + 1)


def test_a_reason_is_needed_and_mine_only_lands_in_my_list(
    qtbot: QtBot, demo_options: AppOptions
) -> None:
    window = open_window(qtbot, demo_options, FakeClock())
    mine = window.follow_up_tools.mine
    before = mine.model.rowCount()
    dialog = _flag_dialog(qtbot, window)
    dialog.whose.buttons()[0].click()  # mine only
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert "Say why" in dialog.messages["reason"].text() and dialog.isVisible()
    type_text(qtbot, dialog.reason, "Check the courier came")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mine.model.rowCount() == before + 1)
    texts = [mine.model.index(r, 2).data() for r in range(mine.model.rowCount())]
    assert "Check the courier came" in texts


def test_flag_without_a_caller_sends_the_agent_to_the_search(
    qtbot: QtBot, demo_options: AppOptions
) -> None:
    window = open_window(qtbot, demo_options, FakeClock())
    qtbot.mouseClick(window.follow_up_tools.flag_button, Qt.MouseButton.LeftButton)
    assert "Find the caller first" in window.status_line.currentMessage()
    assert not window.findChildren(FlagDialog)
