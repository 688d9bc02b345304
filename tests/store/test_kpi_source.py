"""The dashboard's rows for a period, on SQLite, PostgreSQL and MariaDB."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import update

from agent_console.core.kpi import summarise
from agent_console.store.agents import ensure_agent
from agent_console.store.database import Database
from agent_console.store.follow_ups import close_follow_up, create_follow_up
from agent_console.store.incidents import submit_incident
from agent_console.store.kpi_source import KpiFilter, incidents_by_ids, kpi_choices, kpi_rows
from agent_console.store.models import Agent
from agent_console.store.records import AgentRef, NewFollowUp
from tests.store.helpers import T0, add_caller, incident

START, END = T0, T0 + timedelta(days=7)


def _seed(db: Database, agent: AgentRef) -> dict[str, Any]:
    caller = add_caller(db, agent, "Maryam Rahimi", "0912 345 6789")
    with db.session() as session:
        lead = ensure_agent(session, "lead", "Dmitry Orlov", role="lead")
        other = ensure_agent(session, "rkarimi", "رضا کریمی")
        session.execute(update(Agent).where(Agent.id == agent.id).values(team="North"))
        session.execute(update(Agent).where(Agent.id == other.id).values(team="South"))
    record = {"format": 1, "ticks": [], "adherence": 0.75}
    resolved = incident(caller.id, 60, checklist=record)  # day 0, 10:00, 5 minutes
    flagged = incident(caller.id, 24 * 60, outcome="resolved")  # day 1
    escalated = incident(caller.id, 2 * 24 * 60, outcome="escalated", escalated=True)
    before = incident(caller.id, -60)  # the day before the period
    after = incident(caller.id, 7 * 24 * 60)  # exactly at the end: left out
    with db.session() as session:
        for item in (resolved, flagged, before, after):
            submit_incident(session, item, agent)
        submit_incident(session, escalated, other)
        new = NewFollowUp(caller.id, T0 + timedelta(days=2), "Confirm the refund", flagged.id)
        row, _ = create_follow_up(session, new, agent)
    with db.session() as session:
        close_follow_up(session, row.id, row.version, "resolved", 4, "Happy now", lead)
    return {"resolved": resolved, "flagged": flagged, "escalated": escalated, "follow_up": row}


def test_period_rows_with_only_the_needed_columns(db: Database, agent: AgentRef) -> None:
    seeded = _seed(db, agent)
    with db.session() as session:
        rows = kpi_rows(session, START, END)
    by_id = {i.id: i for i in rows.incidents}
    resolved, flagged, escalated = (seeded[k] for k in ("resolved", "flagged", "escalated"))
    assert set(by_id) == {resolved.id, flagged.id, escalated.id}
    first = by_id[resolved.id]
    assert first.adherence == 0.75 and not first.follow_up_flagged
    assert first.team == "North" and first.agent == "Test Agent"
    assert first.ended_at is not None and first.ended_at - first.started_at == timedelta(minutes=5)
    assert by_id[flagged.id].follow_up_flagged and by_id[flagged.id].adherence is None
    assert by_id[escalated.id].escalated and by_id[escalated.id].agent == "رضا کریمی"

    (follow_up,) = rows.follow_ups
    assert follow_up.incident_id == flagged.id
    assert follow_up.status == "done" and follow_up.satisfaction == 4
    assert follow_up.closed_at is not None and follow_up.agent == "Test Agent"

    s = summarise(rows.incidents, rows.follow_ups, END)
    assert s.first_contact_resolution.ids == (resolved.id,)
    assert s.satisfaction_avg.value == 4.0


def test_filters_by_agent_and_team(db: Database, agent: AgentRef) -> None:
    seeded = _seed(db, agent)
    escalated = seeded["escalated"]
    with db.session() as session:
        agents, teams = kpi_choices(session)
        south = kpi_rows(session, START, END, KpiFilter(team="South"))
        north = kpi_rows(session, START, END, KpiFilter(team="North"))
        no_team = kpi_rows(session, START, END, KpiFilter(team=""))
        mine = kpi_rows(session, START, END, KpiFilter(agent_id=agent.id))
    assert teams == ["North", "South"]
    assert {a.name for a in agents} == {"Test Agent", "Dmitry Orlov", "رضا کریمی"}
    assert [i.id for i in south.incidents] == [escalated.id]
    assert south.follow_ups == ()
    assert len(north.incidents) == 2 and len(north.follow_ups) == 1
    assert no_team.incidents == () and no_team.follow_ups == ()
    assert {i.id for i in mine.incidents} == {i.id for i in north.incidents}


def test_incidents_by_ids_keep_the_order_given(db: Database, agent: AgentRef) -> None:
    seeded = _seed(db, agent)
    ids = [seeded[k].id for k in ("escalated", "resolved", "flagged")]
    with db.session() as session:
        rows = incidents_by_ids(session, [*ids, ids[0].__class__(int=1)])
        assert incidents_by_ids(session, []) == []
    assert [r.id for r in rows] == ids
    assert rows[0].agent_name == "رضا کریمی" and rows[1].checklist["adherence"] == 0.75
