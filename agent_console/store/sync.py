"""Starting a workstation's sync: the writer, the outbox sender and the change feed, as one.

The UI calls ``start_sync`` once the database is open and ``stop`` when it closes. Callbacks
run on background threads; pass Qt signals' ``emit`` so the GUI thread receives them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from agent_console.core.changes import Changes
from agent_console.store.change_feed import ChangeFeed
from agent_console.store.database import Database, open_database
from agent_console.store.outbox import Outbox
from agent_console.store.records import AgentRef
from agent_console.store.sender import Sender, SyncStatus
from agent_console.store.writer import Writer

OUTBOX_FILE = "outbox.sqlite3"


@dataclass
class Sync:
    writer: Writer
    feed: ChangeFeed
    sender: Sender | None  # None on the embedded database

    def stop(self) -> None:
        """Stop both threads; undelivered writes stay in the outbox for the next start."""
        if self.sender is not None:
            self.sender.stop()
        self.feed.stop()
        if self.writer.outbox is not None:
            self.writer.outbox.close()


class _StatusMerger:
    """One status from two threads: the sender's queue, and whether the feed can read."""

    def __init__(self, on_status: Callable[[SyncStatus], None], sender_status: SyncStatus) -> None:
        self._on_status = on_status
        self._lock = threading.Lock()
        self._sender = sender_status
        self._feed_error: str | None = None
        self._last: SyncStatus | None = None

    def sender_changed(self, status: SyncStatus) -> None:
        with self._lock:
            self._sender = status
            self._emit()

    def feed_changed(self, error: str | None) -> None:
        with self._lock:
            self._feed_error = error
            self._emit()

    def _emit(self) -> None:
        s = self._sender
        online = s.online and self._feed_error is None
        status = SyncStatus(online, s.waiting, s.last_error or self._feed_error, s.held)
        if status != self._last:
            self._last = status
            self._on_status(status)


def start_sync(
    db: Database,
    agent: AgentRef,
    data_dir: Path,
    *,
    on_changes: Callable[[Changes], None],
    on_status: Callable[[SyncStatus], None],
    reopen: Callable[[], Database] | None = None,
    listen: bool = True,
    max_backoff: float = 30.0,
) -> Sync:
    """Start syncing. Embedded: direct writes, and a feed for other processes on the same file.

    Shared: an outbox in ``data_dir``, a sender with its own connection pool (``reopen``;
    by default the same URL again) and a change feed, on PostgreSQL woken by LISTEN.
    """
    if db.is_embedded:
        merger = _StatusMerger(on_status, SyncStatus(True, 0, None))
        feed = ChangeFeed(db, on_changes, on_error=merger.feed_changed, listen=listen)
        feed.start()
        return Sync(Writer(db, agent), feed, None)
    outbox = Outbox(data_dir / OUTBOX_FILE, owner=agent.login)  # theirs only, see Outbox
    url = db.engine.url
    sender = Sender(
        outbox,
        reopen or (lambda: open_database(url)),
        lambda status: merger.sender_changed(status),
        on_delivered=on_changes,
        max_backoff=max_backoff,
    )
    merger = _StatusMerger(on_status, sender.status)

    def feed_status(error: str | None) -> None:
        merger.feed_changed(error)
        if error is None:
            sender.wake()  # the database answers again: deliver now, not after the back-off

    feed = ChangeFeed(db, on_changes, on_error=feed_status, listen=listen)
    writer = Writer(db, agent, outbox, sender.wake)
    sender.start()
    feed.start()
    return Sync(writer, feed, sender)
