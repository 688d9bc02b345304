"""The workstation's database as the widgets see it: opened in the runner, one session per operation.

The window shows first; ``open()`` then queues ``open_workstation`` as the runner's first
operation, so every later operation (they run in order) finds the database ready or the
reason it could not be opened. Widgets never hold a session or an ORM object.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from agent_console.core.options import AppOptions
from agent_console.store.records import AgentRef, IncidentRow
from agent_console.ui.failures import KnownProblem, user_message
from agent_console.ui.runner import ErrorHandler, Runner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.store.credentials import PasswordAnswer, PasswordRequest
    from agent_console.store.startup import Workstation
    from agent_console.store.sync import Sync
    from agent_console.store.writer import Writer

T = TypeVar("T")
log = logging.getLogger(__name__)


class DatabaseNotOpen(KnownProblem):
    pass


class DataAccess(QObject):
    opened = Signal(object)  # AgentRef
    failed = Signal(str)  # why the database could not be opened

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
        self._open_error: str | None = None
        # Asks for the shared database's password when the keyring has none (set by the window).
        self.ask_password: Callable[[PasswordRequest], PasswordAnswer | None] | None = None

    @property
    def writable(self) -> bool:
        return self.state == "open"

    def open(self) -> None:
        self.state = "opening"
        self.runner.run(self._open_op, self._on_opened, self._on_open_failed)

    def _open_op(self) -> Workstation:
        from agent_console.store.startup import open_workstation

        try:
            workstation = open_workstation(self.options, self.ask_password)
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
        workstation, self._workstation = self._workstation, None
        if workstation is not None:
            workstation.db.dispose()

    def __repr__(self) -> str:
        return f"<DataAccess {self.state} {self.display_url!r}>"
