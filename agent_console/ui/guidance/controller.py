"""Guidance during the call, wired to the incident form: the checklist state of the call, the
phrasing coach, escalation (by hand and suggested), the submit gate that asks for a reason
when required steps are unticked, and the recovery pause after a call that ended badly.

Each call starts a fresh state when the form is reset; a restored draft brings its own back.
Everything the call did is kept in the form's checklist record, so the draft and the stored
incident hold it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from agent_console.core.incident_input import IncidentInput
from agent_console.core.taxonomy import LANGUAGES, WORST_MOOD
from agent_console.store.records import AgentRef, IncidentRow
from agent_console.ui.data_access import DataAccess
from agent_console.ui.form.incident_form import IncidentForm
from agent_console.ui.form.incident_submit import IncidentSubmitter
from agent_console.ui.guidance.call_record import CallGuidance, mood_values, now_utc, problem_done
from agent_console.ui.guidance.checklist_dock import ChecklistPane
from agent_console.ui.guidance.checklist_model import ChecklistModel
from agent_console.ui.guidance.clock import parse_time
from agent_console.ui.guidance.dialog_slot import DialogSlot
from agent_console.ui.guidance.escalation import EscalationDialog, escalation_text
from agent_console.ui.guidance.escalation_watch import EscalationWatch, compensation_limit
from agent_console.ui.guidance.library import GuidanceLibrary
from agent_console.ui.guidance.phrasing_control import PhrasingControl
from agent_console.ui.guidance.phrasing_dock import PhrasingPane
from agent_console.ui.guidance.recovery import RecoveryOffer
from agent_console.ui.guidance.skip_reason import SkipReasonDialog
from agent_console.ui.services import ConsoleServices
from agent_console.ui.widgets.banner_area import BannerArea

log = logging.getLogger(__name__)
CONTENT_CODES = tuple(choice.code for choice in LANGUAGES)
PHRASEBOOK = "phrasebook"  # store.guidance.PHRASEBOOK, without importing the store at start


def interface_language(requested: str | None) -> str:
    """The content language a call starts in: the interface language."""
    language = requested or QLocale().name().split("_")[0]
    return language if language in CONTENT_CODES else "en"


class GuidanceController(QObject):
    editor_available = Signal(object)  # AgentRef who edits guidance here, or None

    def __init__(
        self,
        services: ConsoleServices,
        form: IncidentForm,
        submitter: IncidentSubmitter,
        banners: BannerArea,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._services, self._form, self._window = services, form, window
        self.library = GuidanceLibrary(services.data, self)
        self.model = ChecklistModel(parent=self)
        self.checklist_pane = ChecklistPane(self.model, window)
        self.phrasing_pane = PhrasingPane(window, services.formats)
        self.phrasing = PhrasingControl(form.notes, form.summary, self.phrasing_pane, self)
        self.watch = EscalationWatch(services.data, compensation_limit(), self)
        self.recovery = RecoveryOffer(banners, self)
        self.language = interface_language(services.options.lang)
        self.call: CallGuidance | None = None
        self.editor_actor: AgentRef | None = None
        self._dialogs = DialogSlot()
        self._waiting: IncidentInput | None = None  # a form to follow once content is loaded
        self._connect(submitter)
        self._waiting = form.to_input()
        self.checklist_pane.show_state(None, self.language)
        self.library.load_shipped()

    def _connect(self, submitter: IncidentSubmitter) -> None:
        form, data = self._form, self._services.data
        self.library.changed.connect(self._on_library_changed)
        data.opened.connect(self._on_opened)
        form.input_loaded.connect(self._start_call)
        form.changed.connect(self._on_form_changed)
        form.escalated.clicked.connect(self._on_escalated_clicked)
        self.model.toggle_requested.connect(self.toggle_step)
        self.checklist_pane.tick_next_requested.connect(self.tick_next)
        self.checklist_pane.escalate_requested.connect(self.open_escalation)
        self.checklist_pane.suggestion_dismissed.connect(self._dismiss_suggestion)
        self.phrasing_pane.language_chosen.connect(self.set_language)
        self.phrasing.checked.connect(self._update_suggestions)
        self.phrasing.replaced.connect(self._on_replaced)
        self.watch.facts_changed.connect(self._update_suggestions)
        submitter.gate = self.gate
        submitter.submitted.connect(self._on_submitted)

    # -- content and the call's lifetime -----------------------------------------------------
    def _on_opened(self, agent: AgentRef) -> None:
        self.library.reload()
        # Team leads and admins (on the demo: ``--as dorlov``); the store checks it again.
        self.editor_actor = agent if agent.role in ("lead", "admin") else None
        self.editor_available.emit(self.editor_actor)

    @property
    def data(self) -> DataAccess:
        return self._services.data

    def _on_library_changed(self) -> None:
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            self._start_call(waiting)
            return
        call = self.call
        if call is None:
            return
        script = self.library.script(call.language)
        if script is not None and not call.state.ticks:
            call.switch_script(script)  # a newer version applies while nothing is ticked yet
        self._apply_language()

    def _start_call(self, inp: IncidentInput) -> None:
        """A fresh form starts a new call; a restored draft brings its call back."""
        self.watch.forget()
        record = inp.checklist if inp.checklist.get("format") else None
        if record is not None:
            language = str(record.get("content_language") or record.get("script_language"))
            self.language = language if language in CONTENT_CODES else self.language
        script = self.library.script(self.language)
        if script is None:
            self._waiting, self.call = inp, None
            return
        if record is not None:
            try:
                self.call = CallGuidance.restore(record, script, self.language)
            except ValueError as exc:
                log.warning("checklist of the restored draft not used: %s", exc)
                record = None
        if record is None:
            self.call = CallGuidance.new(script, self.language, parse_time(inp.started_at))
        self._apply_language()

    def set_language(self, language: str) -> None:
        """The caller's language: checklist, phrasebook, good lines and mood words follow it."""
        if language not in CONTENT_CODES or language == self.language:
            return
        self.language = language
        if self.call is not None:
            self.call.language = language
            script = self.library.script(language)
            if script is not None:
                self.call.switch_script(script)
        self._apply_language()

    def _apply_language(self) -> None:
        call = self.call
        self.model.set_script(call.script if call else None, call.state if call else None)
        book = self.library.phrasebook(self.language)
        content = self.library.content(PHRASEBOOK, self.language)
        if call is not None:
            call.phrasebook_version = content.version if content is not None else None
        self.phrasing.set_content(self.language, book)
        self._refresh()

    def _refresh(self) -> None:
        call = self.call
        self.checklist_pane.show_state(call.state if call else None, self.language)
        self.checklist_pane.show_escalation(escalation_text(call.escalation) if call else None)
        self._update_suggestions()
        self._push_record()

    def _push_record(self) -> None:
        if self.call is not None:
            self._form.set_checklist(self.call.record())

    def _on_form_changed(self) -> None:
        call = self.call
        if call is None:
            return
        inp = self._form.to_input()
        started = parse_time(inp.started_at)
        if started is not None and started.tzinfo is not None and not call.state.ticks:
            call.state.started_at = started.astimezone(UTC)
        self.watch.look_up(inp.caller_id, inp.category, inp.id)
        self._update_suggestions()
        self._push_record()

    # -- the checklist -----------------------------------------------------------------------
    def toggle_step(self, step_id: str) -> None:
        if self.call is not None:
            self.call.toggle(step_id, now_utc())
            self._refresh()

    def toggle_step_number(self, number: int) -> None:
        """Tick (or untick) the step with this number, 1 being the first of the script."""
        if self.call is not None and 1 <= number <= len(self.call.script.steps):
            self.toggle_step(self.call.script.steps[number - 1].id)

    def tick_next(self) -> None:
        call = self.call
        step = call.state.next_step() if call is not None else None
        if call is None or step is None:
            return
        call.state.tick(step.id, now_utc())
        following = call.state.next_step()
        if following is not None:
            self.checklist_pane.select_step(following.id)
        self._refresh()

    # -- escalation --------------------------------------------------------------------------
    def open_escalation(self, reason: str = "") -> None:
        if isinstance(self.dialog, EscalationDialog):
            self.dialog.raise_()
            return
        dialog = EscalationDialog(reason, self._window)
        self._dialogs.show(dialog, lambda: self.escalate(*dialog.chosen()))

    def escalate(self, reason: str, note: str) -> None:
        call, agent = self.call, self._services.data.agent
        if call is None or not reason:
            return
        login, name = (agent.login, agent.display_name) if agent is not None else ("", "")
        call.escalate(login, name, reason, note, now_utc())
        self._form.escalated.setChecked(True)
        self._refresh()

    def _on_escalated_clicked(self, checked: bool) -> None:
        if not checked and self.call is not None and self.call.escalation is not None:
            self.call.escalation = None  # the agent took it back
            self._refresh()

    def _dismiss_suggestion(self, rule: str) -> None:
        if self.call is not None:
            self.call.dismissed.add(rule)
            self._update_suggestions()

    def _update_suggestions(self) -> None:
        call = self.call
        if call is None or call.escalation is not None:
            self.checklist_pane.show_suggestions([])
            return
        found = self.watch.suggestions(
            self._form.to_input(), problem_done(call), self.phrasing.reading
        )
        if call.note_suggested([s.rule for s in found]):
            self._push_record()
        self.checklist_pane.show_suggestions([s for s in found if s.rule not in call.dismissed])

    @property
    def suggestions(self) -> list[tuple[str, str]]:
        """The rules suggesting escalation now, with their messages, as shown in the dock."""
        return self.checklist_pane.shown_suggestions

    @property
    def dialog(self) -> QDialog | None:
        """The escalation or skip-reason dialog on screen, if any."""
        return self._dialogs.dialog

    # -- phrasing ----------------------------------------------------------------------------
    def apply_first_suggestion(self) -> None:
        self.phrasing.apply_first_at_cursor()

    def _on_replaced(self, where: str, finding: Any, replacement: str) -> None:
        if self.call is not None:
            self.call.replaced(finding, where, replacement, now_utc())
            self._push_record()

    # -- submitting --------------------------------------------------------------------------
    def gate(self, resume: Callable[[], None]) -> dict[str, Any] | None:
        """The record to store; None (asking for a reason first) when required steps are open."""
        call = self.call
        if call is None:
            return dict(self._form.to_input().checklist)
        missing = call.state.required_unticked()
        if missing and not call.skip_reason.strip():
            dialog = SkipReasonDialog(missing, self._window)
            self._dialogs.show(dialog, lambda: self._skip_with_reason(dialog.text(), resume))
            return None
        mood = mood_values(self.phrasing.current_reading())
        record = call.record(open_findings=self.phrasing.findings(), mood=mood)
        self._form.set_checklist(record)
        return record

    def _skip_with_reason(self, reason: str, resume: Callable[[], None]) -> None:
        if self.call is not None and reason:
            self.call.skip_reason = reason
            self._push_record()
            resume()

    def _on_submitted(self, row: IncidentRow) -> None:
        if row.mood_end == WORST_MOOD:
            self.recovery.offer()
        self.library.reload()  # the next call follows the newest checklist and phrasebook
