"""Small builders shared by the store tests."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from agent_console.core.incident_input import ValidIncident
from agent_console.store.callers import create_caller
from agent_console.store.database import Database
from agent_console.store.records import AgentRef, CallerSummary, NewCaller

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def add_caller(
    db: Database, agent: AgentRef, name: str, *phones: str, region: str = "IR", account: str = ""
) -> CallerSummary:
    with db.session() as session:
        return create_caller(
            session, NewCaller(name=name, phones=phones, account_ref=account), region, agent
        )[0]


def incident(
    caller_id: uuid.UUID,
    minutes: int = 0,
    category: str = "billing",
    notes: str = "notes",
    **overrides: object,
) -> ValidIncident:
    started = T0 + timedelta(minutes=minutes)
    values: dict[str, object] = dict(
        id=uuid.uuid4(),
        caller_id=caller_id,
        started_at=started,
        ended_at=started + timedelta(minutes=5),
        category=category,
        severity=2,
        mood_start=2,
        mood_end=4,
        summary=f"summary {minutes}",
        notes=notes,
        root_cause="process",
        resolution="refund",
        compensation_amount=None,
        compensation_currency=None,
        escalated=False,
        outcome="resolved",
        checklist={},
        call_id=None,
    )
    values.update(overrides)
    return ValidIncident(**values)  # type: ignore[arg-type]
