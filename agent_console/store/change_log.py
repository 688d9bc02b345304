"""Writing the change log: one row per write, in the write's own transaction.

Every store function that writes calls ``record_change``; other workstations read the log
(``change_feed``) to learn what to refresh. On PostgreSQL it also sends a notice at commit.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from agent_console.core.changes import Changes
from agent_console.store.dialects import support_for_session
from agent_console.store.models import ChangeLog

ENTITY_TYPES = frozenset({"caller", "incident", "follow_up"})
_NOTIFIED = "agent_console.change_notified"


def record_change(
    session: Session, entity_type: str, entity_id: uuid.UUID, caller_id: uuid.UUID | None
) -> None:
    """Log that ``entity_id`` changed; call it last in a write, just before the commit."""
    if entity_type not in ENTITY_TYPES:
        raise ValueError(f"unknown entity type {entity_type!r}")
    session.add(ChangeLog(entity_type=entity_type, entity_id=entity_id, caller_id=caller_id))
    transaction = session.get_transaction()
    if transaction is None or session.info.get(_NOTIFIED) is not transaction:
        support_for_session(session).notify_changes(session)  # one per transaction is enough
        session.info[_NOTIFIED] = session.get_transaction()


def changes_for(entity_type: str, entity_id: uuid.UUID, caller_id: uuid.UUID | None) -> Changes:
    """What a change-log row means to the panes."""
    histories = frozenset({caller_id}) if caller_id is not None else frozenset()
    if entity_type == "incident":
        return Changes(incidents=frozenset({entity_id}), histories=histories)
    if entity_type == "follow_up":
        return Changes(follow_ups=frozenset({entity_id}), histories=histories)
    return Changes(callers=frozenset({entity_id}))
