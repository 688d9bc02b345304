"""The team lead's incident review: search, the whole story of one incident, review notes.

The search matches folded words (core.textfold) inside ``incidents.search_text`` with a plain
``LIKE``, which means the same on SQLite, PostgreSQL and MariaDB, in every language. Review
notes are new rows beside the incident: the agent's record is never edited.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from agent_console.core.changes import Changes
from agent_console.core.incident_input import clean_text
from agent_console.store.agents import audit
from agent_console.store.change_log import record_change
from agent_console.store.errors import EditRefused
from agent_console.store.follow_up_queries import incident_follow_ups
from agent_console.store.follow_ups import LEADS
from agent_console.store.incidents import get_incident, incident_page
from agent_console.store.lead_records import (
    AuditEntry,
    IncidentStory,
    NewReviewNote,
    ReviewFilter,
    ReviewNote,
)
from agent_console.store.models import Agent, AuditEvent, Incident
from agent_console.store.models import ReviewNote as ReviewNoteModel
from agent_console.store.records import AgentRef, Page, PageKey
from agent_console.store.search_text import search_terms

NOTE_MAX = 4000


def review_conditions(filters: ReviewFilter) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a review search; every folded word must appear somewhere."""
    conditions: list[ColumnElement[bool]] = [
        Incident.search_text.contains(term, autoescape=True) for term in search_terms(filters.text)
    ]
    if filters.started_from is not None:
        conditions.append(Incident.started_at >= filters.started_from)
    if filters.started_before is not None:
        conditions.append(Incident.started_at < filters.started_before)
    if filters.agent_id is not None:
        conditions.append(Incident.agent_id == filters.agent_id)
    if filters.category:
        conditions.append(Incident.category == filters.category)
    if filters.outcome:
        conditions.append(Incident.outcome == filters.outcome)
    if filters.escalated is not None:
        conditions.append(Incident.escalated.is_(filters.escalated))
    if filters.mood_start is not None:
        conditions.append(Incident.mood_start == filters.mood_start)
    if filters.mood_end is not None:
        conditions.append(Incident.mood_end == filters.mood_end)
    return conditions


def search_incidents(
    session: Session, filters: ReviewFilter, after: PageKey | None = None, limit: int = 100
) -> Page:
    """One page of the incidents that match, newest first."""
    return incident_page(session, review_conditions(filters), after, limit)


def incident_story(session: Session, incident_id: uuid.UUID) -> IncidentStory | None:
    """The incident, its follow-ups, the leads' notes and every audit row about them."""
    incident = get_incident(session, incident_id)
    if incident is None:
        return None
    call_id, submitted_at = session.execute(
        select(Incident.call_id, Incident.submitted_at).where(Incident.id == incident_id)
    ).one()
    follow_ups = incident_follow_ups(session, incident_id)
    notes = review_notes(session, incident_id)
    about = [incident_id, *(f.id for f in follow_ups)]
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity_id.in_(about))
        .order_by(AuditEvent.at, AuditEvent.id)
    )
    trail = tuple(
        AuditEntry(
            e.id, e.at, e.actor_login, e.action, e.entity_type, e.entity_id, dict(e.details or {})
        )
        for e in events
    )
    return IncidentStory(incident, call_id, submitted_at, tuple(follow_ups), tuple(notes), trail)


def review_notes(session: Session, incident_id: uuid.UUID) -> list[ReviewNote]:
    """The leads' notes on an incident, oldest first."""
    query = (
        select(ReviewNoteModel, Agent.display_name)
        .join(Agent, Agent.id == ReviewNoteModel.author_id)
        .where(ReviewNoteModel.incident_id == incident_id)
        .order_by(ReviewNoteModel.at, ReviewNoteModel.id)
    )
    return [
        ReviewNote(n.id, n.incident_id, author, n.at, n.text)
        for n, author in session.execute(query)
    ]


def add_review_note(
    session: Session, new: NewReviewNote, actor: AgentRef
) -> tuple[ReviewNote, Changes]:
    """Add a lead's note to an incident. Adding the same id twice keeps one."""
    if actor.role not in LEADS:
        raise EditRefused("Only a team lead can add a review note.")
    existing = session.get(ReviewNoteModel, new.id)
    incident = session.get(Incident, new.incident_id)
    if incident is None:
        raise EditRefused("This incident no longer exists.")
    if existing is None:
        text = clean_text(new.text)[0].strip()
        if not text or len(text) > NOTE_MAX:
            raise EditRefused(f"Write the review note, in at most {NOTE_MAX} characters.")
        session.add(
            ReviewNoteModel(id=new.id, incident_id=new.incident_id, author_id=actor.id, text=text)
        )
        session.flush()
        details = {"note_id": str(new.id), "text": text[:200]}
        audit(session, actor, "review_note.added", "incident", new.incident_id, details)
        record_change(session, "incident", new.incident_id, incident.caller_id)
    note = next(n for n in review_notes(session, new.incident_id) if n.id == new.id)
    changes = Changes(
        incidents=frozenset({new.incident_id}), histories=frozenset({incident.caller_id})
    )
    return note, changes
