"""The writes a workstation queues for the shared database: a kind and a JSON payload each.

``payload_for`` turns a write into plain JSON; ``apply`` replays it on a session. Every kind
is idempotent (client-made ids; edits carry an ``edit_id``), so a delivery retried after a
crash or a lost reply is stored once.
"""

from __future__ import annotations

import dataclasses
import types
import typing
import uuid
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from agent_console.core.changes import Changes
from agent_console.core.incident_input import ValidIncident
from agent_console.store.caller_notes import update_pinned_note
from agent_console.store.callers import create_caller
from agent_console.store.follow_ups import (
    claim_follow_up,
    close_follow_up,
    create_follow_up,
    reassign_follow_up,
    snooze_follow_up,
)
from agent_console.store.incidents import submit_incident
from agent_console.store.lead_records import NewReviewNote
from agent_console.store.records import AgentRef, NewCaller, NewFollowUp
from agent_console.store.review import add_review_note

INCIDENT_SUBMIT = "incident.submit"
CALLER_CREATE = "caller.create"
CALLER_PINNED_NOTE = "caller.pinned_note"
FOLLOW_UP_CREATE = "follow_up.create"
FOLLOW_UP_CLAIM = "follow_up.claim"
FOLLOW_UP_CLOSE = "follow_up.close"
FOLLOW_UP_SNOOZE = "follow_up.snooze"
FOLLOW_UP_REASSIGN = "follow_up.reassign"
REVIEW_NOTE_ADD = "review_note.add"

T = TypeVar("T")


def to_json(value: Any) -> Any:
    """Plain JSON for records: ids, times and amounts as strings, dataclasses as objects."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    return value


def from_json(cls: type[T], data: dict[str, Any]) -> T:
    """The dataclass ``cls`` back from ``to_json``'s output, each field by its declared type."""
    hints = _hints(cls)
    values = {name: _decode(data[name], hints[name]) for name in hints if name in data}
    return cls(**values)


_HINTS: dict[object, dict[str, Any]] = {}


def _hints(cls: object) -> dict[str, Any]:
    if cls not in _HINTS:  # get_type_hints evaluates every annotation string: slow
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _decode(value: Any, hint: Any) -> Any:
    if value is None:
        return None
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        options = [h for h in typing.get_args(hint) if h is not type(None)]
        return _decode(value, options[0])
    if typing.get_origin(hint) is tuple:
        return tuple(value)
    if hint in (uuid.UUID, Decimal):
        return hint(value)
    if hint is datetime:
        return datetime.fromisoformat(value)
    return value


def payload_for(actor: AgentRef, **fields: Any) -> dict[str, Any]:
    """A queued write: who made it, and its fields as JSON."""
    return {"actor": to_json(actor), **{k: to_json(v) for k, v in fields.items()}}


def apply(session: Session, kind: str, payload: dict[str, Any]) -> Changes:
    """Replay one queued write on the shared database; returns what it changed."""
    try:
        handler = _HANDLERS[kind]
    except KeyError:
        raise ValueError(f"unknown outbox operation {kind!r}") from None
    return handler(session, from_json(AgentRef, payload["actor"]), payload)


def _incident(session: Session, actor: AgentRef, p: dict[str, Any]) -> Changes:
    return submit_incident(session, from_json(ValidIncident, p["incident"]), actor)[1]


def _caller(session: Session, actor: AgentRef, p: dict[str, Any]) -> Changes:
    return create_caller(session, from_json(NewCaller, p["caller"]), p["region"], actor)[1]


def _note(session: Session, actor: AgentRef, p: dict[str, Any]) -> Changes:
    caller_id, edit_id = uuid.UUID(p["caller_id"]), uuid.UUID(p["edit_id"])
    return update_pinned_note(
        session, caller_id, p["note"], p["expected_version"], actor, edit_id=edit_id
    )[1]


def _follow_up(session: Session, actor: AgentRef, p: dict[str, Any]) -> Changes:
    return create_follow_up(session, from_json(NewFollowUp, p["follow_up"]), actor)[1]


def _claim(session: Session, actor: AgentRef, p: dict[str, Any]) -> Changes:
    follow_up_id, edit_id = uuid.UUID(p["follow_up_id"]), uuid.UUID(p["edit_id"])
    return claim_follow_up(session, follow_up_id, p["expected_version"], actor, edit_id=edit_id)[1]


def _close(session: Session, actor: AgentRef, p: dict[str, Any]) -> Changes:
    follow_up_id, edit_id = uuid.UUID(p["follow_up_id"]), uuid.UUID(p["edit_id"])
    return close_follow_up(
        session, follow_up_id, p["expected_version"], p["outcome"], p["satisfaction"],
        p["note"], actor, edit_id=edit_id,
    )[1]  # fmt: skip


def _snooze(session: Session, actor: AgentRef, p: dict[str, Any]) -> Changes:
    follow_up_id, edit_id = uuid.UUID(p["follow_up_id"]), uuid.UUID(p["edit_id"])
    return snooze_follow_up(
        session, follow_up_id, p["expected_version"], datetime.fromisoformat(p["due_at"]),
        p["reason"], actor, outcome=p.get("outcome"), edit_id=edit_id,
    )[1]  # fmt: skip


def _reassign(session: Session, actor: AgentRef, p: dict[str, Any]) -> Changes:
    follow_up_id, edit_id = uuid.UUID(p["follow_up_id"]), uuid.UUID(p["edit_id"])
    owner = None if p["owner_id"] is None else uuid.UUID(p["owner_id"])
    return reassign_follow_up(
        session, follow_up_id, p["expected_version"], owner, actor, edit_id=edit_id
    )[1]


def _review_note(session: Session, actor: AgentRef, p: dict[str, Any]) -> Changes:
    return add_review_note(session, from_json(NewReviewNote, p["note"]), actor)[1]


_HANDLERS: dict[str, Callable[[Session, AgentRef, dict[str, Any]], Changes]] = {
    INCIDENT_SUBMIT: _incident,
    CALLER_CREATE: _caller,
    CALLER_PINNED_NOTE: _note,
    FOLLOW_UP_CREATE: _follow_up,
    FOLLOW_UP_CLAIM: _claim,
    FOLLOW_UP_CLOSE: _close,
    FOLLOW_UP_SNOOZE: _snooze,
    FOLLOW_UP_REASSIGN: _reassign,
    REVIEW_NOTE_ADD: _review_note,
}
