"""The screen pop: when the phone rings, the caller, their history and a new incident are there.

Events come from ``agent-console call`` through the local server (``single_instance``). A call
never takes over an incident the agent is writing: it waits in an "Incoming call" banner, in
the order calls came, until the agent switches to it (F12). Switching parks the unfinished
incident (``parked_incidents``) and offers it back. ``call-ended`` stamps the end time on the
incident of that call wherever it is (on the form, waiting, parked), never on a submitted one.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from agent_console.core.call_event import CALL, CALL_ENDED, CallEvent, CallEventError, parse_event
from agent_console.store.records import AgentRef, CallerSummary, IncidentRow
from agent_console.ui.call_lookup import CallerLookup
from agent_console.ui.call_queue import Waiting, WaitingCalls, caller_text
from agent_console.ui.draft_keeper import worth_keeping
from agent_console.ui.failures import user_message
from agent_console.ui.formatting import local_datetime
from agent_console.ui.parked_incidents import Parked, ParkedIncidents
from agent_console.ui.person_files import person_file
from agent_console.ui.single_instance import InstanceServer
from agent_console.ui.text_direction import ltr_isolate
from agent_console.ui.widgets.banner import Banner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():  # back to how it was before (maximised stays maximised)
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # no stacking to change
        window.raise_()
    window.activateWindow()


class CallPop(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._form = window.form
        self.notice: Banner | None = None
        self.server: InstanceServer | None = None
        self._switching = False
        self._ended: set[str] = set()  # call ids the phone system said have ended
        self._incident_of_call: dict[str, str] = {}  # call id -> incident id it opened
        self._submitted: set[str] = set()  # incident ids submitted in this session
        self._after_submit = ""  # the blank incident the form got after the last submission
        services = window.services
        # On a shared database each person parks in a folder of their own: a parked incident
        # is offered back only to its author, and is never submitted under someone else's login.
        self._per_person = services.options.shared
        folder = services.options.data_dir / "parked"
        self.parked = ParkedIncidents(
            window.banners, services.runner, folder, self, services.formats
        )
        self.parked.resume_requested.connect(self.resume)
        if self._per_person:
            services.data.opened.connect(self._on_signed_in)
            services.data.signed_out.connect(self.parked.put_away)
        self.calls = WaitingCalls(window.banners, self, services.formats)
        self.calls.answer_requested.connect(self.answer)
        self.lookup = CallerLookup(window)
        self.lookup.problem.connect(self.show_notice)
        window.submitter.submitted.connect(self._on_submitted)

    def attach(self, server: InstanceServer) -> None:
        """Act on the events ``server`` receives (it now lives as long as the window)."""
        server.setParent(self)
        server.set_handler(self.handle_line)
        self.server = server

    def start(self) -> None:
        if not self._per_person:  # else on sign-in, when it is known whose they are
            self.parked.look()

    def _on_signed_in(self, agent: AgentRef) -> None:
        folder = self._window.services.options.data_dir / "parked"
        self.parked.move_to(person_file(folder, agent.login))

    def take_over(self, old: CallPop) -> None:
        """Carry on where ``old`` (the window being replaced) was: its connection to the phone
        system, the calls waiting, and what it knows about this session's calls."""
        if old.server is not None:
            self.attach(old.server)
            old.server = None
        for item in list(old.calls.items):
            self.calls.add(item.event)
            if item.ended_at is not None:
                self.calls.mark_ended(item.event.call_id, item.ended_at)
        self._ended |= old._ended
        self._incident_of_call.update(old._incident_of_call)
        self._submitted |= old._submitted
        self._after_submit = old._after_submit

    # -- events --------------------------------------------------------------------------
    def handle_line(self, line: bytes) -> str | None:
        """Check one line from the local server: None if accepted (acted on next), else why not."""
        try:
            event = parse_event(line)
        except CallEventError as exc:
            log.warning("call event ignored: %s (received %r)", exc, line[:200])
            self.show_notice(self.tr("A call event was ignored: {0}").format(exc))
            return str(exc)
        # Answer the sender first; the window acts once this slot has returned.
        QTimer.singleShot(0, self, lambda: self.receive(event))
        return None

    def receive(self, event: CallEvent) -> None:
        log.info("call event %s (call id %r)", event.type, event.call_id)
        if event.type == CALL_ENDED:
            self._call_ended(event)
            return
        bring_to_front(self._window)
        if event.type != CALL:
            return
        if self.form_in_use():
            self.calls.add(event)
        else:
            self._start(event, None)

    def form_in_use(self) -> bool:
        """True while the form holds an incident that a pop would take away from the agent."""
        inp = self._form.to_input()
        if inp.call_id and inp.call_id not in self._ended:
            return True  # an announced call still going on, even before anything is typed
        if inp.is_blank():
            return False
        if worth_keeping(inp):
            return True
        # Only a caller on it: one the last submission left, or one whose call has ended.
        return not (inp.id == self._after_submit or inp.call_id)

    # -- waiting calls ---------------------------------------------------------------------
    @property
    def waiting(self) -> list[Waiting]:
        return self.calls.items

    def answer_next(self) -> None:
        if self.waiting:
            self.answer(self.waiting[0])
        else:
            self._window.status_line.showMessage(self.tr("No call is waiting."), 5000)

    def answer(self, item: Waiting) -> None:
        """Switch to a waiting call; what the form holds is parked first, never lost."""
        if item not in self.waiting or self._switching:
            return
        inp = self._form.to_input()
        if not worth_keeping(inp):
            self.calls.remove(item)
            self._start(item.event, item.ended_at)
            return

        def parked() -> None:
            self._switching = False
            self.calls.remove(item)
            self._start(item.event, item.ended_at)

        self._switching = True
        self.parked.park(inp, self._form.ended_at, parked, self._park_failed)

    def _park_failed(self, exc: BaseException) -> None:
        self._switching = False
        self.show_notice(
            self.tr(
                "Nothing was switched: the incident on the form could not be parked. {0}"
            ).format(user_message(exc))
        )

    # -- opening a call ----------------------------------------------------------------------
    def _start(self, event: CallEvent, ended_at: datetime | None) -> None:
        window, form = self._window, self._form
        assert event.at is not None
        self.lookup.close_dialog()
        form.begin_call(event.at.isoformat(), event.call_id)
        if ended_at is not None:
            form.ended_at = ended_at.isoformat()
        incident_id = form.to_input().id
        if event.call_id:
            self._incident_of_call[event.call_id] = incident_id
        window.card.show_caller(None)
        window.history.show_caller(None)
        window.follow_ups.show_caller(None)
        window.precedents.set_caller(None)
        window.status_line.showMessage(self.tr("Call from {0}").format(caller_text(event)), 10000)
        self.lookup.look_up(event, incident_id)

    # -- the end of a call -------------------------------------------------------------------
    def _call_ended(self, event: CallEvent) -> None:
        call_id, at = event.call_id, event.at
        assert at is not None
        self._ended.add(call_id)
        when = local_datetime(at, self._window.services.formats)
        if self._form.call_id() == call_id:
            self._form.ended_at = at.isoformat()
            self._window.status_line.showMessage(
                self.tr("The call ended at {0}; the incident records that time.").format(when),
                10000,
            )
            return
        if self.calls.mark_ended(call_id, at) or self.parked.stamp_end(call_id, at):
            return
        if self._incident_of_call.get(call_id) in self._submitted:
            log.info("call %r ended after its incident was submitted; left unchanged", call_id)
            self.show_notice(
                self.tr(
                    "Call {0} ended at {1}, after its incident was submitted. Submitted "
                    "incidents are never changed, so this end time was not added."
                ).format(ltr_isolate(call_id), when)
            )
            return
        log.info("call %r ended; no open incident belongs to it", call_id)
        self._window.status_line.showMessage(
            self.tr("Call {0} ended; no open incident belongs to it.").format(ltr_isolate(call_id)),
            8000,
        )

    def _on_submitted(self, row: IncidentRow) -> None:
        self._submitted.add(str(row.id))
        self._after_submit = self._form.to_input().id

    # -- parked incidents --------------------------------------------------------------------
    def resume_latest(self) -> None:
        latest = self.parked.latest()
        if latest is None:
            self._window.status_line.showMessage(self.tr("No incident is parked."), 5000)
        else:
            self.resume(latest)

    def resume(self, parked: Parked) -> None:
        """Back on the form; what the form held instead is parked in its place."""
        inp = self._form.to_input()
        if self._switching:
            return
        if worth_keeping(inp) and inp.id != parked.incident.id:
            self._switching = True

            def done() -> None:
                self._switching = False
                self._restore(parked)

            self.parked.park(inp, self._form.ended_at, done, self._park_failed)
        else:
            self._restore(parked)

    def _restore(self, parked: Parked) -> None:
        window, form = self._window, self._form
        form.load_input(parked.incident)
        form.ended_at = parked.ended_at
        window.services.drafts.flush()  # the draft file holds it before its parked file goes
        self.parked.forget(parked)
        form.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        window.card.show_caller(None)
        caller_id = parked.incident.caller_id
        if not caller_id:
            return

        def op(session: Session) -> CallerSummary | None:
            import uuid

            from agent_console.store.callers import get_caller

            return get_caller(session, uuid.UUID(caller_id))

        def found(caller: CallerSummary | None) -> None:
            if caller is not None and form.to_input().id == parked.incident.id:
                window.choose_caller(caller, keep_form=True)
                form.summary.setFocus(Qt.FocusReason.OtherFocusReason)

        window.services.data.run(op, found, lambda e: log.info("caller not shown: %s", e))

    # -- notices ------------------------------------------------------------------------------
    def show_notice(self, text: str) -> None:
        """One dismissable notice for call events, replaced by the next."""
        if self.notice is not None:
            self.notice.close_banner()
        notice = self.notice = self._window.banners.add("warning", text, "callNotice")
        notice.add_dismiss()
        notice.closed.connect(lambda: self._forget_notice(notice))

    def _forget_notice(self, notice: Banner) -> None:
        if self.notice is notice:
            self.notice = None
