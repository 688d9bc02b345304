"""An Arabic (or Persian) agent who chose Latin digits in Settings sees them everywhere the
window writes a number: the notes counter, the mood gauge, the dashboard's cards and tables."""

from __future__ import annotations

import dataclasses

import pytest
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import SyncRunner
from agent_console.ui.services import build_services
from tests.ui.test_dashboard import open_dashboard

ARABIC_INDIC = set("٠١٢٣٤٥٦٧٨٩")
PERSIAN = set("۰۱۲۳۴۵۶۷۸۹")


def _window(qtbot: QtBot, options: AppOptions, runner: SyncRunner, digits: str) -> MainWindow:
    services = dataclasses.replace(
        build_services(options, runner), formats=DisplayFormat("ar", digits=digits)
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    return window


def _native(text: str) -> bool:
    return bool((ARABIC_INDIC | PERSIAN) & set(text))


@pytest.mark.parametrize("digits", ["latin", "native"])
def test_every_number_follows_the_digits_chosen(
    qtbot: QtBot, arabic: str, demo_options: AppOptions, sync_runner: SyncRunner, digits: str
) -> None:
    lead = dataclasses.replace(demo_options, act_as="dorlov")
    window = _window(qtbot, lead, sync_runner, digits)
    latin = digits == "latin"
    window.form.notes.setPlainText("المتصل غاضب جدا ويهدد بالشكوى")
    counter = window.form.notes_count.text()
    assert _native(counter) is not latin, counter
    gauge = window.guidance.phrasing_pane.mood
    qtbot.waitUntil(lambda: gauge.reading is not None)
    assert _native(gauge.bar.format()) is not latin, gauge.bar.format()

    dashboard = open_dashboard(qtbot, window)
    board = dashboard.board
    shown = [card.value.text() for card in board.cards.values() if card.value.text() != "—"]
    assert shown and all(_native(text) is not latin for text in shown), shown
    cell = board.agents.index(0, 2).data()  # the first agent's incident count
    assert _native(cell) is not latin, cell
