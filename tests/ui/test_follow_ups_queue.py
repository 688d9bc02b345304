"""The team lead's callback queue in the real window: only for leads, filters, claim conflicts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.store.records import AgentRef, FollowUpRow, NewFollowUp
from agent_console.ui.follow_ups.complete_dialog import CompleteDialog
from agent_console.ui.follow_ups.queue_model import CATEGORY, PRIORITY, WHOSE
from agent_console.ui.follow_ups.queue_window import CallbackQueueWindow
from agent_console.ui.follow_ups.reassign_dialog import ReassignDialog
from agent_console.ui.main_window import MainWindow
from tests.ui.follow_up_helpers import (
    FakeClock,
    caller_by_phone,
    follow_up_in_db,
    in_db,
    open_dialog,
    open_window,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def second_lead(demo_options: AppOptions, demo_db_file: Path) -> AgentRef:
    """Another team lead in the same database, acting from another desk."""
    from agent_console.store.agents import ensure_agent
    from agent_console.store.database import open_database, sqlite_url

    db = open_database(sqlite_url(demo_options.embedded_db_path))
    with db.session() as session:
        lead = ensure_agent(session, "amina", "Amina Lead", "lead")
    db.dispose()
    return lead


def _queue(qtbot: QtBot, window: MainWindow) -> CallbackQueueWindow:
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL_SHIFT)
    queue = window.follow_up_tools.queue_window
    assert queue is not None
    qtbot.waitUntil(lambda: queue.isVisible() and queue.model.state == "loaded")
    return queue


def _rows(queue: CallbackQueueWindow) -> list[FollowUpRow]:
    rows = [queue.model.row_record(r) for r in range(queue.model.rowCount())]
    return [r for r in rows if r is not None]


def test_the_team_lead_menu_is_only_for_leads(qtbot: QtBot, demo_options: AppOptions) -> None:
    agent_window = open_window(qtbot, demo_options, FakeClock())
    tools = agent_window.follow_up_tools
    assert tools.lead_menu is not None and not tools.lead_menu.menuAction().isVisible()
    assert not agent_window.actions_by_name["callback_queue"].isEnabled()
    tools.open_queue()  # even called directly, it says no
    assert tools.queue_window is None
    assert "for team leads" in agent_window.status_line.currentMessage()


def test_queue_lists_open_follow_ups_overdue_first_and_filters(
    qtbot: QtBot, demo_options: AppOptions
) -> None:
    clock = FakeClock()
    window = open_window(qtbot, demo_options, clock, act_as="dorlov")
    tools = window.follow_up_tools
    assert tools.lead_menu is not None and tools.lead_menu.menuAction().isVisible()
    queue = _queue(qtbot, window)
    rows = _rows(queue)
    assert len(rows) >= 6 and all(r.status == "open" for r in rows)
    assert [r.due_at for r in rows] == sorted(r.due_at for r in rows)
    assert rows[0].due_at < clock.now  # the demo has overdue ones: they come first
    assert "overdue" in queue.model.index(0, 0).data()
    assert "open follow-ups" in queue.count.text()
    wanted = rows[0].priority
    queue.filters.priority.setCurrentIndex(queue.filters.priority.findData(wanted))
    qtbot.waitUntil(lambda: queue.model.state == "loaded")
    filtered = _rows(queue)
    assert filtered and all(r.priority == wanted for r in filtered) and len(filtered) < len(rows)
    shown = {queue.model.index(r, PRIORITY).data() for r in range(queue.model.rowCount())}
    assert len(shown) == 1
    # One flagged from a billing incident: the category filter finds it by its incident.
    from agent_console.store.incidents import caller_history

    maryam = caller_by_phone(window)
    billing = next(
        i
        for i in in_db(window, lambda s: caller_history(s, maryam.id)).rows
        if i.category == "billing"
    )
    new = NewFollowUp(maryam.id, clock.now + timedelta(days=1), "Refund check", billing.id)
    window.services.data.write(lambda w: w.create_follow_up(new), window.services.hub.publish)
    queue.filters.priority.setCurrentIndex(0)
    queue.filters.category.setCurrentIndex(queue.filters.category.findData("billing"))
    qtbot.waitUntil(lambda: queue.model.state == "loaded")
    assert [r.id for r in _rows(queue)] == [new.id]
    assert queue.model.index(0, CATEGORY).data() == "Billing and pricing"


def test_a_claim_after_another_lead_changed_it_is_refused_and_the_row_shows_who_has_it(
    qtbot: QtBot, demo_options: AppOptions, second_lead: AgentRef
) -> None:
    window = open_window(qtbot, demo_options, FakeClock(), act_as="dorlov")
    queue = _queue(qtbot, window)
    queue.view.setCurrentIndex(queue.model.index(1, 0))
    shown = queue.selected()
    assert shown is not None and shown.version == 1
    # Meanwhile, at another desk, the other lead takes it.
    from agent_console.store.follow_ups import claim_follow_up

    in_db(window, lambda s: claim_follow_up(s, shown.id, shown.version, second_lead))
    qtbot.mouseClick(queue.claim_button, Qt.MouseButton.LeftButton)
    message = queue.message.text()
    assert queue.message.isVisible()
    assert "amina changed this follow-up" in message and "taken by Amina Lead" in message
    assert "Nothing was saved" in message
    row = queue.view.currentIndex().row()
    assert queue.model.index(row, WHOSE).data() == "Amina Lead"
    assert queue.selected() is not None and queue.selected().version == 2  # type: ignore[union-attr]
    assert follow_up_in_db(window, shown.id).owner_name == "Amina Lead"
    # Now the lead sees the current state, taking it over is a decision they can make.
    qtbot.mouseClick(queue.claim_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: follow_up_in_db(window, shown.id).owner_name == "Дмитрий Орлов")
    assert "You took" in queue.message.text()


def test_reassign_and_close_from_the_queue(
    qtbot: QtBot, demo_options: AppOptions, second_lead: AgentRef
) -> None:
    window = open_window(qtbot, demo_options, FakeClock(), act_as="dorlov")
    queue = _queue(qtbot, window)
    first = queue.selected()
    assert first is not None
    qtbot.mouseClick(queue.reassign_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, queue, ReassignDialog)
    dialog.owner.setCurrentIndex(dialog.owner.findText("Sara Mills"))
    dialog._choose()
    qtbot.waitUntil(lambda: follow_up_in_db(window, first.id).owner_name == "Sara Mills")
    row = next(r for r in range(queue.model.rowCount()) if queue.model.row_record(r).id == first.id)  # type: ignore[union-attr]
    assert queue.model.index(row, WHOSE).data() == "Sara Mills"

    queue.view.setCurrentIndex(queue.model.index(row, 0))
    qtbot.mouseClick(queue.close_button, Qt.MouseButton.LeftButton)
    closing = open_dialog(qtbot, queue, CompleteDialog)
    closing.outcome.set_code("still_unhappy")
    closing.satisfaction.setText("2")
    closing.submit()
    qtbot.waitUntil(lambda: follow_up_in_db(window, first.id).status == "done")
    assert all(r.id != first.id for r in _rows(queue))  # closed: gone from the open queue
