"""Completing a follow-up from the dock: outcome, the caller's score 1-5, a note; no answer retries."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.store.records import NewFollowUp
from agent_console.ui.follow_ups.complete_dialog import CompleteDialog
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


def _complete_dialog(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> tuple[CompleteDialog, NewFollowUp]:
    caller = caller_by_phone(window)
    new = NewFollowUp(
        caller.id, clock.now + timedelta(minutes=5), "Did the refund arrive?", scope="team"
    )
    window.services.data.write(lambda w: w.create_follow_up(new), window.services.hub.publish)
    mine = window.follow_up_tools.mine
    assert mine.select(new.id)
    qtbot.mouseClick(mine.complete_button, Qt.MouseButton.LeftButton)
    return open_dialog(qtbot, mine, CompleteDialog), new


def test_satisfaction_outside_one_to_five_is_refused_and_persian_digits_are_taken(
    qtbot: QtBot, demo_options: AppOptions
) -> None:
    clock = FakeClock()
    window = open_window(qtbot, demo_options, clock)
    dialog, new = _complete_dialog(qtbot, window, clock)
    dialog.outcome.set_code("reached")
    message = dialog.messages["satisfaction"]
    for typed in ("0", "6"):
        dialog.satisfaction.clear()
        type_text(qtbot, dialog.satisfaction, typed)
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
        assert message.isVisible() and "1 (very unhappy) to 5 (very happy)" in message.text()
        assert typed in message.text() and dialog.isVisible()
    dialog.satisfaction.clear()
    type_text(qtbot, dialog.satisfaction, "خوب")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert "whole number" in message.text()
    assert follow_up_in_db(window, new.id).status == "open"  # nothing saved yet

    dialog.satisfaction.clear()
    type_text(qtbot, dialog.satisfaction, "۴")  # Persian four
    type_text(qtbot, dialog.note, "Refund arrived; caller thanked us")
    assert not dialog.retry_box.isVisible()
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = follow_up_in_db(window, new.id)
    assert (stored.status, stored.outcome, stored.satisfaction) == ("done", "reached", 4)
    assert stored.close_note == "Refund arrived; caller thanked us"
    mine = window.follow_up_tools.mine
    assert mine.model.find(new.id) == -1  # gone from my list
    assert "closed" in mine.message.text()


def test_no_answer_offers_to_try_again_and_the_same_follow_up_stays_open(
    qtbot: QtBot, demo_options: AppOptions
) -> None:
    clock = FakeClock()
    window = open_window(qtbot, demo_options, clock)
    dialog, new = _complete_dialog(qtbot, window, clock)
    assert not dialog.retry_box.isVisible()
    dialog.outcome.set_code("no_answer")
    assert dialog.retry_box.isVisible() and dialog.retry.isChecked()
    assert not dialog.satisfaction.isEnabled()  # nobody to ask
    dialog.retry_when.buttons["tomorrow_morning"].click()
    retry_at = dialog.retry_when.due()
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = follow_up_in_db(window, new.id)
    assert stored.status == "open" and stored.due_at == retry_at and stored.version == 2
    action, _login, details = audit_of(window, new.id)[-1]
    assert action == "follow_up.attempted" and details["outcome"] == "no_answer"
    mine = window.follow_up_tools.mine
    assert mine.model.find(new.id) >= 0 and "due again" in mine.message.text()


def test_no_answer_without_trying_again_closes_it(qtbot: QtBot, demo_options: AppOptions) -> None:
    clock = FakeClock()
    window = open_window(qtbot, demo_options, clock)
    dialog, new = _complete_dialog(qtbot, window, clock)
    dialog.outcome.set_code("no_answer")
    dialog.retry.setChecked(False)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = follow_up_in_db(window, new.id)
    assert (stored.status, stored.outcome, stored.satisfaction) == ("done", "no_answer", None)
