"""Precedents: how complaints in the same category were resolved for other callers."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_console.core import taxonomy
from agent_console.core.changes import Changes
from agent_console.ui.changes_hub import ChangesHub
from agent_console.ui.data_access import DataAccess
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.formatting import choice_label
from agent_console.ui.models.precedents import (
    CALLER,
    DATE,
    OUTCOME,
    RESOLUTION,
    SUMMARY,
    PrecedentsModel,
)
from agent_console.ui.widgets.scroll_demand import wants_more_rows
from agent_console.ui.widgets.user_text_delegate import UserTextDelegate


class PrecedentsPane(QWidget):
    def __init__(
        self,
        data: DataAccess,
        hub: ChangesHub,
        parent: QWidget | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = PrecedentsModel(data, parent=self, formats=formats)
        self._caller_id: uuid.UUID | None = None
        self._category = ""
        self.title = QLabel(self)
        self.title.setObjectName("precedentsTitle")
        self.title.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setObjectName("precedentsView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(UserTextDelegate(self.view))
        self.model.more_wanted = lambda: wants_more_rows(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(self.tr("Precedents"))
        header = self.view.horizontalHeader()
        for column in (DATE, RESOLUTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        # Names and outcomes can be long; the summary is what the agent came for.
        header.setSectionResizeMode(CALLER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(OUTCOME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CALLER, 110)
        header.resizeSection(OUTCOME, 110)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("precedentsPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.view)
        self.model.state_changed.connect(self._update)
        hub.changed.connect(self._on_changes)
        self._update()

    def set_caller(self, caller_id: uuid.UUID | None) -> None:
        self._caller_id = caller_id
        self._query()

    def set_category(self, category: str) -> None:
        self._category = category
        self._query()

    def focus_view(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _query(self) -> None:
        self.model.set_query(self._category, self._caller_id)
        self._update()

    def _on_changes(self, changes: Changes) -> None:
        if changes.incidents and self.model.category:
            self.model.reload()

    def _update(self) -> None:
        model = self.model
        if model.category:
            self.title.setText(
                self.tr("How “{0}” complaints were handled for other callers, newest first").format(
                    choice_label(taxonomy.CATEGORIES, model.category)
                )
            )
        self.title.setVisible(bool(model.category))
        if not model.category:
            text = self.tr(
                "Choose a category on the incident form, or select an incident in the history, "
                "to see how similar complaints were resolved."
            )
        elif model.state == "failed":
            text = self.tr("The precedents could not be loaded: {0}").format(model.problem)
        elif model.rowCount():
            text = ""
        elif model.state == "loading":
            text = self.tr("Loading…")
        else:
            text = self.tr("No other caller has had a complaint in this category yet.")
        self.placeholder.setText(text)
        self.placeholder.setVisible(bool(text))
