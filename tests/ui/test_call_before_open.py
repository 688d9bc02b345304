"""A call can arrive before the database is open: the console that a call starts paints its
window first and opens its database after. The caller is still looked up, once it is open."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from agent_console.core.call_event import CALL, CallEvent
from agent_console.core.options import AppOptions
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import SyncRunner
from agent_console.ui.services import build_services


def test_a_call_that_arrives_before_the_database_opens_finds_its_caller(
    qtbot: QtBot, demo_options: AppOptions, sync_runner: SyncRunner
) -> None:
    window = MainWindow(build_services(demo_options, sync_runner))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.services.data.state == "closed"  # not started: nothing opened yet
    window.call_pop.receive(
        CallEvent(CALL, "+98 912 345 6789", "Maryam", call_id="early", at=datetime.now(UTC))
    )
    assert window.form.call_id() == "early"  # the incident for the call has begun
    window.start()  # the database opens; the waiting lookup runs
    qtbot.waitUntil(lambda: window.card.name.text() == "Maryam Rahimi")
    assert window.call_pop.notice is None or not window.call_pop.notice.isVisible()
