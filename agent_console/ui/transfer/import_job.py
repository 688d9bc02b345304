"""One import run through the operation runner, with progress back on the GUI thread and a Cancel.

The import is one transaction (store.importer): Cancel makes the worker stop at the next row
and roll everything back, so the database is left as it was. It goes straight to the database,
not through the outbox: all of it lands or none does, and with the database unreachable it
fails at once with the reason, leaving nothing half sent.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from agent_console.core.changes import Changes
from agent_console.ui.failures import user_message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.store.import_writer import ImportReport
    from agent_console.store.importer import ImportSpec, Progress
    from agent_console.ui.services import ConsoleServices


class ImportJob(QObject):
    progressed = Signal(int, float)  # rows read, fraction of the file read
    finished = Signal(object)  # ImportReport
    failed = Signal(str, bool)  # message, whether it was cancelled

    def __init__(
        self, services: ConsoleServices, path: Path, spec: ImportSpec, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services, self.path, self.spec = services, path, spec
        self._cancel = threading.Event()
        self.running = False

    def start(self) -> None:
        data, path, spec = self._services.data, self.path, self.spec
        agent = data.agent
        cancel = self._cancel

        def op(session: Session) -> ImportReport:
            from agent_console.store.importer import import_csv

            if agent is None:
                raise RuntimeError("no one is signed in")
            return import_csv(
                session, path, spec, agent, progress=self._progress, cancelled=cancel.is_set
            )

        self.running = True
        data.run(op, self._done, self._failed)

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, progress: Progress) -> None:
        # Called on the worker thread; the signal reaches the dialog queued, on the GUI thread.
        self.progressed.emit(progress.rows, progress.fraction)

    def _done(self, report: ImportReport) -> None:
        self.running = False
        self._services.hub.publish(Changes(histories=frozenset(report.grown)))
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        from agent_console.store.importer import ImportCancelled

        self.running = False
        self.failed.emit(user_message(exc), isinstance(exc, ImportCancelled))
