"""How complaints in one category were handled before, across all callers, newest first."""

from __future__ import annotations

import uuid
from collections.abc import Callable
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
from agent_console.store.records import IncidentRow, Page
from agent_console.ui.data_access import DataAccess
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.failures import user_message
from agent_console.ui.formatting import choice_label, local_datetime
from agent_console.ui.models.paging import PAGE_SIZE, Pager
from agent_console.ui.models.roles import RECORD_ROLE, USER_TEXT_ROLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

AnyIndex = QModelIndex | QPersistentModelIndex
DATE, CALLER, SUMMARY, RESOLUTION, OUTCOME = range(5)
_USER_COLUMNS = frozenset({CALLER, SUMMARY})


class PrecedentsModel(QAbstractTableModel):
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
        # Set by the pane showing the model: is the next page wanted yet? (see scroll_demand)
        self.more_wanted: Callable[[], bool] = lambda: True
        self._category = ""
        self._exclude: uuid.UUID | None = None
        self._rows: list[IncidentRow] = []

    @property
    def category(self) -> str:
        return self._category

    @property
    def state(self) -> str:
        return self._pager.state

    @property
    def problem(self) -> str:
        return self._pager.problem

    def set_query(self, category: str, exclude_caller_id: uuid.UUID | None) -> None:
        """Show ``category``'s precedents, leaving out the caller on the line."""
        if (category, exclude_caller_id) == (self._category, self._exclude):
            return
        self.beginResetModel()
        self._category, self._exclude, self._rows = category, exclude_caller_id, []
        self.endResetModel()
        self._pager.stop()
        self.reload()

    def reload(self) -> None:
        category, exclude, size = self._category, self._exclude, self._pager.page_size
        if not category:
            self.state_changed.emit()
            return
        generation = self._pager.restart()
        self.state_changed.emit()

        def op(session: Session) -> Page:
            from agent_console.store.incidents import precedents

            return precedents(session, category, exclude, None, size)

        self._data.run(
            op, lambda p: self._on_first(generation, p), lambda e: self._on_failed(generation, e)
        )

    def _on_first(self, generation: int, page: Page) -> None:
        if not self._pager.is_current(generation):
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._pager.loaded(page.next_key)
        self.endResetModel()
        self.state_changed.emit()

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if self._pager.is_current(generation):
            self._pager.failed(user_message(exc))
            self.state_changed.emit()

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._pager.can_fetch_more() and self.more_wanted()

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        category, exclude = self._category, self._exclude
        key, size = self._pager.next_key, self._pager.page_size
        generation = self._pager.begin_more()

        def op(session: Session) -> Page:
            from agent_console.store.incidents import precedents

            return precedents(session, category, exclude, key, size)

        self._data.run(
            op, lambda p: self._on_more(generation, p), lambda e: self._on_failed(generation, e)
        )

    def _on_more(self, generation: int, page: Page) -> None:
        if not self._pager.is_current(generation):
            return
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._pager.loaded(page.next_key)
        self.state_changed.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Date"),
                self.tr("Caller"),
                self.tr("Summary"),
                self.tr("Resolution"),
                self.tr("Outcome"),
            )
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == RECORD_ROLE:
            return row
        if role == USER_TEXT_ROLE:
            return column in _USER_COLUMNS
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.notes or row.summary
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == DATE:
            return local_datetime(row.started_at, self.formats)
        if column == CALLER:
            return row.caller_name
        if column == SUMMARY:
            return row.summary
        if column == RESOLUTION:
            return choice_label(taxonomy.RESOLUTIONS, row.resolution) or "—"
        return choice_label(taxonomy.OUTCOMES, row.outcome)
