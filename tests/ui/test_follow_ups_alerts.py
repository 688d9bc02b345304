"""A follow-up coming due alerts the agent (banner or tray, and a badge); snooze; open the caller."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.store.records import NewFollowUp
from agent_console.ui.follow_ups.snooze_dialog import SnoozeDialog
from agent_console.ui.main_window import MainWindow
from tests.ui.follow_up_helpers import (
    FakeClock,
    audit_of,
    caller_by_phone,
    follow_up_in_db,
    open_dialog,
    open_window,
)
from tests.ui.ui_helpers import type_text

KARIM = "+971 50 123 4567"


def _flag_mine(window: MainWindow, clock: FakeClock, reason: str, hours: float) -> NewFollowUp:
    caller = caller_by_phone(window, KARIM)
    new = NewFollowUp(caller.id, clock.now + timedelta(hours=hours), reason, scope="mine")
    window.services.data.write(lambda w: w.create_follow_up(new), window.services.hub.publish)
    return new


def test_a_follow_up_coming_due_shows_a_banner_and_a_badge(
    qtbot: QtBot, demo_options: AppOptions
) -> None:
    clock = FakeClock()
    window = open_window(qtbot, demo_options, clock)
    tools, alerts = window.follow_up_tools, window.follow_up_tools.alerts
    assert alerts.timer.isActive() and alerts.timer.interval() == 30_000
    already = len(alerts.due)  # the demo has overdue follow-ups of this agent
    if alerts.banner is not None:
        alerts.banner.close_banner()
    new = _flag_mine(window, clock, "Tell Karim the engineer's visit time", 1)
    alerts.timer.timeout.emit()
    assert len(alerts.due) == already  # not due yet: nothing new to say
    assert alerts.banner is None

    clock.advance(minutes=61)
    alerts.timer.timeout.emit()  # what the timer does every 30 s
    assert len(alerts.due) == already + 1
    badge = tools.badge
    assert badge.isVisible() and f"{already + 1} due" in badge.text()
    assert f"{already + 1} due now" in tools.mine.title.text()
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: the banner stands in
    banner = alerts.banner
    assert banner is not None and banner.isVisible()
    assert "Tell Karim the engineer's visit time" in banner.message.text()
    # The list shows it due, and "Show" picks it there.
    qtbot.mouseClick(banner.buttons["show"], Qt.MouseButton.LeftButton)
    selected = tools.mine.selected()
    assert selected is not None and selected.id == new.id
    assert "overdue" in tools.mine.model.index(tools.mine.view.currentIndex().row(), 0).data()
    # The same follow-up is not announced twice.
    banner.close_banner()
    alerts.timer.timeout.emit()
    assert alerts.banner is None


def test_snooze_asks_why_moves_the_due_time_and_leaves_an_audit_row(
    qtbot: QtBot, demo_options: AppOptions
) -> None:
    clock = FakeClock()
    window = open_window(qtbot, demo_options, clock)
    tools = window.follow_up_tools
    new = _flag_mine(window, clock, "Confirm the new router works", 0.5)
    clock.advance(hours=1)
    tools.alerts.timer.timeout.emit()
    due_before = len(tools.alerts.due)
    assert tools.mine.select(new.id)
    qtbot.mouseClick(tools.mine.snooze_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, tools.mine, SnoozeDialog)
    dialog.when.buttons["three_days"].click()
    qtbot.mouseClick(dialog.findChild(QPushButton, "snoozeSave"), Qt.MouseButton.LeftButton)
    assert "Say why" in dialog.messages["reason"].text() and dialog.isVisible()
    type_text(qtbot, dialog.reason, "Caller travels until Friday")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = follow_up_in_db(window, new.id)
    assert stored.due_at == (clock.now + timedelta(days=3)).replace(second=0)
    action, _login, details = audit_of(window, new.id)[-1]
    assert action == "follow_up.snoozed" and details["reason"] == "Caller travels until Friday"
    tools.alerts.timer.timeout.emit()
    assert len(tools.alerts.due) == due_before - 1


def test_enter_on_a_follow_up_opens_the_caller_and_history(
    qtbot: QtBot, demo_options: AppOptions
) -> None:
    window = open_window(qtbot, demo_options, FakeClock())
    mine = window.follow_up_tools.mine
    qtbot.waitUntil(lambda: mine.model.rowCount() > 0)
    row = mine.model.row_record(0)
    assert row is not None
    mine.view.setFocus()
    mine.view.setCurrentIndex(mine.model.index(0, 0))
    qtbot.keyClick(mine.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card.name.text() == row.caller_name)
    assert window.history.model.caller_id == row.caller_id
