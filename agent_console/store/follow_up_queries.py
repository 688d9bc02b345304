"""Reading follow-ups: an agent's due and upcoming ones, the team lead's queue, and the agents.

"Mine" is what the agent should call back: flags they own (their own, or given to them) and
the team's flags nobody has taken yet. Everything is soonest due first, so overdue comes first.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

from agent_console.store.follow_ups import follow_up_rows, to_row
from agent_console.store.lead_records import AgentChoice, QueueFilter, QueueKey, QueuePage
from agent_console.store.models import Agent, FollowUp, Incident
from agent_console.store.records import FollowUpRow

MINE_LIMIT = 200
QUEUE_PAGE = 100


def _mine(agent_id: uuid.UUID) -> ColumnElement[bool]:
    return or_(FollowUp.owner_id == agent_id, FollowUp.owner_id.is_(None))


def my_follow_ups(
    session: Session, agent_id: uuid.UUID, limit: int = MINE_LIMIT
) -> list[FollowUpRow]:
    """The agent's open follow-ups (theirs and the team's untaken ones), soonest due first."""
    query = follow_up_rows(FollowUp.status == "open", _mine(agent_id))
    query = query.order_by(FollowUp.due_at, FollowUp.id).limit(limit)
    return [to_row(found) for found in session.execute(query)]


def due_follow_ups(session: Session, agent_id: uuid.UUID, now: datetime) -> list[FollowUpRow]:
    """The agent's open follow-ups due at ``now`` or earlier, most overdue first."""
    query = follow_up_rows(
        FollowUp.status == "open",
        _mine(agent_id),
        FollowUp.due_at <= now,
    ).order_by(FollowUp.due_at, FollowUp.id)
    return [to_row(found) for found in session.execute(query.limit(MINE_LIMIT))]


def queue_page(
    session: Session,
    filters: QueueFilter,
    now: datetime,
    after: QueueKey | None = None,
    limit: int = QUEUE_PAGE,
) -> QueuePage:
    """One page of every open follow-up matching ``filters``, soonest due (most overdue) first."""
    conditions = _queue_conditions(filters, now)
    if after is not None:
        conditions.append(FollowUp.due_at >= after.due_at)
        conditions.append(or_(FollowUp.due_at > after.due_at, FollowUp.id > after.id))
    query = follow_up_rows(*conditions).order_by(FollowUp.due_at, FollowUp.id).limit(limit + 1)
    found = [to_row(r) for r in session.execute(query)]
    rows = tuple(found[:limit])
    next_key = QueueKey(rows[-1].due_at, rows[-1].id) if len(found) > limit else None
    return QueuePage(rows, next_key)


def queue_count(session: Session, filters: QueueFilter, now: datetime) -> tuple[int, int]:
    """How many open follow-ups match ``filters``, and how many of those are overdue."""
    query = (
        # SUM(CASE ...), not COUNT(*) FILTER: MariaDB has no FILTER clause.
        select(func.count(), func.coalesce(func.sum(case((FollowUp.due_at < now, 1), else_=0)), 0))
        .select_from(FollowUp)
        .outerjoin(Incident, Incident.id == FollowUp.incident_id)
        .where(*_queue_conditions(filters, now))
    )
    total, late = session.execute(query).one()
    return int(total), int(late)


def _queue_conditions(filters: QueueFilter, now: datetime) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [FollowUp.status == "open"]
    if filters.unowned_only:
        conditions.append(FollowUp.owner_id.is_(None))
    elif filters.owner_id is not None:
        conditions.append(FollowUp.owner_id == filters.owner_id)
    if filters.priority is not None:
        conditions.append(FollowUp.priority == filters.priority)
    if filters.category:
        conditions.append(Incident.category == filters.category)
    if filters.min_age_days > 0:
        conditions.append(FollowUp.created_at <= now - timedelta(days=filters.min_age_days))
    return conditions


def incident_follow_ups(session: Session, incident_id: uuid.UUID) -> list[FollowUpRow]:
    """Every follow-up flagged for an incident, open or closed, oldest first."""
    query = follow_up_rows(FollowUp.incident_id == incident_id).order_by(FollowUp.created_at)
    return [to_row(found) for found in session.execute(query)]


def active_agents(session: Session) -> list[AgentChoice]:
    """The people a follow-up can be given to, by name."""
    query = select(Agent).where(Agent.active.is_(True)).order_by(Agent.display_name, Agent.login)
    return [AgentChoice(a.id, a.login, a.display_name, a.role) for a in session.scalars(query)]
