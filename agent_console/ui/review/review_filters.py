"""The review search bar: words in any language, then dates, agent, category, outcome, mood."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from agent_console.core import taxonomy
from agent_console.store.lead_records import AgentChoice, ReviewFilter
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.follow_ups.time_text import agent_zone
from agent_console.ui.form.fields import ControlCharGuard
from agent_console.ui.formatting import choice_label
from agent_console.ui.widgets.digit_keys import accept_native_digits


class ReviewFilters(QWidget):
    search_requested = Signal()

    def __init__(self, parent: QWidget | None = None, formats: DisplayFormat | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self.text = QLineEdit(self)
        self.text.setObjectName("reviewText")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(
            self.tr("Words from summaries and notes, in any language (all must appear)")
        )
        ControlCharGuard(self.text)
        self.search_button = QPushButton(self.tr("&Search"), self)
        self.search_button.setObjectName("reviewSearch")
        self.clear_button = QPushButton(self.tr("Clear &filters"), self)
        self.clear_button.setObjectName("reviewClear")
        self.use_from, self.date_from = self._date("reviewFrom", self.tr("F&rom"), -30)
        self.use_to, self.date_to = self._date("reviewTo", self.tr("&To"), 0)
        self.agent = self._combo("reviewAgent", [])
        self.category = self._combo(
            "reviewCategory",
            [(choice_label(taxonomy.CATEGORIES, c.code), c.code) for c in taxonomy.CATEGORIES],
        )
        self.outcome = self._combo(
            "reviewOutcome",
            [(choice_label(taxonomy.OUTCOMES, c.code), c.code) for c in taxonomy.OUTCOMES],
        )
        self.escalated = self._combo(
            "reviewEscalated", [(self.tr("Escalated"), True), (self.tr("Not escalated"), False)]
        )
        moods = [(choice_label(taxonomy.MOODS, c.code), int(c.code)) for c in taxonomy.MOODS]
        self.mood_start = self._combo("reviewMoodStart", moods)
        self.mood_end = self._combo("reviewMoodEnd", moods)
        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(self.search_button)
        top.addWidget(self.clear_button)
        grid = QGridLayout()
        cells = [
            (self.tr("&Agent:"), self.agent),
            (self.tr("&Category:"), self.category),
            (self.tr("&Outcome:"), self.outcome),
            (self.tr("Escalat&ed:"), self.escalated),
            (self.tr("Mood at st&art:"), self.mood_start),
            (self.tr("Mood at en&d:"), self.mood_end),
        ]
        for n, (title, combo) in enumerate(cells):
            label = QLabel(title, self)
            label.setBuddy(combo)
            grid.addWidget(label, n // 3, (n % 3) * 2)
            grid.addWidget(combo, n // 3, (n % 3) * 2 + 1)
        dates = QHBoxLayout()
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            dates.addWidget(check)
            dates.addWidget(edit)
        dates.addStretch(1)
        grid.addLayout(dates, 2, 0, 1, 6)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 0, 0)
        layout.addLayout(grid, 1, 0)
        self.text.returnPressed.connect(self.search_requested)
        self.search_button.clicked.connect(self.search_requested)
        self.clear_button.clicked.connect(self.clear)

    def _combo(self, name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(self.tr("Any"), None)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self.search_requested.emit())
        return combo

    def _date(self, name: str, title: str, days: int) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(title, self)
        check.setObjectName(f"{name}Use")
        edit = QDateEdit(QDate.currentDate().addDays(days), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        if self._formats is not None:
            self._formats.use_in(edit)  # Solar Hijri when the agent reads dates that way
        accept_native_digits(edit)
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(lambda _on: self.search_requested.emit())
        edit.dateChanged.connect(lambda _d: self._date_changed(check))
        return check, edit

    def _date_changed(self, check: QCheckBox) -> None:
        if check.isChecked():
            self.search_requested.emit()

    def set_agents(self, agents: list[AgentChoice]) -> None:
        self.agent.blockSignals(True)
        while self.agent.count() > 1:
            self.agent.removeItem(1)
        for agent in agents:
            self.agent.addItem(agent.display_name, str(agent.id))
        self.agent.blockSignals(False)

    def choose(self, combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def clear(self) -> None:
        """Every filter back to "any" and the words cleared; one search afterwards."""
        combos = (self.agent, self.category, self.outcome, self.escalated)
        for widget in (*combos, self.mood_start, self.mood_end, self.use_from, self.use_to):
            widget.blockSignals(True)
        for combo in (*combos, self.mood_start, self.mood_end):
            combo.setCurrentIndex(0)
        for check in (self.use_from, self.use_to):
            check.setChecked(False)
        for widget in (*combos, self.mood_start, self.mood_end, self.use_from, self.use_to):
            widget.blockSignals(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.text.clear()
        self.search_requested.emit()

    def value(self) -> ReviewFilter:
        agent = self.agent.currentData()
        return ReviewFilter(
            text=self.text.text(),
            started_from=_day_start(self.date_from.date()) if self.use_from.isChecked() else None,
            started_before=(
                _day_start(self.date_to.date()) + timedelta(days=1)
                if self.use_to.isChecked()
                else None
            ),
            agent_id=uuid.UUID(agent) if agent else None,
            category=self.category.currentData(),
            outcome=self.outcome.currentData(),
            escalated=self.escalated.currentData(),
            mood_start=self.mood_start.currentData(),
            mood_end=self.mood_end.currentData(),
        )


def _day_start(day: QDate) -> datetime:
    """Midnight at the start of ``day`` on the lead's own clock, in UTC."""
    local = datetime(day.year(), day.month(), day.day(), tzinfo=agent_zone())
    return local.astimezone(UTC)
