"""The outbox belongs to the person who queued it, and a write the database refuses is parked.

Writes made at a desk go out only under the login that made them: when someone else signs in
on the same computer, the first person's writes wait for them. A write the database refuses
for the role (the client claimed to be a lead) is held with the reason, never retried in a
loop and never dropped.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from agent_console.store import operations as ops
from agent_console.store.agents import whoami
from agent_console.store.incidents import submit_incident
from agent_console.store.lead_records import NewReviewNote
from agent_console.store.models import Incident, ReviewNote
from agent_console.store.outbox import Outbox
from agent_console.store.records import AgentRef
from agent_console.store.sender import Sender
from tests.store import test_roles_db as roles_fixtures
from tests.store.test_roles_db import RolesDb, _caller, _incident

# The roles fixtures, by name, for this module.
pg_with_passwords = roles_fixtures.pg_with_passwords
roles_db_base = roles_fixtures.roles_db_base
roles = roles_fixtures.roles


def test_each_login_sees_and_sends_only_its_own_writes(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    alice = Outbox(path, owner="alice")
    alice.enqueue("incident.submit", {"actor": {"login": "alice"}})
    bob = Outbox(path, owner="bob")
    assert (bob.pending(), bob.count(), bob.others_waiting()) == ([], 0, 1)
    bob.enqueue("incident.submit", {"actor": {"login": "bob"}})
    assert [i.payload["actor"]["login"] for i in alice.pending()] == ["alice"]
    assert alice.count() == 1 and alice.others_waiting() == 1
    assert not bob.discard(alice.pending()[0].id)  # nor can bob throw alice's away


def test_an_older_outbox_keeps_its_writes_and_learns_whose_they_are(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with sqlite3.connect(path) as conn:  # as version 1 left it, with a write still waiting
        conn.execute(
            "CREATE TABLE ops (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
            "payload TEXT NOT NULL, caller_id TEXT, created_at TEXT NOT NULL, "
            "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, held INTEGER NOT NULL DEFAULT 0)"
        )
        payload = json.dumps({"actor": {"login": "carol"}})
        conn.execute(
            "INSERT INTO ops (kind, payload, created_at) VALUES ('incident.submit', ?, '2026-11-01T09:00:00+00:00')",
            (payload,),
        )
        conn.execute("PRAGMA user_version = 1")
    assert Outbox(path, owner="dave").pending() == []
    assert [i.kind for i in Outbox(path, owner="carol").pending()] == ["incident.submit"]


def _sender(outbox: Outbox, factory: object) -> Sender:
    return Sender(outbox, factory, lambda status: None)  # type: ignore[arg-type]


def test_writes_never_go_out_under_another_login(roles: RolesDb, tmp_path: Path) -> None:
    caller_id = _caller(roles.owner)
    first, second = roles.add("agent"), roles.add("agent")
    with roles.as_(first).session() as session:
        me = whoami(session)
    outbox = Outbox(tmp_path / "outbox.sqlite3", owner=first)
    incident = _incident(caller_id)
    outbox.enqueue(ops.INCIDENT_SUBMIT, ops.payload_for(me, incident=incident), caller_id)

    wrong = _sender(outbox, lambda: roles.as_(second))
    with pytest.raises(Exception, match=f"wait until {first} signs in"):
        wrong.deliver_batch()
    assert outbox.count() == 1
    with roles.owner.session() as session:
        assert session.get(Incident, incident.id) is None

    assert _sender(outbox, lambda: roles.as_(first)).deliver_batch() is False
    assert outbox.count() == 0
    with roles.owner.session() as session:
        stored = session.get(Incident, incident.id)
        assert stored is not None and stored.agent_id == me.id


def test_a_write_the_database_refuses_is_parked_with_the_reason(
    roles: RolesDb, tmp_path: Path
) -> None:
    caller_id = _caller(roles.owner)
    agent = roles.add("agent")
    db = roles.as_(agent)
    with db.session() as session:
        me = whoami(session)
        incident, _ = submit_incident(session, _incident(caller_id), me)
    claims_to_lead = AgentRef(me.id, me.login, me.display_name, "lead")  # the client lies
    outbox = Outbox(tmp_path / "outbox.sqlite3", owner=agent)
    note = NewReviewNote(incident.id, "I review myself")
    outbox.enqueue(ops.REVIEW_NOTE_ADD, ops.payload_for(claims_to_lead, note=note), None)
    sender = _sender(outbox, lambda: db)
    sender.deliver_batch()
    assert (outbox.count(), outbox.held_count()) == (0, 1)
    held = outbox.held()[0]
    assert held.last_error is not None and "did not allow this for your role" in held.last_error
    assert sender.status.held == 1
    assert sender.deliver_batch() is False  # nothing left to try: it is not retried in a loop
    assert outbox.held()[0].attempts == 1
    with roles.owner.session() as session:
        assert session.scalars(select(ReviewNote).where(ReviewNote.id == note.id)).all() == []
