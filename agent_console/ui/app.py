"""Starting the console window: language, runner, window on screen, then the database."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from agent_console.core.options import AppOptions
from agent_console.ui.fonts import load_bundled_fonts
from agent_console.ui.i18n import choose_language, install_translations
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import OperationRunner
from agent_console.ui.services import build_services
from agent_console.ui.single_instance import claim_instance
from agent_console.ui.termination import TerminationWatch

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
    return MainWindow(build_services(options, runner))


def run_gui(options: AppOptions) -> int:
    app, language = prepare_application(options)
    sys.excepthook = _log_unhandled
    server = claim_instance(options.data_dir)  # None: a console already runs here; it came forward
    if server is None:
        return 0
    runner = OperationRunner()
    window = build_window(options, runner)
    window.call_pop.attach(server)
    watch = TerminationWatch(lambda: _close(app, window))
    window.show()
    # The database opens in the runner once the window is on screen: the GUI never waits for it.
    QTimer.singleShot(0, window.start)
    log.info("window shown (language %s, data dir %s)", language, options.data_dir)
    try:
        return app.exec()
    finally:
        watch.restore()
        runner.shutdown()


def _close(app: QApplication, window: MainWindow) -> None:
    window.close()  # saves the draft and closes the database, as Ctrl+Q does
    app.quit()  # even if a dialog is still open
