"""The people who use the console, and the audit trail of what they did."""

from __future__ import annotations

import getpass
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_console.store.models import Agent, AuditEvent
from agent_console.store.records import AgentRef


def os_login() -> str:
    """The OS user name: on the embedded database, the person at this desk is the agent."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "agent"


def _ref(agent: Agent) -> AgentRef:
    return AgentRef(agent.id, agent.login, agent.display_name, agent.role)


def ensure_agent(
    session: Session, login: str, display_name: str = "", role: str = "agent"
) -> AgentRef:
    """The agent with this login, created on first use."""
    agent = session.scalars(select(Agent).where(Agent.login == login)).one_or_none()
    if agent is None:
        agent = Agent(login=login, display_name=display_name or login, role=role)
        session.add(agent)
        session.flush()
        audit(session, _ref(agent), "agent.created", "agent", agent.id, {"role": role})
    return _ref(agent)


def audit(
    session: Session,
    actor: AgentRef,
    action: str,
    entity_type: str,
    entity_id: uuid.UUID,
    details: dict[str, Any] | None = None,
    event_id: uuid.UUID | None = None,
) -> None:
    """Record who did what. A client-made ``event_id`` lets a retried edit find it was applied."""
    session.add(
        AuditEvent(
            id=event_id or uuid.uuid4(),
            actor_id=actor.id,
            actor_login=actor.login,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            details=details or {},
        )
    )
