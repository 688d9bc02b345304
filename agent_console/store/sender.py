"""The sender: a background thread that delivers the outbox to the shared database.

Each write is delivered in its own transaction and marked delivered only after the server
committed it, so a crash at any point means at worst a repeat, which the idempotent
operations store once. Network and server trouble is retried with exponential back-off
(capped at ``max_backoff``); a write the database refuses for good (a stale edit, invalid
data) is held for a person to see, never dropped, and the queue moves on.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import exc as sa_exc

from agent_console.core.changes import Changes
from agent_console.store.agents import session_login
from agent_console.store.database import Database, require_current_schema
from agent_console.store.errors import (
    DatabaseCorrupt,
    DatabaseUnavailable,
    DataDirError,
    SchemaTooNew,
    SchemaTooOld,
    StorageFull,
    StoreError,
    friendly_error,
)
from agent_console.store.operations import apply
from agent_console.store.outbox import Outbox, OutboxItem

log = logging.getLogger(__name__)

BATCH = 100
IDLE_SECONDS = 30.0  # with nothing to send, look at the outbox now and then anyway
CONFLICT_ATTEMPTS = 5  # a unique-key clash is a race with our own earlier try; then it is real
_TRANSIENT = (DatabaseUnavailable, SchemaTooOld, SchemaTooNew, StorageFull, DataDirError)


@dataclass(frozen=True)
class SyncStatus:
    """For the status bar: "offline, 3 waiting"."""

    online: bool
    waiting: int
    last_error: str | None
    held: int = 0  # writes refused for good, waiting for a person (see Outbox.held())


class _Offline(Exception):
    """The shared database cannot be reached or written now; try again later."""


class Sender:
    """Delivers ``outbox`` through databases from ``database_factory`` (called again after failures).

    ``on_status`` and ``on_delivered`` run on the sender's thread; the UI passes a Qt
    signal's ``emit``. Call ``wake()`` after each enqueue so delivery starts at once.
    """

    def __init__(
        self,
        outbox: Outbox,
        database_factory: Callable[[], Database],
        on_status: Callable[[SyncStatus], None],
        *,
        on_delivered: Callable[[Changes], None] | None = None,
        min_backoff: float = 0.5,
        max_backoff: float = 30.0,
    ) -> None:
        self.outbox = outbox
        self._factory = database_factory
        self._on_status = on_status
        self._on_delivered = on_delivered
        self._min_backoff = min_backoff
        self._max_backoff = max_backoff
        self._db: Database | None = None
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.status = SyncStatus(True, outbox.count(), None, outbox.held_count())

    def start(self) -> None:
        """Start delivering; writes held in an earlier run get one more try."""
        released = self.outbox.release_held()
        if released:
            log.info("trying %d held writes again", released)
        self._thread = threading.Thread(target=self._run, name="outbox-sender", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the write in flight; whatever is left stays in the outbox for next time."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self._db is not None:
            self._db.dispose()
            self._db = None

    def backoff(self, failures: int) -> float:
        delay = min(self._max_backoff, self._min_backoff * 2.0 ** min(failures - 1, 30))
        return min(self._max_backoff, delay * random.uniform(0.8, 1.2))

    def _run(self) -> None:
        failures = 0
        while not self._stopping.is_set():
            self._wake.clear()  # before delivering: a wake() during the batch is not lost
            try:
                more = self.deliver_batch()
                failures = 0
                wait = 0.0 if more else IDLE_SECONDS
            except _Offline as exc:
                failures += 1
                self._report(online=False, error=str(exc))
                wait = self.backoff(failures)
            except Exception:  # a bug: keep the thread alive, the writes stay queued
                log.exception("the sender failed unexpectedly")
                failures += 1
                wait = self.backoff(failures)
            if wait:
                self._wake.wait(wait)

    def deliver_batch(self) -> bool:
        """Deliver up to BATCH waiting writes; True if more may be waiting. Raises _Offline."""
        items = self.outbox.pending(BATCH)
        if not items:
            self._report(online=self.status.online, error=self.status.last_error)
            return False
        db = self._database()
        changes = Changes()
        try:
            for item in items:
                if self._stopping.is_set():
                    break
                changes = changes | self._deliver(db, item)
        finally:  # what got through before an outage is news too
            if changes and self._on_delivered is not None:
                self._on_delivered(changes)
        self._report(online=True, error=None)
        return len(items) == BATCH

    def _database(self) -> Database:
        try:
            if self._db is None:
                db = self._factory()
                self._check_login(db)
                self._db = db
            with self._db.engine.connect() as conn:  # IT may have upgraded it meanwhile
                require_current_schema(conn)
            return self._db
        except (*_TRANSIENT, DatabaseCorrupt) as exc:
            raise _Offline(str(exc)) from exc
        except (sa_exc.DBAPIError, OSError) as exc:
            raise _Offline(str(friendly_error(exc) or exc)) from exc

    def _check_login(self, db: Database) -> None:
        """Writes go out only under the login that queued them (see Outbox.owner)."""
        owner = self.outbox.owner
        if owner is None or db.is_embedded:
            return
        with db.session() as session:
            login = session_login(session)
        if login != owner:
            db.dispose()
            raise _Offline(
                f"The writes waiting here were made by {owner}, and the database connection is "
                f"signed in as {login}; they wait until {owner} signs in on this computer."
            )

    def _deliver(self, db: Database, item: OutboxItem) -> Changes:
        try:
            with db.session() as session:
                changes = apply(session, item.kind, item.payload)
        except Exception as exc:
            known = friendly_error(exc) if isinstance(exc, sa_exc.DBAPIError | OSError) else None
            problem = known or exc
            raw = exc.orig if isinstance(exc, sa_exc.DBAPIError) and known is None else problem
            message = str(raw).strip() or type(exc).__name__  # without SQL and parameters
            clash = isinstance(exc, sa_exc.IntegrityError)
            if isinstance(problem, _TRANSIENT) or (clash and item.attempts + 1 < CONFLICT_ATTEMPTS):
                self.outbox.record_failure(item.id, message, hold=False)
                raise _Offline(message) from exc
            if isinstance(problem, StoreError | LookupError):
                log.info("write %d (%s) was refused: %s", item.id, item.kind, message)
            else:  # a bug, or a database error we do not know: keep the traceback for IT
                log.error("write %d (%s) could not be delivered", item.id, item.kind, exc_info=exc)
            self.outbox.record_failure(item.id, message, hold=True)
            self._report(online=True, error=message)
            return Changes()
        self.outbox.mark_delivered(item.id)
        return changes

    def _report(self, *, online: bool, error: str | None) -> None:
        status = SyncStatus(online, self.outbox.count(), error, self.outbox.held_count())
        if status != self.status:
            self.status = status
            self._on_status(status)
