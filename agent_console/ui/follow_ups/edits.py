"""Claim, snooze, reassign and close a follow-up through the writer, and say how it went.

A refusal because someone else changed the follow-up first (StaleEdit) comes back with the row
as it is now, so the pane showing it can show that and the person can decide again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from agent_console.core.changes import Changes
from agent_console.store.records import FollowUpRow
from agent_console.ui.changes_hub import ChangesHub
from agent_console.ui.data_access import DataAccess
from agent_console.ui.failures import user_message

if TYPE_CHECKING:
    from agent_console.store.writer import Writer


class FollowUpEdits(QObject):
    saved = Signal(str)  # a confirmation for the person who did it
    refused = Signal(str, object)  # why, and the row as it is now (FollowUpRow) or None

    def __init__(self, data: DataAccess, hub: ChangesHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._hub = hub

    def claim(self, row: FollowUpRow) -> None:
        self._write(
            lambda w: w.claim_follow_up(row.id, row.version),
            self.tr("You took the follow-up for {0}.").format(row.caller_name),
        )

    def snooze(self, row: FollowUpRow, due_at: datetime, reason: str) -> None:
        self._write(
            lambda w: w.snooze_follow_up(row.id, row.version, due_at, reason),
            self.tr("The follow-up for {0} waits until later.").format(row.caller_name),
        )

    def retry_later(self, row: FollowUpRow, due_at: datetime, outcome: str, note: str) -> None:
        """Not reached: the same follow-up stays open, due again at ``due_at``."""
        self._write(
            lambda w: w.snooze_follow_up(row.id, row.version, due_at, note, outcome),
            self.tr("Not reached: {0} is due again later.").format(row.caller_name),
        )

    def reassign(self, row: FollowUpRow, owner_id: uuid.UUID | None, owner_name: str) -> None:
        self._write(
            lambda w: w.reassign_follow_up(row.id, row.version, owner_id),
            self.tr("The follow-up for {0} is now {1}'s.").format(row.caller_name, owner_name),
        )

    def close(self, row: FollowUpRow, outcome: str, satisfaction: int | None, note: str) -> None:
        self._write(
            lambda w: w.close_follow_up(row.id, row.version, outcome, satisfaction, note),
            self.tr("The follow-up for {0} is closed.").format(row.caller_name),
        )

    def _write(self, op: Callable[[Writer], Changes], confirmation: str) -> None:
        self._data.write(op, lambda changes: self._done(changes, confirmation), self._failed)

    def _done(self, changes: Changes, confirmation: str) -> None:
        self._hub.publish(changes)
        self.saved.emit(confirmation)

    def _failed(self, exc: BaseException) -> None:
        from agent_console.store.errors import StaleEdit

        current = exc.current if isinstance(exc, StaleEdit) else None
        self.refused.emit(user_message(exc), current)
