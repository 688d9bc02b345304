"""Demo data for the team lead's dashboard: teams, and recent calls with checklists and scored follow-ups.

The rest of the demo spreads calls over a year with no checklist and no closed follow-up, which
leaves a 30-day dashboard thin and its adherence and satisfaction charts empty. This adds calls
over the last 90 days (more of them lately) to the callers after the first few, each with a
checklist record, and closes some of their follow-ups with a satisfaction score, on time or
late. It uses its own random sequence, so the rest of the demo stays as it was.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from agent_console.core.checklist import ChecklistState, Script, load_script
from agent_console.core.incident_input import ValidIncident
from agent_console.store import demo_content as content
from agent_console.store.incidents import submit_incident
from agent_console.store.models import Agent, FollowUp
from agent_console.store.records import AgentRef

RECENT_CALLS = 160
TEAMS = {
    "smills": "Billing desk",
    "rkarimi": "Billing desk",
    "lhaddad": "Service desk",
    "dorlov": "Service desk",
}
SATISFACTION = (1, 2, 3, 3, 4, 4, 4, 5, 5, 5)


def add_lead_demo(
    session: Session,
    callers: list[tuple[uuid.UUID, str]],
    agents: list[AgentRef],
    actor: AgentRef,
    now: datetime,
    seed: int = 11,
) -> int:
    """Teams, then recent calls; returns how many incidents were added."""
    rng = random.Random(seed)
    for login, team in TEAMS.items():
        session.execute(update(Agent).where(Agent.login == login).values(team=team))
    session.execute(update(Agent).where(Agent.id == actor.id).values(team="Service desk"))
    script = load_script("en")
    later_callers = callers[len(content.FIRST_CALLERS) :]
    for _ in range(RECENT_CALLS):
        caller_id, lang = rng.choice(later_callers)
        incident = _recent_call(rng, script, caller_id, lang, now)
        agent = rng.choice(agents)
        submit_incident(session, incident, agent)
        if incident.outcome == "follow_up" or rng.random() < 0.15:
            _closed_follow_up(session, rng, incident, agent, now)
    return RECENT_CALLS


def _recent_call(
    rng: random.Random, script: Script, caller_id: uuid.UUID, lang: str, now: datetime
) -> ValidIncident:
    story_lang = lang if lang in content.STORIES and rng.random() < 0.8 else "en"
    category, summary, notes, cause, resolution, outcome = rng.choice(content.STORIES[story_lang])
    started = now - timedelta(days=90 * rng.random() ** 1.5, minutes=rng.randint(5, 120))
    minutes = min(60.0, rng.lognormvariate(2.3, 0.5))
    ended = started + timedelta(minutes=minutes)
    state = ChecklistState(script, started)
    diligence = rng.choice([0.5, 0.7, 0.85, 0.95, 1.0])
    steps = state.script.steps
    for n, step in enumerate(steps):
        if rng.random() < diligence:
            state.tick(step.id, started + (ended - started) * (n + 1) / (len(steps) + 1))
    mood_start = rng.choice([1, 1, 2, 2, 3])
    return ValidIncident(
        id=uuid.UUID(int=rng.getrandbits(128), version=4),
        caller_id=caller_id,
        started_at=started,
        ended_at=ended,
        category=category,
        severity=rng.randint(1, 4),
        mood_start=mood_start,
        mood_end=min(5, mood_start + rng.choice([0, 1, 1, 2, 2, 3])),
        summary=summary,
        notes=notes,
        root_cause=cause,
        resolution=resolution,
        compensation_amount=None,
        compensation_currency=None,
        escalated=outcome == "escalated",
        outcome=outcome,
        checklist=state.to_record(),
        call_id=None,
    )


def _closed_follow_up(
    session: Session, rng: random.Random, incident: ValidIncident, agent: AgentRef, now: datetime
) -> None:
    """A follow-up the agent flagged on the call, since closed with the caller's score."""
    due = incident.started_at + timedelta(hours=rng.choice([4, 24, 48]))
    closed = due + timedelta(hours=rng.choice([-3, -1, -1, 2, 20]))
    closed = min(closed, now - timedelta(minutes=5))
    session.add(
        FollowUp(
            caller_id=incident.caller_id, incident_id=incident.id, created_by=agent.id,
            owner_id=agent.id, scope="team", due_at=due, reason="Check the caller is satisfied",
            priority=2, status="done", created_at=incident.ended_at, closed_at=closed,
            outcome="resolved", satisfaction=rng.choice(SATISFACTION),
            close_note="Called back; the caller confirmed the outcome.",
        )
    )  # fmt: skip
