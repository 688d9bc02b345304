"""A caller's history as a tree: open follow-ups on top, then incidents newest first.

Each incident row has one child row holding its summary and full notes, so expanding an
incident shows the whole story inline. Incidents arrive a page at a time (``fetchMore``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from agent_console.core import taxonomy
from agent_console.store.records import FollowUpRow, IncidentRow, Page
from agent_console.ui.data_access import DataAccess
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.failures import user_message
from agent_console.ui.formatting import choice_label, local_datetime, mood_change
from agent_console.ui.guidance.escalation import escalation_line
from agent_console.ui.models.paging import PAGE_SIZE, Pager
from agent_console.ui.models.roles import RECORD_ROLE, USER_TEXT_ROLE, WRAPPED_ROLE
from agent_console.ui.text_direction import isolate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

AnyIndex = QModelIndex | QPersistentModelIndex
DATE, CATEGORY, MOOD, RESOLUTION, AGENT = range(5)
FOLLOW_UP_BACKGROUND = QColor("#fff4d6")
OVERDUE_TEXT = QColor("#a40000")
_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        RECORD_ROLE,
        USER_TEXT_ROLE,
        WRAPPED_ROLE,
    )
)
_SHOWN_LIMIT = 5000  # incidents whose texts are kept; a long scroll starts the cache again


class CallerHistoryModel(QAbstractItemModel):
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
        self._caller_id: uuid.UUID | None = None
        self._follow_ups: list[FollowUpRow] = []
        self._incidents: list[IncidentRow] = []
        self._shown: dict[tuple[Any, ...], tuple[str, ...]] = {}  # an incident's texts
        self._shown_formats = formats

    # -- loading -------------------------------------------------------------------------
    @property
    def caller_id(self) -> uuid.UUID | None:
        return self._caller_id

    @property
    def state(self) -> str:
        return self._pager.state

    @property
    def problem(self) -> str:
        return self._pager.problem

    def set_caller(self, caller_id: uuid.UUID | None) -> None:
        """Show ``caller_id``'s history (empty at once, filled when the first page arrives)."""
        self.beginResetModel()
        self._caller_id = caller_id
        self._follow_ups, self._incidents = [], []
        self.endResetModel()
        self._pager.stop()
        self.reload()

    def reload(self) -> None:
        """Load the first page again; the rows on show stay until it arrives."""
        caller_id = self._caller_id
        if caller_id is None:
            self.state_changed.emit()
            return
        generation, size = self._pager.restart(), self._pager.page_size
        self.state_changed.emit()

        def op(session: Session) -> tuple[list[FollowUpRow], Page]:
            from agent_console.store.incidents import caller_history, open_follow_ups

            page = caller_history(session, caller_id, None, size)
            return open_follow_ups(session, caller_id), self._with_pending(caller_id, page)

        def offline(exc: BaseException) -> None:
            # The shared database cannot be read: keep what is shown, and still show the
            # agent's own incidents waiting in the outbox on top.
            self._data.runner.run(
                lambda: self._data.pending_incidents_for(caller_id),
                lambda rows: self._on_offline(generation, rows, exc),
                lambda _e: self._on_failed(generation, exc),
            )

        self._data.run(op, lambda r: self._on_first(generation, r), offline)

    def _with_pending(self, caller_id: uuid.UUID, page: Page) -> Page:
        """``page`` with this workstation's undelivered incidents for the caller on top."""
        shown = {row.id for row in page.rows}
        pending = [r for r in self._data.pending_incidents_for(caller_id) if r.id not in shown]
        return Page((*pending, *page.rows), page.next_key) if pending else page

    def _on_offline(self, generation: int, pending: list[IncidentRow], exc: BaseException) -> None:
        if not self._pager.is_current(generation):
            return
        if not pending:
            self._on_failed(generation, exc)
            return
        known = {row.id for row in pending}
        self.beginResetModel()
        self._shown.clear()
        self._incidents = [*pending, *(r for r in self._incidents if r.id not in known and not r.pending)]
        self.endResetModel()
        self._pager.failed(user_message(exc))
        self.state_changed.emit()

    def _on_first(self, generation: int, result: tuple[list[FollowUpRow], Page]) -> None:
        if not self._pager.is_current(generation):
            return
        follow_ups, page = result
        self.beginResetModel()
        # ``_shown`` is kept: a reload (after a submit) brings mostly the same rows, and a
        # row's texts are keyed by everything they are made of.
        self._follow_ups, self._incidents = list(follow_ups), list(page.rows)
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
        if not self.canFetchMore(parent) or self._caller_id is None:
            return
        caller_id, key, size = self._caller_id, self._pager.next_key, self._pager.page_size
        generation = self._pager.begin_more()

        def op(session: Session) -> Page:
            from agent_console.store.incidents import caller_history

            return caller_history(session, caller_id, key, size)

        self._data.run(
            op, lambda p: self._on_more(generation, p), lambda e: self._on_failed(generation, e)
        )

    def _on_more(self, generation: int, page: Page) -> None:
        if not self._pager.is_current(generation):
            return
        if page.rows:
            first = self.rowCount()
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._incidents.extend(page.rows)
            self.endInsertRows()
        self._pager.loaded(page.next_key)
        self.state_changed.emit()

    # -- structure -----------------------------------------------------------------------
    # internalId 0: a top-level row; n > 0: the notes row of self._incidents[n - 1].
    def _incident_of_top_row(self, row: int) -> int | None:
        position = row - len(self._follow_ups)
        return position if 0 <= position < len(self._incidents) else None

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        position = self._incident_of_top_row(parent.row())
        assert position is not None  # hasIndex checked rowCount(parent)
        return self.createIndex(row, column, position + 1)

    def parent(self, child: AnyIndex | None = None) -> Any:
        if child is None:
            return QObject.parent(self)
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(len(self._follow_ups) + child.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._follow_ups) + len(self._incidents)
        if parent.internalId() == 0 and parent.column() == 0:
            return 1 if self._incident_of_top_row(parent.row()) is not None else 0
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 5

    def is_notes_row(self, index: AnyIndex) -> bool:
        return index.isValid() and index.internalId() != 0

    def is_follow_up_row(self, index: AnyIndex) -> bool:
        return index.isValid() and index.internalId() == 0 and index.row() < len(self._follow_ups)

    def incident(self, index: AnyIndex) -> IncidentRow | None:
        """The incident a row (or its notes row) belongs to."""
        if not index.isValid():
            return None
        if index.internalId() != 0:
            return self._incidents[index.internalId() - 1]
        position = self._incident_of_top_row(index.row())
        return None if position is None else self._incidents[position]

    # -- content -------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Date"),
                self.tr("Category"),
                self.tr("Mood"),
                self.tr("Resolution"),
                self.tr("Agent"),
            )
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every cell the view lays out or paints: roles no row
        # answers are turned away first, and an incident's texts are made once (_shown).
        if role not in _ROLES or not index.isValid():
            return None
        notes_of = index.internalId()
        if notes_of:
            return self._notes_data(self._incidents[notes_of - 1], index.column(), role)
        row, follow_ups = index.row(), len(self._follow_ups)
        if row < follow_ups:
            return self._follow_up_data(self._follow_ups[row], index.column(), role)
        if row - follow_ups >= len(self._incidents):
            return None
        return self._incident_data(self._incidents[row - follow_ups], index.column(), role)

    def _follow_up_data(self, follow_up: FollowUpRow, column: int, role: int) -> Any:
        if role == RECORD_ROLE:
            return follow_up
        if role == Qt.ItemDataRole.BackgroundRole:
            return FOLLOW_UP_BACKGROUND
        if column != DATE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # Each part isolated, so a date or a reason in another script keeps its place.
            return self.tr("Open follow-up, due {0}: {1}").format(
                isolate(local_datetime(follow_up.due_at, self.formats)), isolate(follow_up.reason)
            )
        if role == Qt.ItemDataRole.ForegroundRole and follow_up.due_at < datetime.now(UTC):
            return OVERDUE_TEXT
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and follow_up.owner_name:
            return self.tr("Owner: {0}").format(follow_up.owner_name)
        return None

    def _incident_data(self, incident: IncidentRow, column: int, role: int) -> Any:
        if role == RECORD_ROLE:
            return incident
        if role == Qt.ItemDataRole.ToolTipRole:
            if incident.pending:
                return self.tr("Waiting to be sent to the shared database: {0}").format(
                    incident.summary
                )
            return incident.summary
        if role == USER_TEXT_ROLE:
            return column == AGENT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if self._shown_formats is not self.formats:  # the agent changed the date format
            self._shown.clear()
            self._shown_formats = self.formats
        key = _text_key(incident)
        texts = self._shown.get(key)
        if texts is None:
            if len(self._shown) >= _SHOWN_LIMIT:
                self._shown.clear()
            texts = self._shown[key] = self._texts(incident)
        return texts[column] if 0 <= column < len(texts) else None

    def _texts(self, incident: IncidentRow) -> tuple[str, ...]:
        """The five column texts of an incident row (made of what ``_text_key`` holds)."""
        shown = local_datetime(incident.started_at, self.formats)
        return (
            self.tr("{0} (waiting to send)").format(shown) if incident.pending else shown,
            choice_label(taxonomy.CATEGORIES, incident.category),
            mood_change(incident.mood_start, incident.mood_end),
            choice_label(taxonomy.RESOLUTIONS, incident.resolution) or "—",
            incident.agent_name,
        )

    def loaded_texts(self, column: int) -> list[str]:
        """``column``'s texts in the incident rows loaded so far, to size the column by."""
        return [self._incident_data(i, column, Qt.ItemDataRole.DisplayRole) for i in self._incidents]

    def _notes_data(self, incident: IncidentRow, column: int, role: int) -> Any:
        if role == RECORD_ROLE:
            return incident
        if column != DATE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            notes = incident.notes.strip() or self.tr("(no notes)")
            escalated = escalation_line(incident.checklist)
            return f"{incident.summary}\n{notes}" + (f"\n⚑ {escalated}" if escalated else "")
        if role in (USER_TEXT_ROLE, WRAPPED_ROLE):
            return True
        return None


def _text_key(incident: IncidentRow) -> tuple[Any, ...]:
    """Everything an incident row's texts are made of (delivered, a pending row loses its mark)."""
    return (
        incident.id,
        incident.pending,
        incident.started_at,
        incident.category,
        incident.mood_start,
        incident.mood_end,
        incident.resolution,
        incident.agent_name,
    )
