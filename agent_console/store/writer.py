"""The one place that decides how a write reaches the database.

Embedded SQLite: straight into the local database, as before. Shared server: committed to
the local outbox first and delivered by the sender, so the agent never waits on the network
and loses nothing while it is down. Call these from the operation runner, not the GUI thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from agent_console.core.changes import Changes
from agent_console.core.incident_input import ValidIncident, clean_text
from agent_console.store import operations as ops
from agent_console.store.caller_notes import update_pinned_note
from agent_console.store.callers import create_caller, validate_new_caller
from agent_console.store.database import Database
from agent_console.store.errors import CallerInputError, EditRefused
from agent_console.store.follow_ups import (
    claim_follow_up,
    close_follow_up,
    create_follow_up,
    reassign_follow_up,
    snooze_follow_up,
)
from agent_console.store.incidents import submit_incident
from agent_console.store.lead_records import NewReviewNote
from agent_console.store.outbox import Outbox
from agent_console.store.records import AgentRef, CallerSummary, IncidentRow, NewCaller, NewFollowUp
from agent_console.store.review import add_review_note


class Writer:
    """Writes as ``agent``: directly (``outbox`` None) or through the outbox and its sender."""

    def __init__(
        self,
        db: Database,
        agent: AgentRef,
        outbox: Outbox | None = None,
        wake_sender: Callable[[], None] = lambda: None,
    ) -> None:
        self.db = db
        self.agent = agent
        self.outbox = outbox
        self._wake_sender = wake_sender

    @property
    def queued(self) -> bool:
        """Whether writes go through the outbox (a shared database)."""
        return self.outbox is not None

    def submit_incident(
        self, incident: ValidIncident, caller_name: str = ""
    ) -> tuple[IncidentRow, Changes]:
        """Store an incident; on a shared database the row comes back marked ``pending``."""
        if self.outbox is None:
            with self.db.session() as session:
                return submit_incident(session, incident, self.agent)
        payload = ops.payload_for(self.agent, incident=incident, caller_name=caller_name)
        self._enqueue(ops.INCIDENT_SUBMIT, payload, incident.caller_id)
        changes = Changes(
            incidents=frozenset({incident.id}), histories=frozenset({incident.caller_id})
        )
        return _pending_row(incident, caller_name, self.agent.display_name), changes

    def create_caller(self, new: NewCaller, region: str) -> tuple[CallerSummary, Changes]:
        """Add a caller; CallerInputError at once if the form is wrong, queued or not."""
        if self.outbox is None:
            with self.db.session() as session:
                return create_caller(session, new, region, self.agent)
        phones, errors = validate_new_caller(new, region)
        if errors:
            raise CallerInputError(errors)
        self._enqueue(
            ops.CALLER_CREATE, ops.payload_for(self.agent, caller=new, region=region), new.id
        )
        summary = CallerSummary(
            new.id, " ".join(clean_text(new.name)[0].split()), new.account_ref.strip() or None, tuple(phones),
            new.preferred_language or None, new.tech_level, new.pinned_note.strip(), 1,
        )  # fmt: skip
        return summary, Changes(callers=frozenset({new.id}))

    def create_follow_up(self, new: NewFollowUp) -> Changes:
        if self.outbox is None:
            with self.db.session() as session:
                return create_follow_up(session, new, self.agent)[1]
        self._enqueue(
            ops.FOLLOW_UP_CREATE, ops.payload_for(self.agent, follow_up=new), new.caller_id
        )
        return Changes(follow_ups=frozenset({new.id}), histories=frozenset({new.caller_id}))

    def claim_follow_up(self, follow_up_id: uuid.UUID, expected_version: int) -> Changes:
        """Raises StaleEdit at once when embedded; when queued, a refusal shows as a held write."""
        if self.outbox is None:
            with self.db.session() as session:
                return claim_follow_up(session, follow_up_id, expected_version, self.agent)[1]
        return self._edit(
            ops.FOLLOW_UP_CLAIM, follow_up_id=follow_up_id, expected_version=expected_version
        )

    def close_follow_up(
        self,
        follow_up_id: uuid.UUID,
        expected_version: int,
        outcome: str,
        satisfaction: int | None,
        note: str,
    ) -> Changes:
        if self.outbox is None:
            with self.db.session() as session:
                return close_follow_up(
                    session, follow_up_id, expected_version, outcome, satisfaction, note,
                    self.agent,
                )[1]  # fmt: skip
        return self._edit(
            ops.FOLLOW_UP_CLOSE, follow_up_id=follow_up_id, expected_version=expected_version,
            outcome=outcome, satisfaction=satisfaction, note=note,
        )  # fmt: skip

    def snooze_follow_up(
        self,
        follow_up_id: uuid.UUID,
        expected_version: int,
        due_at: datetime,
        reason: str,
        outcome: str | None = None,
    ) -> Changes:
        """Move the due time (a snooze, or a new try after ``outcome`` "no_answer")."""
        if self.outbox is None:
            with self.db.session() as session:
                return snooze_follow_up(
                    session, follow_up_id, expected_version, due_at, reason, self.agent,
                    outcome=outcome,
                )[1]  # fmt: skip
        return self._edit(
            ops.FOLLOW_UP_SNOOZE, follow_up_id=follow_up_id, expected_version=expected_version,
            due_at=due_at, reason=reason, outcome=outcome,
        )  # fmt: skip

    def reassign_follow_up(
        self, follow_up_id: uuid.UUID, expected_version: int, owner_id: uuid.UUID | None
    ) -> Changes:
        if self.outbox is None:
            with self.db.session() as session:
                return reassign_follow_up(
                    session, follow_up_id, expected_version, owner_id, self.agent
                )[1]
        return self._edit(
            ops.FOLLOW_UP_REASSIGN, follow_up_id=follow_up_id, expected_version=expected_version,
            owner_id=owner_id,
        )  # fmt: skip

    def add_review_note(self, note: NewReviewNote) -> Changes:
        if self.outbox is None:
            with self.db.session() as session:
                return add_review_note(session, note, self.agent)[1]
        if not note.text.strip():
            raise EditRefused("Write the review note first.")
        self._enqueue(ops.REVIEW_NOTE_ADD, ops.payload_for(self.agent, note=note), None)
        return Changes()

    def update_pinned_note(self, caller_id: uuid.UUID, note: str, expected_version: int) -> Changes:
        if self.outbox is None:
            with self.db.session() as session:
                return update_pinned_note(session, caller_id, note, expected_version, self.agent)[1]
        self._edit(
            ops.CALLER_PINNED_NOTE,
            caller_id=caller_id,
            note=note,
            expected_version=expected_version,
        )
        return Changes(callers=frozenset({caller_id}))

    def pending_incidents_for(self, caller_id: uuid.UUID) -> list[IncidentRow]:
        """This workstation's incidents for the caller not yet in the shared database, newest first.

        Read these before the history page and drop any whose id the page holds: a write
        delivered in between then shows once, never zero times.
        """
        if self.outbox is None:
            return []
        rows = []
        for item in self.outbox.for_caller(ops.INCIDENT_SUBMIT, caller_id):
            incident = ops.from_json(ValidIncident, item.payload["incident"])
            agent = ops.from_json(AgentRef, item.payload["actor"])
            rows.append(
                _pending_row(incident, item.payload.get("caller_name", ""), agent.display_name)
            )
        return sorted(rows, key=lambda r: (r.started_at, str(r.id)), reverse=True)

    def _edit(self, kind: str, **fields: object) -> Changes:
        # Nothing changed yet: the panes refresh when the sender (or the change feed) says so.
        payload = ops.payload_for(self.agent, edit_id=uuid.uuid4(), **fields)
        self._enqueue(kind, payload, None)
        return Changes()

    def _enqueue(self, kind: str, payload: dict[str, object], caller_id: uuid.UUID | None) -> None:
        assert self.outbox is not None
        self.outbox.enqueue(kind, payload, caller_id)
        self._wake_sender()


def _pending_row(incident: ValidIncident, caller_name: str, agent_name: str) -> IncidentRow:
    return IncidentRow(
        id=incident.id,
        caller_id=incident.caller_id,
        caller_name=caller_name,
        agent_name=agent_name,
        started_at=incident.started_at,
        ended_at=incident.ended_at,
        category=incident.category,
        severity=incident.severity,
        mood_start=incident.mood_start,
        mood_end=incident.mood_end,
        summary=incident.summary,
        notes=incident.notes,
        root_cause=incident.root_cause,
        resolution=incident.resolution,
        compensation_amount=incident.compensation_amount,
        compensation_currency=incident.compensation_currency,
        escalated=incident.escalated,
        outcome=incident.outcome,
        checklist=dict(incident.checklist),
        pending=True,
    )
