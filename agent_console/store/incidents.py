"""Incidents: submitting one (append-only, idempotent), and reading histories and precedents."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session

from agent_console.core.changes import Changes
from agent_console.core.incident_input import ValidIncident
from agent_console.store.agents import audit
from agent_console.store.change_log import record_change
from agent_console.store.models import Agent, Caller, FollowUp, Incident
from agent_console.store.records import AgentRef, FollowUpRow, IncidentRow, Page, PageKey
from agent_console.store.search_text import search_text

PAGE_SIZE = 100

# Rows are read as plain columns, not ORM objects: loading objects was most of the cost
# of a page of 100 incidents.
_ROW_COLUMNS = (
    Incident.id,
    Incident.caller_id,
    Caller.name,
    Agent.display_name,
    Incident.started_at,
    Incident.ended_at,
    Incident.category,
    Incident.severity,
    Incident.mood_start,
    Incident.mood_end,
    Incident.summary,
    Incident.notes,
    Incident.root_cause,
    Incident.resolution,
    Incident.compensation_amount,
    Incident.compensation_currency,
    Incident.escalated,
    Incident.outcome,
    Incident.checklist,
)


def _rows_query() -> Select[Any]:
    return (
        select(*_ROW_COLUMNS)
        .join(Caller, Caller.id == Incident.caller_id)
        .join(Agent, Agent.id == Incident.agent_id)
    )


def _row(c: Sequence[Any]) -> IncidentRow:
    return IncidentRow(
        id=c[0],
        caller_id=c[1],
        caller_name=c[2],
        agent_name=c[3],
        started_at=c[4],
        ended_at=c[5],
        category=c[6],
        severity=c[7],
        mood_start=c[8],
        mood_end=c[9],
        summary=c[10],
        notes=c[11],
        root_cause=c[12],
        resolution=c[13],
        compensation_amount=c[14],
        compensation_currency=c[15],
        escalated=c[16],
        outcome=c[17],
        checklist=dict(c[18] or {}),
    )


def submit_incident(
    session: Session, incident: ValidIncident, actor: AgentRef
) -> tuple[IncidentRow, Changes]:
    """Store a submitted incident and its audit event. Submitting the same id twice stores it once."""
    if session.get(Incident, incident.id) is None:
        if session.get(Caller, incident.caller_id) is None:
            raise LookupError(f"caller {incident.caller_id} does not exist")
        session.add(
            Incident(
                id=incident.id,
                caller_id=incident.caller_id,
                agent_id=actor.id,
                started_at=incident.started_at,
                ended_at=incident.ended_at,
                category=incident.category,
                severity=incident.severity,
                mood_start=incident.mood_start,
                mood_end=incident.mood_end,
                summary=incident.summary,
                notes=incident.notes,
                root_cause=incident.root_cause,
                resolution=incident.resolution,
                compensation_amount=incident.compensation_amount,
                compensation_currency=incident.compensation_currency,
                escalated=incident.escalated,
                outcome=incident.outcome,
                checklist=incident.checklist,
                call_id=incident.call_id,
                search_text=search_text(incident.summary, incident.notes),
            )
        )
        session.flush()
        audit(
            session,
            actor,
            "incident.submitted",
            "incident",
            incident.id,
            {"caller_id": str(incident.caller_id), "category": incident.category},
        )
        record_change(session, "incident", incident.id, incident.caller_id)
        session.flush()
    row = get_incident(session, incident.id)
    assert row is not None
    changes = Changes(incidents=frozenset({incident.id}), histories=frozenset({incident.caller_id}))
    return row, changes


def get_incident(session: Session, incident_id: uuid.UUID) -> IncidentRow | None:
    query = _rows_query().where(Incident.id == incident_id)
    found = session.connection().execute(query).one_or_none()
    return _row(found) if found else None


def _page(session: Session, query: Select[Any], after: PageKey | None, limit: int) -> Page:
    if after is not None:
        # "Older than the last row shown", written so the first condition alone is an index
        # range (started_at <= ...) that the scan of (caller or category, started_at, id) can
        # start from, on every backend; the second only settles ties on started_at.
        query = query.where(
            Incident.started_at <= after.started_at,
            or_(Incident.started_at < after.started_at, Incident.id < after.id),
        )
    query = query.order_by(Incident.started_at.desc(), Incident.id.desc()).limit(limit + 1)
    found: Sequence[Any] = session.connection().execute(query).all()
    rows = tuple(_row(r) for r in found[:limit])
    next_key = PageKey(rows[-1].started_at, rows[-1].id) if len(found) > limit else None
    return Page(rows, next_key)


def incident_page(
    session: Session,
    conditions: Sequence[ColumnElement[bool]],
    after: PageKey | None = None,
    limit: int = PAGE_SIZE,
) -> Page:
    """One page of the incidents that meet ``conditions``, newest first (the review search)."""
    return _page(session, _rows_query().where(*conditions), after, limit)


def caller_history(
    session: Session, caller_id: uuid.UUID, after: PageKey | None = None, limit: int = PAGE_SIZE
) -> Page:
    """One page of a caller's incidents, newest first."""
    return _page(session, _rows_query().where(Incident.caller_id == caller_id), after, limit)


def precedents(
    session: Session,
    category: str,
    exclude_caller_id: uuid.UUID | None,
    after: PageKey | None = None,
    limit: int = PAGE_SIZE,
) -> Page:
    """Recent incidents in ``category`` across all callers: how did we handle this before?"""
    query = _rows_query().where(Incident.category == category)
    if exclude_caller_id is not None:
        query = query.where(Incident.caller_id != exclude_caller_id)
    return _page(session, query, after, limit)


def open_follow_ups(session: Session, caller_id: uuid.UUID) -> list[FollowUpRow]:
    """The caller's open follow-ups, soonest due first."""
    query = (
        select(FollowUp, Caller.name, Agent.display_name)
        .join(Caller, Caller.id == FollowUp.caller_id)
        .outerjoin(Agent, Agent.id == FollowUp.owner_id)
        .where(FollowUp.caller_id == caller_id, FollowUp.status == "open")
        .order_by(FollowUp.due_at)
    )
    return [
        FollowUpRow(
            id=f.id,
            caller_id=f.caller_id,
            caller_name=caller_name,
            due_at=f.due_at,
            reason=f.reason,
            priority=f.priority,
            owner_name=owner_name,
            status=f.status,
            version=f.version,
        )
        for f, caller_name, owner_name in session.execute(query)
    ]
