"""Plain rows for the team lead's screens: queue filters, review searches, an incident's story.

Like ``records``, nothing here imports SQLAlchemy, so the UI can import these at start.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from agent_console.store.records import FollowUpRow, IncidentRow


@dataclass(frozen=True)
class AgentChoice:
    id: uuid.UUID
    login: str
    display_name: str
    role: str


@dataclass(frozen=True)
class QueueFilter:
    """Which open follow-ups the callback queue shows; None (or 0) means any."""

    owner_id: uuid.UUID | None = None
    unowned_only: bool = False  # "anyone on the team" flags nobody has taken yet
    priority: int | None = None
    category: str | None = None  # of the linked incident
    min_age_days: int = 0  # flagged at least this many days ago


@dataclass(frozen=True)
class QueueKey:
    """Where the next page of the queue starts: soonest due first, the id breaks ties."""

    due_at: datetime
    id: uuid.UUID


@dataclass(frozen=True)
class QueuePage:
    rows: tuple[FollowUpRow, ...]
    next_key: QueueKey | None


@dataclass(frozen=True)
class ReviewFilter:
    """An incident review search: folded words in summaries and notes, and filters."""

    text: str = ""
    started_from: datetime | None = None  # calls that started at or after this moment
    started_before: datetime | None = None  # ... and before this one
    agent_id: uuid.UUID | None = None
    category: str | None = None
    outcome: str | None = None
    escalated: bool | None = None
    mood_start: int | None = None
    mood_end: int | None = None


@dataclass(frozen=True)
class AuditEntry:
    id: uuid.UUID
    at: datetime
    actor_login: str
    action: str
    entity_type: str
    entity_id: uuid.UUID
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReviewNote:
    id: uuid.UUID
    incident_id: uuid.UUID
    author_name: str
    at: datetime
    text: str


@dataclass(frozen=True)
class NewReviewNote:
    incident_id: uuid.UUID
    text: str
    id: uuid.UUID = field(default_factory=uuid.uuid4)


@dataclass(frozen=True)
class IncidentStory:
    """Everything about one incident a lead reads before writing a review note."""

    incident: IncidentRow
    call_id: str | None
    submitted_at: datetime | None
    follow_ups: tuple[FollowUpRow, ...]
    notes: tuple[ReviewNote, ...]
    audit: tuple[AuditEntry, ...]  # oldest first
