"""Follow-ups several people work on: flag, claim, snooze, reassign, close; stale edits are refused.

Each edit names the version the person saw and carries a client-made ``edit_id`` (the id of
its audit row), so a delivery retried after a crash is recognised instead of refused as stale.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any, NoReturn

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, aliased

from agent_console.core.changes import Changes
from agent_console.core.follow_up_rules import FOLLOW_UP_OUTCOMES, SCOPE_CODES
from agent_console.core.incident_input import clean_text
from agent_console.store.agents import audit
from agent_console.store.change_log import record_change
from agent_console.store.errors import EditRefused, StaleEdit
from agent_console.store.models import Agent, Caller, FollowUp, Incident
from agent_console.store.records import AgentRef, FollowUpRow, NewFollowUp
from agent_console.store.types import utcnow
from agent_console.store.versioned import (
    already_applied,
    current_row,
    last_changed_by,
    update_versioned,
)

LEADS = frozenset({"lead", "admin"})
REASON_MAX = 500


def follow_up_rows(*conditions: ColumnElement[bool]) -> Any:
    """A query for whole FollowUpRows (caller, owner, flagger, linked incident's category)."""
    creator = aliased(Agent)
    return (
        select(FollowUp, Caller.name, Agent.display_name, creator.display_name, Incident.category)
        .join(Caller, Caller.id == FollowUp.caller_id)
        .outerjoin(Agent, Agent.id == FollowUp.owner_id)
        .outerjoin(creator, creator.id == FollowUp.created_by)
        .outerjoin(Incident, Incident.id == FollowUp.incident_id)
        .where(*conditions)
    )


def to_row(found: Any) -> FollowUpRow:
    f, caller_name, owner_name, creator_name, category = found
    return FollowUpRow(
        f.id, f.caller_id, caller_name, f.due_at, f.reason, f.priority, owner_name, f.status,
        f.version, f.owner_id, f.scope, f.incident_id, category, f.created_at, creator_name,
        f.closed_at, f.outcome, f.satisfaction, f.close_note or "",
    )  # fmt: skip


def get_follow_up(session: Session, follow_up_id: uuid.UUID) -> FollowUpRow | None:
    found = session.execute(follow_up_rows(FollowUp.id == follow_up_id)).one_or_none()
    return None if found is None else to_row(found)


def create_follow_up(
    session: Session, new: NewFollowUp, actor: AgentRef
) -> tuple[FollowUpRow, Changes]:
    """Flag a follow-up. Creating the same id twice keeps one."""
    if session.get(FollowUp, new.id) is None:
        reason = clean_text(new.reason)[0].strip()
        if not reason or len(reason) > REASON_MAX:
            raise EditRefused(f"Say why to call back, in at most {REASON_MAX} characters.")
        if session.get(Caller, new.caller_id) is None:
            raise LookupError(f"caller {new.caller_id} does not exist")
        owner_id, scope = _check_owner(session, new, actor)
        if not 1 <= new.priority <= 3:
            raise EditRefused("Priority is 1 (urgent), 2 (normal) or 3 (when there is time).")
        session.add(
            FollowUp(
                id=new.id, caller_id=new.caller_id, incident_id=new.incident_id,
                created_by=actor.id, owner_id=owner_id, scope=scope, due_at=new.due_at,
                reason=reason, priority=new.priority,
            )
        )  # fmt: skip
        session.flush()
        details = {"reason": reason, "due_at": new.due_at.isoformat(), "scope": scope}
        audit(session, actor, "follow_up.created", "follow_up", new.id, details)
        record_change(session, "follow_up", new.id, new.caller_id)
    return _row(session, new.id), _changed(new.id, new.caller_id)


def _check_owner(
    session: Session, new: NewFollowUp, actor: AgentRef
) -> tuple[uuid.UUID | None, str]:
    """Owner and scope of a new flag: the flagger ("mine"), nobody yet ("team"), or a named agent.

    A "team" flag that names an owner is that agent's (scope "agent").
    """
    if new.scope not in SCOPE_CODES:
        raise EditRefused("Say whose follow-up this is: yours, the team's or a named agent's.")
    if new.scope == "mine":
        return actor.id, "mine"
    if new.scope == "team" and new.owner_id is None:
        return None, "team"
    if new.owner_id is None:
        raise EditRefused("Choose the agent who is to call back.")
    owner = session.get(Agent, new.owner_id)
    if owner is None or not owner.active:
        raise EditRefused("The agent chosen for this follow-up is not an active user.")
    return new.owner_id, "agent"


def claim_follow_up(
    session: Session,
    follow_up_id: uuid.UUID,
    expected_version: int,
    actor: AgentRef,
    *,
    edit_id: uuid.UUID | None = None,
) -> tuple[FollowUpRow, Changes]:
    """Make ``actor`` the owner. Taking one that someone else owns is for team leads."""
    edit_id = edit_id or uuid.uuid4()
    if already_applied(session, edit_id):
        return _row(session, follow_up_id), Changes()
    allowed = [FollowUp.status == "open"]
    if actor.role not in LEADS:
        allowed.append(or_(FollowUp.owner_id.is_(None), FollowUp.owner_id == actor.id))
    values = {"owner_id": actor.id}
    if not update_versioned(session, FollowUp, follow_up_id, expected_version, values, *allowed):
        _refuse(session, follow_up_id, expected_version, "take")
    caller_id = _finish(session, follow_up_id, actor, "follow_up.claimed", {}, edit_id)
    return _row(session, follow_up_id), _changed(follow_up_id, caller_id)


def close_follow_up(
    session: Session,
    follow_up_id: uuid.UUID,
    expected_version: int,
    outcome: str,
    satisfaction: int | None,
    note: str,
    actor: AgentRef,
    *,
    edit_id: uuid.UUID | None = None,
) -> tuple[FollowUpRow, Changes]:
    """Close with an outcome and the caller's satisfaction (1-5).

    Agents close their own (owned, or flagged by them and not taken); the rest is for leads.
    """
    edit_id = edit_id or uuid.uuid4()
    if already_applied(session, edit_id):
        return _row(session, follow_up_id), Changes()
    if outcome not in {c.code for c in FOLLOW_UP_OUTCOMES}:
        raise EditRefused("Choose an outcome from the list.")
    if satisfaction is not None and not 1 <= satisfaction <= 5:
        raise EditRefused("Satisfaction is a score from 1 to 5.")
    allowed = _worked_by(actor)
    note = clean_text(note)[0].strip()
    values = {
        "owner_id": func.coalesce(FollowUp.owner_id, actor.id),  # a team flag: who called back
        "status": "done",
        "closed_at": utcnow(),
        "outcome": outcome,
        "satisfaction": satisfaction,
        "close_note": note,
    }
    if not update_versioned(session, FollowUp, follow_up_id, expected_version, values, *allowed):
        _refuse(session, follow_up_id, expected_version, "close")
    details = {"outcome": outcome, "satisfaction": satisfaction, "note": note}
    caller_id = _finish(session, follow_up_id, actor, "follow_up.closed", details, edit_id)
    return _row(session, follow_up_id), _changed(follow_up_id, caller_id)


def snooze_follow_up(
    session: Session,
    follow_up_id: uuid.UUID,
    expected_version: int,
    due_at: datetime,
    reason: str,
    actor: AgentRef,
    *,
    outcome: str | None = None,
    edit_id: uuid.UUID | None = None,
) -> tuple[FollowUpRow, Changes]:
    """Move the due time, saying why; it stays open. With ``outcome`` ("no_answer"): a call-back
    attempt that did not reach the caller, to be tried again at ``due_at``.
    """
    edit_id = edit_id or uuid.uuid4()
    if already_applied(session, edit_id):
        return _row(session, follow_up_id), Changes()
    reason = clean_text(reason)[0].strip()
    if not reason and outcome is None:
        raise EditRefused("Say why the follow-up waits, so whoever looks at it later knows.")
    if outcome is not None and outcome not in {c.code for c in FOLLOW_UP_OUTCOMES}:
        raise EditRefused("Choose an outcome from the list.")
    before = current_row(session, FollowUp, follow_up_id)
    values = {"due_at": due_at}
    if not update_versioned(
        session, FollowUp, follow_up_id, expected_version, values, *_worked_by(actor)
    ):
        _refuse(session, follow_up_id, expected_version, "move")
    action = "follow_up.snoozed" if outcome is None else "follow_up.attempted"
    details: dict[str, object] = {"reason": reason, "due_at": due_at.isoformat()}
    if before is not None:
        details["was_due_at"] = before.due_at.isoformat()
    if outcome is not None:
        details["outcome"] = outcome
    caller_id = _finish(session, follow_up_id, actor, action, details, edit_id)
    return _row(session, follow_up_id), _changed(follow_up_id, caller_id)


def reassign_follow_up(
    session: Session,
    follow_up_id: uuid.UUID,
    expected_version: int,
    owner_id: uuid.UUID | None,
    actor: AgentRef,
    *,
    edit_id: uuid.UUID | None = None,
) -> tuple[FollowUpRow, Changes]:
    """Give it to another agent, or back to the whole team (``owner_id`` None). For team leads."""
    edit_id = edit_id or uuid.uuid4()
    if already_applied(session, edit_id):
        return _row(session, follow_up_id), Changes()
    if actor.role not in LEADS:
        raise EditRefused("Only a team lead can give a follow-up to someone else.")
    owner = None if owner_id is None else session.get(Agent, owner_id)
    if owner_id is not None and (owner is None or not owner.active):
        raise EditRefused("The agent chosen for this follow-up is not an active user.")
    values = {"owner_id": owner_id, "scope": "team" if owner_id is None else "agent"}
    if not update_versioned(
        session, FollowUp, follow_up_id, expected_version, values, FollowUp.status == "open"
    ):
        _refuse(session, follow_up_id, expected_version, "reassign")
    details = {"owner": owner.login if owner is not None else None}
    caller_id = _finish(session, follow_up_id, actor, "follow_up.reassigned", details, edit_id)
    return _row(session, follow_up_id), _changed(follow_up_id, caller_id)


def _worked_by(actor: AgentRef) -> list[ColumnElement[bool]]:
    """Open, and the actor's to work: a lead any; an agent their own or the team's untaken ones."""
    allowed: list[ColumnElement[bool]] = [FollowUp.status == "open"]
    if actor.role not in LEADS:
        allowed.append(or_(FollowUp.owner_id == actor.id, FollowUp.owner_id.is_(None)))
    return allowed


def _finish(
    session: Session,
    follow_up_id: uuid.UUID,
    actor: AgentRef,
    action: str,
    details: Mapping[str, object],
    edit_id: uuid.UUID,
) -> uuid.UUID:
    follow_up = current_row(session, FollowUp, follow_up_id)
    assert follow_up is not None
    details = {**details, "version": follow_up.version}
    audit(session, actor, action, "follow_up", follow_up_id, details, event_id=edit_id)
    record_change(session, "follow_up", follow_up_id, follow_up.caller_id)
    return follow_up.caller_id


def _refuse(
    session: Session, follow_up_id: uuid.UUID, expected_version: int, verb: str
) -> NoReturn:
    """Say why the update matched no row: gone, changed meanwhile, closed or not allowed."""
    now = current_row(session, FollowUp, follow_up_id)
    if now is None and get_follow_up(session, follow_up_id) is not None:
        # There, but the database's row rules hide it from this person's locking read.
        raise EditRefused(f"Only a team lead can {verb} a follow-up that someone else owns.")
    if now is None:
        raise EditRefused("This follow-up no longer exists.")
    if now.version != expected_version:
        who = last_changed_by(session, follow_up_id)
        current = _row(session, follow_up_id)
        state = now.status
        if now.status == "open":
            state = f"open, {'taken by ' + current.owner_name if current.owner_name else 'not taken by anyone'}"
        raise StaleEdit(
            f"{who} changed this follow-up while you had it open (it is now {state}). "
            f"Nothing was saved: look at it as it is now, then {verb} it again if still needed.",
            current,
            expected_version,
        )
    if now.status != "open":
        raise EditRefused(f"This follow-up is already {now.status}.")
    raise EditRefused(f"Only a team lead can {verb} a follow-up that someone else owns.")


def _row(session: Session, follow_up_id: uuid.UUID) -> FollowUpRow:
    row = get_follow_up(session, follow_up_id)
    if row is None:
        raise LookupError(f"follow-up {follow_up_id} does not exist")
    return row


def _changed(follow_up_id: uuid.UUID, caller_id: uuid.UUID) -> Changes:
    return Changes(follow_ups=frozenset({follow_up_id}), histories=frozenset({caller_id}))
