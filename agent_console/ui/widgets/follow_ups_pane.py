"""The Follow-ups dock: the open follow-ups of the caller on the line."""

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

from agent_console.core.changes import Changes
from agent_console.ui.changes_hub import ChangesHub
from agent_console.ui.data_access import DataAccess
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.models.follow_ups import DUE, OWNER, REASON, FollowUpsModel
from agent_console.ui.widgets.user_text_delegate import UserTextDelegate


class FollowUpsPane(QWidget):
    def __init__(
        self,
        data: DataAccess,
        hub: ChangesHub,
        parent: QWidget | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = FollowUpsModel(data, parent=self, formats=formats)
        self.view = QTableView(self)
        self.view.setObjectName("followUpsView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(UserTextDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # A caller has a few open follow-ups: rows grow to show a due time given in both the
        # agent's and the caller's clocks, and the reason shares the width, without a sideways
        # scroll bar in a narrow dock.
        self.view.setWordWrap(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # tall rows
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OWNER, QHeaderView.ResizeMode.ResizeToContents)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("followUpsPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.view)
        self.model.state_changed.connect(self._update)
        hub.changed.connect(self._on_changes)
        self._update()

    def show_caller(self, caller_id: uuid.UUID | None) -> None:
        self.model.set_caller(caller_id)

    def _on_changes(self, changes: Changes) -> None:
        caller_id = self.model.caller_id
        if caller_id is not None and (caller_id in changes.histories or changes.follow_ups):
            self.model.reload()

    def _update(self) -> None:
        model = self.model
        if model.caller_id is None:
            text = self.tr("Open follow-ups of the caller on the line appear here.")
        elif model.state == "failed":
            text = self.tr("The follow-ups could not be loaded: {0}").format(model.problem)
        elif model.rowCount():
            text = ""
        elif model.state == "loading":
            text = self.tr("Loading…")
        else:
            text = self.tr("This caller has no open follow-ups.")
        self.placeholder.setText(text)
        self.placeholder.setVisible(bool(text))
        self.view.setVisible(model.rowCount() > 0)
