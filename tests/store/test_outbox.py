"""The outbox keeps every write until the shared database has it; the sender delivers it once."""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent_console.store import operations as ops
from agent_console.store.database import Database
from agent_console.store.errors import DatabaseCorrupt, DatabaseUnavailable
from agent_console.store.incidents import caller_history
from agent_console.store.models import AuditEvent, Caller, FollowUp, Incident
from agent_console.store.outbox import Outbox, OutboxTooNew
from agent_console.store.records import AgentRef, NewCaller, NewFollowUp
from agent_console.store.sender import Sender, SyncStatus
from agent_console.store.writer import Writer

from .helpers import T0, add_caller, incident


def wait_until(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.02)


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "outbox.sqlite3")


class Statuses(list[SyncStatus]):
    def __call__(self, status: SyncStatus) -> None:
        self.append(status)


@pytest.fixture
def statuses() -> Statuses:
    return Statuses()


@pytest.fixture
def sender_for(outbox: Outbox, statuses: Statuses) -> Iterator[Callable[..., Sender]]:
    started: list[Sender] = []

    def make(factory: Callable[[], Database], **options: float) -> Sender:
        sender = Sender(outbox, factory, statuses, min_backoff=0.05, max_backoff=0.2, **options)
        started.append(sender)
        return sender

    yield make
    for sender in started:
        sender.stop()


# The queue itself.


def test_writes_wait_in_order_until_delivered_and_survive_a_restart(
    outbox: Outbox, tmp_path: Path
) -> None:
    first = outbox.enqueue("incident.submit", {"n": 1})
    second = outbox.enqueue("caller.create", {"n": "two ✓ دو"})
    assert second > first and outbox.count() == 2
    reopened = Outbox(tmp_path / "outbox.sqlite3")  # as after a crash: it is all still there
    assert [(i.kind, i.payload) for i in reopened.pending()] == [
        ("incident.submit", {"n": 1}),
        ("caller.create", {"n": "two ✓ دو"}),
    ]
    reopened.mark_delivered(first)
    assert [i.id for i in outbox.pending()] == [second] and outbox.count() == 1


def test_the_outbox_schema_is_versioned_and_a_newer_one_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    Outbox(path).enqueue("incident.submit", {})
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        conn.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    with pytest.raises(OutboxTooNew, match="newer version"):
        Outbox(path)
    assert path.read_bytes() == before


def test_a_damaged_outbox_is_reported_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(DatabaseCorrupt):
        Outbox(path)
    assert path.read_bytes() == b"not a database" * 100


def test_held_writes_are_kept_apart_and_released_on_request(outbox: Outbox) -> None:
    kept = outbox.enqueue("incident.submit", {})
    outbox.record_failure(kept, "refused: stale", hold=True)
    assert outbox.count() == 0 and outbox.held_count() == 1
    assert outbox.held()[0].last_error == "refused: stale" and outbox.held()[0].attempts == 1
    assert outbox.release_held() == 1 and outbox.count() == 1
    assert not outbox.discard(kept)  # a write still waiting is never dropped
    outbox.record_failure(kept, "refused again", hold=True)
    assert outbox.discard(kept) and outbox.held_count() == 0  # a person read it and let it go


def test_payloads_round_trip_every_field() -> None:
    original = incident(uuid.uuid4(), 7, compensation_amount=None, checklist={"c": [1, "x"]})
    payload = ops.payload_for(AgentRef(uuid.uuid4(), "a", "A", "agent"), incident=original)
    assert ops.from_json(type(original), payload["incident"]) == original
    caller = NewCaller("Näme", ("+1 415 555 0134",), "AC-1")
    assert ops.from_json(NewCaller, ops.to_json(caller)) == caller


# The writer: direct on the embedded database, queued on a shared one.


def test_embedded_writes_go_straight_to_the_database(sqlite_db: Database, tmp_path: Path) -> None:
    from agent_console.store.agents import ensure_agent

    with sqlite_db.session() as session:
        agent = ensure_agent(session, "solo")
    writer = Writer(sqlite_db, agent)
    caller, _ = writer.create_caller(NewCaller("Direct", ("+44 20 7946 0958",)), "GB")
    row, changes = writer.submit_incident(incident(caller.id))
    assert not row.pending and changes.histories == {caller.id} and not writer.queued
    assert writer.pending_incidents_for(caller.id) == []
    assert not list(tmp_path.glob("outbox*"))


def test_shared_writes_are_queued_shown_as_pending_then_delivered(
    db: Database, agent: AgentRef, outbox: Outbox, sender_for: Callable[..., Sender]
) -> None:
    caller = add_caller(db, agent, "Queued", "0912 000 0000")
    sender = sender_for(lambda: db)
    writer = Writer(db, agent, outbox, sender.wake)
    submitted = [incident(caller.id, minute) for minute in (1, 2)]
    for one in submitted:
        row, changes = writer.submit_incident(one, caller_name="Queued")
        assert row.pending and changes.histories == {caller.id}
    pending = writer.pending_incidents_for(caller.id)
    assert [r.id for r in pending] == [submitted[1].id, submitted[0].id]
    assert all(r.pending and r.caller_name == "Queued" for r in pending)
    with db.session() as session:
        assert caller_history(session, caller.id).rows == ()
    sender.start()
    wait_until(lambda: outbox.count() == 0)
    assert writer.pending_incidents_for(caller.id) == []
    with db.session() as session:
        history = caller_history(session, caller.id).rows
    assert {r.id for r in history} == {s.id for s in submitted}
    assert not any(r.pending for r in history)


def test_every_kind_of_write_is_delivered_and_a_repeat_stores_once(
    db: Database, agent: AgentRef, outbox: Outbox, sender_for: Callable[..., Sender]
) -> None:
    writer = Writer(db, agent, outbox)
    new = NewCaller("Every Kind", ("+44 20 7946 0958",))
    writer.create_caller(new, "GB")
    one = incident(new.id)
    writer.submit_incident(one)
    follow = NewFollowUp(new.id, T0 + timedelta(days=1), "call back", incident_id=one.id)
    writer.create_follow_up(follow)
    writer.claim_follow_up(follow.id, 1)
    writer.close_follow_up(follow.id, 2, "resolved", 5, "sorted")
    writer.update_pinned_note(new.id, "prefers email", 1)
    for item in outbox.pending():  # a crash after the commit, before it was marked: all again
        outbox.enqueue(item.kind, item.payload)
    sender = sender_for(lambda: db)
    assert sender.deliver_batch() is False
    assert outbox.count() == 0 and outbox.held_count() == 0
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Incident)) == 1
        assert session.scalar(select(func.count()).select_from(Caller)) == 1
        follow_up = session.get(FollowUp, follow.id)
        assert follow_up is not None and follow_up.status == "done" and follow_up.version == 3
        caller = session.get(Caller, new.id)
        assert caller is not None and caller.pinned_note == "prefers email"
        actions = session.scalars(select(AuditEvent.action)).all()
    assert sorted(actions) == sorted(
        ["caller.created", "incident.submitted", "follow_up.created", "follow_up.claimed",
         "follow_up.closed", "caller.note_changed", "agent.created"]
    )  # fmt: skip


# The sender: back-off while the database is away, held writes, the schema check.


def test_backoff_doubles_from_the_minimum_up_to_the_cap(outbox: Outbox) -> None:
    sender = Sender(outbox, lambda: None, lambda s: None, min_backoff=0.5, max_backoff=30)  # type: ignore[arg-type, return-value]
    delays = [sender.backoff(n) for n in range(1, 12)]
    assert 0.4 <= delays[0] <= 0.6 and 0.8 <= delays[1] <= 1.2
    assert all(d <= 30 for d in delays) and delays[-1] >= 24


def test_while_the_database_is_away_writes_wait_and_status_says_offline(
    db: Database,
    agent: AgentRef,
    outbox: Outbox,
    statuses: Statuses,
    sender_for: Callable[..., Sender],
) -> None:
    caller = add_caller(db, agent, "Patient", "0912 000 0000")
    down = threading.Event()
    down.set()
    tries: list[float] = []

    def factory() -> Database:
        tries.append(time.monotonic())
        if down.is_set():
            raise DatabaseUnavailable("The database could not be reached (test).")
        return db

    sender = sender_for(factory)
    writer = Writer(db, agent, outbox, sender.wake)
    for minute in range(3):
        writer.submit_incident(incident(caller.id, minute))
    sender.start()
    wait_until(lambda: len(tries) >= 4)
    assert statuses[-1] == SyncStatus(False, 3, "The database could not be reached (test).")
    assert outbox.count() == 3
    down.clear()
    wait_until(lambda: outbox.count() == 0)
    wait_until(lambda: statuses[-1] == SyncStatus(True, 0, None))
    with db.session() as session:
        assert len(caller_history(session, caller.id).rows) == 3


def test_a_write_refused_for_good_is_held_and_the_queue_moves_on(
    db: Database,
    agent: AgentRef,
    outbox: Outbox,
    statuses: Statuses,
    sender_for: Callable[..., Sender],
) -> None:
    caller = add_caller(db, agent, "Real", "0912 000 0000")
    writer = Writer(db, agent, outbox)
    writer.submit_incident(incident(uuid.uuid4()))  # a caller this database never had
    writer.submit_incident(incident(caller.id))
    sender = sender_for(lambda: db)
    sender.deliver_batch()
    assert outbox.count() == 0 and outbox.held_count() == 1
    assert "does not exist" in (outbox.held()[0].last_error or "")
    assert statuses[-1].held == 1 and statuses[-1].online
    with db.session() as session:
        assert len(caller_history(session, caller.id).rows) == 1
    sender.start()  # a new start (perhaps a new version) gives held writes another try
    wait_until(lambda: outbox.held_count() == 1 and outbox.held()[0].attempts == 2)


def test_nothing_is_delivered_to_a_database_with_another_schema(
    sqlite_db: Database, outbox: Outbox, statuses: Statuses, sender_for: Callable[..., Sender]
) -> None:
    from agent_console.store.agents import ensure_agent

    with sqlite_db.session() as session:
        agent = ensure_agent(session, "agent")
    caller = add_caller(sqlite_db, agent, "Waiting", "0912 000 0000")
    Writer(sqlite_db, agent, outbox).submit_incident(incident(caller.id))
    with sqlite_db.engine.begin() as conn:  # IT upgraded it to a version we do not know
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    sender = sender_for(lambda: sqlite_db)
    sender.start()
    wait_until(lambda: bool(statuses) and not statuses[-1].online)
    assert "newer version" in (statuses[-1].last_error or "") and outbox.count() == 1
    with sqlite_db.session() as session:
        assert caller_history(session, caller.id).rows == ()
