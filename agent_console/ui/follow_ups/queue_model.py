"""The callback queue as a lazy table: every open follow-up matching the filters, overdue first.

Rows arrive a page at a time (``fetchMore``); a row someone else changed meanwhile can be
replaced in place with what the database says now.
"""

from __future__ import annotations

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

from agent_console.store.lead_records import QueueFilter, QueueKey, QueuePage
from agent_console.store.records import FollowUpRow
from agent_console.ui.data_access import DataAccess
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.failures import user_message
from agent_console.ui.follow_ups.row_display import (
    category_text,
    due_cell,
    emphasis,
    priority_text,
    state_text,
    whose_text,
)
from agent_console.ui.formatting import local_datetime
from agent_console.ui.models.roles import RECORD_ROLE, USER_TEXT_ROLE
from agent_console.ui.text_direction import isolate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

AnyIndex = QModelIndex | QPersistentModelIndex
DUE, CALLER, REASON, PRIORITY, CATEGORY, WHOSE, FLAGGED, STATE = range(8)
PAGE = 100


class QueueModel(QAbstractTableModel):
    state_changed = Signal()

    def __init__(
        self,
        data: DataAccess,
        clock: Callable[[], datetime],
        page_size: int = PAGE,
        parent: QObject | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self._data, self._clock, self._page_size = data, clock, page_size
        self.formats = formats
        self._rows: list[FollowUpRow] = []
        self._filters = QueueFilter()
        self._generation = 0
        self._next: QueueKey | None = None
        self._loading = False
        self.now = clock()
        self.state = "empty"  # empty, loading, loaded, failed
        self.problem = ""

    @property
    def filters(self) -> QueueFilter:
        return self._filters

    def set_filters(self, filters: QueueFilter) -> None:
        self._filters = filters
        self.reload()

    def reload(self) -> None:
        """Load the first page again; the rows on show stay until it arrives."""
        self._generation += 1
        self._loading, self.state, self.now = True, "loading", self._clock()
        self.state_changed.emit()
        self._fetch(None, self._generation, first=True)

    def _fetch(self, after: QueueKey | None, generation: int, *, first: bool) -> None:
        filters, now, size = self._filters, self.now, self._page_size

        def op(session: Session) -> QueuePage:
            from agent_console.store.follow_up_queries import queue_page

            return queue_page(session, filters, now, after, size)

        self._data.run(
            op,
            lambda page: self._arrived(generation, page, first),
            lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, page: QueuePage, first: bool) -> None:
        if generation != self._generation:
            return
        if first:
            self.beginResetModel()
            self._rows = list(page.rows)
            self.endResetModel()
        elif page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._next, self._loading, self.state = page.next_key, False, "loaded"
        self.state_changed.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading, self.state, self.problem = False, "failed", user_message(exc)
            self.state_changed.emit()

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._next is not None and not self._loading

    def fetchMore(self, parent: AnyIndex) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            self._fetch(self._next, self._generation, first=False)

    # -- rows -----------------------------------------------------------------------------
    def row_record(self, row: int) -> FollowUpRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def replace(self, current: FollowUpRow) -> int:
        """Show ``current`` where the row with its id is; returns the row number, or -1."""
        for number, row in enumerate(self._rows):
            if row.id == current.id:
                self._rows[number] = current
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))
                return number
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Due"), self.tr("Caller"), self.tr("Why"), self.tr("Priority"),
            self.tr("Category"), self.tr("Whose"), self.tr("Flagged"), self.tr("State"),
        )  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == RECORD_ROLE:
            return row
        if role == USER_TEXT_ROLE:
            return column in (CALLER, REASON, WHOSE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.reason
        if role != Qt.ItemDataRole.DisplayRole:
            return emphasis(row, self.now, role) if column in (DUE, STATE) else None
        return self._text(row, column)

    def _text(self, row: FollowUpRow, column: int) -> str:
        if column == DUE:
            return due_cell(row, self.now, self.formats)
        if column == CALLER:
            return row.caller_name
        if column == REASON:
            return row.reason
        if column == PRIORITY:
            return priority_text(row)
        if column == CATEGORY:
            return category_text(row)
        if column == WHOSE:
            return whose_text(row)
        if column == FLAGGED:
            flagged = local_datetime(row.created_at, self.formats) if row.created_at else "—"
            by = row.created_by_name
            return f"{flagged} · {isolate(by)}" if by else flagged
        return state_text(row)
