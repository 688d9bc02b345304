"""The input widgets of the incident form and the IncidentInput they hold, without layout or messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QTextEdit, QWidget

from agent_console.core import taxonomy
from agent_console.core.incident_input import NOTES_MAX, IncidentInput
from agent_console.ui.form.fields import ChoiceCombo, ControlCharGuard, plain_text_editor

if TYPE_CHECKING:
    from agent_console.ui.display_format import DisplayFormat


class IncidentInputs(QWidget):
    changed = Signal()  # anything the agent typed or chose
    category_changed = Signal(str)
    control_chars_removed = Signal(int)

    def __init__(
        self,
        default_currency: str,
        parent: QWidget | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self._formats = formats  # digits as the agent chose (native or Latin); else the locale's
        self._loading = False
        self.category = ChoiceCombo(taxonomy.CATEGORIES, self.tr("Choose a category…"), self)
        self.severity = ChoiceCombo(taxonomy.SEVERITIES, self.tr("Choose severity…"), self)
        self.mood_start = ChoiceCombo(taxonomy.MOODS, self.tr("Mood when the call started…"), self)
        self.summary = QLineEdit(self)
        self.summary.setPlaceholderText(self.tr("One line: what the caller is unhappy about"))
        self.notes = plain_text_editor("notes", self)
        self.notes.setPlaceholderText(
            self.tr("What the caller said, what you checked, what you promised")
        )
        self.notes.setMinimumHeight(200)
        self.notes_count = QLabel(self)
        self.notes_count.setObjectName("notesCount")
        self.root_cause = ChoiceCombo(taxonomy.ROOT_CAUSES, self.tr("Not chosen"), self)
        self.resolution = ChoiceCombo(taxonomy.RESOLUTIONS, self.tr("Not chosen"), self)
        self.compensation = QLineEdit(self)
        self.compensation.setPlaceholderText(self.tr("Amount, if any"))
        self.currency = QLineEdit(self)
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(self.currency.fontMetrics().horizontalAdvance("WWWW") + 16)
        self.currency.setPlaceholderText(default_currency or "EUR")
        self.mood_end = ChoiceCombo(taxonomy.MOODS, self.tr("Mood at the end…"), self)
        self.escalated = QCheckBox(self.tr("Escalated to a supervisor or specialist"), self)
        self.outcome = ChoiceCombo(taxonomy.OUTCOMES, self.tr("How did the call end?"), self)
        # In the order the agent fills them in (and problems are looked for).
        self.inputs: dict[str, QWidget] = {
            "category": self.category, "severity": self.severity, "mood_start": self.mood_start,
            "summary": self.summary, "notes": self.notes, "root_cause": self.root_cause,
            "resolution": self.resolution, "compensation": self.compensation,
            "currency": self.currency, "mood_end": self.mood_end, "escalated": self.escalated,
            "outcome": self.outcome,
        }  # fmt: skip
        self._connect_inputs()

    def _connect_inputs(self) -> None:
        for widget in self.inputs.values():
            if isinstance(widget, ChoiceCombo):
                widget.currentIndexChanged.connect(self._on_edited)
            elif isinstance(widget, QLineEdit | QTextEdit):
                widget.textChanged.connect(self._on_edited)
                ControlCharGuard(widget).removed.connect(self.control_chars_removed)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._on_edited)
        self.notes.textChanged.connect(self._update_count)
        self.category.currentIndexChanged.connect(
            lambda _: self.category_changed.emit(self.category.code())
        )

    def input_values(self) -> dict[str, Any]:
        """What is on screen, as IncidentInput's keyword arguments."""
        return {
            "category": self.category.code(), "severity": self.severity.number(),
            "mood_start": self.mood_start.number(), "mood_end": self.mood_end.number(),
            "summary": self.summary.text(), "notes": self.notes.toPlainText(),
            "root_cause": self.root_cause.code(), "resolution": self.resolution.code(),
            "compensation": self.compensation.text(), "currency": self.currency.text(),
            "escalated": self.escalated.isChecked(), "outcome": self.outcome.code(),
        }  # fmt: skip

    def show_values(self, inp: IncidentInput) -> None:
        """Put ``inp``'s values on screen without reporting each one as an edit."""
        self._loading = True
        try:
            for combo, code in (
                (self.category, inp.category), (self.severity, inp.severity),
                (self.mood_start, inp.mood_start), (self.mood_end, inp.mood_end),
                (self.root_cause, inp.root_cause), (self.resolution, inp.resolution),
                (self.outcome, inp.outcome),
            ):  # fmt: skip
                combo.set_code(code)
            self.summary.setText(inp.summary)
            self.notes.setPlainText(inp.notes)
            self.compensation.setText(inp.compensation)
            self.currency.setText(inp.currency)
            self.escalated.setChecked(inp.escalated)
        finally:
            self._loading = False
        self._update_count()

    def _on_edited(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _update_count(self) -> None:
        count = self.notes.document().characterCount() - 1
        if self._formats is not None:
            shown, limit = self._formats.number(count), self._formats.number(NOTES_MAX)
        else:
            shown, limit = QLocale().toString(count), QLocale().toString(NOTES_MAX)
        self.notes_count.setText(self.tr("{0} of {1} characters").format(shown, limit))
        over = count > NOTES_MAX
        self.notes_count.setStyleSheet("color: #b00020;" if over else "color: palette(mid);")
