"""Changes from other workstations: a cursor over the change log, and a feed that follows it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from agent_console.core.changes import Changes
from agent_console.store.change_feed import ChangeCursor, ChangeFeed, changes_since, start_cursor
from agent_console.store.database import Database, open_database
from agent_console.store.follow_ups import create_follow_up
from agent_console.store.incidents import submit_incident
from agent_console.store.models import ChangeLog
from agent_console.store.records import AgentRef, NewFollowUp
from tests.servers import PostgresCluster

from .helpers import T0, add_caller, incident


def poll(
    db: Database, cursor: ChangeCursor, now: float | None = None
) -> tuple[ChangeCursor, Changes]:
    with db.session() as session:
        return changes_since(session, cursor, now=now)


def test_each_write_is_reported_once_with_what_it_touched(db: Database, agent: AgentRef) -> None:
    with db.session() as session:
        cursor = start_cursor(session)
    caller = add_caller(db, agent, "Watched", "0912 000 0000")
    with db.session() as session:
        row, _ = submit_incident(session, incident(caller.id), agent)
        follow_up, _ = create_follow_up(
            session, NewFollowUp(caller.id, T0 + timedelta(days=1), "call back"), agent
        )
    cursor, changes = poll(db, cursor)
    assert changes == Changes(
        callers=frozenset({caller.id}),
        incidents=frozenset({row.id}),
        follow_ups=frozenset({follow_up.id}),
        histories=frozenset({caller.id}),
    )
    assert poll(db, cursor)[1] == Changes()
    with db.session() as session:  # the same incident again is no change at all
        submit_incident(session, incident(caller.id, id=row.id), agent)
    assert poll(db, cursor)[1] == Changes()


def test_a_write_that_rolls_back_leaves_no_change(db: Database, agent: AgentRef) -> None:
    caller = add_caller(db, agent, "Rolled", "0912 000 0000")
    with db.session() as session:
        before = session.scalar(select(func.count()).select_from(ChangeLog))
    with pytest.raises(RuntimeError), db.session() as session:
        submit_incident(session, incident(caller.id), agent)
        raise RuntimeError("the operation failed after the write")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ChangeLog)) == before


def test_a_change_still_committing_below_a_newer_one_is_not_skipped(
    db: Database, agent: AgentRef
) -> None:
    if db.is_embedded:
        pytest.skip("SQLite has one writer at a time: numbers always commit in order")
    caller = add_caller(db, agent, "Slow And Fast", "0912 000 0000")
    with db.session() as session:
        cursor = start_cursor(session)
    slow_row = incident(caller.id, 1)
    fast_row = incident(caller.id, 2)
    with db.session() as slow:
        submit_incident(slow, slow_row, agent)  # takes its number, does not commit yet
        with db.session() as fast:
            submit_incident(fast, fast_row, agent)
        cursor, changes = poll(db, cursor)
        assert changes.incidents == {fast_row.id} and cursor.waiting_on_gaps
    cursor, changes = poll(db, cursor)
    assert changes.incidents == {slow_row.id}
    assert not cursor.waiting_on_gaps and poll(db, cursor)[1] == Changes()


def test_a_number_never_filled_is_given_up_after_the_grace_period(
    db: Database, agent: AgentRef
) -> None:
    if db.is_embedded:
        pytest.skip("SQLite reuses a rolled-back number, so no gap is left")
    caller = add_caller(db, agent, "Gap", "0912 000 0000")
    with db.session() as session:
        cursor = start_cursor(session)
    with pytest.raises(RuntimeError), db.session() as session:
        submit_incident(session, incident(caller.id, 1), agent)
        session.flush()
        raise RuntimeError("rolled back: its number is gone for good")
    with db.session() as session:
        submit_incident(session, incident(caller.id, 2), agent)
    cursor, changes = poll(db, cursor, now=100.0)
    assert len(changes.incidents) == 1 and cursor.waiting_on_gaps
    held_at = cursor.seq
    cursor, _ = poll(db, cursor, now=110.0)
    assert cursor.seq == held_at
    cursor, changes = poll(db, cursor, now=131.0)
    assert not cursor.waiting_on_gaps and cursor.seq > held_at and changes == Changes()


def test_a_jump_in_the_numbering_is_not_waited_for_number_by_number() -> None:
    from agent_console.store.change_feed import MAX_GAP_SPAN, _advance

    cursor = _advance(10, {5_000_000}, {}, now=0.0, grace=30.0)
    assert cursor.seq >= 5_000_000 - MAX_GAP_SPAN and len(cursor.gaps) < MAX_GAP_SPAN
    assert _advance(cursor.seq, set(cursor.seen), dict(cursor.gaps), 31.0, 30.0).seq == 5_000_000


class Collected:
    def __init__(self) -> None:
        self.changes: list[tuple[float, Changes]] = []
        self.errors: list[str | None] = []
        self.arrived = threading.Condition()

    def __call__(self, changes: Changes) -> None:
        with self.arrived:
            self.changes.append((time.monotonic(), changes))
            self.arrived.notify_all()

    def wait_for(self, incident_id: object, seconds: float) -> float:
        deadline = time.monotonic() + seconds
        with self.arrived:
            while True:
                for at, changes in self.changes:
                    if incident_id in changes.incidents:
                        return at
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no change for {incident_id} within {seconds} s")
                self.arrived.wait(left)


@pytest.fixture
def collected() -> Collected:
    return Collected()


@pytest.fixture
def feed_for(collected: Collected) -> Iterator[list[ChangeFeed]]:
    feeds: list[ChangeFeed] = []
    yield feeds
    for feed in feeds:
        feed.stop()


def start_feed(
    db: Database, collected: Collected, feeds: list[ChangeFeed], **options: object
) -> ChangeFeed:
    feed = ChangeFeed(db, collected, on_error=collected.errors.append, **options)  # type: ignore[arg-type]
    feeds.append(feed)
    feed.start()
    assert feed.ready.wait(10)
    return feed


def test_the_feed_hands_on_another_workstations_incident(
    db: Database, agent: AgentRef, collected: Collected, feed_for: list[ChangeFeed]
) -> None:
    caller = add_caller(db, agent, "Seen Elsewhere", "0912 000 0000")
    other = open_database(db.engine.url)  # the other workstation: its own engine and pool
    try:
        start_feed(other, collected, feed_for)
        submitted = incident(caller.id)
        with db.session() as session:
            submit_incident(session, submitted, agent)
        began = time.monotonic()
        assert collected.wait_for(submitted.id, 5) - began < 2.0
    finally:
        other.dispose()


def test_on_postgresql_listen_notify_wakes_the_feed_at_once(
    agent_url_db: tuple[Database, AgentRef], collected: Collected, feed_for: list[ChangeFeed]
) -> None:
    db, agent = agent_url_db
    caller = add_caller(db, agent, "Notified", "0912 000 0000")
    feed = start_feed(db, collected, feed_for, interval=60.0)  # polling alone would take a minute
    time.sleep(0.3)  # let the listener connect
    for minute in range(5):
        submitted = incident(caller.id, minute)
        began = time.monotonic()
        with db.session() as session:
            submit_incident(session, submitted, agent)
        assert collected.wait_for(submitted.id, 5) - began < 0.5
    assert feed.interval == 60.0


def test_the_feed_rides_out_a_server_outage(
    pg_cluster: PostgresCluster, agent_url_db: tuple[Database, AgentRef],
    collected: Collected, feed_for: list[ChangeFeed],
) -> None:  # fmt: skip
    db, agent = agent_url_db
    caller = add_caller(db, agent, "Outage", "0912 000 0000")
    start_feed(db, collected, feed_for, interval=0.2)
    pg_cluster.stop()
    deadline = time.monotonic() + 10
    while not any(collected.errors) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert any(collected.errors), "the feed should say it cannot read"
    pg_cluster.start()
    submitted = incident(caller.id)
    with db.session() as session:
        submit_incident(session, submitted, agent)
    collected.wait_for(submitted.id, 20)
    assert collected.errors[-1] is None  # and it said so when the database was back


@pytest.fixture
def agent_url_db(pg_cluster: PostgresCluster) -> Iterator[tuple[Database, AgentRef]]:
    from agent_console.store import migrate
    from agent_console.store.agents import ensure_agent
    from agent_console.store.database import make_engine

    engine = make_engine(pg_cluster.url)
    migrate.upgrade(engine)
    engine.dispose()
    db = open_database(pg_cluster.url)
    with db.session() as session:
        agent = ensure_agent(session, "outage")
    yield db, agent
    db.dispose()
