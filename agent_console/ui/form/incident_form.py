"""The incident form: its fields laid out for the call, a message beside each field, the caller.

The form knows nothing of the database; ``IncidentSubmitter`` validates and saves what it holds.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agent_console.core.incident_input import FieldError, IncidentInput
from agent_console.store.records import CallerSummary
from agent_console.ui.form.fields import FieldMessage
from agent_console.ui.form.incident_inputs import IncidentInputs
from agent_console.ui.form.rows import FieldRow, build_rows
from agent_console.ui.formatting import region_currency, ui_side_alignment

if TYPE_CHECKING:
    from agent_console.ui.display_format import DisplayFormat


def _notice_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


class IncidentForm(IncidentInputs):
    submit_requested = Signal()
    caller_missing = Signal()  # the first thing to fix is that no caller was picked
    input_loaded = Signal(object)  # IncidentInput: a fresh form, or a restored draft

    def __init__(
        self, region: str, parent: QWidget | None = None, formats: DisplayFormat | None = None
    ) -> None:
        self._default_currency = region_currency(region)
        super().__init__(self._default_currency, parent, formats)
        self.setObjectName("incidentForm")
        self._caller: tuple[str, str] | None = None  # (id, name)
        self._fixed: dict[str, Any] = {}  # id, started_at, checklist, call_id: not on screen
        self.ended_at = ""  # ISO time the phone system said the call ended; "" until it does
        self._start_from_phone = False  # started_at came from the phone system: keep it
        self.form_message = _notice_label("formMessage", self)
        self.control_notice = _notice_label("controlCharNotice", self)
        self.caller_label = QLabel(self)
        self.caller_label.setObjectName("formCaller")
        self.caller_label.setAlignment(ui_side_alignment())
        self.submit_button = QPushButton(self.tr("Submit incident  (Ctrl+Enter)"), self)
        self.submit_button.setObjectName("submitButton")
        self.messages: dict[str, FieldMessage] = {}
        self.fields: dict[str, QWidget] = {"caller": self.caller_label, **self.inputs}
        self._build_layout()
        self.submit_button.clicked.connect(self.submit_requested)
        self.control_chars_removed.connect(self._on_control_chars)
        self.reset(None)

    def _build_layout(self) -> None:
        money = QWidget(self)
        money_layout = QHBoxLayout(money)
        money_layout.setContentsMargins(0, 0, 0, 0)
        money_layout.addWidget(self.compensation, 1)
        money_layout.addWidget(self.currency)
        under_notes = (self.notes_count, self.control_notice)
        form, self.messages = build_rows(self, [
            FieldRow("caller", self.tr("Caller:"), self.caller_label),
            FieldRow("category", self.tr("&Category:"), self.category),
            FieldRow("severity", self.tr("Se&verity:"), self.severity),
            FieldRow("mood_start", self.tr("Mood at &start:"), self.mood_start),
            FieldRow("summary", self.tr("Su&mmary:"), self.summary),
            FieldRow("notes", self.tr("N&otes:"), self.notes, extras=under_notes),
            FieldRow("root_cause", self.tr("&Root cause:"), self.root_cause),
            FieldRow("resolution", self.tr("Reso&lution:"), self.resolution),
            FieldRow("compensation", self.tr("Com&pensation:"), money, self.compensation, ("currency",)),
            FieldRow("mood_end", self.tr("Mood at &end:"), self.mood_end),
            FieldRow("escalated", "", self.escalated),
            FieldRow("outcome", self.tr("O&utcome:"), self.outcome),
        ])  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_message)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def focus_chain(self) -> list[QWidget]:
        return [*self.inputs.values(), self.submit_button]

    # -- content -------------------------------------------------------------------------
    def set_caller(self, caller: CallerSummary | None) -> None:
        self._caller = None if caller is None else (str(caller.id), caller.name)
        self._show_caller()
        self._on_edited()

    def _show_caller(self) -> None:
        if self._caller is None:
            self.caller_label.setText(self.tr("None yet: find the caller first (Ctrl+F)"))
        else:
            self.caller_label.setText(self._caller[1])
            self.messages["caller"].show_message("")

    def to_input(self) -> IncidentInput:
        caller_id, caller_name = self._caller or (None, "")
        return IncidentInput(
            caller_id=caller_id, caller_name=caller_name, **self.input_values(), **self._fixed
        )

    def load_input(self, inp: IncidentInput) -> None:
        """Show ``inp`` (a restored draft, or a fresh form) as one change."""
        self._fixed = {
            "id": inp.id,
            "started_at": inp.started_at,
            "checklist": dict(inp.checklist),
            "call_id": inp.call_id,
        }
        self.ended_at = ""
        self._start_from_phone = False
        self._caller = (inp.caller_id, inp.caller_name) if inp.caller_id else None
        self._show_caller()
        self.show_values(inp)
        self.clear_errors()
        self.input_loaded.emit(inp)
        self.changed.emit()

    def set_checklist(self, record: dict[str, Any]) -> None:
        """The call's checklist record (ticks, escalation, replacements), kept in the draft."""
        if record != self._fixed.get("checklist"):
            self._fixed["checklist"] = dict(record)
            self._on_edited()

    def reset(self, caller: CallerSummary | None) -> None:
        """An empty form for a new call (for ``caller``, when already known)."""
        self._caller = None if caller is None else (str(caller.id), caller.name)
        self.clear_for_next_call()

    def clear_for_next_call(self) -> None:
        """Empty every field and start a new incident; the caller stays picked."""
        caller_id, caller_name = self._caller or (None, "")
        fresh = IncidentInput(
            id=str(uuid.uuid4()),
            started_at=datetime.now(UTC).isoformat(),
            caller_id=caller_id,
            caller_name=caller_name,
            currency=self._default_currency,
        )
        self.load_input(fresh)

    def begin_call(self, started_at: str, call_id: str) -> None:
        """A new incident for a call the phone system announced: its start time and call id."""
        self._caller = None
        self.clear_for_next_call()
        self._fixed.update(started_at=started_at, call_id=call_id)
        self._start_from_phone = True
        self.changed.emit()

    def call_id(self) -> str:
        return str(self._fixed.get("call_id") or "")

    def restart_clock(self) -> None:
        """The call starts now (when its caller is picked), unless typing began earlier.

        A call the phone system announced keeps the start time it reported.
        """
        if self._start_from_phone:
            return
        if not self.summary.text() and not self.notes.toPlainText():
            self._fixed["started_at"] = datetime.now(UTC).isoformat()

    def _on_control_chars(self, count: int) -> None:
        text = self.tr(
            "Removed %n invisible control character(s) that came in with pasted text.", "", count
        )
        self.control_notice.setText(text)
        self.control_notice.show()

    # -- messages ------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for message in self.messages.values():
            message.show_message("")
        self.set_message("", "")
        self.control_notice.hide()

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message beside its field; focus goes to the first field to fix."""
        self.clear_errors()
        unplaced = []
        for error in errors:
            if error.field in self.messages:
                self.messages[error.field].show_message(error.message)
            else:
                unplaced.append(error.message)
        summary = self.tr("Not saved yet. Fields to fix, marked below: {0}.").format(len(errors))
        self.set_message(" ".join([summary, *unplaced]), "error")
        wrong = {e.field for e in errors}
        first = next((key for key in self.fields if key in wrong), None)
        if first == "caller":
            self.caller_missing.emit()
        elif first is not None:
            self.fields[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_message(self, text: str, kind: str) -> None:
        colour = {"error": "#b00020", "ok": "#1b6e20", "warning": "#7a5300"}.get(
            kind, "palette(text)"
        )
        self.form_message.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.form_message.setText(text)
        self.form_message.setVisible(bool(text))

    def set_submitting(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)
        idle = self.tr("Submit incident  (Ctrl+Enter)")
        self.submit_button.setText(self.tr("Saving…") if busy else idle)
