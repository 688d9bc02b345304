"""Completing a follow-up: how the call-back went, the caller's score from 1 to 5, and a note.

"No answer" (or a message left) offers to try again: the same follow-up then stays open with
a new due time, so one promise to the caller stays one flag, and every attempt is in its audit
trail. Otherwise the follow-up is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.follow_up_rules import (
    FOLLOW_UP_OUTCOMES,
    NOT_REACHED,
    ScoreError,
    needs_satisfaction,
    parse_satisfaction,
)
from agent_console.core.follow_up_time import CallerZone, is_past
from agent_console.store.records import FollowUpRow
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.follow_ups.due_picker import DuePicker
from agent_console.ui.follow_ups.front import free_size
from agent_console.ui.follow_ups.time_text import zoned_text
from agent_console.ui.form.fields import ChoiceCombo, ControlCharGuard, plain_text_editor
from agent_console.ui.form.rows import FieldRow, build_rows


@dataclass(frozen=True)
class Completion:
    outcome: str
    satisfaction: int | None
    note: str
    retry_at: datetime | None  # not reached, try again then; None: close it


class CompleteDialog(QDialog):
    def __init__(
        self,
        row: FollowUpRow,
        clock: Callable[[], datetime],
        caller_zone: CallerZone | None,
        parent: QWidget | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("completeDialog")
        self.setWindowTitle(self.tr("Complete follow-up: {0}").format(row.caller_name))
        self._clock = clock
        self.result_value: Completion | None = None
        self.reason = QLabel(row.reason, self)
        self.reason.setWordWrap(True)
        self.outcome = ChoiceCombo(FOLLOW_UP_OUTCOMES, self.tr("Choose…"), self)
        self.outcome.setObjectName("completeOutcome")
        self.satisfaction = QLineEdit(self)
        self.satisfaction.setObjectName("completeSatisfaction")
        self.satisfaction.setPlaceholderText(self.tr("1 (very unhappy) to 5 (very happy)"))
        self.satisfaction.setMaxLength(4)
        self.note = plain_text_editor("completeNote", self)
        self.note.setMaximumHeight(90)
        ControlCharGuard(self.note)
        self.retry = QCheckBox(self.tr("&Try again (the follow-up stays open):"), self)
        self.retry.setObjectName("completeRetry")
        self.retry.setChecked(True)
        self.retry_when = DuePicker(clock, caller_zone, self, formats=formats)
        self.retry_when.setObjectName("completeRetryWhen")
        self.retry_box = QWidget(self)
        retry_layout = QVBoxLayout(self.retry_box)
        retry_layout.setContentsMargins(0, 0, 0, 0)
        retry_layout.addWidget(self.retry)
        retry_layout.addWidget(self.retry_when)
        form, self.messages = build_rows(
            self,
            [
                FieldRow("reason", self.tr("Why:"), self.reason),
                FieldRow("outcome", self.tr("&Outcome:"), self.outcome),
                FieldRow("satisfaction", self.tr("&Satisfaction:"), self.satisfaction),
                FieldRow("note", self.tr("&Note:"), self.note),
            ],
        )
        buttons = QDialogButtonBox(self)
        self.save = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("completeSave")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.retry_box)
        layout.addWidget(buttons)
        free_size(layout)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.retry.toggled.connect(self.retry_when.setEnabled)
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        code = self.outcome.code()
        self.retry_box.setVisible(code in NOT_REACHED)
        self.retry.setChecked(code == "no_answer")
        self.retry_when.setEnabled(self.retry.isChecked())
        asks = not code or needs_satisfaction(code)
        self.satisfaction.setEnabled(asks)
        if not asks:
            self.satisfaction.clear()
        self.adjustSize()

    def submit(self) -> None:
        for message in self.messages.values():
            message.show_message("")
        outcome = self.outcome.code()
        problems = False
        if not outcome:
            self.messages["outcome"].show_message(self.tr("Choose how the call-back went."))
            problems = True
        try:
            score = parse_satisfaction(self.satisfaction.text())
        except ScoreError as exc:
            score = None
            self.messages["satisfaction"].show_message(
                self.tr("Satisfaction is a whole number from 1 to 5; “{0}” is not.").format(
                    self.satisfaction.text().strip()
                )
                if exc.kind == "not_a_number"
                else self.tr(
                    "Satisfaction is a score from 1 (very unhappy) to 5 (very happy); "
                    "{0} is outside that."
                ).format(self.satisfaction.text().strip())
            )
            problems = True
        if outcome and needs_satisfaction(outcome) and score is None and not problems:
            self.messages["satisfaction"].show_message(
                self.tr("Ask the caller for a score from 1 to 5 and type it here.")
            )
            problems = True
        retry_at = None
        if outcome in NOT_REACHED and self.retry.isChecked():
            retry_at = self.retry_when.due()
            now = self._clock()
            if is_past(retry_at, now):
                self.messages["outcome"].show_message(
                    self.tr("The time to try again has already passed (it is now {0}).").format(
                        zoned_text(now, self.retry_when.mine)
                    )
                )
                problems = True
        if problems:
            return
        self.result_value = Completion(outcome, score, self.note.toPlainText().strip(), retry_at)
        self.accept()
