"""Follow-ups in the main window: the flag button and Ctrl+Shift+F, my list in the dock, the
due alerts and their badge, and the team lead's windows (callback queue, incident review).

The main window builds one of these and hands its actions here; this wires the parts together.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agent_console.store.records import AgentRef, CallerSummary, IncidentRow, NewFollowUp
from agent_console.ui.follow_ups.alerts import FollowUpAlerts
from agent_console.ui.follow_ups.my_follow_ups_pane import MyFollowUpsPane

if TYPE_CHECKING:
    from agent_console.ui.follow_ups.flag_dialog import FlagDialog
    from agent_console.ui.follow_ups.queue_window import CallbackQueueWindow
    from agent_console.ui.main_window import MainWindow
    from agent_console.ui.review.review_window import ReviewWindow

LEAD_ROLES = frozenset({"lead", "admin"})
LEAD_ACTIONS = ("callback_queue", "review_incidents")


class FollowUpTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        services = window.services
        self.mine = MyFollowUpsPane(
            services.data, services.hub, services.clock, window, services.formats
        )
        self.alerts = FollowUpAlerts(services.data, services.clock, window.banners, window, self)
        self.badge = QLabel(window.status_line)
        self.badge.setObjectName("followUpsDueBadge")
        self.badge.setStyleSheet("color: #a40000; font-weight: bold;")
        self.badge.hide()
        window.status_line.addPermanentWidget(self.badge)
        self.flag_button = QPushButton(self.tr("Flag for follow-up…  (Ctrl+Shift+F)"), window)
        self.flag_button.setObjectName("flagFollowUpButton")
        self.flag_button.clicked.connect(self.flag)
        self.flag_dialog: FlagDialog | None = None
        self.queue_window: CallbackQueueWindow | None = None
        self.review_window: ReviewWindow | None = None
        self.lead_menu: QMenu | None = None
        self.agent: AgentRef | None = None
        self._last_incident: dict[uuid.UUID, IncidentRow] = {}
        services.data.opened.connect(self._on_opened)
        window.submitter.submitted.connect(self._remember_incident)
        self.alerts.due_changed.connect(self._show_due_count)
        self.alerts.due_changed.connect(lambda _count: self.mine.reload())  # overdue as of now
        self.alerts.show_requested.connect(self.show_follow_up)
        self.mine.caller_opened.connect(window.choose_caller)
        self.mine.model.state_changed.connect(lambda: self._show_due_count(len(self.alerts.due)))

    # -- layout ---------------------------------------------------------------------------
    def dock_column(self, caller_pane: QWidget) -> QWidget:
        """The Follow-ups dock: mine on top, the caller on the line's below."""
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("followUpsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.mine)
        below = QWidget(splitter)
        layout = QVBoxLayout(below)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("The caller on the line:"), below)
        title.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(title)
        layout.addWidget(caller_pane, 1)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def form_column(self, form: QWidget) -> QWidget:
        """The incident form with the flag button right under it."""
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form, 1)
        row = QHBoxLayout()
        row.setContentsMargins(4, 2, 4, 4)
        row.addStretch(1)
        row.addWidget(self.flag_button)
        layout.addLayout(row)
        return column

    # -- who is signed in -------------------------------------------------------------------
    @property
    def is_lead(self) -> bool:
        return self.agent is not None and self.agent.role in LEAD_ROLES

    def _on_opened(self, agent: AgentRef) -> None:
        self.agent = agent
        self.show_lead_tools()
        self.mine.reload()
        self.alerts.start()

    def show_lead_tools(self) -> None:
        """The Team lead menu and its keys exist only for leads and admins."""
        lead = self.is_lead
        if self.lead_menu is not None:
            self.lead_menu.menuAction().setVisible(lead)
        for key in LEAD_ACTIONS:
            action = self.window.actions_by_name.get(key)
            if action is not None:
                action.setEnabled(lead)

    # -- flagging ---------------------------------------------------------------------------
    def _remember_incident(self, row: IncidentRow) -> None:
        self._last_incident[row.caller_id] = row

    def incident_for(self, caller: CallerSummary) -> IncidentRow | None:
        """The incident a new flag links to: this call's once saved, else the one selected."""
        saved = self._last_incident.get(caller.id)
        if saved is not None:
            return saved
        selected = self.window.history.selected_incident()
        return selected if selected is not None and selected.caller_id == caller.id else None

    def flag(self) -> None:
        from agent_console.ui.follow_ups.flag_dialog import FlagDialog

        window = self.window
        caller = window.card.caller
        if caller is None:
            window.status_line.showMessage(
                self.tr("Find the caller first (Ctrl+F), then flag them for a follow-up."), 8000
            )
            window.search.focus_box()
            return
        if not window.services.data.writable:
            window.status_line.showMessage(self.tr("The database is not open yet."), 8000)
            return
        services = window.services
        dialog = FlagDialog(
            services.data, services.hub, services.clock, caller, self.incident_for(caller), window,
            services.formats,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.flagged.connect(self._flagged)
        dialog.finished.connect(lambda _r: setattr(self, "flag_dialog", None))
        self.flag_dialog = dialog
        dialog.open()

    def _flagged(self, new: NewFollowUp) -> None:
        self.window.status_line.showMessage(
            self.tr("Follow-up flagged: {0}").format(new.reason), 8000
        )

    # -- alerts -----------------------------------------------------------------------------
    def _show_due_count(self, count: int) -> None:
        """The status-bar badge. (Not the dock's title: the View menu names docks by it.)"""
        self.badge.setText(self.tr("Follow-ups: {0} due").format(count) if count else "")
        self.badge.setToolTip(self.tr("Your follow-ups due now; the Follow-ups dock lists them."))
        self.badge.setVisible(bool(count))

    def show_follow_up(self, follow_up_id: uuid.UUID) -> None:
        """Bring the dock forward with the follow-up selected."""
        dock = self.window.findChild(QDockWidget, "followUpsDock")
        if dock is not None:
            dock.show()
            dock.raise_()
        self.mine.select(follow_up_id)
        self.mine.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- team lead windows -----------------------------------------------------------------
    def open_queue(self) -> None:
        if not self._lead_only(self.tr("The callback queue is for team leads.")):
            return
        if self.queue_window is None:
            from agent_console.ui.follow_ups.queue_window import CallbackQueueWindow

            self.queue_window = CallbackQueueWindow(self.window.services, self.window)
            self.queue_window.caller_opened.connect(self.window.choose_caller)
        self.queue_window.show_and_load()

    def open_review(self) -> None:
        if not self._lead_only(self.tr("Incident review is for team leads.")):
            return
        if self.review_window is None:
            from agent_console.ui.review.review_window import ReviewWindow

            self.review_window = ReviewWindow(self.window.services, self.window)
        self.review_window.show_and_load()

    def _lead_only(self, message: str) -> bool:
        if not self.is_lead:
            self.window.status_line.showMessage(message, 8000)
        return self.is_lead
