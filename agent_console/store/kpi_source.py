"""The rows behind the KPI dashboard: a period's incidents and follow-ups, only the columns needed.

Incidents are those whose call started in [start, end); follow-ups those due in it. An agent
or team filter keeps the incidents that agent (or team) took and the follow-ups they flagged.
The checklist's adherence is read out of the JSON by the database, not the whole record.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Executable, select
from sqlalchemy.orm import Session

from agent_console.core.kpi import FollowUpFacts, IncidentFacts
from agent_console.store.incidents import _row, _rows_query
from agent_console.store.models import Agent, FollowUp, Incident
from agent_console.store.records import IncidentRow


@dataclass(frozen=True)
class KpiFilter:
    """Whose figures: everyone (both None), one agent, or one team ("" for agents with none)."""

    agent_id: uuid.UUID | None = None
    team: str | None = None


@dataclass(frozen=True)
class KpiRows:
    incidents: tuple[IncidentFacts, ...]
    follow_ups: tuple[FollowUpFacts, ...]


@dataclass(frozen=True)
class KpiAgent:
    id: uuid.UUID
    name: str
    team: str | None


def agent_conditions(who: KpiFilter) -> list[ColumnElement[bool]]:
    if who.agent_id is not None:
        return [Agent.id == who.agent_id]
    if who.team is not None:
        return [Agent.team.is_(None) if who.team == "" else Agent.team == who.team]
    return []


def _incidents_query(start: datetime, end: datetime, who: KpiFilter) -> Executable:
    flagged = select(FollowUp.incident_id).where(FollowUp.incident_id.is_not(None))
    return (
        select(
            Incident.id,
            Incident.started_at,
            Incident.ended_at,
            Agent.id,
            Agent.display_name,
            Agent.team,
            Incident.category,
            Incident.root_cause,
            Incident.outcome,
            Incident.escalated,
            Incident.mood_start,
            Incident.mood_end,
            Incident.checklist["adherence"].as_float(),
            Incident.id.in_(flagged),
        )
        .join(Agent, Agent.id == Incident.agent_id)
        .where(Incident.started_at >= start, Incident.started_at < end, *agent_conditions(who))
    )


def _follow_ups_query(start: datetime, end: datetime, who: KpiFilter) -> Executable:
    return (
        select(
            FollowUp.id,
            FollowUp.incident_id,
            Agent.id,
            Agent.display_name,
            Agent.team,
            FollowUp.due_at,
            FollowUp.closed_at,
            FollowUp.status,
            FollowUp.satisfaction,
        )
        .join(Agent, Agent.id == FollowUp.created_by)
        .where(FollowUp.due_at >= start, FollowUp.due_at < end, *agent_conditions(who))
    )


def _incident_facts(r: Sequence[Any]) -> IncidentFacts:
    adherence = None if r[12] is None else float(r[12])
    return IncidentFacts(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9]), r[10], r[11],
        adherence, bool(r[13]),
    )  # fmt: skip


def kpi_rows(
    session: Session, start: datetime, end: datetime, who: KpiFilter | None = None
) -> KpiRows:
    """The incidents that started and the follow-ups due in [start, end), for ``who``."""
    who = who or KpiFilter()
    conn = session.connection()
    incidents = tuple(_incident_facts(r) for r in conn.execute(_incidents_query(start, end, who)))
    follow_ups = tuple(FollowUpFacts(*r) for r in conn.execute(_follow_ups_query(start, end, who)))
    return KpiRows(incidents, follow_ups)


def kpi_choices(session: Session) -> tuple[list[KpiAgent], list[str]]:
    """Agents (by name) and team names, for the dashboard's "whose figures" list."""
    rows = session.connection().execute(
        select(Agent.id, Agent.display_name, Agent.team).order_by(Agent.display_name, Agent.id)
    )
    agents = [KpiAgent(*r) for r in rows]
    teams = sorted({a.team for a in agents if a.team})
    return agents, teams


def incidents_by_ids(session: Session, ids: Sequence[uuid.UUID]) -> list[IncidentRow]:
    """The incidents with these ids, in the order given (ids that do not exist are left out)."""
    if not ids:
        return []
    found = session.connection().execute(_rows_query().where(Incident.id.in_(list(ids))))
    rows = {row.id: row for row in map(_row, found)}
    return [rows[i] for i in ids if i in rows]
