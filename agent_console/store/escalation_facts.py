"""What the escalation rules need from the database: has this caller complained about the same
problem before, lately? (A third complaint in 30 days is escalated, see core.escalation.)
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent_console.core.escalation import REPEAT_WINDOW_DAYS
from agent_console.store.models import Incident


def prior_complaints(
    session: Session,
    caller_id: uuid.UUID,
    category: str,
    now: datetime,
    *,
    days: int = REPEAT_WINDOW_DAYS,
    exclude_incident_id: uuid.UUID | None = None,
) -> int:
    """How many incidents ``caller_id`` had in ``category`` in the ``days`` before ``now``.

    ``exclude_incident_id`` leaves out the incident being logged, should it already be stored
    (a retried submit). Reads the caller's history index: (caller_id, started_at, id).
    """
    query = (
        select(func.count())
        .select_from(Incident)
        .where(
            Incident.caller_id == caller_id,
            Incident.started_at >= now - timedelta(days=days),
            Incident.started_at <= now,
            Incident.category == category,
        )
    )
    if exclude_incident_id is not None:
        query = query.where(Incident.id != exclude_incident_id)
    return int(session.scalar(query) or 0)
