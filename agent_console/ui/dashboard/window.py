"""The KPI dashboard window: pick a period and whose figures, read them, click through, export.

The rows are fetched and the figures computed in the runner; the window only shows the result.
An answer for an older choice of period or person is dropped, so the board never mixes two.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.changes import Changes
from agent_console.core.kpi_breakdown import Dashboard, build_dashboard, last_days
from agent_console.ui.dashboard.board import DashboardBoard
from agent_console.ui.dashboard.incident_list import IncidentListDialog
from agent_console.ui.failures import user_message
from agent_console.ui.transfer.export_actions import ExportActions

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.store.kpi_source import KpiAgent, KpiFilter
    from agent_console.ui.services import ConsoleServices

PERIODS = (7, 30, 90)
DEFAULT_PERIOD = 30


class DashboardWindow(QWidget):
    loaded = Signal()  # a new board is on screen
    exported = Signal(str)  # what was written, for the status line

    def __init__(self, services: ConsoleServices, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("kpiDashboard")
        self.setWindowTitle(self.tr("KPI dashboard — Agent Console"))
        self.services = services
        self.dashboard: Dashboard | None = None
        self.incident_list: IncidentListDialog | None = None
        self._generation = 0
        self.period = QComboBox(self)
        self.period.setObjectName("dashboardPeriod")
        for days in PERIODS:
            self.period.addItem(self.tr("Last %n day(s)", "", days), days)
        self.period.setCurrentIndex(PERIODS.index(DEFAULT_PERIOD))
        self.whose = QComboBox(self)
        self.whose.setObjectName("dashboardWhose")
        self.whose.addItem(self.tr("Everyone"), None)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.export_incidents_button = QPushButton(self.tr("Export &incidents (CSV)…"), self)
        self.export_follow_ups_button = QPushButton(self.tr("Export &follow-ups (CSV)…"), self)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")
        self.status.setWordWrap(True)
        self.board = DashboardBoard(self, services.formats)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        self._lay_out(scroll)
        self.period.currentIndexChanged.connect(self.reload)
        self.whose.currentIndexChanged.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        self.board.picked.connect(self.open_incidents)
        services.hub.changed.connect(self._on_changed)
        self.exports = ExportActions(self)
        self.export_incidents_button.clicked.connect(lambda: self.exports.incidents())
        self.export_follow_ups_button.clicked.connect(lambda: self.exports.follow_ups())
        self.pdf_button.clicked.connect(lambda: self.exports.pdf())
        self.resize(1280, 900)

    def _lay_out(self, scroll: QScrollArea) -> None:
        bar = QHBoxLayout()
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period)
        whose_label = QLabel(self.tr("&Whose:"), self)
        whose_label.setBuddy(self.whose)
        for widget in (period_label, self.period, whose_label, self.whose, self.refresh_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (
            self.export_incidents_button,
            self.export_follow_ups_button,
            self.pdf_button,
        ):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        # Size hints change as figures arrive; a platform that cannot take new ones only warns.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    # -- what is shown ------------------------------------------------------------------------
    @property
    def days(self) -> int:
        return int(self.period.currentData())

    def who(self) -> KpiFilter:
        from agent_console.store.kpi_source import KpiFilter

        chosen = self.whose.currentData()
        if isinstance(chosen, uuid.UUID):
            return KpiFilter(agent_id=chosen)
        if isinstance(chosen, str):
            return KpiFilter(team=chosen)
        return KpiFilter()

    def period_bounds(self, now: datetime | None = None) -> tuple[datetime, datetime]:
        return last_days(self.days, now or self.services.clock())

    def start(self) -> None:
        """Fill the list of agents and teams, then the board."""

        def op(session: Session) -> tuple[list[KpiAgent], list[str]]:
            from agent_console.store.kpi_source import kpi_choices

            return kpi_choices(session)

        self.services.data.run(op, self._fill_whose, self._failed_for(self._generation))
        self.reload()

    def _fill_whose(self, choices: tuple[Sequence[KpiAgent], Sequence[str]]) -> None:
        agents, teams = choices
        self.whose.blockSignals(True)
        for team in teams:
            self.whose.addItem(self.tr("Team: {0}").format(team), team)
        for agent in agents:
            self.whose.addItem(agent.name, agent.id)
        self.whose.blockSignals(False)

    def reload(self) -> None:
        self._generation += 1
        generation, who = self._generation, self.who()
        now = self.services.clock()
        start, end = self.period_bounds(now)
        self.status.setText(self.tr("Loading the figures…"))

        def op(session: Session) -> Dashboard:
            from agent_console.store.kpi_source import kpi_rows

            rows = kpi_rows(session, start, end, who)
            return build_dashboard(rows.incidents, rows.follow_ups, start, end, now, None)

        self.services.data.run(
            op, lambda d: self._show(generation, d), self._failed_for(generation)
        )

    def _on_changed(self, changes: Changes) -> None:
        """A call or follow-up was saved (here or, through the change feed, elsewhere)."""
        if self.isVisible() and (changes.incidents or changes.follow_ups or changes.histories):
            self.reload()

    def _show(self, generation: int, board: Dashboard) -> None:
        if generation != self._generation:
            return
        self.dashboard = board
        self.board.show_dashboard(board)
        self.status.setText(self.period_text(board))
        self.loaded.emit()

    def _failed_for(self, generation: int) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.status.setText(
                    self.tr("The figures could not be loaded: {0}").format(user_message(exc))
                )

        return failed

    # -- click-through ----------------------------------------------------------------------
    def open_incidents(self, title: str, ids: Sequence[uuid.UUID]) -> IncidentListDialog:
        if self.incident_list is not None:
            self.incident_list.close()
            self.incident_list.deleteLater()
        dialog = IncidentListDialog(self.services.data, title, ids, self, self.services.formats)
        self.incident_list = dialog
        dialog.open()
        return dialog

    def period_text(self, board: Dashboard) -> str:
        """ "3 Nov – 2 Dec · Everyone · 98 incidents", for the status line and the PDF."""
        first, last = board.per_day[0][0], board.per_day[-1][0]
        return self.tr("{0} – {1} · {2} · %n incident(s)", "", board.overall.incidents.count).format(
            self.board.day_label(first), self.board.day_label(last), self.whose.currentText(),
        )  # fmt: skip

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def default_file(self, what: str, suffix: str) -> Path:
        start, end = self.period_bounds()
        return Path.home() / f"{what}-{start:%Y-%m-%d}-{end:%Y-%m-%d}.{suffix}"
