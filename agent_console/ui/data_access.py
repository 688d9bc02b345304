"""The workstation's database as the widgets see it: opened in the runner, one session per operation.

The window shows first; ``open()`` then queues ``open_workstation`` as the runner's first
operation, so every later operation (they run in order) finds the database ready or the
reason it could not be opened. Widgets never hold a session or an ORM object.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from agent_console.core.options import AppOptions
from agent_console.ui.failures import KnownProblem, user_message
from agent_console.ui.runner import ErrorHandler, Runner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.store.caller_lookup import CallerLookup
    from agent_console.store.credentials import PasswordAnswer
    from agent_console.store.records import AgentRef, CallerSummary, IncidentRow
    from agent_console.store.startup import Workstation
    from agent_console.store.sync import Sync
    from agent_console.store.writer import Writer

T = TypeVar("T")
log = logging.getLogger(__name__)


class DatabaseNotOpen(KnownProblem):
    pass


HANDOVER_WAIT_S = 120.0


class Handover:
    """An open workstation passed from one window's DataAccess to the next one's, across
    their two runners: ``ready`` is set by the old runner once all its work is done."""

    def __init__(self) -> None:
        self.workstation: Workstation | None = None
        self.ready = threading.Event()


class DataAccess(QObject):
    opened = Signal(object)  # AgentRef
    failed = Signal(str)  # why the database could not be opened
    sign_in_needed = Signal(object)  # PasswordRequest: the sign-in dialog must ask (shared db)
    signed_out = Signal()  # the database was closed for a switch of user

    def __init__(self, options: AppOptions, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.options = options
        self.runner = runner
        self.state = "closed"  # closed, opening, open, failed
        self.problem = ""
        self.agent: AgentRef | None = None
        self.display_url = ""
        # Written by the worker inside operations, which run in order; read only there.
        self._workstation: Workstation | None = None
        self._sync: Sync | None = None
        self._lookup: tuple[Workstation, CallerLookup] | None = None  # made at the first search
        self._open_error: str | None = None

    @property
    def writable(self) -> bool:
        return self.state == "open"

    def open(self, answer: PasswordAnswer | None = None, *, silently: bool = True) -> None:
        """Open the database in the runner, signing in (see ``store.signing_in``): at start
        silently; with ``answer`` from the sign-in dialog; ``silently=False`` only asks for it.
        """
        self.state = "opening"
        self.runner.run(
            lambda: self._open_op(answer, silently), self._on_opened, self._on_open_failed
        )

    def sign_out(self) -> None:
        """Close the database (after what is queued) and ask who signs in next."""
        self.state = "closed"
        self.agent = None
        self.close()
        self.runner.run(lambda: None, lambda _: self.signed_out.emit())
        self.open(silently=False)

    def sign_in_cancelled(self, problem: str) -> None:
        self.state = "failed"
        self.problem = problem
        self._open_error = problem
        self.failed.emit(problem)

    def give_away(self, handover: Handover) -> None:
        """Queue handing the open, signed-in database to the next window's DataAccess (the
        window is rebuilt for a new language): its sync stops and nothing is left here to close.
        """
        self.runner.run(lambda: self._give_op(handover))

    def _give_op(self, handover: Handover) -> None:
        sync, self._sync = self._sync, None
        if sync is not None:
            sync.stop()
        self._close_lookup()
        handover.workstation, self._workstation = self._workstation, None

    def adopt(self, handover: Handover) -> None:
        """Carry on with the database handed over (nobody signs in again), once the old
        window's runner has finished its work; this side's sync starts on ``opened``.
        """
        self.state = "opening"
        self.runner.run(lambda: self._adopt_op(handover), self._on_opened, self._on_open_failed)

    def _adopt_op(self, handover: Handover) -> Workstation:
        if not handover.ready.wait(HANDOVER_WAIT_S):
            raise DatabaseNotOpen(self.tr("The previous window did not let go of the database."))
        workstation = handover.workstation
        if workstation is None:  # it was not open: open it as at start
            from agent_console.store.signing_in import open_signed_in

            workstation = open_signed_in(self.options, None, silently=True)
        self._workstation = workstation
        return workstation

    def _open_op(self, answer: PasswordAnswer | None, silently: bool) -> Workstation:
        from agent_console.store.signing_in import open_signed_in

        try:
            workstation = open_signed_in(self.options, answer, silently=silently)
        except Exception as exc:
            self._open_error = str(exc)
            raise
        self._workstation = workstation
        return workstation

    def _on_opened(self, workstation: Workstation) -> None:
        self.state = "open"
        self.agent = workstation.agent
        self.display_url = workstation.db.display_url
        self.opened.emit(workstation.agent)

    def _on_open_failed(self, exc: BaseException) -> None:
        from agent_console.store.credentials import SignInRequired

        if isinstance(exc, SignInRequired):
            self.state = "signing-in"
            self.sign_in_needed.emit(exc.request)
            return
        self.state = "failed"
        self.problem = user_message(exc)
        self.failed.emit(self.problem)

    def run(
        self,
        op: Callable[[Session], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run ``op`` with a fresh session in the runner; it commits if ``op`` returns."""
        self.runner.run(lambda: self._in_session(op), on_done, on_error)

    def _in_session(self, op: Callable[[Session], T]) -> T:
        with self._open_workstation().db.session() as session:
            return op(session)

    def write(
        self,
        op: Callable[[Writer], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run ``op`` with the workstation's Writer in the runner: writes that several people
        make (follow-ups, review notes) go through it, whichever way it reaches the database.
        """
        self.runner.run(lambda: op(self._writer()), on_done, on_error)

    def _writer(self) -> Writer:
        if self._sync is not None:
            return self._sync.writer  # on a shared database: the outbox, delivered in the background
        from agent_console.store.writer import Writer

        workstation = self._open_workstation()
        return Writer(workstation.db, workstation.agent)

    def find_callers(
        self,
        query: str,
        on_done: Callable[[list[CallerSummary]], None],
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Callers matching what was typed, looked up in the runner on a connection kept for it."""
        region = self.options.region
        self.runner.run(lambda: self._caller_lookup().search(query, region), on_done, on_error)

    def _caller_lookup(self) -> CallerLookup:
        workstation = self._open_workstation()
        if self._lookup is None or self._lookup[0] is not workstation:
            from agent_console.store.caller_lookup import CallerLookup

            self._close_lookup()
            self._lookup = (workstation, CallerLookup(workstation.db.engine))
        return self._lookup[1]

    def _close_lookup(self) -> None:
        lookup, self._lookup = self._lookup, None
        if lookup is not None:
            lookup[1].close()

    def pending_incidents_for(self, caller_id: uuid.UUID) -> list[IncidentRow]:
        """This workstation's incidents for ``caller_id`` not yet delivered (runner only)."""
        return [] if self._sync is None else self._sync.writer.pending_incidents_for(caller_id)

    def workstation(self) -> Workstation:
        """The open workstation; for operations running in the runner only."""
        return self._open_workstation()

    def use_sync(self, sync: Sync) -> None:
        """From now on writes go through ``sync``'s writer (called in the runner)."""
        self._sync = sync

    def _open_workstation(self) -> Workstation:
        workstation = self._workstation
        if workstation is None:
            raise DatabaseNotOpen(
                self.tr("The database is not open: {0}").format(
                    self._open_error or self.tr("it has not been opened yet.")
                )
            )
        return workstation

    def close(self) -> None:
        """Dispose of the engine in the runner, after everything already queued."""
        self.runner.run(self._close_op)

    def _close_op(self) -> None:
        sync, self._sync = self._sync, None
        if sync is not None:
            sync.stop()
        self._close_lookup()
        workstation, self._workstation = self._workstation, None
        if workstation is not None:
            workstation.db.dispose()

    def __repr__(self) -> str:
        return f"<DataAccess {self.state} {self.display_url!r}>"
