"""Starting the console window: language, fonts and the window's frame; the rest after its paint."""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from agent_console.ui.fonts import load_bundled_fonts
from agent_console.ui.i18n import choose_language, install_translations

if TYPE_CHECKING:
    from agent_console.core.options import AppOptions
    from agent_console.ui.main_window import MainWindow
    from agent_console.ui.runner import OperationRunner

log = logging.getLogger(__name__)


def _log_unhandled(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A bug in a slot: log it with its traceback and keep the window up."""
    log.error("unhandled error in the interface", exc_info=(kind, exc, tb))


def prepare_application(options: AppOptions) -> tuple[QApplication, str]:
    """The QApplication with its language, direction and fonts, before any window is built."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Agent Console")
    app.setApplicationDisplayName("Agent Console")
    load_bundled_fonts()
    language = choose_language(options.lang)
    install_translations(app, language)
    return app, language


def build_window(options: AppOptions, runner: OperationRunner) -> MainWindow:
    """A whole window at once (screenshots, tests), with services on ``runner``."""
    from agent_console.ui.main_window import MainWindow
    from agent_console.ui.services import build_services

    return MainWindow(build_services(options, runner))


def _new_runner() -> OperationRunner:
    from agent_console.ui.runner import OperationRunner

    return OperationRunner()


def run_gui(options: AppOptions) -> int:
    app, language = prepare_application(options)
    sys.excepthook = _log_unhandled
    from agent_console.config import config_paths
    from agent_console.ui.console_session import ConsoleSession
    from agent_console.ui.window_start import StagedStart

    # The window is rebuilt when the agent changes language in Settings: always use session.window.
    session = ConsoleSession(app, options, _new_runner, config_paths().user, staged=True)
    start = StagedStart(session.window, options.data_dir, lambda: _close(app, session.window))
    start.begin()
    log.info("window shown (language %s, data dir %s)", language, options.data_dir)
    try:
        return app.exec()
    finally:
        start.end()
        session.shutdown()


def _close(app: QApplication, window: MainWindow) -> None:
    window.close()  # saves the draft and closes the database, as Ctrl+Q does
    app.quit()  # even if a dialog is still open
