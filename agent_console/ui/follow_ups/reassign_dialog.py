"""Giving a follow-up to another agent, or back to the whole team."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from agent_console.store.lead_records import AgentChoice
from agent_console.store.records import FollowUpRow
from agent_console.ui.follow_ups.front import free_size


class ReassignDialog(QDialog):
    def __init__(
        self, row: FollowUpRow, agents: list[AgentChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reassignDialog")
        self.setWindowTitle(self.tr("Reassign follow-up: {0}").format(row.caller_name))
        self.chosen: tuple[uuid.UUID | None, str] | None = None
        self.owner = QComboBox(self)
        self.owner.setObjectName("reassignOwner")
        self.owner.addItem(self.tr("Anyone on the team"), None)
        for agent in agents:
            self.owner.addItem(agent.display_name, str(agent.id))
        if row.owner_id is not None:
            self.owner.setCurrentIndex(max(0, self.owner.findData(str(row.owner_id))))
        label = QLabel(self.tr("&Give it to:"), self)
        label.setBuddy(self.owner)
        buttons = QDialogButtonBox(self)
        save = buttons.addButton(self.tr("&Reassign"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("reassignSave")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        reason = QLabel(row.reason, self)
        reason.setWordWrap(True)
        layout.addWidget(reason)
        layout.addWidget(label)
        layout.addWidget(self.owner)
        layout.addWidget(buttons)
        free_size(layout)

    def _choose(self) -> None:
        owner = self.owner.currentData()
        self.chosen = (None if owner is None else uuid.UUID(owner), self.owner.currentText())
        self.accept()
