"""The one operation runner: database and file work off the GUI thread, results back on it.

Operations run one at a time, in the order they were asked for, on a single worker thread
(Anki's ``taskman``). Each database operation opens its own session inside the operation.
``SyncRunner`` has the same interface and runs everything at once, for tests (Picard's
``FakeThreadPool``).
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from agent_console.ui.failures import known_failure, log_failure, user_message

T = TypeVar("T")
log = logging.getLogger(__name__)
ErrorHandler = Callable[[BaseException], None]


class Runner(Protocol):
    """What widgets are given: ``run`` an operation, hear about failures nobody handled."""

    failed: Any  # Signal(str)

    def run(
        self,
        op: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None: ...

    def is_idle(self) -> bool: ...


class WindowRunner(Runner, Protocol):
    """A runner a window can be given and that can be retired with it."""

    def stop_soon(self) -> None: ...

    def shutdown(self) -> None: ...


@dataclass(frozen=True)
class _Job:
    op: Callable[[], Any]
    on_done: Callable[[Any], None] | None
    on_error: ErrorHandler | None


def _execute(op: Callable[[], Any]) -> tuple[bool, Any]:
    """Run ``op``; a failure comes back as the exception the user should hear about."""
    try:
        return True, op()
    except Exception as exc:
        shown = known_failure(exc) or exc
        log_failure(shown)
        return False, shown


class _RunnerBase(QObject):
    failed = Signal(str)  # the message of a failed operation that had no error handler
    became_idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outstanding = 0

    def is_idle(self) -> bool:
        """True when every operation asked for has run and its result was delivered."""
        return self._outstanding == 0

    def _deliver(self, job: _Job, ok: bool, value: Any) -> None:
        self._outstanding -= 1
        try:
            if ok:
                if job.on_done is not None:
                    job.on_done(value)
            elif job.on_error is not None:
                job.on_error(value)
            else:
                self.failed.emit(user_message(value))
        finally:
            if self._outstanding == 0:
                self.became_idle.emit()


class SyncRunner(_RunnerBase):
    """Runs each operation at once on the calling thread: for tests, and nothing else."""

    def run(
        self,
        op: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        self._outstanding += 1
        ok, value = _execute(op)
        self._deliver(_Job(op, on_done, on_error), ok, value)

    def shutdown(self) -> None:
        """Nothing to stop; here so tests can treat both runners alike."""

    def stop_soon(self) -> None:
        """Nothing to stop; see ``OperationRunner.stop_soon``."""


class _Worker(QThread):
    finished_job = Signal(object, bool, object)

    def __init__(self, jobs: queue.SimpleQueue[_Job | None]) -> None:
        super().__init__()
        self._jobs = jobs

    def run(self) -> None:
        while (job := self._jobs.get()) is not None:
            ok, value = _execute(job.op)
            self.finished_job.emit(job, ok, value)


class OperationRunner(_RunnerBase):
    """One worker thread for all database and file work, first come first served."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._worker = _Worker(self._jobs)
        self._worker.setObjectName("operation-runner")
        # The worker emits from its own thread; the slot runs queued, on this object's thread.
        self._worker.finished_job.connect(self._on_finished)
        self._worker.start()
        self._stopped = False

    def run(
        self,
        op: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        if self._stopped:
            # Only while the window closes (a last draft save, closing the database): the
            # worker is gone, and the work is dropped rather than raising in a close handler.
            log.warning("operation asked for after shutdown was dropped: %r", op)
            return
        self._outstanding += 1
        self._jobs.put(_Job(op, on_done, on_error))

    @Slot(object, bool, object)
    def _on_finished(self, job: _Job, ok: bool, value: Any) -> None:
        if not self._stopped:
            self._deliver(job, ok, value)

    def stop_soon(self) -> None:
        """Let the worker finish what was asked for, without waiting here and without
        delivering results (their window is going away); later operations are dropped.
        ``shutdown`` still waits for the thread, if anything must.
        """
        if not self._stopped:
            self._stopped = True
            self._jobs.put(None)

    def shutdown(self) -> None:
        """Finish the operations already asked for (a submit, a draft save), then stop.

        Results still on their way to the GUI thread are dropped: the window is going away.
        """
        if not self._stopped:
            self._stopped = True
            self._jobs.put(None)
        self._worker.wait()
        self._outstanding = 0  # what is left will never be delivered
