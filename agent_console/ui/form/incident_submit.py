"""Submitting the incident form: validate, save in the runner, then clear for the next call.

A failed save (a full disk, a database that went away) keeps the form and its draft as
they are and says what happened; the incident's id stays the same, so trying again never
stores it twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from agent_console.core.changes import Changes
from agent_console.core.incident_input import ValidIncident, validate
from agent_console.store.records import IncidentRow
from agent_console.ui.changes_hub import ChangesHub
from agent_console.ui.data_access import DataAccess
from agent_console.ui.draft_keeper import DraftKeeper
from agent_console.ui.failures import user_message
from agent_console.ui.form.incident_form import IncidentForm

if TYPE_CHECKING:
    from agent_console.store.writer import Writer

log = logging.getLogger(__name__)


def with_reported_end(valid: ValidIncident, ended_at: str) -> ValidIncident:
    """The end time the phone system reported (call-ended), kept between the start and now."""
    if not ended_at:
        return valid
    try:
        ended = datetime.fromisoformat(ended_at)
    except ValueError:
        return valid
    ended = ended if ended.tzinfo else ended.replace(tzinfo=UTC)
    return replace(valid, ended_at=min(max(ended, valid.started_at), valid.ended_at))


class IncidentSubmitter(QObject):
    submitted = Signal(object)  # IncidentRow

    def __init__(
        self,
        form: IncidentForm,
        data: DataAccess,
        hub: ChangesHub,
        drafts: DraftKeeper,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._form = form
        self._data = data
        self._hub = hub
        self._drafts = drafts
        self._busy = False
        # Asked once the form is valid: the checklist record to store, or None to hold the
        # submit back while it asks the agent something (it calls ``submit`` again after).
        self.gate: Callable[[Callable[[], None]], dict[str, Any] | None] | None = None
        form.submit_requested.connect(self.submit)

    def submit(self) -> None:
        if self._busy:
            return
        form = self._form
        result = validate(form.to_input())
        if isinstance(result, list):
            log.info(
                "incident form has %d problem(s): %s",
                len(result),
                ", ".join(e.field for e in result),
            )
            form.show_errors(result)
            return
        agent = self._data.agent
        if not self._data.writable or agent is None:
            reason = self._data.problem or self.tr(
                "the database is still opening; try again in a moment."
            )
            form.set_message(self.tr("Nothing can be saved: {0}").format(reason), "error")
            return
        checklist = result.checklist if self.gate is None else self.gate(self.submit)
        if checklist is None:
            return
        form.clear_errors()
        self._busy = True
        form.set_submitting(True)
        valid: ValidIncident = replace(
            with_reported_end(result, form.ended_at), checklist=checklist
        )

        caller_name = form.to_input().caller_name

        def op(writer: Writer) -> tuple[IncidentRow, Changes]:
            # On a shared database the writer commits to the local outbox first.
            return writer.submit_incident(valid, caller_name)

        self._data.write(op, self._on_saved, self._on_failed)

    def _on_saved(self, result: tuple[IncidentRow, Changes]) -> None:
        row, changes = result
        self._busy = False
        log.info("incident %s submitted", row.id)
        self._drafts.clear()
        self._form.set_submitting(False)
        self._form.clear_for_next_call()
        self._form.set_message(
            self.tr("Saved: “{0}”. The form is ready for the next call.").format(row.summary), "ok"
        )
        self._hub.publish(changes)
        self.submitted.emit(row)

    def _on_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._form.set_submitting(False)
        self._form.set_message(
            self.tr("The incident was NOT saved. {0}").format(user_message(exc)), "error"
        )
