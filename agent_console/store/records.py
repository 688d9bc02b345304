"""Plain, immutable rows handed from the store to the UI.

Nothing here imports SQLAlchemy, so the UI can import these types at start without
paying for the ORM, and no ORM object ever crosses into a widget or another thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class AgentRef:
    id: uuid.UUID
    login: str
    display_name: str
    role: str


@dataclass(frozen=True)
class CallerSummary:
    id: uuid.UUID
    name: str
    account_ref: str | None
    phones: tuple[str, ...]  # E.164
    preferred_language: str | None
    tech_level: str
    pinned_note: str
    version: int


@dataclass(frozen=True)
class NewCaller:
    """A caller as typed on the new-caller form; phones in any format."""

    name: str
    phones: tuple[str, ...] = ()
    account_ref: str = ""
    preferred_language: str = ""
    tech_level: str = "unknown"
    pinned_note: str = ""
    id: uuid.UUID = field(default_factory=uuid.uuid4)


@dataclass(frozen=True)
class IncidentRow:
    id: uuid.UUID
    caller_id: uuid.UUID
    caller_name: str
    agent_name: str
    started_at: datetime
    ended_at: datetime | None
    category: str
    severity: int
    mood_start: int
    mood_end: int | None
    summary: str
    notes: str
    root_cause: str | None
    resolution: str | None
    compensation_amount: Decimal | None
    compensation_currency: str | None
    escalated: bool
    outcome: str
    checklist: dict[str, Any]
    # Submitted on this workstation and still waiting in the outbox for the shared database.
    pending: bool = False


@dataclass(frozen=True)
class FollowUpRow:
    id: uuid.UUID
    caller_id: uuid.UUID
    caller_name: str
    due_at: datetime
    reason: str
    priority: int
    owner_name: str | None
    status: str
    version: int
    # The rest is for the callback queue and the incident review (store/follow_up_queries.py).
    owner_id: uuid.UUID | None = None
    scope: str = "team"
    incident_id: uuid.UUID | None = None
    category: str | None = None  # of the linked incident
    created_at: datetime | None = None
    created_by_name: str | None = None
    closed_at: datetime | None = None
    outcome: str | None = None
    satisfaction: int | None = None
    close_note: str = ""


@dataclass(frozen=True)
class NewFollowUp:
    """A flag to call a caller back, as the agent sets it."""

    caller_id: uuid.UUID
    due_at: datetime
    reason: str
    incident_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None  # None: anyone in the team may take it
    scope: str = "team"  # mine, team, agent
    priority: int = 2
    id: uuid.UUID = field(default_factory=uuid.uuid4)


@dataclass(frozen=True)
class PageKey:
    """Where the next page of a newest-first list starts (keyset pagination)."""

    started_at: datetime
    id: uuid.UUID


@dataclass(frozen=True)
class Page:
    rows: tuple[IncidentRow, ...]
    next_key: PageKey | None  # None: there is nothing more
