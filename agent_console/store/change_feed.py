"""Changes from other workstations: a cursor over the change log, polled, woken by LISTEN on PostgreSQL.

Sequence numbers are handed out at insert but transactions commit in any order, so a number
missing below the newest one seen may still be committing. The cursor keeps such gaps open
for ``GAP_GRACE_SECONDS`` (numbers of rolled-back writes never fill) and never reports a
change twice. ``changes_since`` is a plain function; ``ChangeFeed`` runs it on a thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from agent_console.core.changes import Changes
from agent_console.store.change_log import changes_for
from agent_console.store.database import Database
from agent_console.store.dialects import ChangeListener, support_for
from agent_console.store.models import ChangeLog

log = logging.getLogger(__name__)

GAP_GRACE_SECONDS = 30.0
BATCH = 1000
POLL_SECONDS = 1.0  # where nothing wakes the feed: within the 1 s budget
POLL_SECONDS_LISTENING = 5.0  # a safety net behind LISTEN/NOTIFY
GAP_POLL_SECONDS = 0.5  # while a gap is open, look again soon
MAX_GAP_SPAN = 10_000  # numbers further back than this are never waited for


@dataclass(frozen=True)
class ChangeCursor:
    """Every change numbered ``seq`` or lower has been reported (or given up on, if never filled)."""

    seq: int
    seen: frozenset[int] = frozenset()  # reported changes above ``seq``
    gaps: tuple[tuple[int, float], ...] = field(default=())  # (missing seq, first noticed)

    @property
    def waiting_on_gaps(self) -> bool:
        return bool(self.gaps)


def start_cursor(session: Session) -> ChangeCursor:
    """A cursor at the newest change: what happened before is already on screen."""
    return ChangeCursor(session.scalar(select(func.max(ChangeLog.seq))) or 0)


def changes_since(
    session: Session,
    cursor: ChangeCursor,
    *,
    now: float | None = None,
    limit: int = BATCH,
    grace: float = GAP_GRACE_SECONDS,
) -> tuple[ChangeCursor, Changes]:
    """What changed after ``cursor`` (at most ``limit`` rows), and the cursor to ask with next."""
    cursor, changes, _count = _read(session, cursor, now, limit, grace)
    return cursor, changes


def _read(
    session: Session, cursor: ChangeCursor, now: float | None, limit: int, grace: float
) -> tuple[ChangeCursor, Changes, int]:
    now = time.monotonic() if now is None else now
    newer = ChangeLog.seq > max(cursor.seen, default=cursor.seq)
    gaps = [seq for seq, _ in cursor.gaps]
    rows = session.execute(
        select(ChangeLog.seq, ChangeLog.entity_type, ChangeLog.entity_id, ChangeLog.caller_id)
        .where(or_(newer, ChangeLog.seq.in_(gaps)) if gaps else newer)
        .order_by(ChangeLog.seq)
        .limit(limit)
    ).all()
    changes = Changes()
    seen = set(cursor.seen)
    for seq, entity_type, entity_id, caller_id in rows:
        changes = changes | changes_for(entity_type, entity_id, caller_id)
        seen.add(seq)
    return _advance(cursor.seq, seen, dict(cursor.gaps), now, grace), changes, len(rows)


def _advance(
    seq: int, seen: set[int], gaps: dict[int, float], now: float, grace: float
) -> ChangeCursor:
    top = max(seen, default=seq)
    if top - seq > MAX_GAP_SPAN:  # a jump in the numbering, not writes still in flight
        seq = top - MAX_GAP_SPAN
    for missing in range(seq + 1, top):
        if missing not in seen:
            gaps.setdefault(missing, now)
    while seq + 1 in seen or (seq + 1 in gaps and now - gaps[seq + 1] >= grace):
        seq += 1
    return ChangeCursor(
        seq,
        frozenset(s for s in seen if s > seq),
        tuple(sorted((s, t) for s, t in gaps.items() if s > seq and s not in seen)),
    )


class ChangeFeed:
    """Polls the change log on its own thread and hands each non-empty ``Changes`` to ``on_changes``.

    ``on_changes`` and ``on_error`` run on the feed's thread: the UI passes a Qt signal's
    ``emit``, which crosses to the GUI thread by itself. On PostgreSQL a listener wakes the
    feed at every commit, so changes arrive in well under a second.
    """

    def __init__(
        self,
        db: Database,
        on_changes: Callable[[Changes], None],
        *,
        on_error: Callable[[str | None], None] | None = None,
        listen: bool = True,
        interval: float | None = None,
    ) -> None:
        self._db = db
        self._on_changes = on_changes
        self._on_error = on_error
        self._listen = listen
        self._interval = interval
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._listener: ChangeListener | None = None
        self._thread = threading.Thread(target=self._run, name="change-feed", daemon=True)
        self.cursor: ChangeCursor | None = None
        self.ready = threading.Event()  # set once the first cursor is read

    def start(self) -> None:
        if self._listen:
            support = support_for(self._db.engine.dialect.name)
            self._listener = support.listen_for_changes(self._db.engine, self.wake)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self._listener is not None:
            self._listener.stop()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    @property
    def interval(self) -> float:
        if self._interval is not None:
            return self._interval
        return POLL_SECONDS if self._listener is None else POLL_SECONDS_LISTENING

    def _run(self) -> None:
        failing: str | None = None
        while not self._stopping.is_set():
            self._wake.clear()  # before reading: a notice that comes meanwhile is not lost
            try:
                self.poll()
                if failing is not None and self._on_error is not None:
                    self._on_error(None)
                failing = None
            except Exception as exc:  # the feed must outlive any outage
                message = str(exc).strip()[:300]
                if message != failing:
                    log.warning("change feed could not read the change log: %s", message)
                    if self._on_error is not None:
                        self._on_error(message)
                failing = message
            cursor = self.cursor
            wait = self.interval
            if cursor is not None and cursor.waiting_on_gaps:
                wait = min(wait, GAP_POLL_SECONDS)
            self._wake.wait(wait)

    def poll(self) -> Changes:
        """Read what changed since the last poll and report it; returns it too (for tests)."""
        with self._db.session() as session:
            if self.cursor is None:
                self.cursor = start_cursor(session)
                self.ready.set()
                return Changes()
            found = Changes()
            while True:
                self.cursor, changes, count = _read(
                    session, self.cursor, None, BATCH, GAP_GRACE_SECONDS
                )
                found = found | changes
                if count < BATCH:
                    break
        if found:
            self._on_changes(found)
        return found
