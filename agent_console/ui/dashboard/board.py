"""The dashboard's content: headline cards, charts and the per-agent and per-team tables.

Everything here only shows a ``Dashboard`` computed elsewhere; every card, bar and table cell
emits ``picked(title, ids)`` with the incidents behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.kpi import Figure
from agent_console.core.kpi_breakdown import Dashboard
from agent_console.ui.dashboard import figure_text as text
from agent_console.ui.dashboard.agent_table import TEAM, GroupKpiModel
from agent_console.ui.dashboard.cards import FigureCard
from agent_console.ui.dashboard.charts import FigureChart, fill_bars, fill_weekly
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.widgets.user_text_delegate import UserTextDelegate

CARD_COLUMNS = 4


class DashboardBoard(QWidget):
    picked = Signal(str, object)  # title, tuple of incident ids

    def __init__(self, parent: QWidget | None = None, formats: DisplayFormat | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardBoard")
        self.formats = formats
        # Axis dates in the agent's calendar and digits (Solar Hijri in Persian, when chosen).
        self.day_label = formats.day_month if formats is not None else text.day_label
        self.cards = {
            name: FigureCard(name, title, hint, self)
            for name, title, hint in (
                ("incidents", self.tr("Incidents"), self.tr("Calls logged in the period")),
                ("fcr", self.tr("First-contact resolution"), self.tr("Resolved on the call, with no follow-up flagged")),
                ("resolution", self.tr("Average resolution"), self.tr("From the start of the call to its end")),
                ("p90", self.tr("90th percentile"), self.tr("9 calls in 10 took at most this long (nearest rank); opens the slowest")),
                ("satisfaction", self.tr("Satisfaction"), self.tr("Average score (1-5) given at closed follow-ups")),
                ("escalation", self.tr("Escalation rate"), self.tr("Calls escalated")),
                ("adherence", self.tr("Checklist adherence"), self.tr("Share of the required checklist steps ticked")),
                ("mood", self.tr("Mood change"), self.tr("Average steps calmer at the end of the call than at its start (1-5 scale)")),
            )
        }  # fmt: skip
        self.per_day = FigureChart("perDayChart", self.tr("Incidents per day"), self)
        self.satisfaction = FigureChart("satisfactionChart", self.tr("Satisfaction scores"), self)
        self.follow_ups = FigureChart(
            "followUpsChart", self.tr("Follow-ups due in the period"), self
        )
        self.categories = FigureChart(
            "categoriesChart", self.tr("Top categories per week (weeks from Monday)"), self
        )
        self.root_causes = FigureChart(
            "rootCausesChart", self.tr("Top root causes per week (weeks from Monday)"), self
        )
        self.agents = GroupKpiModel(parent=self, formats=formats)
        self.teams = GroupKpiModel(teams=True, parent=self, formats=formats)
        self.agent_view = self._table("agentTable", self.agents)
        self.team_view = self._table("teamTable", self.teams)
        self.team_view.setColumnHidden(TEAM, True)
        self.tables = QTabWidget(self)
        self.tables.setObjectName("groupTabs")
        self.tables.addTab(self.agent_view, self.tr("Per agent"))
        self.tables.addTab(self.team_view, self.tr("Per team"))
        self.tables.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._lay_out()
        for card in self.cards.values():
            card.picked.connect(self.picked)
        for chart in self.charts():
            chart.picked.connect(self.picked)

    def charts(self) -> list[FigureChart]:
        return [self.per_day, self.satisfaction, self.follow_ups, self.categories, self.root_causes]

    def _table(self, name: str, model: GroupKpiModel) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setItemDelegate(UserTextDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        view.activated.connect(lambda index: self._cell_picked(model, index))
        view.clicked.connect(lambda index: self._cell_picked(model, index))
        return view

    def _cell_picked(self, model: GroupKpiModel, index: QModelIndex) -> None:
        figure = model.figure(index)
        if figure is not None:
            self.picked.emit(model.title(index), figure.ids)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        cards = QGridLayout()
        for n, card in enumerate(self.cards.values()):
            cards.addWidget(card, n // CARD_COLUMNS, n % CARD_COLUMNS)
        layout.addLayout(cards)
        charts = QGridLayout()
        charts.addWidget(self.per_day, 0, 0, 1, 2)
        charts.addWidget(self.satisfaction, 1, 0)
        charts.addWidget(self.follow_ups, 1, 1)
        charts.addWidget(self.categories, 2, 0)
        charts.addWidget(self.root_causes, 2, 1)
        layout.addLayout(charts)
        layout.addWidget(self.tables)
        layout.addStretch(1)

    def show_dashboard(self, board: Dashboard) -> None:
        s = board.overall
        n = s.incidents.count

        def of(figure: Figure, what: str) -> str:
            return self.tr("of {0} {1}").format(text.number(figure.count, 0, self.formats), what)

        calls = self.tr("calls")
        self._card(
            "incidents",
            text.count(s.incidents, self.formats),
            self.tr("{0} a day on average").format(
                text.number(n / max(1, len(board.per_day)), 1, self.formats)
            ),
            s.incidents,
        )
        self._card(
            "fcr",
            text.percent(s.first_contact_resolution, self.formats),
            of(s.first_contact_resolution, calls),
            s.first_contact_resolution,
        )
        self._card(
            "resolution",
            text.minutes(s.resolution_minutes_avg, self.formats),
            of(s.resolution_minutes_avg, self.tr("timed calls")),
            s.resolution_minutes_avg,
        )
        self._card(
            "p90",
            text.minutes(s.resolution_minutes_p90, self.formats),
            of(s.resolution_minutes_p90, self.tr("timed calls")),
            s.resolution_minutes_p90,
        )
        self._card(
            "satisfaction",
            text.score(s.satisfaction_avg, self.formats),
            of(s.satisfaction_avg, self.tr("scores")),
            s.satisfaction_avg,
        )
        self._card(
            "escalation",
            text.percent(s.escalation_rate, self.formats),
            of(s.escalation_rate, calls),
            s.escalation_rate,
        )
        self._card(
            "adherence",
            text.percent(s.checklist_adherence, self.formats),
            of(s.checklist_adherence, self.tr("checklists")),
            s.checklist_adherence,
        )
        self._card("mood", text.signed(s.mood_improvement, self.formats), of(s.mood_improvement, calls), s.mood_improvement)  # fmt: skip
        days = [self.day_label(day) for day, _ in board.per_day]
        fill_bars(
            self.per_day, days, [f for _, f in board.per_day], "", self.tr("incidents that day")
        )
        scores = [text.number(n, 0, self.formats) for n in range(1, 6)]
        fill_bars(
            self.satisfaction, scores, s.satisfaction_scores, "", self.tr("satisfaction score")
        )
        f = s.follow_ups
        timeliness = [
            self.tr("On time"),
            self.tr("Late"),
            self.tr("Overdue"),
            self.tr("Not yet due"),
        ]
        fill_bars(
            self.follow_ups,
            timeliness,
            [f.on_time, f.late, f.overdue, f.upcoming],
            "",
            self.tr("follow-ups"),
        )
        fill_weekly(self.categories, board.categories, self.day_label, text.category_name)
        fill_weekly(self.root_causes, board.root_causes, self.day_label, text.root_cause_name)
        self.agents.set_groups(board.per_agent)
        self.teams.set_groups(board.per_team)
        for view in (self.agent_view, self.team_view):
            _fit_rows(view)

    def _card(self, name: str, value: str, caption: str, figure: Figure) -> None:
        self.cards[name].show_figure(value, caption, figure)


def _fit_rows(view: QTableView) -> None:
    """Tall enough for every row (a handful of agents or teams), so the page scrolls, not the table."""
    view.resizeColumnsToContents()
    rows = view.model().rowCount()
    row_height = view.rowHeight(0) if rows else view.verticalHeader().defaultSectionSize()
    header = view.horizontalHeader().sizeHint().height()
    view.setFixedHeight(header + max(rows, 2) * row_height + 2 * view.frameWidth() + 2)
