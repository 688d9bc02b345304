"""The caller's clock beside the agent's, where they differ (zone from the phone number)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import SyncRunner
from agent_console.ui.services import build_services
from tests.ui.test_call_flow import _find_maryam

NOW = datetime(2026, 3, 21, 13, 5, tzinfo=UTC)  # 14:05 in Berlin, 16:35 in Tehran


def _plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def _window(qtbot: QtBot, options: AppOptions, runner: SyncRunner, zone: str) -> MainWindow:
    services = dataclasses.replace(
        build_services(options, runner),
        formats=DisplayFormat("ru", zone=ZoneInfo(zone)),
        clock=lambda: NOW,
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start()
    return window


def test_agent_in_berlin_sees_the_tehran_callers_time(
    qtbot: QtBot, demo_options: AppOptions, sync_runner: SyncRunner
) -> None:
    window = _window(qtbot, demo_options, sync_runner, "Europe/Berlin")
    _find_maryam(qtbot, window)  # +98: Tehran
    card = window.card
    assert card.local_time.isVisible()
    # Russian formats (24-hour clock): the caller's zone is named in Russian, not "Tehran".
    assert _plain(card.local_time.text()) == "14:05 (caller 16:35 Иран, стандартное время)"
    # Her open follow-up's due time, in both clocks.
    model = window.follow_ups.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    due = _plain(model.index(0, 0).data())
    assert "(caller " in due and due.endswith(" Иран, стандартное время)")


def test_agent_in_tehran_sees_one_time(
    qtbot: QtBot, demo_options: AppOptions, sync_runner: SyncRunner
) -> None:
    window = _window(qtbot, demo_options, sync_runner, "Asia/Tehran")
    _find_maryam(qtbot, window)
    assert not window.card.local_time.isVisible()
    model = window.follow_ups.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    assert "caller" not in model.index(0, 0).data()
