"""Fills an empty database with believable callers, incidents and follow-ups, for ``--demo``."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from agent_console.core.incident_input import ValidIncident
from agent_console.store import demo_content as content
from agent_console.store.agents import ensure_agent
from agent_console.store.callers import create_caller
from agent_console.store.demo_lead import add_lead_demo
from agent_console.store.incidents import submit_incident
from agent_console.store.models import Caller, FollowUp
from agent_console.store.records import AgentRef, NewCaller

DEMO_CALLERS = 60
RICH_HISTORY = 40  # incidents of the first demo caller, so scrolling has something to load

_NATIONAL = {
    "IR": "0912",
    "US": "(212) 555-",
    "GB": "07700 9",
    "AE": "050 ",
    "SA": "055 ",
    "EG": "010 ",
    "RU": "8 916 ",
}
_LENGTH = {"IR": 7, "US": 4, "GB": 5, "AE": 7, "SA": 7, "EG": 8, "RU": 7}


def _phone(rng: random.Random, region: str) -> str:
    return _NATIONAL[region] + "".join(rng.choice("0123456789") for _ in range(_LENGTH[region]))


def seed_demo(session: Session, actor: AgentRef, now: datetime, seed: int = 7) -> int:
    """Add demo data when there are no callers yet; returns how many incidents were added."""
    if session.scalar(select(exists().where(Caller.id.isnot(None)))):
        return 0
    rng = random.Random(seed)
    agents = [ensure_agent(session, login, name, role) for login, name, role in content.AGENTS]
    agents.append(actor)
    callers: list[tuple[uuid.UUID, str]] = []
    for i, (name, phone, region, lang) in enumerate(content.FIRST_CALLERS):
        new = NewCaller(
            name=name,
            phones=(phone,),
            account_ref=f"AC-{1000 + i}",
            preferred_language=lang,
            pinned_note=content.PINNED[lang] if i < 4 else "",
            tech_level=rng.choice(["basic", "intermediate", "expert"]),
        )
        callers.append((create_caller(session, new, region, actor)[0].id, lang))
    while len(callers) < DEMO_CALLERS:
        lang = rng.choice(["en", "fa", "ar", "ru"])
        region = rng.choice(content.REGIONS[lang])
        name = f"{rng.choice(content.GIVEN[lang])} {rng.choice(content.FAMILY[lang])}"
        new = NewCaller(
            name=name,
            phones=(_phone(rng, region),),
            account_ref=f"AC-{1000 + len(callers)}",
            preferred_language=lang,
            pinned_note=content.PINNED[lang] if rng.random() < 0.15 else "",
        )
        try:
            callers.append((create_caller(session, new, region, actor)[0].id, lang))
        except ValueError:
            continue
    added = 0
    for index, (caller_id, lang) in enumerate(callers):
        count = RICH_HISTORY if index == 0 else rng.randint(0, 8)
        for _ in range(count):
            _add_incident(session, rng, caller_id, lang, rng.choice(agents), now)
            added += 1
        if index < 3 or rng.random() < 0.1:
            _add_follow_up(session, rng, caller_id, actor, now)
    return added + add_lead_demo(session, callers, agents, actor, now)


def _add_incident(
    session: Session,
    rng: random.Random,
    caller_id: uuid.UUID,
    lang: str,
    agent: AgentRef,
    now: datetime,
) -> None:
    story_lang = lang if rng.random() < 0.8 else rng.choice(list(content.STORIES))
    category, summary, notes, cause, resolution, outcome = rng.choice(content.STORIES[story_lang])
    started = now - timedelta(days=rng.uniform(0.2, 365), minutes=rng.randint(0, 600))
    mood_start = rng.choice([1, 1, 2, 2, 3, 4])
    incident = ValidIncident(
        id=uuid.UUID(int=rng.getrandbits(128), version=4),
        caller_id=caller_id,
        started_at=started,
        ended_at=started + timedelta(minutes=rng.randint(3, 25)),
        category=category,
        severity=rng.randint(1, 4),
        mood_start=mood_start,
        mood_end=min(5, mood_start + rng.randint(0, 3)),
        summary=summary,
        notes=notes,
        root_cause=cause,
        resolution=resolution,
        compensation_amount=None,
        compensation_currency=None,
        escalated=outcome == "escalated",
        outcome=outcome,
        checklist={},
        call_id=None,
    )
    submit_incident(session, incident, agent)


def _add_follow_up(
    session: Session, rng: random.Random, caller_id: uuid.UUID, actor: AgentRef, now: datetime
) -> None:
    session.add(
        FollowUp(
            caller_id=caller_id,
            created_by=actor.id,
            owner_id=actor.id,
            scope="mine",
            due_at=now + timedelta(hours=rng.choice([-20, 2, 26, 72])),
            reason=rng.choice(
                [
                    "Confirm the refund arrived",
                    "Call back with the courier's answer",
                    "Check the technician's visit went well",
                ]
            ),
            priority=rng.randint(1, 3),
        )
    )
