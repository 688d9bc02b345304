"""The people who use the console, and the audit trail of what they did."""

from __future__ import annotations

import getpass
import uuid
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from agent_console.store.errors import UnknownUser
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


def session_login(session: Session) -> str:
    """The database login of this session (PostgreSQL ``session_user``, MariaDB ``USER()``).

    On SQLite, which has no logins, the OS user.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return str(session.execute(text("SELECT session_user")).scalar_one())
    if dialect in ("mysql", "mariadb"):
        return str(session.execute(text("SELECT SUBSTRING_INDEX(USER(), '@', 1)")).scalar_one())
    return os_login()


def is_privileged(session: Session) -> bool:
    """Whether this session's login owns the schema (or is a superuser): who ran ``db upgrade``.

    Such a login passes every row rule; it is how the first admin comes to exist.
    """
    if session.get_bind().dialect.name == "sqlite":
        return True
    return bool(session.execute(text("SELECT agent_console_privileged()")).scalar_one())


def whoami(session: Session) -> AgentRef:
    """The app user for the login of this database session; on SQLite, the OS user.

    The owner/superuser who upgraded the schema is registered as an admin on first use (the
    bootstrap: it then adds everyone else). Anyone else needs an active user made by an admin,
    or UnknownUser is raised.
    """
    if session.get_bind().dialect.name == "sqlite":
        return ensure_agent(session, os_login())
    login = session_login(session)
    agent = session.scalars(select(Agent).where(Agent.login == login)).one_or_none()
    if agent is not None and agent.active:
        return _ref(agent)
    if agent is not None:
        raise UnknownUser(
            f"The Agent Console user '{login}' is disabled, so you cannot work in this "
            "database. Ask an admin to enable it again."
        )
    if is_privileged(session):
        return ensure_agent(session, login, login, role="admin")
    raise UnknownUser(
        f"The database login '{login}' has no Agent Console user. Ask an admin to add it "
        f"('agent-console admin add-user {login} --role agent')."
    )


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
