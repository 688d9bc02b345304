"""The callback queue's filter bar: owner, priority, category of the incident, age."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from agent_console.core import taxonomy
from agent_console.core.follow_up_rules import PRIORITIES
from agent_console.store.lead_records import AgentChoice, QueueFilter
from agent_console.ui.formatting import choice_label

UNOWNED = "unowned"


class QueueFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = self._combo("queueOwner", [(self.tr("Anyone"), None)])
        self.owner.addItem(self.tr("Not taken (team)"), UNOWNED)
        self.priority = self._combo(
            "queuePriority",
            [(self.tr("Any"), None)]
            + [(choice_label(PRIORITIES, c.code), int(c.code)) for c in PRIORITIES],
        )
        self.category = self._combo(
            "queueCategory",
            [(self.tr("Any"), None)]
            + [(choice_label(taxonomy.CATEGORIES, c.code), c.code) for c in taxonomy.CATEGORIES],
        )
        self.age = self._combo(
            "queueAge",
            [
                (self.tr("Any age"), 0),
                (self.tr("Flagged 1+ day ago"), 1),
                (self.tr("Flagged 3+ days ago"), 3),
                (self.tr("Flagged 7+ days ago"), 7),
                (self.tr("Flagged 30+ days ago"), 30),
            ],
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, combo in (
            (self.tr("&Owner:"), self.owner),
            (self.tr("&Priority:"), self.priority),
            (self.tr("C&ategory:"), self.category),
            (self.tr("A&ge:"), self.age),
        ):
            label = QLabel(title, self)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo)
        layout.addStretch(1)

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def set_agents(self, agents: list[AgentChoice]) -> None:
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        while self.owner.count() > 2:
            self.owner.removeItem(2)
        for agent in agents:
            self.owner.addItem(agent.display_name, str(agent.id))
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self.owner.blockSignals(False)

    def value(self) -> QueueFilter:
        owner = self.owner.currentData()
        return QueueFilter(
            owner_id=None if owner in (None, UNOWNED) else uuid.UUID(owner),
            unowned_only=owner == UNOWNED,
            priority=self.priority.currentData(),
            category=self.category.currentData(),
            min_age_days=int(self.age.currentData() or 0),
        )
