"""Rows several people edit carry a version: of two edits at once one wins, the other is told."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from agent_console.store.agents import ensure_agent
from agent_console.store.caller_notes import update_pinned_note
from agent_console.store.database import Database
from agent_console.store.errors import EditRefused, StaleEdit
from agent_console.store.follow_ups import (
    claim_follow_up,
    close_follow_up,
    create_follow_up,
    get_follow_up,
)
from agent_console.store.models import AuditEvent
from agent_console.store.outbox import Outbox
from agent_console.store.records import AgentRef, FollowUpRow, NewFollowUp
from agent_console.store.sender import Sender
from agent_console.store.writer import Writer

from .helpers import T0, add_caller


@pytest.fixture
def leads(db: Database) -> tuple[AgentRef, AgentRef]:
    with db.session() as session:
        return (
            ensure_agent(session, "lead.one", "Lead One", role="lead"),
            ensure_agent(session, "lead.two", "Lead Two", role="lead"),
        )


def flag(db: Database, agent: AgentRef, owner: uuid.UUID | None = None) -> FollowUpRow:
    caller = add_caller(db, agent, "Waiting Caller", "0912 000 0000")
    new = NewFollowUp(caller.id, T0 + timedelta(days=1), "call back", owner_id=owner)
    with db.session() as session:
        return create_follow_up(session, new, agent)[0]


def audit_actions(db: Database, entity_id: uuid.UUID) -> list[tuple[str, str]]:
    with db.session() as session:
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.actor_login)
            .where(AuditEvent.entity_id == entity_id)
            .order_by(AuditEvent.at)
        )
        return [(action, login) for action, login in rows]


def at_the_same_moment(*edits: Callable[[], Any]) -> list[Any]:
    """Run each edit on its own thread (own session, own connection), released together."""
    barrier = threading.Barrier(len(edits))
    results: list[Any] = [None] * len(edits)

    def run(index: int, edit: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            results[index] = edit()
        except Exception as exc:
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i, e)) for i, e in enumerate(edits)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.mark.parametrize("round_", range(5))
def test_two_leads_close_the_same_follow_up_at_once_and_exactly_one_wins(
    db: Database, agent: AgentRef, leads: tuple[AgentRef, AgentRef], round_: int
) -> None:
    follow_up = flag(db, agent)

    def close_as(lead: AgentRef, outcome: str) -> FollowUpRow:
        with db.session() as session:
            row, _ = close_follow_up(
                session, follow_up.id, follow_up.version, outcome, 4, "note", lead
            )
            return row

    results = at_the_same_moment(
        lambda: close_as(leads[0], "resolved"), lambda: close_as(leads[1], "still_unhappy")
    )
    won = [r for r in results if isinstance(r, FollowUpRow)]
    stale = [r for r in results if isinstance(r, StaleEdit)]
    assert len(won) == 1 and len(stale) == 1, results
    refused = stale[0]
    assert refused.expected_version == 1
    assert isinstance(refused.current, FollowUpRow)
    assert refused.current.status == "done" and refused.current.version == 2
    winner = leads[0] if won[0] is results[0] else leads[1]
    assert winner.login in str(refused) and "Nothing was saved" in str(refused)
    closes = [a for a in audit_actions(db, follow_up.id) if a[0] == "follow_up.closed"]
    assert closes == [("follow_up.closed", winner.login)]


def test_a_stale_pinned_note_is_refused_and_shows_the_note_as_it_is_now(
    db: Database, agent: AgentRef, leads: tuple[AgentRef, AgentRef]
) -> None:
    caller = add_caller(db, agent, "Noted", "0912 000 0000")
    with db.session() as session:
        saved, changes = update_pinned_note(session, caller.id, "VIP", caller.version, leads[0])
    assert saved.pinned_note == "VIP" and saved.version == 2 and changes.callers == {caller.id}
    with pytest.raises(StaleEdit) as raised, db.session() as session:
        update_pinned_note(session, caller.id, "my older idea", caller.version, leads[1])
    assert raised.value.current == saved
    assert audit_actions(db, caller.id) == [
        ("caller.created", agent.login),
        ("caller.note_changed", leads[0].login),
    ]


def test_a_retried_edit_is_recognised_not_refused_as_stale(
    db: Database, agent: AgentRef, leads: tuple[AgentRef, AgentRef]
) -> None:
    follow_up = flag(db, agent)
    edit_id = uuid.uuid4()
    for _ in range(2):  # the reply was lost the first time; the outbox delivers it again
        with db.session() as session:
            row, _ = close_follow_up(
                session, follow_up.id, 1, "resolved", 5, "", leads[0], edit_id=edit_id
            )
    assert row.status == "done" and row.version == 2


def test_only_leads_take_or_close_what_someone_else_owns(
    db: Database, agent: AgentRef, leads: tuple[AgentRef, AgentRef]
) -> None:
    with db.session() as session:
        other = ensure_agent(session, "other.agent", "Other Agent")
    follow_up = flag(db, agent, owner=other.id)
    with pytest.raises(EditRefused, match="team lead"), db.session() as session:
        claim_follow_up(session, follow_up.id, 1, agent)
    with pytest.raises(EditRefused, match="team lead"), db.session() as session:
        close_follow_up(session, follow_up.id, 1, "resolved", None, "", agent)
    with db.session() as session:
        claimed, _ = claim_follow_up(session, follow_up.id, 1, leads[0])
        assert claimed.owner_name == "Lead One" and claimed.version == 2
    with pytest.raises(EditRefused, match="already done"), db.session() as session:
        close_follow_up(session, follow_up.id, 2, "resolved", 3, "", leads[0])
        close_follow_up(session, follow_up.id, 3, "resolved", 3, "", leads[0])
    with db.session() as session:
        found = get_follow_up(session, follow_up.id)
    assert found is not None and found.status == "open"  # the whole operation rolled back


def test_bad_close_values_are_refused_before_anything_is_written(
    db: Database, agent: AgentRef, leads: tuple[AgentRef, AgentRef]
) -> None:
    follow_up = flag(db, agent)
    with pytest.raises(EditRefused, match="1 to 5"), db.session() as session:
        close_follow_up(session, follow_up.id, 1, "resolved", 9, "", leads[0])
    with pytest.raises(EditRefused, match="outcome"), db.session() as session:
        close_follow_up(session, follow_up.id, 1, "whatever", 3, "", leads[0])


def test_a_stale_edit_sent_through_the_outbox_is_held_with_the_reason(
    db: Database, agent: AgentRef, leads: tuple[AgentRef, AgentRef], tmp_path: Path
) -> None:
    follow_up = flag(db, agent)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    Writer(db, leads[1], outbox).close_follow_up(follow_up.id, 1, "still_unhappy", 2, "offline")
    with db.session() as session:  # meanwhile, someone online closed it
        close_follow_up(session, follow_up.id, 1, "resolved", 5, "", leads[0])
    Sender(outbox, lambda: db, lambda s: None).deliver_batch()
    held = outbox.held()
    assert len(held) == 1 and "lead.one changed this follow-up" in (held[0].last_error or "")
