"""My due and upcoming follow-ups (mine, the team's untaken, given to me), overdue first.

The dock is narrow: three columns (when, caller, why); the date, priority and whose it is are
in each row's tooltip, and urgent ones are in bold.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from agent_console.store.records import FollowUpRow
from agent_console.ui.data_access import DataAccess
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.failures import user_message
from agent_console.ui.follow_ups.row_display import emphasis, priority_text, whose_text
from agent_console.ui.follow_ups.time_text import overdue_text
from agent_console.ui.formatting import local_datetime
from agent_console.ui.models.roles import RECORD_ROLE, USER_TEXT_ROLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

AnyIndex = QModelIndex | QPersistentModelIndex
DUE, CALLER, REASON = range(3)


class MyFollowUpsModel(QAbstractTableModel):
    state_changed = Signal()

    def __init__(
        self,
        data: DataAccess,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self.formats = formats
        self._data = data
        self._clock = clock
        self._rows: list[FollowUpRow] = []
        self._generation = 0
        self.now = clock()
        self.state = "empty"  # empty, loading, loaded, failed
        self.problem = ""

    def reload(self) -> None:
        agent = self._data.agent
        if agent is None:
            return
        self._generation += 1
        generation, agent_id = self._generation, agent.id
        if self.state != "loaded":
            self.state = "loading"
            self.state_changed.emit()

        def op(session: Session) -> list[FollowUpRow]:
            from agent_console.store.follow_up_queries import my_follow_ups

            return my_follow_ups(session, agent_id)

        self._data.run(
            op,
            lambda rows: self._loaded(generation, rows),
            lambda exc: self._failed(generation, exc),
        )

    def clear(self) -> None:
        """Show nothing (nobody is signed in); a load still on its way is ignored."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self.state = [], "empty"
        self.endResetModel()
        self.state_changed.emit()

    def _loaded(self, generation: int, rows: list[FollowUpRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows, self.now, self.state = list(rows), self._clock(), "loaded"
        self.endResetModel()
        self.state_changed.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.state, self.problem = "failed", user_message(exc)
            self.state_changed.emit()

    def row_record(self, row: int) -> FollowUpRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def due_count(self) -> int:
        return sum(1 for row in self._rows if row.due_at <= self.now)

    def find(self, follow_up_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == follow_up_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Due"), self.tr("Caller"), self.tr("Why"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == RECORD_ROLE:
            return row
        if role == USER_TEXT_ROLE:
            return column in (CALLER, REASON)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Due {0}\nPriority: {1}\nWhose: {2}\n{3}").format(
                local_datetime(row.due_at, self.formats), priority_text(row), whose_text(row), row.reason
            )
        if role == Qt.ItemDataRole.FontRole and row.priority == 1 and column != DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return emphasis(row, self.now, role) if column == DUE else None
        if column == DUE:
            return overdue_text(row.due_at, self.now)
        if column == CALLER:
            return row.caller_name
        return row.reason
