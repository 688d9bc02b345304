"""The Team lead menu's reports: the KPI dashboard (Ctrl+Shift+D) and CSV import (Ctrl+Shift+I).

Each window is made on first use (QtCharts loads then, not at start) and reused after. The
actions are enabled for team leads and admins once the database says who is signed in; the
database's own grants are what really keeps the data in bounds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from agent_console.store.records import AgentRef

if TYPE_CHECKING:
    from agent_console.ui.dashboard.window import DashboardWindow
    from agent_console.ui.main_window import MainWindow
    from agent_console.ui.transfer.import_dialog import ImportDialog

LEAD_ROLES = frozenset({"lead", "admin"})


def bring_forward(window: QWidget) -> None:
    window.show()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # no stacking there
        window.raise_()
    window.activateWindow()


class LeadReports(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dashboard: DashboardWindow | None = None
        self.import_dialog: ImportDialog | None = None
        self.actions: list[QAction] = []
        self.agent: AgentRef | None = None
        window.services.data.opened.connect(self._on_opened)

    def guard(self, *actions: QAction) -> None:
        """Enable ``actions`` only for leads and admins (from when the database is open)."""
        self.actions.extend(actions)
        for action in actions:
            action.setEnabled(self.is_lead)

    @property
    def is_lead(self) -> bool:
        return self.agent is not None and self.agent.role in LEAD_ROLES

    def _on_opened(self, agent: AgentRef) -> None:
        self.agent = agent
        for action in self.actions:
            action.setEnabled(self.is_lead)

    def _lead_only(self) -> bool:
        if not self.is_lead:
            self.window.status_line.showMessage(
                self.tr("Reports and imports are for team leads."), 8000
            )
        return self.is_lead

    def open_dashboard(self) -> DashboardWindow | None:
        if not self._lead_only():
            return None
        if self.dashboard is None:
            from agent_console.ui.dashboard.window import DashboardWindow

            self.dashboard = DashboardWindow(self.window.services, self.window)
            self.dashboard.start()
        else:
            self.dashboard.reload()
        bring_forward(self.dashboard)
        return self.dashboard

    def open_import(self) -> ImportDialog | None:
        if not self._lead_only():
            return None
        if self.import_dialog is None:
            from agent_console.ui.transfer.import_dialog import ImportDialog

            self.import_dialog = ImportDialog(self.window.services, self.window)
        bring_forward(self.import_dialog)
        return self.import_dialog
