"""Who is signed in, and switching user without restarting (shared database only).

Switching signs the person out (the database is closed, the outbox stops) and shows the
sign-in dialog again. An incident still being written is never lost and never handed to the
next person: the console asks first, then keeps it on this computer for its author
(``kept/<login>.json`` in the data dir) and offers it back as an unfinished draft when that
person signs in here again. Windows the last person had open (review, dashboard, users…)
are closed, so the next person only ever sees what their own role allows.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from agent_console.core.incident_input import IncidentInput
from agent_console.store.records import AgentRef
from agent_console.ui.confirm import ConfirmDialog, ask_first
from agent_console.ui.draft_keeper import worth_keeping
from agent_console.ui.failures import user_message
from agent_console.ui.person_files import person_file
from agent_console.ui.sign_in_dialog import SignInFlow
from agent_console.ui.text_direction import isolate
from agent_console.ui.widgets.banner import Banner

if TYPE_CHECKING:
    from agent_console.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def kept_path(data_dir: Path, login: str) -> Path:
    """Where an unfinished incident waits for ``login``."""
    return person_file(data_dir / "kept", login, ".json")


class UserSwitch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        services = window.services
        self.shared = services.options.shared
        self.flow = SignInFlow(services.data, window)
        self.agent: AgentRef | None = None
        self.question: ConfirmDialog | None = None
        self.action = QAction(QCoreApplication.translate("UserSwitch", "S&witch user…"), window)
        self.action.setObjectName("switchUser")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.action.triggered.connect(lambda _checked=False: self.switch())
        self.action.setVisible(self.shared)  # on the embedded database the OS user is the agent
        self.action.setEnabled(self.shared)
        window.addAction(self.action)
        services.data.opened.connect(self._on_opened)
        services.data.signed_out.connect(self._on_signed_out)

    # -- who is signed in -------------------------------------------------------------------
    def _on_opened(self, agent: AgentRef) -> None:
        self.agent = agent
        # Signed in after all (from Call > Switch user… after a cancelled sign-in): what said
        # the database was not open no longer holds.
        window = self.window
        for banner in window.banners.findChildren(Banner, "startupBanner"):
            banner.close_banner()
        if window.banners.error is not None:
            window.banners.error.close_banner()
        window.form.submit_button.setEnabled(True)
        window.form.submit_button.setToolTip("")
        self._offer_kept(agent)

    def _on_signed_out(self) -> None:
        self.window.status_line.agent.setText(self.tr("Not signed in"))

    # -- switching --------------------------------------------------------------------------
    def switch(self) -> None:
        """Ask first when an incident is being written; then keep it for its author."""
        if not self.shared:
            return
        window = self.window
        inp = window.form.to_input()
        if self.agent is None or not worth_keeping(inp):
            self._sign_out()
            return
        name = self.agent.display_name or self.agent.login
        caller = inp.caller_name or self.tr("no caller picked")
        author = self.agent

        def answered(keep: bool) -> None:
            self.question = None
            if keep:
                self._keep_then_sign_out(inp, author)

        self.question = ask_first(
            window,
            "switchUserQuestion",
            self.tr("Switch user"),
            self.tr(
                "The incident for {0} is not submitted yet. It will be kept on this computer "
                "for {1} and offered back when {1} signs in here again; nobody else sees it."
            ).format(isolate(caller), isolate(name)),
            self.tr("&Keep it for {0} and switch").format(name),
            answered,
        )

    def _keep_then_sign_out(self, inp: IncidentInput, author: AgentRef | None) -> None:
        assert author is not None
        path = kept_path(self.window.services.options.data_dir, author.login)
        data = inp.to_json()

        def op() -> None:
            from agent_console.store.drafts import DraftStore  # SQLAlchemy: worker only

            path.parent.mkdir(parents=True, exist_ok=True)
            DraftStore(path).save(data)

        def kept(_: object) -> None:
            log.info("unfinished incident %s kept for its author", inp.id)
            self._sign_out()

        def failed(exc: BaseException) -> None:
            self.window.banners.show_error(
                self.tr(
                    "Nothing was switched: the unfinished incident could not be kept. {0}"
                ).format(user_message(exc))
            )

        self.window.services.runner.run(op, kept, failed)

    def _sign_out(self) -> None:
        window = self.window
        log.info("switching user")
        self.agent = None
        _close_other_windows(window)
        offer_open = window.draft_offer.banner is not None
        window.services.data.sign_out()  # first: nothing reloads for the last person after this
        _forget_person(window)
        if not offer_open:  # an unanswered "restore the unfinished incident?" keeps its file
            window.services.drafts.clear()

    # -- an incident kept for whoever signs in ---------------------------------------------
    def _offer_kept(self, agent: AgentRef) -> None:
        if not self.shared:
            return
        services = self.window.services
        path = kept_path(services.options.data_dir, agent.login)
        draft_path = services.options.draft_path

        def op() -> dict[str, Any] | None:
            from agent_console.store.drafts import DraftStore

            if not path.exists():
                return None
            data = DraftStore(path).load()
            if data:
                DraftStore(draft_path).save(data)  # the crash-safe draft holds it from now on
            path.unlink(missing_ok=True)
            return data

        def moved(data: dict[str, Any] | None) -> None:
            if data:
                services.drafts.look_for_draft()  # offers it back: restore or discard

        services.runner.run(op, moved)


def _close_other_windows(window: QWidget) -> None:
    """Close every window the last person opened from this one (lead and admin windows too)."""
    for child in window.findChildren(QWidget):
        if child.isWindow() and child.isVisible() and child is not window:
            child.close()


def _forget_person(window: MainWindow) -> None:
    """Nothing of the last person stays on screen, and none of their role's tools stay usable."""
    window.search.clear()
    window.card.show_caller(None)
    window.history.show_caller(None)
    window.follow_ups.show_caller(None)
    window.precedents.set_caller(None)
    window.form.reset(None)
    tools = window.follow_up_tools
    tools.agent = None
    tools.alerts.stop()
    tools.alerts.due = []
    tools.alerts.due_changed.emit(0)  # the badge goes
    if tools.alerts.banner is not None:
        tools.alerts.banner.close_banner()
    tools.mine.model.clear()
    tools.show_lead_tools()
    reports = window.lead_reports
    reports.agent = None
    for action in reports.actions:
        action.setEnabled(False)
    stale: list[QObject | None] = [
        tools.queue_window,
        tools.review_window,
        reports.dashboard,
        reports.import_dialog,
    ]
    tools.queue_window = tools.review_window = None
    reports.dashboard = reports.import_dialog = None
    for old in stale:
        if old is not None:
            old.deleteLater()  # made again, for the next person, when they open it
    guidance = window.guidance
    guidance.editor_actor = None
    guidance.editor_available.emit(None)
