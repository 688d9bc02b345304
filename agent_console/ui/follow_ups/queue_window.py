"""The team lead's callback queue: every open follow-up, overdue first; claim, reassign, close.

When two leads act on the same follow-up at once only one succeeds; the other is told who
changed it and what it is now, and the row shows that state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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
from agent_console.store.lead_records import AgentChoice, QueueFilter
from agent_console.store.records import CallerSummary, FollowUpRow
from agent_console.ui.failures import user_message
from agent_console.ui.follow_ups.complete_dialog import CompleteDialog
from agent_console.ui.follow_ups.edits import FollowUpEdits
from agent_console.ui.follow_ups.front import bring_forward, free_size
from agent_console.ui.follow_ups.queue_filters import QueueFilters
from agent_console.ui.follow_ups.queue_model import DUE, REASON, QueueModel
from agent_console.ui.follow_ups.reassign_dialog import ReassignDialog
from agent_console.ui.widgets.user_text_delegate import UserTextDelegate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.ui.services import ConsoleServices


class CallbackQueueWindow(QWidget):
    caller_opened = Signal(object)  # CallerSummary

    def __init__(self, services: ConsoleServices, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("callbackQueue")
        self.setWindowTitle(self.tr("Callback queue — Agent Console"))
        self._services = services
        self._agents: list[AgentChoice] = []
        self.dialog: QDialog | None = None
        self.filters = QueueFilters(self)
        self.model = QueueModel(services.data, services.clock, parent=self, formats=services.formats)
        self.edits = FollowUpEdits(services.data, services.hub, self)
        self.count = QLabel(self)
        self.count.setObjectName("queueCount")
        self.view = self._table()
        self.claim_button = self._button("queueClaim", self.tr("&Claim"), self.claim)
        self.reassign_button = self._button("queueReassign", self.tr("&Reassign…"), self.reassign)
        self.close_button = self._button("queueClose", self.tr("C&lose…"), self.close_selected)
        self.open_button = self._button("queueOpen", self.tr("&Open caller"), self.open_caller)
        refresh = self._button("queueRefresh", self.tr("Re&fresh (F5)"), self.reload)
        QShortcut(QKeySequence("F5"), self, self.reload)
        self.message = QLabel(self)
        self.message.setObjectName("queueMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        buttons = QHBoxLayout()
        for button in (self.claim_button, self.reassign_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        free_size(layout)
        self.filters.changed.connect(self._filters_changed)
        self.model.state_changed.connect(self._update)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.view.activated.connect(lambda _index: self.open_caller())
        self.edits.saved.connect(self._saved)
        self.edits.refused.connect(self._refused)
        services.hub.changed.connect(self._on_changes)
        self.resize(1100, 620)
        self._update()

    def _table(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("queueView")
        view.setModel(self.model)
        view.setItemDelegate(UserTextDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        return view

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- loading ----------------------------------------------------------------------------
    def show_and_load(self) -> None:
        bring_forward(self)
        self._load_agents()
        self.reload()

    def reload(self) -> None:
        self._say("", ok=True)
        self._refresh_quietly()

    def _refresh_quietly(self) -> None:
        if not self.isVisible():
            return
        self.model.set_filters(self.filters.value())
        self._count(self.filters.value())

    def _on_changes(self, changes: Changes) -> None:
        if changes.follow_ups:
            self._refresh_quietly()

    def _filters_changed(self) -> None:
        self.reload()

    def _count(self, filters: QueueFilter) -> None:
        now = self._services.clock()

        def op(session: Session) -> tuple[int, int]:
            from agent_console.store.follow_up_queries import queue_count

            return queue_count(session, filters, now)

        def show(counts: tuple[int, int]) -> None:
            total, late = counts
            self.count.setText(
                self.tr("{0} open follow-ups, {1} overdue. Soonest due first.").format(total, late)
            )

        self._services.data.run(op, show, lambda exc: self.count.setText(user_message(exc)))

    def _load_agents(self) -> None:
        def op(session: Session) -> list[AgentChoice]:
            from agent_console.store.follow_up_queries import active_agents

            return active_agents(session)

        def show(agents: list[AgentChoice]) -> None:
            self._agents = agents
            self.filters.set_agents(agents)

        self._services.data.run(op, show, lambda exc: self._say(user_message(exc), ok=False))

    def _update(self) -> None:
        if self.model.state == "failed":
            self._say(
                self.tr("The queue could not be loaded: {0}").format(self.model.problem), ok=False
            )
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, DUE))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        is_open = row is not None and row.status == "open"
        for button in (self.claim_button, self.reassign_button, self.close_button):
            button.setEnabled(is_open)
        self.open_button.setEnabled(row is not None)

    def selected(self) -> FollowUpRow | None:
        index = self.view.currentIndex()
        return self.model.row_record(index.row()) if index.isValid() else None

    # -- acting ----------------------------------------------------------------------------
    def claim(self) -> None:
        row = self.selected()
        if row is not None:
            self.edits.claim(row)

    def reassign(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = ReassignDialog(row, self._agents, self)

        def save() -> None:
            if dialog.chosen is not None:
                self.edits.reassign(row, *dialog.chosen)

        self._show(dialog, save)

    def close_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._with_caller(row, lambda caller: self._close(row, caller))

    def _close(self, row: FollowUpRow, caller: CallerSummary) -> None:
        dialog = CompleteDialog(
            row, self._services.clock, caller_zone(caller.phones), self, self._services.formats
        )

        def save() -> None:
            done = dialog.result_value
            if done is None:
                return
            if done.retry_at is not None:
                self.edits.retry_later(row, done.retry_at, done.outcome, done.note)
            else:
                self.edits.close(row, done.outcome, done.satisfaction, done.note)

        self._show(dialog, save)

    def open_caller(self) -> None:
        row = self.selected()
        if row is not None:
            self._with_caller(row, self.caller_opened.emit)

    def _with_caller(self, row: FollowUpRow, then: Callable[[CallerSummary], None]) -> None:
        caller_id = row.caller_id

        def op(session: Session) -> CallerSummary | None:
            from agent_console.store.callers import get_caller

            return get_caller(session, caller_id)

        def found(caller: CallerSummary | None) -> None:
            if caller is not None:
                then(caller)

        self._services.data.run(op, found, lambda exc: self._say(user_message(exc), ok=False))

    def _show(self, dialog: QDialog, on_accept: Callable[[], object]) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def _saved(self, text: str) -> None:
        self._say(text, ok=True)

    def _refused(self, text: str, current: object) -> None:
        """Say what happened; the row shows the follow-up as it is now."""
        self._say(text, ok=False)
        if isinstance(current, FollowUpRow):
            number = self.model.replace(current)
            if number >= 0:
                self.view.setCurrentIndex(self.model.index(number, DUE))
        self._update_buttons()

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet(
            ""
            if ok
            else "color: #5a1210; background: #fde2e1; border: 1px solid #d9534f; padding: 4px;"
        )
        self.message.setText(text)
        self.message.setVisible(bool(text))
