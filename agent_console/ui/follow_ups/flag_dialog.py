"""Flagging the caller for a follow-up from the call: when, why, how urgent, and whose it is.

A flag is separate from the incident's outcome: it stays open until a person closes it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.changes import Changes
from agent_console.core.follow_up_rules import DEFAULT_PRIORITY, PRIORITIES, SCOPES
from agent_console.core.follow_up_time import caller_zone, is_past
from agent_console.store.lead_records import AgentChoice
from agent_console.store.records import CallerSummary, IncidentRow, NewFollowUp
from agent_console.ui.changes_hub import ChangesHub
from agent_console.ui.data_access import DataAccess
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.failures import user_message
from agent_console.ui.follow_ups.due_picker import DuePicker
from agent_console.ui.follow_ups.front import free_size
from agent_console.ui.follow_ups.time_text import zoned_text
from agent_console.ui.form.fields import ChoiceCombo, ControlCharGuard
from agent_console.ui.form.rows import FieldRow, build_rows
from agent_console.ui.formatting import choice_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.store.writer import Writer


class FlagDialog(QDialog):
    flagged = Signal(object)  # NewFollowUp

    def __init__(
        self,
        data: DataAccess,
        hub: ChangesHub,
        clock: Callable[[], datetime],
        caller: CallerSummary,
        incident: IncidentRow | None,
        parent: QWidget | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("flagDialog")
        self.setWindowTitle(self.tr("Flag for follow-up"))
        self._data, self._hub, self._clock = data, hub, clock
        self._caller, self._incident = caller, incident
        self._new_id = NewFollowUp(caller.id, clock(), "").id  # one id: saving twice keeps one
        self.caller_label = QLabel(caller.name, self)
        self.caller_label.setObjectName("flagCaller")
        self.when = DuePicker(clock, caller_zone(caller.phones), self, formats=formats)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("flagReason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("What to check or tell the caller"))
        ControlCharGuard(self.reason)
        self.priority = ChoiceCombo(PRIORITIES, None, self)
        self.priority.setObjectName("flagPriority")
        self.priority.set_code(DEFAULT_PRIORITY)
        self.whose = self._whose_buttons()
        self.agent = QComboBox(self)
        self.agent.setObjectName("flagAgent")
        self.agent.setEnabled(False)
        self.link = QCheckBox(self)
        self.link.setObjectName("flagLink")
        self._set_link_text()
        self.message = QLabel(self)
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        whose_row = QWidget(self)
        whose_layout = QVBoxLayout(whose_row)
        whose_layout.setContentsMargins(0, 0, 0, 0)
        for button in self.whose.buttons():
            whose_layout.addWidget(button)
        whose_layout.addWidget(self.agent)
        form, self.messages = build_rows(
            self,
            [
                FieldRow("caller", self.tr("Caller:"), self.caller_label),
                FieldRow("due", self.tr("&When:"), self.when),
                FieldRow("reason", self.tr("&Why:"), self.reason),
                FieldRow("priority", self.tr("&Priority:"), self.priority),
                FieldRow("whose", self.tr("W&hose:"), whose_row, focus=self.whose.buttons()[0]),
            ],
        )
        buttons = QDialogButtonBox(self)
        self.save = buttons.addButton(self.tr("&Flag"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("flagSave")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.link)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        free_size(layout)
        self.whose.buttonToggled.connect(lambda *_: self.agent.setEnabled(self.scope() == "agent"))
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        self._load_agents()

    def _whose_buttons(self) -> QButtonGroup:
        group = QButtonGroup(self)
        for choice in SCOPES:
            button = QRadioButton(choice_label(SCOPES, choice.code), self)
            button.setObjectName(f"whose_{choice.code}")
            button.setProperty("scope", choice.code)
            group.addButton(button)
        group.buttons()[1].setChecked(True)  # anyone on the team: the caller is not kept waiting
        return group

    def _set_link_text(self) -> None:
        incident = self._incident
        if incident is None:
            self.link.setText(self.tr("Not linked to an incident (none saved for this call yet)"))
            self.link.setChecked(False)
            self.link.setEnabled(False)
            return
        self.link.setText(
            self.tr("Link to the incident of {0}: {1}").format(
                zoned_text(incident.started_at, self.when.mine), incident.summary
            )
        )
        self.link.setChecked(True)

    def _load_agents(self) -> None:
        def op(session: Session) -> list[AgentChoice]:
            from agent_console.store.follow_up_queries import active_agents

            return active_agents(session)

        self._data.run(op, self._show_agents, lambda e: None)

    def _show_agents(self, agents: list[AgentChoice]) -> None:
        self.agent.clear()
        for agent in agents:
            self.agent.addItem(agent.display_name, str(agent.id))

    def scope(self) -> str:
        checked = self.whose.checkedButton()
        return str(checked.property("scope")) if checked is not None else "team"

    def choose_agent(self, login_or_name: str) -> None:
        self.whose.buttons()[2].setChecked(True)
        self.agent.setCurrentIndex(self.agent.findText(login_or_name))

    # -- saving ---------------------------------------------------------------------------
    def submit(self) -> None:
        for message in self.messages.values():
            message.show_message("")
        self.message.hide()
        due, now = self.when.due(), self._clock()
        problems = False
        if is_past(due, now):
            self.messages["due"].show_message(
                self.tr(
                    "That time has already passed (it is now {0}). Choose a time from now on."
                ).format(zoned_text(now, self.when.mine))
            )
            problems = True
        reason = self.reason.text().strip()
        if not reason:
            self.messages["reason"].show_message(self.tr("Say why to call back."))
            problems = True
        scope = self.scope()
        chosen = self.agent.currentData() if scope == "agent" else None
        owner = uuid.UUID(chosen) if chosen else None
        if scope == "agent" and owner is None:
            self.messages["whose"].show_message(self.tr("Choose the agent who is to call back."))
            problems = True
        if problems:
            return
        new = NewFollowUp(
            caller_id=self._caller.id,
            due_at=due,
            reason=reason,
            incident_id=self._incident.id if self._incident and self.link.isChecked() else None,
            owner_id=owner,
            scope=scope,
            priority=self.priority.number() or DEFAULT_PRIORITY,
            id=self._new_id,
        )
        self.save.setEnabled(False)

        def op(writer: Writer) -> Changes:
            return writer.create_follow_up(new)

        self._data.write(op, lambda changes: self._saved(new, changes), self._failed)

    def _saved(self, new: NewFollowUp, changes: Changes) -> None:
        self._hub.publish(changes)
        self.flagged.emit(new)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save.setEnabled(True)
        self.message.setText(self.tr("The follow-up was NOT saved. {0}").format(user_message(exc)))
        self.message.show()
