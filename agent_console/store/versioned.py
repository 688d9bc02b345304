"""Optimistic concurrency for rows several people edit: update only at the version they saw.

The update itself carries ``version = expected``, so of two people saving at the same moment
exactly one wins; the other is told who changed it and sees the row as it is now.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, CursorResult, select, update
from sqlalchemy.orm import Session

from agent_console.store.models import AuditEvent, Caller, FollowUp

Row = TypeVar("Row", Caller, FollowUp)


def already_applied(session: Session, edit_id: uuid.UUID) -> bool:
    """Whether the edit with this client-made id was saved before (a retried delivery)."""
    return session.get(AuditEvent, edit_id) is not None


def update_versioned(
    session: Session,
    model: type[Row],
    row_id: uuid.UUID,
    expected_version: int,
    values: dict[str, Any],
    *conditions: ColumnElement[bool],
) -> bool:
    """Apply ``values`` if the row is still at ``expected_version`` (and ``conditions`` hold)."""
    statement = (
        update(model)
        .where(model.id == row_id, model.version == expected_version, *conditions)
        .values(version=expected_version + 1, **values)
        .execution_options(synchronize_session=False)
    )
    result = session.execute(statement)
    assert isinstance(result, CursorResult)
    return result.rowcount == 1


def current_row(session: Session, model: type[Row], row_id: uuid.UUID) -> Row | None:
    """The row as committed now; a locking read, so MariaDB's snapshot cannot show an old one."""
    return session.scalars(
        select(model)
        .where(model.id == row_id)
        .with_for_update(read=True)
        .execution_options(populate_existing=True)
    ).one_or_none()


def last_changed_by(session: Session, entity_id: uuid.UUID) -> str:
    """The login of whoever last changed ``entity_id``, for the message, or "someone else"."""
    query = (
        select(AuditEvent.actor_login)
        .where(AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.at.desc())
        .limit(1)
    )
    # Like current_row: the committed rows, not MariaDB's snapshot. PostgreSQL reads committed
    # rows anyway, and a locking read there needs UPDATE rights nobody has on the audit trail.
    if session.get_bind().dialect.name != "postgresql":
        query = query.with_for_update(read=True)
    login = session.scalars(query).first()
    return login or "someone else"
