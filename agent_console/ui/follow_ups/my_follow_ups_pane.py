"""The Follow-ups dock's own list: what I should call back, overdue first, and what to do with it.

Enter or a double-click opens the caller and their history in the main window; Snooze moves
the due time with a reason; Complete records how the call-back went.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.changes import Changes
from agent_console.core.follow_up_time import caller_zone
from agent_console.store.records import CallerSummary, FollowUpRow
from agent_console.ui.changes_hub import ChangesHub
from agent_console.ui.data_access import DataAccess
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.failures import user_message
from agent_console.ui.follow_ups.complete_dialog import CompleteDialog
from agent_console.ui.follow_ups.edits import FollowUpEdits
from agent_console.ui.follow_ups.my_follow_ups_model import CALLER, DUE, REASON, MyFollowUpsModel
from agent_console.ui.follow_ups.snooze_dialog import SnoozeDialog
from agent_console.ui.widgets.user_text_delegate import UserTextDelegate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class MyFollowUpsPane(QWidget):
    caller_opened = Signal(object)  # CallerSummary

    def __init__(
        self,
        data: DataAccess,
        hub: ChangesHub,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("myFollowUps")
        self._data, self._clock, self._formats = data, clock, formats
        self.model = MyFollowUpsModel(data, clock, self, formats)
        self.edits = FollowUpEdits(data, hub, self)
        self.dialog: CompleteDialog | SnoozeDialog | None = None
        self.title = QLabel(self)
        self.title.setObjectName("myFollowUpsTitle")
        self.title.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setObjectName("myFollowUpsView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(UserTextDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in (DUE, CALLER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.open_button = self._button("myOpen", self.tr("&Open caller"), self.open_selected)
        self.snooze_button = self._button("mySnooze", self.tr("S&nooze…"), self.snooze_selected)
        self.complete_button = self._button(
            "myComplete", self.tr("Co&mplete…"), self.complete_selected
        )
        self.message = QLabel(self)
        self.message.setObjectName("myFollowUpsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        for button in (self.open_button, self.snooze_button, self.complete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.view.activated.connect(lambda _index: self.open_selected())
        self.model.state_changed.connect(self._update)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.edits.saved.connect(lambda text: self._say(text, ok=True))
        self.edits.refused.connect(self._refused)
        hub.changed.connect(self._on_changes)
        self._update()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- the list -------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.reload()

    def _on_changes(self, changes: Changes) -> None:
        if changes.follow_ups:
            self.model.reload()

    def selected(self) -> FollowUpRow | None:
        index = self.view.currentIndex()
        return self.model.row_record(index.row()) if index.isValid() else None

    def select(self, follow_up_id: uuid.UUID) -> bool:
        row = self.model.find(follow_up_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, DUE))
        return row >= 0

    def _update(self) -> None:
        model = self.model
        due, total = model.due_count(), model.rowCount()
        if model.state == "failed":
            text = self.tr("Your follow-ups could not be loaded: {0}").format(model.problem)
        elif model.state in ("empty", "loading") and not total:
            text = self.tr("Your follow-ups: loading…")
        elif not total:
            text = self.tr("Your follow-ups: nothing to call back.")
        else:
            text = self.tr("Your follow-ups: {0} due now, {1} later.").format(due, total - due)
        self.title.setText(text)
        if total and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(model.index(0, DUE))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.open_button, self.snooze_button, self.complete_button):
            button.setEnabled(chosen)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet("" if ok else "color: #b00020;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _refused(self, text: str, current: object) -> None:
        self._say(text, ok=False)
        self.model.reload()

    # -- actions --------------------------------------------------------------------------
    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._with_caller(row, self.caller_opened.emit)

    def snooze_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._with_caller(row, lambda caller: self._snooze(row, caller))

    def complete_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._with_caller(row, lambda caller: self._complete(row, caller))

    def _with_caller(self, row: FollowUpRow, then: Callable[[CallerSummary], None]) -> None:
        caller_id = row.caller_id

        def op(session: Session) -> CallerSummary | None:
            from agent_console.store.callers import get_caller

            return get_caller(session, caller_id)

        def found(caller: CallerSummary | None) -> None:
            if caller is None:
                self._say(self.tr("This caller no longer exists."), ok=False)
            else:
                then(caller)

        self._data.run(op, found, lambda exc: self._say(user_message(exc), ok=False))

    def _snooze(self, row: FollowUpRow, caller: CallerSummary) -> None:
        dialog = SnoozeDialog(row, self._clock, caller_zone(caller.phones), self, self._formats)

        def save() -> None:
            if dialog.chosen is not None:
                self.edits.snooze(row, *dialog.chosen)

        self._show(dialog, save)

    def _complete(self, row: FollowUpRow, caller: CallerSummary) -> None:
        dialog = CompleteDialog(row, self._clock, caller_zone(caller.phones), self, self._formats)

        def save() -> None:
            done = dialog.result_value
            if done is None:
                return
            if done.retry_at is not None:
                self.edits.retry_later(row, done.retry_at, done.outcome, done.note)
            else:
                self.edits.close(row, done.outcome, done.satisfaction, done.note)

        self._show(dialog, save)

    def _show(self, dialog: CompleteDialog | SnoozeDialog, on_accept: Callable[[], object]) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
