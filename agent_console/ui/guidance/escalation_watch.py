"""Gathers what the escalation rules look at during a call: the caller's recent complaints
about the same problem (from the database, in the runner), the mood, the compensation
against the agent's limit, and the cue words in the notes.

The limit is one number in whatever currency the incident uses (kept simple on purpose):
100 unless the ``AGENT_CONSOLE_COMPENSATION_LIMIT`` environment variable says otherwise.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from agent_console.core.escalation import EscalationContext, Suggestion, suggest
from agent_console.core.incident_input import IncidentInput, parse_amount
from agent_console.core.mood import MoodReading
from agent_console.ui.data_access import DataAccess

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)
DEFAULT_COMPENSATION_LIMIT = Decimal("100")
LIMIT_VARIABLE = "AGENT_CONSOLE_COMPENSATION_LIMIT"


def compensation_limit(environ: Mapping[str, str] = os.environ) -> Decimal:
    raw = environ.get(LIMIT_VARIABLE, "").strip()
    if not raw:
        return DEFAULT_COMPENSATION_LIMIT
    try:
        value = Decimal(raw)
    except InvalidOperation:
        log.warning(
            "%s=%r is not a number; using %s", LIMIT_VARIABLE, raw, DEFAULT_COMPENSATION_LIMIT
        )
        return DEFAULT_COMPENSATION_LIMIT
    return value if value.is_finite() and value >= 0 else DEFAULT_COMPENSATION_LIMIT


class EscalationWatch(QObject):
    facts_changed = Signal()  # the count of earlier complaints arrived

    def __init__(self, data: DataAccess, limit: Decimal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self.limit = limit
        self.prior = 0  # the caller's earlier complaints, same category, last 30 days
        self._key: tuple[str, str] | None = None
        self._generation = 0

    def look_up(self, caller_id: str | None, category: str, incident_id: str) -> None:
        """Count the caller's recent complaints in ``category`` when either has changed."""
        key = (caller_id or "", category)
        if key == self._key:
            return
        self._key = key
        self._generation += 1
        generation = self._generation
        self.prior = 0
        if not caller_id or not category:
            self.facts_changed.emit()
            return
        try:
            caller, exclude = uuid.UUID(caller_id), uuid.UUID(incident_id)
        except ValueError:
            return

        def op(session: Session) -> int:
            from agent_console.store.escalation_facts import prior_complaints

            return prior_complaints(
                session, caller, category, datetime.now(UTC), exclude_incident_id=exclude
            )

        def done(count: int) -> None:
            if generation == self._generation:
                self.prior = count
                self.facts_changed.emit()

        self._data.run(op, done, lambda exc: log.info("earlier complaints not counted: %s", exc))

    def forget(self) -> None:
        """A new call: look the caller up again even if they are the same."""
        self._key = None

    def suggestions(
        self, inp: IncidentInput, problem_done: bool, reading: MoodReading | None
    ) -> list[Suggestion]:
        try:
            amount = parse_amount(inp.compensation)
        except ValueError:
            amount = None
        ratings = [m for m in (inp.mood_end or inp.mood_start,) if m is not None]
        if reading is not None and reading.hits:
            ratings.append(reading.level)
        facts = dict(
            prior_complaints_30d=self.prior,
            mood=min(ratings) if ratings else None,
            problem_done=problem_done,
            compensation=amount,
            compensation_limit=self.limit,
        )
        if reading is None:
            return suggest(EscalationContext(**facts))  # type: ignore[arg-type]
        return suggest(EscalationContext.from_mood(reading, **facts))
