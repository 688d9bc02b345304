"""The window at launch: its frame on screen at once, everything else right after its paint."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.ui.instance_address import may_be_listening, server_name
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import SyncRunner
from agent_console.ui.services import ConsoleServices, build_services
from agent_console.ui.window_start import StagedStart


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def _later(options: AppOptions, runner: SyncRunner, made: list[str]) -> Callable[[], ConsoleServices]:
    def make() -> ConsoleServices:
        made.append("services")
        return build_services(options, runner)

    return make


def test_the_frame_first_then_the_panes_the_address_and_the_database(
    qtbot: QtBot, demo_options: AppOptions, sync_runner: SyncRunner
) -> None:
    made: list[str] = []
    window = MainWindow(_later(demo_options, sync_runner, made), staged=True)
    qtbot.addWidget(window)
    # The frame: menus, status bar and size, and a word on what is happening; no panes yet,
    # and no services: they are made with the panes.
    assert _menu_titles(window) == ["&Call", "&View", "&Guidance", "&Help"]
    placeholder = window.centralWidget()
    opening = window.findChild(QLabel, "openingPlaceholder")
    assert opening is not None and opening.text() == "Opening the database…"
    assert window.status_line.database.text() == "Opening the database…"
    assert (window.width(), window.height()) == (1400, 860)
    assert not window.is_ready and not hasattr(window, "search") and made == []
    name = server_name(demo_options.data_dir)
    assert not may_be_listening(name)

    closed: list[bool] = []
    start = StagedStart(window, demo_options.data_dir, lambda: closed.append(True))
    with qtbot.waitSignal(window.ready):
        start.begin()
    try:
        assert made == ["services"]
        # Right after the paint, this console answers on its address for call events.
        assert start.server is not None and start.server.is_listening()
        assert may_be_listening(name)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.box)
        # The database opens once the search box has painted: the agent is named.
        qtbot.waitUntil(lambda: "Signed in" in window.status_line.agent.text())
        QTest.keyClicks(window.search.box, "Hassan")
        assert window.search.box.text() == "Hassan"
        # The placeholder menus made way for the real ones, each once and in the same places.
        assert _menu_titles(window)[:4] == ["&Call", "&View", "&Guidance", "&Help"]
        assert _menu_titles(window).count("&Call") == 1
        call_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Call")
        assert isinstance(call_menu, QMenu)
        assert "findCaller" in [a.objectName() for a in call_menu.actions()]
        assert window.centralWidget() is not placeholder
        window.finish_building()  # a second time: nothing more happens
        assert made == ["services"] and window.centralWidget() is not placeholder
    finally:
        start.end()
        start.server.close()
    assert closed == []


FIRST_CONSOLE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from agent_console.ui.single_instance import claim_instance

app = QCoreApplication([])
server = claim_instance(Path(sys.argv[1]))
assert server is not None and server.is_listening()

def heard(line):
    print(line.decode("utf-8").strip(), flush=True)
    QTimer.singleShot(200, app.quit)

server.set_handler(heard)
print("listening", flush=True)
app.exec()
"""


def test_a_console_that_lost_the_race_to_start_closes_its_frame(
    qtbot: QtBot, demo_options: AppOptions, sync_runner: SyncRunner
) -> None:
    """Two consoles started at the same moment: the second finds the first on the address
    once its frame is up, brings it forward and closes, without panes or a database."""
    with subprocess.Popen(
        [sys.executable, "-c", FIRST_CONSOLE, str(demo_options.data_dir)],
        stdout=subprocess.PIPE,
        text=True,
    ) as first:
        try:
            assert first.stdout is not None
            assert first.stdout.readline().strip() == "listening"
            made: list[str] = []
            window = MainWindow(_later(demo_options, sync_runner, made), staged=True)
            qtbot.addWidget(window)
            start = StagedStart(window, demo_options.data_dir, lambda: None)
            start.begin()
            qtbot.waitUntil(lambda: not window.isVisible())
            assert '"raise"' in first.stdout.readline()
            assert start.server is None and not window.is_ready and made == []
            start.end()
        finally:
            first.kill()


def test_closing_a_frame_before_its_panes_saves_nothing(
    qtbot: QtBot, demo_options: AppOptions, sync_runner: SyncRunner
) -> None:
    made: list[str] = []
    window = MainWindow(_later(demo_options, sync_runner, made), staged=True)
    qtbot.addWidget(window)
    window.show()
    window.close()
    window.finish_building()  # too late: the window is closing
    assert made == [] and not window.is_ready
    assert not demo_options.draft_path.exists()


@pytest.mark.skipif(os.name == "nt", reason="named pipes leave no file to look at")
def test_an_address_with_a_socket_file_may_have_a_console(tmp_path: Path) -> None:
    name = server_name(tmp_path / "data")
    path = Path(QDir.tempPath()) / name
    assert not may_be_listening(name)
    path.touch()  # a socket left by a crash looks the same: the start then asks and hears no one
    try:
        assert may_be_listening(name)
    finally:
        path.unlink()


def test_the_launch_path_leaves_the_database_and_panes_for_later() -> None:
    """What the window's frame needs to appear: no SQLAlchemy, store, panes, services,
    local server, rotating log or commands."""
    code = (
        "import sys\n"
        "from agent_console import cli\n"
        "from agent_console.ui import app, console_session, window_start\n"
        "args = cli.parse_args(['--lang', 'fa', '--data-dir', 'x'])\n"
        "assert args.command is None and args.lang == 'fa'\n"
        "heavy = ['sqlalchemy', 'agent_console.store.database', 'agent_console.commands.db',\n"
        "         'agent_console.ui.widgets.history_pane', 'agent_console.ui.guidance.controller',\n"
        "         'agent_console.ui.services', 'agent_console.ui.runner',\n"
        "         'agent_console.ui.settings_dialog', 'PySide6.QtNetwork', 'logging.handlers',\n"
        "         'tomllib', 'hashlib']\n"
        "print([m for m in heavy if m in sys.modules])\n"
        "print(cli.parse_args(['config', 'show']).command)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.splitlines() == ["[]", "config"]
