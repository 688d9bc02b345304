"""Review search results as a lazy table: the matching incidents, newest first, a page at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from agent_console.core import taxonomy
from agent_console.store.lead_records import ReviewFilter
from agent_console.store.records import IncidentRow, Page, PageKey
from agent_console.ui.data_access import DataAccess
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.failures import user_message
from agent_console.ui.formatting import choice_label, local_datetime, mood_change
from agent_console.ui.models.paging import PAGE_SIZE, Pager
from agent_console.ui.models.roles import RECORD_ROLE, USER_TEXT_ROLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

AnyIndex = QModelIndex | QPersistentModelIndex
# Outcome and mood are in each row's tooltip and the story beside the list.
DATE, SUMMARY, CALLER, AGENT, CATEGORY = range(5)


class ReviewResultsModel(QAbstractTableModel):
    state_changed = Signal()

    def __init__(
        self,
        data: DataAccess,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = data
        self.formats = formats
        self._pager = Pager(page_size)
        self._rows: list[IncidentRow] = []
        self._filters: ReviewFilter | None = None

    @property
    def state(self) -> str:
        return self._pager.state

    @property
    def problem(self) -> str:
        return self._pager.problem

    def search(self, filters: ReviewFilter) -> None:
        """Show the first page for ``filters``; the rows on show stay until it arrives."""
        self._filters = filters
        generation, size = self._pager.restart(), self._pager.page_size
        self.state_changed.emit()
        self._fetch(filters, None, size, lambda page: self._first(generation, page), generation)

    def _fetch(
        self,
        filters: ReviewFilter,
        after: PageKey | None,
        size: int,
        done: Any,
        generation: int,
    ) -> None:
        def op(session: Session) -> Page:
            from agent_console.store.review import search_incidents

            return search_incidents(session, filters, after, size)

        self._data.run(op, done, lambda exc: self._failed(generation, exc))

    def _first(self, generation: int, page: Page) -> None:
        if not self._pager.is_current(generation):
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._pager.loaded(page.next_key)
        self.endResetModel()
        self.state_changed.emit()

    def _more(self, generation: int, page: Page) -> None:
        if not self._pager.is_current(generation):
            return
        if page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._pager.loaded(page.next_key)
        self.state_changed.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if self._pager.is_current(generation):
            self._pager.failed(user_message(exc))
            self.state_changed.emit()

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._pager.can_fetch_more()

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent) or self._filters is None:
            return
        key, size = self._pager.next_key, self._pager.page_size
        generation = self._pager.begin_more()
        self._fetch(self._filters, key, size, lambda page: self._more(generation, page), generation)

    def incident(self, row: int) -> IncidentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Date"), self.tr("Summary"), self.tr("Caller"), self.tr("Agent"),
            self.tr("Category"),
        )  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == RECORD_ROLE:
            return row
        if role == USER_TEXT_ROLE:
            return column in (CALLER, AGENT, SUMMARY)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == DATE:
            return local_datetime(row.started_at, self.formats)
        if column == CALLER:
            return row.caller_name
        if column == AGENT:
            return row.agent_name
        if column == SUMMARY:
            return row.summary
        return choice_label(taxonomy.CATEGORIES, row.category)

    def _tooltip(self, row: IncidentRow) -> str:
        outcome = choice_label(taxonomy.OUTCOMES, row.outcome)
        if row.escalated:
            outcome = self.tr("{0}, escalated").format(outcome)
        mood = mood_change(row.mood_start, row.mood_end)
        return self.tr("{0}\nMood: {1}\nOutcome: {2}").format(row.summary, mood, outcome)
