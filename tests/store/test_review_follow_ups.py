"""Follow-ups as agents and team leads work them: flag, my list, snooze, reschedule, reassign, queue."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from agent_console.store.agents import ensure_agent
from agent_console.store.database import Database
from agent_console.store.errors import EditRefused, StaleEdit
from agent_console.store.follow_up_queries import (
    active_agents,
    due_follow_ups,
    my_follow_ups,
    queue_count,
    queue_page,
)
from agent_console.store.follow_ups import (
    claim_follow_up,
    close_follow_up,
    create_follow_up,
    get_follow_up,
    reassign_follow_up,
    snooze_follow_up,
)
from agent_console.store.incidents import submit_incident
from agent_console.store.lead_records import QueueFilter
from agent_console.store.models import AuditEvent
from agent_console.store.operations import apply
from agent_console.store.outbox import Outbox
from agent_console.store.records import AgentRef, FollowUpRow, NewFollowUp
from agent_console.store.types import utcnow
from agent_console.store.writer import Writer
from tests.store.helpers import T0, add_caller, incident


@pytest.fixture
def people(db: Database, agent: AgentRef) -> dict[str, AgentRef]:
    with db.session() as session:
        return {
            "me": agent,
            "other": ensure_agent(session, "other", "Other Agent"),
            "lead": ensure_agent(session, "lead.a", "Lead A", "lead"),
            "lead2": ensure_agent(session, "lead.b", "Lead B", "lead"),
        }


def _flag(db: Database, actor: AgentRef, hours: float, **fields: object) -> FollowUpRow:
    caller = fields.pop("caller_id", None) or add_caller(db, actor, f"C {uuid.uuid4().hex[:6]}").id
    new = NewFollowUp(caller, T0 + timedelta(hours=hours), "call back", **fields)  # type: ignore[arg-type]
    with db.session() as session:
        return create_follow_up(session, new, actor)[0]


def _actions(db: Database, entity: uuid.UUID) -> list[tuple[str, str, dict]]:
    with db.session() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == entity).order_by(AuditEvent.at)
        )
        return [(e.action, e.actor_login, dict(e.details)) for e in events]


def test_whose_a_new_flag_is(db: Database, people: dict[str, AgentRef]) -> None:
    me, other = people["me"], people["other"]
    mine = _flag(db, me, 1, scope="mine")
    team = _flag(db, me, 1, scope="team")
    named = _flag(db, me, 1, scope="agent", owner_id=other.id)
    assert (mine.owner_id, mine.scope, mine.owner_name) == (me.id, "mine", "Test Agent")
    assert (team.owner_id, team.scope) == (None, "team")
    assert (named.owner_id, named.scope, named.owner_name) == (other.id, "agent", "Other Agent")
    with pytest.raises(EditRefused, match="Choose the agent"):
        _flag(db, me, 1, scope="agent")
    with pytest.raises(EditRefused, match="Priority"):
        _flag(db, me, 1, priority=4)
    with pytest.raises(EditRefused, match="whose"):
        _flag(db, me, 1, scope="everyone")


def test_my_list_has_mine_the_teams_and_what_was_given_to_me_overdue_first(
    db: Database, people: dict[str, AgentRef]
) -> None:
    me, other, lead = people["me"], people["other"], people["lead"]
    later = _flag(db, me, 30, scope="mine")
    overdue = _flag(db, other, -5, scope="team")
    given = _flag(db, lead, 2, scope="agent", owner_id=me.id)
    _flag(db, other, 1, scope="mine")  # the other agent's own
    done = _flag(db, me, 3, scope="mine")
    with db.session() as session:
        close_follow_up(session, done.id, done.version, "reached", 4, "", me)
        listed = my_follow_ups(session, me.id)
        due = due_follow_ups(session, me.id, T0 + timedelta(hours=2))
    assert [r.id for r in listed] == [overdue.id, given.id, later.id]
    assert [r.id for r in due] == [overdue.id, given.id]


def test_snooze_moves_the_due_time_and_keeps_the_reason_in_the_audit_trail(
    db: Database, people: dict[str, AgentRef]
) -> None:
    me = people["me"]
    row = _flag(db, me, 1, scope="mine")
    new_due = T0 + timedelta(days=2)
    with db.session() as session:
        snoozed, changes = snooze_follow_up(session, row.id, 1, new_due, "Caller on holiday", me)
    assert snoozed.due_at == new_due and snoozed.version == 2 and snoozed.status == "open"
    assert row.id in changes.follow_ups
    action, login, details = _actions(db, row.id)[-1]
    assert (action, login, details["reason"]) == (
        "follow_up.snoozed",
        "tester",
        "Caller on holiday",
    )
    assert details["was_due_at"] == row.due_at.isoformat()
    with pytest.raises(EditRefused, match="Say why"), db.session() as session:
        snooze_follow_up(session, row.id, 2, new_due, "  ", me)
    with pytest.raises(StaleEdit, match="tester changed"), db.session() as session:
        snooze_follow_up(session, row.id, 1, new_due, "again", me)


def test_an_agent_cannot_snooze_someone_elses_follow_up(
    db: Database, people: dict[str, AgentRef]
) -> None:
    row = _flag(db, people["other"], 1, scope="mine")
    with pytest.raises(EditRefused, match="team lead"), db.session() as session:
        snooze_follow_up(session, row.id, 1, T0 + timedelta(days=1), "busy", people["me"])
    with db.session() as session:
        moved, _ = snooze_follow_up(
            session, row.id, 1, T0 + timedelta(days=1), "busy", people["lead"]
        )
    assert moved.version == 2


def test_no_answer_keeps_the_same_follow_up_open_with_a_new_due_time(
    db: Database, people: dict[str, AgentRef]
) -> None:
    me = people["me"]
    row = _flag(db, me, 1, scope="team")
    retry = T0 + timedelta(days=1)
    with db.session() as session:
        again, _ = snooze_follow_up(session, row.id, 1, retry, "", me, outcome="no_answer")
    assert again.status == "open" and again.due_at == retry
    action, _login, details = _actions(db, row.id)[-1]
    assert action == "follow_up.attempted" and details["outcome"] == "no_answer"


def test_closing_a_team_flag_records_who_called_back(
    db: Database, people: dict[str, AgentRef]
) -> None:
    row = _flag(db, people["other"], 1, scope="team")
    with db.session() as session:
        closed, _ = close_follow_up(session, row.id, 1, "resolved", 5, "happy now", people["me"])
    assert closed.status == "done" and closed.owner_id == people["me"].id
    assert (closed.outcome, closed.satisfaction, closed.close_note) == ("resolved", 5, "happy now")
    with pytest.raises(EditRefused, match="outcome"), db.session() as session:
        close_follow_up(session, row.id, 2, "unresolved", 3, "", people["lead"])


def test_reassign_is_for_leads_and_a_stale_one_names_who_and_the_new_owner(
    db: Database, people: dict[str, AgentRef]
) -> None:
    me, other, lead, lead2 = people["me"], people["other"], people["lead"], people["lead2"]
    row = _flag(db, me, 1, scope="team")
    with pytest.raises(EditRefused, match="team lead"), db.session() as session:
        reassign_follow_up(session, row.id, 1, other.id, me)
    with db.session() as session:
        given, _ = reassign_follow_up(session, row.id, 1, other.id, lead)
    assert (given.owner_id, given.scope, given.version) == (other.id, "agent", 2)
    with pytest.raises(StaleEdit) as refused, db.session() as session:
        claim_follow_up(session, row.id, 1, lead2)
    message = str(refused.value)
    assert "lead.a changed this follow-up" in message and "taken by Other Agent" in message
    assert isinstance(refused.value.current, FollowUpRow)
    assert refused.value.current.owner_name == "Other Agent"
    with db.session() as session:
        back, _ = reassign_follow_up(session, row.id, 2, None, lead2)
    assert (back.owner_id, back.scope) == (None, "team")
    assert [a[0] for a in _actions(db, row.id)][-2:] == ["follow_up.reassigned"] * 2


def test_queue_filters_and_pages_soonest_due_first(
    db: Database, people: dict[str, AgentRef]
) -> None:
    me, other = people["me"], people["other"]
    caller = add_caller(db, me, "Queue Caller")
    billing, delivery = incident(caller.id, 0, "billing"), incident(caller.id, 5, "delivery")
    with db.session() as session:
        submit_incident(session, billing, me)
        submit_incident(session, delivery, me)
    rows = [
        _flag(db, me, h, scope="team", priority=p, caller_id=caller.id, incident_id=i.id)
        for h, p, i in ((5, 1, billing), (-3, 2, delivery), (1, 3, billing), (-1, 1, billing))
    ]
    _flag(db, other, 2, scope="mine", caller_id=caller.id)
    now = T0
    with db.session() as session:
        everything = queue_page(session, QueueFilter(), now)
        assert [r.due_at for r in everything.rows] == sorted(r.due_at for r in everything.rows)
        assert len(everything.rows) == 5 and everything.next_key is None
        first = queue_page(session, QueueFilter(), now, limit=2)
        second = queue_page(session, QueueFilter(), now, first.next_key, limit=2)
        third = queue_page(session, QueueFilter(), now, second.next_key, limit=2)
        paged = [r.id for page in (first, second, third) for r in page.rows]
        assert paged == [r.id for r in everything.rows] and third.next_key is None
        urgent = queue_page(session, QueueFilter(priority=1), now).rows
        assert {r.id for r in urgent} == {rows[0].id, rows[3].id}
        assert all(r.category == "billing" for r in urgent)
        in_delivery = queue_page(session, QueueFilter(category="delivery"), now).rows
        assert [r.id for r in in_delivery] == [rows[1].id]
        owned = queue_page(session, QueueFilter(owner_id=other.id), now).rows
        assert [r.owner_name for r in owned] == ["Other Agent"]
        assert len(queue_page(session, QueueFilter(unowned_only=True), now).rows) == 4
        assert queue_count(session, QueueFilter(), now) == (5, 2)
        aged, flagged = QueueFilter(min_age_days=3), utcnow()  # created_at is the real time
        assert len(queue_page(session, aged, flagged + timedelta(days=3, minutes=1)).rows) == 5
        assert not queue_page(session, aged, flagged).rows
        names = [a.display_name for a in active_agents(session)]
    assert {"Lead A", "Other Agent", "Test Agent"} <= set(names)


def test_snooze_reassign_and_close_replayed_from_the_outbox_are_stored_once(
    db: Database, people: dict[str, AgentRef], tmp_path: Path
) -> None:
    row = _flag(db, people["me"], 1, scope="team")
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    writer = Writer(db, people["lead"], outbox)
    writer.snooze_follow_up(row.id, 1, T0 + timedelta(days=1), "Caller asked for tomorrow")
    writer.reassign_follow_up(row.id, 2, people["other"].id)
    writer.close_follow_up(row.id, 3, "still_unhappy", 2, "wants a manager")
    items = outbox.pending()
    for _ in range(2):  # a delivery retried after a lost reply changes nothing more
        for item in items:
            with db.session() as session:
                apply(session, item.kind, item.payload)
    outbox.close()
    with db.session() as session:
        final = get_follow_up(session, row.id)
    assert final is not None and final.version == 4 and final.status == "done"
    assert final.owner_name == "Other Agent" and final.outcome == "still_unhappy"
    actions = [a[0] for a in _actions(db, row.id)]
    assert actions == [
        "follow_up.created", "follow_up.snoozed", "follow_up.reassigned", "follow_up.closed",
    ]  # fmt: skip


def test_working_as_the_demo_lead_is_for_the_embedded_database_only(
    db: Database, people: dict[str, AgentRef]
) -> None:
    from agent_console.store.acting import CannotActAs, acting_agent

    with db.session() as session:
        if db.is_embedded:
            assert acting_agent(session, "lead.a", embedded=True) == people["lead"]
            with pytest.raises(CannotActAs, match="no active agent 'nobody'"):
                acting_agent(session, "nobody", embedded=True)
        else:
            with pytest.raises(CannotActAs, match="embedded database"):
                acting_agent(session, "lead.a", embedded=db.is_embedded)
