"""Working as another agent on the embedded database: how a demo or a test sits as the team lead.

On the embedded database the OS user is the agent; ``--as LOGIN`` picks another agent already
in it (the demo data has the lead "dorlov"). A shared database knows who signed in: it refuses.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_console.store.errors import StoreError
from agent_console.store.models import Agent
from agent_console.store.records import AgentRef


class CannotActAs(StoreError):
    pass


def acting_agent(session: Session, login: str, *, embedded: bool) -> AgentRef:
    if not embedded:
        raise CannotActAs(
            "--as works only on the embedded database; on a shared database you work as the "
            "user you signed in as."
        )
    agent = session.scalars(select(Agent).where(Agent.login == login)).one_or_none()
    if agent is None or not agent.active:
        raise CannotActAs(
            f"There is no active agent '{login}' in this database, so the console cannot work "
            "as them. With --demo, the team lead is 'dorlov'."
        )
    return AgentRef(agent.id, agent.login, agent.display_name, agent.role)
