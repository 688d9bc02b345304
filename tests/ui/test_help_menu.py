"""Help ▸ Copy diagnostics puts a support-ready text on the clipboard, with no secrets."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from agent_console.ui.main_window import MainWindow


def test_copy_diagnostics_fills_the_clipboard_without_passwords(
    qtbot: QtBot, window: MainWindow
) -> None:
    from agent_console.applog import setup_logging

    setup_logging(window.services.options.log_dir)
    logging.getLogger("agent_console.test").warning(
        "connecting to postgresql+psycopg://sara:Secret-123@db/console"
    )
    QGuiApplication.clipboard().clear()
    window.actions_by_name["copy_diagnostics"].trigger()
    qtbot.waitUntil(lambda: "Agent Console" in QGuiApplication.clipboard().text(), timeout=10_000)
    text = QGuiApplication.clipboard().text()
    assert "Python" in text and "Qt" in text
    assert "connecting to postgresql+psycopg://sara:" in text  # the log line is there...
    assert "Secret-123" not in text  # ...with its password masked
    for handler in logging.getLogger().handlers[:]:
        if handler.get_name() == "agent-console-file":
            logging.getLogger().removeHandler(handler)
            handler.close()
