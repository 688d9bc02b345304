"""The window at launch: its frame on screen at once, the panes right after its first paint."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import SyncRunner
from agent_console.ui.services import build_services


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_frame_first_then_panes_with_the_search_box_focused(
    qtbot: QtBot, demo_options: AppOptions, sync_runner: SyncRunner
) -> None:
    window = MainWindow(build_services(demo_options, sync_runner), staged=True)
    qtbot.addWidget(window)
    # The frame: menus, status bar and size, and a word on what is happening; no panes yet.
    assert _menu_titles(window) == ["&Call", "&View", "&Guidance", "&Help"]
    placeholder = window.centralWidget()
    opening = window.findChild(QLabel, "openingPlaceholder")
    assert opening is not None and opening.text() == "Opening the database…"
    assert window.status_line.database.text() == "Opening the database…"
    assert (window.width(), window.height()) == (1400, 860)
    assert not window.is_ready and not hasattr(window, "search")

    calls: list[str] = []

    def then() -> None:
        calls.append("then")
        window.search.focus_box()

    window.build_panes_after_paint(then)
    with qtbot.waitSignal(window.ready):
        window.show()
    qtbot.waitUntil(lambda: calls == ["then"])
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.box)
    window.start()
    QTest.keyClicks(window.search.box, "Hassan")
    assert window.search.box.text() == "Hassan"
    # The placeholder menus made way for the real ones, each once and in the same places.
    assert _menu_titles(window)[:4] == ["&Call", "&View", "&Guidance", "&Help"]
    assert _menu_titles(window).count("&Call") == 1
    call_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Call")
    assert isinstance(call_menu, QMenu)
    assert "findCaller" in [a.objectName() for a in call_menu.actions()]
    assert window.centralWidget() is not placeholder
    window.finish_building()  # a second time (e.g. a call event): nothing more happens
    assert calls == ["then"]


def test_a_staged_window_is_built_when_asked_before_its_paint(
    qtbot: QtBot, demo_options: AppOptions, sync_runner: SyncRunner
) -> None:
    """A call event can arrive before the first paint: the panes are built there and then."""
    window = MainWindow(build_services(demo_options, sync_runner), staged=True)
    qtbot.addWidget(window)
    built: list[bool] = []
    window.build_panes_after_paint(lambda: built.append(True))
    window.finish_building()
    assert window.is_ready and built == [True]
    assert window.search.box.isEnabled()


def test_the_launch_path_leaves_the_database_and_panes_for_later() -> None:
    """What the window's frame needs to appear: no SQLAlchemy, store, panes or commands."""
    code = (
        "import sys\n"
        "from agent_console import cli\n"
        "from agent_console.ui import app\n"
        "args = cli.parse_args(['--lang', 'fa', '--data-dir', 'x'])\n"
        "assert args.command is None and args.lang == 'fa'\n"
        "heavy = ['sqlalchemy', 'agent_console.store.database', 'agent_console.commands.db',\n"
        "         'agent_console.ui.widgets.history_pane', 'agent_console.ui.guidance.controller']\n"
        "print([m for m in heavy if m in sys.modules])\n"
        "print(cli.parse_args(['config', 'show']).command)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.splitlines() == ["[]", "config"]
