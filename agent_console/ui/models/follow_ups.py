"""The open follow-ups of the caller on the line, soonest due first."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from agent_console.core.follow_up_time import CallerZone
from agent_console.store.records import FollowUpRow
from agent_console.ui.data_access import DataAccess
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.failures import user_message
from agent_console.ui.formatting import local_datetime
from agent_console.ui.models.caller_history import OVERDUE_TEXT
from agent_console.ui.models.roles import RECORD_ROLE, USER_TEXT_ROLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

AnyIndex = QModelIndex | QPersistentModelIndex
DUE, REASON, OWNER = range(3)


class FollowUpsModel(QAbstractTableModel):
    state_changed = Signal()

    def __init__(
        self, data: DataAccess, parent: QObject | None = None, formats: DisplayFormat | None = None
    ) -> None:
        super().__init__(parent)
        self._data = data
        self.formats = formats
        self.caller_zone: CallerZone | None = None  # for the caller's time beside due times
        self._caller_id: uuid.UUID | None = None
        self._rows: list[FollowUpRow] = []
        self._generation = 0
        self.state = "empty"  # empty, loading, loaded, failed
        self.problem = ""

    @property
    def caller_id(self) -> uuid.UUID | None:
        return self._caller_id

    def set_caller(self, caller_id: uuid.UUID | None) -> None:
        self.beginResetModel()
        self._caller_id, self._rows = caller_id, []
        self.endResetModel()
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, caller_id = self._generation, self._caller_id
        if caller_id is None:
            self.state = "empty"
            self.state_changed.emit()
            return
        self.state = "loading"
        self.state_changed.emit()

        def op(session: Session) -> list[FollowUpRow]:
            from agent_console.store.incidents import open_follow_ups

            return open_follow_ups(session, caller_id)

        self._data.run(
            op,
            lambda rows: self._on_loaded(generation, rows),
            lambda e: self._on_failed(generation, e),
        )

    def _on_loaded(self, generation: int, rows: list[FollowUpRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.state = "loaded"
        self.endResetModel()
        self.state_changed.emit()

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.state, self.problem = "failed", user_message(exc)
            self.state_changed.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (self.tr("Due"), self.tr("Reason"), self.tr("Owner"))
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == RECORD_ROLE:
            return row
        if role == USER_TEXT_ROLE:
            return column in (REASON, OWNER)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == DUE
            and row.due_at < datetime.now(UTC)
        ):
            return OVERDUE_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and column == DUE and row.due_at < datetime.now(UTC):
            return self.tr("Overdue")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == DUE:
            if self.formats is not None:
                return self.formats.datetime_with_caller(row.due_at, self.caller_zone)
            return local_datetime(row.due_at)
        if column == REASON:
            return row.reason
        return row.owner_name or self.tr("Team")
