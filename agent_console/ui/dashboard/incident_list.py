"""The incidents behind a dashboard figure: a list that loads them by id, a page at a time.

The figure hands over ids only (newest first); rows are read through the runner as the list
scrolls, so a bar of 5,000 incidents opens at once and costs one page.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_console.core import taxonomy
from agent_console.store.records import IncidentRow
from agent_console.ui.data_access import DataAccess
from agent_console.ui.failures import user_message
from agent_console.ui.formatting import choice_label, local_datetime
from agent_console.ui.models.roles import RECORD_ROLE, USER_TEXT_ROLE
from agent_console.ui.widgets.user_text_delegate import UserTextDelegate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.ui.display_format import DisplayFormat

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE = 100
DATE, CALLER, AGENT, CATEGORY, SUMMARY, OUTCOME = range(6)
_USER_COLUMNS = frozenset({CALLER, AGENT, SUMMARY})


class IncidentsByIdModel(QAbstractTableModel):
    """Incidents by id, in the order given; ``fetchMore`` reads the next page of ids."""

    state_changed = Signal()

    def __init__(
        self,
        data: DataAccess,
        ids: Sequence[uuid.UUID],
        page: int = PAGE,
        parent: QObject | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self.formats = formats
        self._data, self._ids, self._page = data, list(ids), page
        self._rows: list[IncidentRow] = []
        self._asked = 0  # ids asked for so far (rows may be fewer: an id may be gone)
        self._loading = False
        self.problem = ""

    @property
    def total(self) -> int:
        return len(self._ids)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and self._asked < len(self._ids)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        wanted = self._ids[self._asked : self._asked + self._page]
        self._asked += len(wanted)
        self._loading = True

        def op(session: Session) -> list[IncidentRow]:
            from agent_console.store.kpi_source import incidents_by_ids

            return incidents_by_ids(session, wanted)

        self._data.run(op, self._add, self._failed)

    def _add(self, rows: list[IncidentRow]) -> None:
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._loading = False  # only now: a view may ask for more while rows go in
        self.state_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.problem = user_message(exc)
        self.state_changed.emit()

    def incident(self, row: int) -> IncidentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Date"), self.tr("Caller"), self.tr("Agent"), self.tr("Category"), self.tr("Summary"), self.tr("Outcome"))  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.incident(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == RECORD_ROLE:
            return row
        if role == USER_TEXT_ROLE:
            return column in _USER_COLUMNS
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.notes or row.summary
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            local_datetime(row.started_at, self.formats),
            row.caller_name,
            row.agent_name,
            choice_label(taxonomy.CATEGORIES, row.category),
            row.summary,
            choice_label(taxonomy.OUTCOMES, row.outcome),
        )[column]


class IncidentListDialog(QDialog):
    """What a click on a figure opens: its title, how many, and the incidents themselves."""

    def __init__(
        self,
        data: DataAccess,
        title: str,
        ids: Sequence[uuid.UUID],
        parent: QWidget | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentList")
        self.setWindowTitle(title)
        self.model = IncidentsByIdModel(data, ids, parent=self, formats=formats)
        self.heading = QLabel(self)
        self.heading.setObjectName("incidentListHeading")
        self.heading.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setObjectName("incidentListView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(UserTextDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        # Size hints change as rows arrive; a platform that cannot take new ones only warns.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.model.state_changed.connect(self._show_state)
        self.resize(900, 480)
        self.model.fetchMore()
        self._show_state()

    def _show_state(self) -> None:
        model = self.model
        if model.problem:
            self.heading.setText(model.problem)
        elif model.total == 0:
            self.heading.setText(self.tr("No incidents are behind this figure."))
        else:
            self.heading.setText(self.tr("%n incident(s), newest first.", "", model.total))
            self.view.resizeColumnsToContents()
