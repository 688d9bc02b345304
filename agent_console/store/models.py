"""The database schema as typed SQLAlchemy models. Alembic migrations must match it.

Keys are UUIDs made by the client, so a write can be retried without creating twice.
Incidents are append-only once submitted; rows that several people edit carry a version.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from agent_console.store.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, uuid.UUID: Uuid}


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class Agent(Base):
    """A person who uses the console: agent, team lead or admin."""

    __tablename__ = "agents"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    login: Mapped[str] = mapped_column(String(128), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default="agent")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The team a lead reviews the agent with (KPI dashboard); None until someone assigns one.
    team: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (CheckConstraint("role IN ('agent', 'lead', 'admin')", name="role"),)


class Caller(Base):
    __tablename__ = "callers"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    account_ref: Mapped[str | None] = mapped_column(String(64), index=True)
    preferred_language: Mapped[str | None] = mapped_column(String(8))
    tech_level: Mapped[str] = mapped_column(String(16), default="unknown")
    pinned_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class CallerPhone(Base):
    __tablename__ = "caller_phones"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    caller_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("callers.id", ondelete="CASCADE"), index=True
    )
    e164: Mapped[str] = mapped_column(String(20), index=True)
    label: Mapped[str] = mapped_column(String(32), default="")


class CallerSearchTerm(Base):
    """Folded words of a caller's name, their account reference and phone digits.

    Kept by the store whenever a caller changes; every lookup is an indexed
    "starts with" on ``term``, the same on every backend.
    """

    __tablename__ = "caller_search_terms"

    caller_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("callers.id", ondelete="CASCADE"), primary_key=True
    )
    # Binary collation, so that the "starts with" range scan means the same on every backend.
    term: Mapped[str] = mapped_column(
        String(64)
        .with_variant(String(64, collation="C"), "postgresql")
        .with_variant(String(64, collation="utf8mb4_bin"), "mysql", "mariadb"),
        primary_key=True,
    )
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)  # name, account, phone

    __table_args__ = (
        Index("ix_caller_search_terms_term", "term", "caller_id"),
        # Phone and account lookups: a tight range within one kind, never a scan of the
        # other kinds' terms that share the prefix ("44" starts thousands of phone terms).
        Index("ix_caller_search_terms_kind_term", "kind", "term", "caller_id"),
    )


class Incident(Base):
    """One call, as the agent logged it. Never updated once submitted."""

    __tablename__ = "incidents"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    caller_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("callers.id"))
    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agents.id"), index=True)
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    category: Mapped[str] = mapped_column(String(32))
    severity: Mapped[int] = mapped_column(SmallInteger)
    mood_start: Mapped[int] = mapped_column(SmallInteger)
    mood_end: Mapped[int | None] = mapped_column(SmallInteger)
    summary: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")
    root_cause: Mapped[str | None] = mapped_column(String(32))
    resolution: Mapped[str | None] = mapped_column(String(32))
    compensation_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    compensation_currency: Mapped[str | None] = mapped_column(String(3))
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str] = mapped_column(String(32))
    checklist: Mapped[dict[str, Any]] = mapped_column(default=dict)
    call_id: Mapped[str | None] = mapped_column(String(128))
    # Summary and notes folded (core.textfold) for the team lead's full-text review search.
    search_text: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        # Newest first with the id as tie-breaker, straight from the index: a page (and the
        # next one, by keyset) reads only its own rows, never the whole history.
        Index("ix_incidents_caller_history", "caller_id", "started_at", "id"),
        Index("ix_incidents_category_history", "category", "started_at", "id"),
        # The KPI dashboard and exports read a period of incidents by start time alone.
        Index("ix_incidents_started_at", "started_at"),
        CheckConstraint("severity BETWEEN 1 AND 4", name="severity"),
        CheckConstraint("mood_start BETWEEN 1 AND 5", name="mood_start"),
        CheckConstraint("mood_end IS NULL OR mood_end BETWEEN 1 AND 5", name="mood_end"),
    )


class FollowUp(Base):
    """A flag to call a caller back. Only a person closes it."""

    __tablename__ = "follow_ups"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    caller_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("callers.id"), index=True)
    incident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("incidents.id"))
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("agents.id"))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"))
    scope: Mapped[str] = mapped_column(String(8), default="team")  # mine, team, agent
    due_at: Mapped[datetime] = mapped_column(index=True)
    reason: Mapped[str] = mapped_column(String(500))
    priority: Mapped[int] = mapped_column(SmallInteger, default=2)
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(32))
    satisfaction: Mapped[int | None] = mapped_column(SmallInteger)
    close_note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("status IN ('open', 'done', 'cancelled')", name="status"),
        CheckConstraint(
            "satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="satisfaction"
        ),
    )


class ReviewNote(Base):
    """A team lead's note on a submitted incident. Append-only: the agent's record stays as it was."""

    __tablename__ = "review_notes"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id"), index=True)
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agents.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(Text)


class AuditEvent(Base):
    """Who did what, when. Append-only."""

    __tablename__ = "audit_events"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"))
    actor_login: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[uuid.UUID] = mapped_column(index=True)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ChangeLog(Base):
    """One row per write, added in the write's own transaction: other workstations poll it by ``seq``.

    ``seq`` grows with every insert but transactions commit out of order, so a reader treats a
    missing number as "maybe still committing" for a while (see ``change_feed``).
    """

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    entity_type: Mapped[str] = mapped_column(String(32))  # caller, incident, follow_up
    entity_id: Mapped[uuid.UUID]
    caller_id: Mapped[uuid.UUID | None]

    # AUTOINCREMENT: SQLite must never hand out a number again, even after the newest row is pruned.
    __table_args__ = {"sqlite_autoincrement": True}


class GuidanceContent(Base):
    """A team lead's edit of the checklist or the phrasebook of one language. Never updated:
    each save adds the next version, and every workstation uses the newest.
    """

    __tablename__ = "guidance_content"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16))  # checklist, phrasebook
    language: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("agents.id"))

    __table_args__ = (
        UniqueConstraint("kind", "language", "version"),
        CheckConstraint("kind IN ('checklist', 'phrasebook')", name="kind"),
    )
