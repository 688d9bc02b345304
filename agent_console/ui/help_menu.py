"""Help: copy the diagnostics a support ticket needs (versions, settings, recent log lines)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QGuiApplication

if TYPE_CHECKING:
    from agent_console.ui.main_window import MainWindow


def install_help_menu(window: MainWindow) -> QAction:
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    action = QAction(QCoreApplication.translate("MainWindow", "Copy &diagnostics"), window)
    action.setObjectName("copyDiagnostics")
    action.triggered.connect(lambda _checked=False: copy_diagnostics(window))
    help_menu.addAction(action)
    return action


def copy_diagnostics(window: MainWindow) -> None:
    """Collect in the runner (it reads the log files), then put the text on the clipboard."""
    from agent_console.diagnostics import diagnostics_text

    options = window.services.options

    def done(text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        window.status_line.showMessage(
            QCoreApplication.translate(
                "MainWindow", "Diagnostics copied: paste them into the support ticket."
            ),
            8000,
        )

    window.services.runner.run(lambda: diagnostics_text(options), done)
