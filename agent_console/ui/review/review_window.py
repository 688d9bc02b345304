"""The team lead's incident review: search and filter every incident, read one's whole story,
add a review note. Results load a page at a time as the list scrolls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_console.store.lead_records import AgentChoice
from agent_console.ui.failures import user_message
from agent_console.ui.follow_ups.front import bring_forward, free_size
from agent_console.ui.review.results_model import DATE, SUMMARY, ReviewResultsModel
from agent_console.ui.review.review_filters import ReviewFilters
from agent_console.ui.review.story_view import StoryView
from agent_console.ui.widgets.user_text_delegate import UserTextDelegate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.ui.services import ConsoleServices


class ReviewWindow(QWidget):
    def __init__(self, services: ConsoleServices, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("incidentReview")
        self.setWindowTitle(self.tr("Incident review — Agent Console"))
        self._services = services
        self.filters = ReviewFilters(self, services.formats)
        self.model = ReviewResultsModel(services.data, parent=self, formats=services.formats)
        self.status = QLabel(self)
        self.status.setObjectName("reviewStatus")
        self.view = QTableView(self)
        self.view.setObjectName("reviewResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(UserTextDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self._fitted = False
        self.story = StoryView(services.data, services.hub, self, services.formats)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.status)
        left_layout.addWidget(self.view, 1)
        splitter.addWidget(left)
        splitter.addWidget(self.story)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        free_size(layout)
        self.filters.search_requested.connect(self.search)
        self.model.state_changed.connect(self._update)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.resize(1360, 800)
        self._loaded_once = False

    def show_and_load(self) -> None:
        bring_forward(self)
        if not self._loaded_once:
            self._loaded_once = True
            self._load_agents()
            self.search()
        self.filters.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def search(self) -> None:
        self.model.search(self.filters.value())

    def _load_agents(self) -> None:
        def op(session: Session) -> list[AgentChoice]:
            from agent_console.store.follow_up_queries import active_agents

            return active_agents(session)

        self._services.data.run(
            op, self.filters.set_agents, lambda exc: self.status.setText(user_message(exc))
        )

    def _update(self) -> None:
        model = self.model
        if model.state == "failed":
            text = self.tr("The search failed: {0}").format(model.problem)
        elif model.state == "loading" and not model.rowCount():
            text = self.tr("Searching…")
        elif not model.rowCount():
            text = self.tr("No incident matches. Try fewer words or fewer filters.")
        elif model.canFetchMore(self.view.rootIndex()):
            text = self.tr(
                "Showing the newest %n match(es); scroll for more.", "", model.rowCount()
            )
        else:
            text = self.tr("%n incident(s) match, newest first.", "", model.rowCount())
        self.status.setText(text)
        if model.state == "loaded" and model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(model.index(0, 0))
        if model.state == "loaded" and model.rowCount() and not self._fitted:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Short columns as wide as their content, within reason; the summary takes the rest."""
        self._fitted = True
        header = self.view.horizontalHeader()
        cap = self.view.fontMetrics().horizontalAdvance("M") * 10
        for column in range(self.model.columnCount()):
            if column != SUMMARY:
                wanted = self.view.sizeHintForColumn(column) + 24
                header.resizeSection(column, wanted if column == DATE else min(cap, wanted))

    def _selected(self, *_: QItemSelection) -> None:
        incident = self.model.incident(self.view.currentIndex().row())
        if incident is None or (self.story.incident_id == incident.id):
            return
        self.story.show_incident(incident.id)
