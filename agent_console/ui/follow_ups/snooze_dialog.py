"""Snoozing a follow-up: a new due time and the reason, which goes into its audit trail."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from agent_console.core.follow_up_time import CallerZone, is_past
from agent_console.store.records import FollowUpRow
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.follow_ups.due_picker import DuePicker
from agent_console.ui.follow_ups.front import free_size
from agent_console.ui.follow_ups.time_text import zoned_text
from agent_console.ui.form.fields import ControlCharGuard
from agent_console.ui.form.rows import FieldRow, build_rows


class SnoozeDialog(QDialog):
    def __init__(
        self,
        row: FollowUpRow,
        clock: Callable[[], datetime],
        caller_zone: CallerZone | None,
        parent: QWidget | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDialog")
        self.setWindowTitle(self.tr("Snooze follow-up: {0}").format(row.caller_name))
        self._clock = clock
        self.chosen: tuple[datetime, str] | None = None
        self.when = DuePicker(clock, caller_zone, self, formats=formats)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("snoozeReason")
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("For example: the caller asked for next week"))
        ControlCharGuard(self.reason)
        form, self.messages = build_rows(
            self,
            [
                FieldRow("about", self.tr("Follow-up:"), QLabel(row.reason, self)),
                FieldRow("due", self.tr("&Until:"), self.when),
                FieldRow("reason", self.tr("&Why:"), self.reason),
            ],
        )
        buttons = QDialogButtonBox(self)
        save = buttons.addButton(self.tr("&Snooze"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("snoozeSave")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        free_size(layout)
        self.reason.setFocus()

    def submit(self) -> None:
        for message in self.messages.values():
            message.show_message("")
        due, now, reason = self.when.due(), self._clock(), self.reason.text().strip()
        if is_past(due, now):
            self.messages["due"].show_message(
                self.tr("That time has already passed (it is now {0}).").format(
                    zoned_text(now, self.when.mine)
                )
            )
        if not reason:
            self.messages["reason"].show_message(
                self.tr("Say why it waits, so whoever looks at it later knows.")
            )
        if is_past(due, now) or not reason:
            return
        self.chosen = (due, reason)
        self.accept()
