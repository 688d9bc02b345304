"""The caller's history pane: open follow-ups and incidents, notes shown inline when expanded."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.changes import Changes
from agent_console.store.records import IncidentRow
from agent_console.ui.changes_hub import ChangesHub
from agent_console.ui.data_access import DataAccess
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.models.caller_history import (
    AGENT,
    CATEGORY,
    DATE,
    MOOD,
    RESOLUTION,
    CallerHistoryModel,
)
from agent_console.ui.widgets.scroll_demand import wants_more_rows
from agent_console.ui.widgets.user_text_delegate import UserTextDelegate


class _HistoryTree(QTreeView):
    width_changed = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.width_changed.emit()
            self.scheduleDelayedItemsLayout()  # wrapped notes change height with the width


class HistoryPane(QWidget):
    incident_selected = Signal(object)  # IncidentRow | None

    def __init__(
        self,
        data: DataAccess,
        hub: ChangesHub,
        parent: QWidget | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = CallerHistoryModel(data, parent=self, formats=formats)
        self.view = _HistoryTree(self)
        self.view.setObjectName("historyView")
        self.view.setModel(self.model)
        # A 2,000-incident history must scroll without the GUI measuring every row: the
        # incident rows are one line (their height is known, not asked of the model), the
        # columns are sized once from the first page's texts, not at every page, and the view
        # scrolls by rows, so only the rows on screen are measured. Notes rows still wrap.
        self.view.setItemDelegate(UserTextDelegate(self.view, one_line=True))
        self.model.more_wanted = lambda: wants_more_rows(self.view)
        self.view.setUniformRowHeights(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.view.setAllColumnsShowFocus(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(self.tr("Caller history"))
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the agent's name
        self._natural: dict[int, int] = {}  # column -> width its loaded texts want
        self._size_columns()
        self.view.width_changed.connect(self._fit_columns)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("historyPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.view)

        self.model.modelReset.connect(self._span_follow_ups)
        self.model.modelReset.connect(self._size_columns)
        self.view.expanded.connect(self._span_notes)
        self.model.state_changed.connect(self._update_placeholder)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        hub.changed.connect(self._on_changes)
        self._update_placeholder()

    def _size_columns(self) -> None:
        """Each column as wide as its texts in the rows loaded so far (or its title), measured
        once per caller, when the first page arrives: later pages do not resize the columns
        (measuring every row as pages arrive is what stalled the window).
        """
        header, metrics = self.view.header(), self.view.fontMetrics()
        padding = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 14
        self._natural = {}
        for column in (DATE, CATEGORY, MOOD, RESOLUTION):
            texts = self.model.loaded_texts(column)
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            if column == DATE:  # the first column also holds the expand arrow
                widest += self.view.indentation()
            self._natural[column] = max(widest + padding, header.sectionSizeHint(column))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The measured widths, fitted to the view: in a narrow pane the category, then the
        mood give way (elided; their full text is in the form and the precedents),
        so the agent's name stays on screen and notes rows wrap inside the view, without a
        sideways scroll bar. The agent's column takes what is left; any can be dragged wider.
        """
        if not self._natural:
            return
        header, metrics = self.view.header(), self.view.fontMetrics()
        widths = dict(self._natural)
        agent_room = max(
            12 * metrics.averageCharWidth(),
            header.sectionSizeHint(AGENT),
            header.defaultSectionSize(),  # the stretched last column is never narrower
        )
        spare = self.view.viewport().width() - agent_room - sum(widths.values())
        for column in (CATEGORY, MOOD):
            if spare >= 0:
                break
            least = min(widths[column], 7 * metrics.averageCharWidth())
            give = min(widths[column] - least, -spare)
            widths[column] -= give
            spare += give
        for column, width in widths.items():
            header.resizeSection(column, width)

    def show_caller(self, caller_id: uuid.UUID | None) -> None:
        self.model.set_caller(caller_id)

    def focus_view(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def selected_incident(self) -> IncidentRow | None:
        return self.model.incident(self.view.currentIndex())

    def _on_changes(self, changes: Changes) -> None:
        if self.model.caller_id is not None and self.model.caller_id in changes.histories:
            self.model.reload()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.incident_selected.emit(self.model.incident(current))

    def _span_follow_ups(self) -> None:
        # Spans are set where they are needed only: each call lays the view out again, and a
        # layout right after rows arrive would ask for the next page before anyone scrolled.
        for row in range(self.model.rowCount()):
            if not self.model.is_follow_up_row(self.model.index(row, 0)):
                break
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)

    def _span_notes(self, index: QModelIndex) -> None:
        """An incident was expanded: its notes take the whole width."""
        if self.model.incident(index) is not None and not self.model.is_notes_row(index):
            self.view.setFirstColumnSpanned(0, index, True)

    def _update_placeholder(self) -> None:
        model = self.model
        if model.caller_id is None:
            text = self.tr("Find the caller to see their earlier calls and open follow-ups.")
        elif model.state == "failed":
            text = self.tr("The history could not be loaded: {0}").format(model.problem)
        elif model.rowCount():
            text = ""
        elif model.state == "loading":
            text = self.tr("Loading the history…")
        else:
            text = self.tr(
                "No earlier calls and no open follow-ups for this caller. This is their first call."
            )
        self.placeholder.setText(text)
        self.placeholder.setVisible(bool(text))
