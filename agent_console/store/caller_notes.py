"""The caller's pinned note, which any agent may edit: saved only at the version they saw."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from agent_console.core.changes import Changes
from agent_console.core.incident_input import clean_text
from agent_console.store.agents import audit
from agent_console.store.callers import get_caller
from agent_console.store.change_log import record_change
from agent_console.store.errors import EditRefused, StaleEdit
from agent_console.store.models import Caller
from agent_console.store.records import AgentRef, CallerSummary
from agent_console.store.types import utcnow
from agent_console.store.versioned import (
    already_applied,
    current_row,
    last_changed_by,
    update_versioned,
)

NOTE_MAX = 2000


def update_pinned_note(
    session: Session,
    caller_id: uuid.UUID,
    note: str,
    expected_version: int,
    actor: AgentRef,
    *,
    edit_id: uuid.UUID | None = None,
) -> tuple[CallerSummary, Changes]:
    """Replace the pinned note; raises StaleEdit (with the caller as now) if it changed meanwhile."""
    edit_id = edit_id or uuid.uuid4()
    if already_applied(session, edit_id):
        return _summary(session, caller_id), Changes()
    note = clean_text(note)[0].strip()
    if len(note) > NOTE_MAX:
        raise EditRefused(f"The pinned note is too long; keep it under {NOTE_MAX} characters.")
    before = current_row(session, Caller, caller_id)
    if before is None:
        raise EditRefused("This caller no longer exists.")
    old_note = before.pinned_note
    values = {"pinned_note": note, "updated_at": utcnow()}
    if not update_versioned(session, Caller, caller_id, expected_version, values):
        raise StaleEdit(
            f"{last_changed_by(session, caller_id)} changed this caller while you were editing "
            "the note. Your note was not saved: read the note as it is now, then edit it again.",
            _summary(session, caller_id),
            expected_version,
        )
    details = {"before": old_note, "after": note, "version": expected_version + 1}
    audit(session, actor, "caller.note_changed", "caller", caller_id, details, event_id=edit_id)
    record_change(session, "caller", caller_id, caller_id)
    return _summary(session, caller_id), Changes(callers=frozenset({caller_id}))


def _summary(session: Session, caller_id: uuid.UUID) -> CallerSummary:
    current_row(session, Caller, caller_id)  # refresh what the session holds after the update
    found = get_caller(session, caller_id)
    if found is None:
        raise LookupError(f"caller {caller_id} does not exist")
    return found
