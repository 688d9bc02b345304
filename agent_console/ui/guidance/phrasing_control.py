"""Live positive phrasing on the incident form: check the notes and summary as they are typed,
underline what was flagged, list it in the Phrasing dock, replace it with a calmer wording,
insert good lines at the cursor, and read the mood of the notes.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QTextEdit

from agent_console.core.mood import MoodReading, read_mood
from agent_console.core.phrasing import Finding, Phrasebook, replace
from agent_console.ui.guidance.findings_model import NOTES, SUMMARY
from agent_console.ui.guidance.phrasing_dock import PhrasingPane
from agent_console.ui.guidance.phrasing_highlighter import (
    LineEditUnderline,
    PhrasingChecker,
    PhrasingHighlighter,
)
from agent_console.ui.guidance.text_units import from_utf16, to_utf16

log = logging.getLogger(__name__)
MOOD_DELAY_MS = 250  # the mood cue waits for a pause in typing


def fitted(finding: Finding, suggestion: str) -> str:
    """The suggestion as it replaces the finding (capitalised like the words it replaces)."""
    alone = dataclasses.replace(finding, start=0, end=len(finding.text))
    return replace(finding.text, alone, suggestion)


class PhrasingControl(QObject):
    checked = Signal()  # the findings or the mood reading may have changed
    replaced = Signal(str, object, str)  # where, Finding, the replacement

    def __init__(
        self,
        notes: QTextEdit,
        summary: QLineEdit,
        pane: PhrasingPane,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.notes, self.summary, self.pane = notes, summary, pane
        self.notes_checker, self.summary_checker = PhrasingChecker(), PhrasingChecker()
        self.highlighter = PhrasingHighlighter(notes.document(), self.notes_checker)
        self.summary_underline = LineEditUnderline(summary)
        self.language = "en"
        self._content_shown = False  # set_content has not filled the pane yet
        self.reading: MoodReading | None = None
        self._read: tuple[str, str] | None = None  # the notes and language of ``reading``
        self._mood_timer = QTimer(self)
        self._mood_timer.setSingleShot(True)
        self._mood_timer.setInterval(MOOD_DELAY_MS)
        self._mood_timer.timeout.connect(self._read_mood)
        self._last_field = NOTES
        notes.installEventFilter(self)
        summary.installEventFilter(self)
        notes.textChanged.connect(self.recheck)
        summary.textChanged.connect(self.recheck)
        pane.apply_requested.connect(self.apply)
        pane.insert_requested.connect(self.insert_line)

    def set_content(self, language: str, phrasebook: Phrasebook | None) -> None:
        changed = (
            not self._content_shown
            or language != self.language
            or phrasebook is not self.notes_checker.phrasebook
        )
        self.language = language
        self._content_shown = True
        if changed:  # every new call sets the content again; the pane's lists stay as they are
            self.pane.set_language(language)
            self.pane.set_phrasebook(phrasebook)
            self.notes_checker.set_phrasebook(phrasebook)
            self.summary_checker.set_phrasebook(phrasebook)
            self.highlighter.rehighlight()
        self.recheck()
        self.current_reading()

    # -- checking ----------------------------------------------------------------------------
    def findings(self) -> list[tuple[str, Finding]]:
        notes = self.notes_checker.check(self.notes.toPlainText())
        summary = self.summary_checker.check(self.summary.text())
        return [(SUMMARY, f) for f in summary] + [(NOTES, f) for f in notes]

    def recheck(self) -> None:
        """Check again within the keystroke; the mood reading follows a pause in typing."""
        text = self.summary.text()
        self.summary_underline.show(self.summary_checker.spans(text))
        self.pane.show_findings(self.findings())
        if (self.notes.toPlainText(), self.language) != self._read:
            self._mood_timer.start()  # reading a long text takes longer than a keystroke should
        self.checked.emit()

    def current_reading(self) -> MoodReading | None:
        """The mood of the notes as they are now (read at once if typing has not paused yet)."""
        if self._mood_timer.isActive():
            self._mood_timer.stop()
            self._read_mood()
        return self.reading

    def _read_mood(self) -> None:
        notes = self.notes.toPlainText()
        self._read = (notes, self.language)
        try:
            self.reading = read_mood(notes, self.language) if notes.strip() else None
        except FileNotFoundError:
            self.reading = None
        self.pane.mood.show_reading(self.reading)
        self.checked.emit()

    # -- replacing and inserting -------------------------------------------------------------
    def apply(self, where: str, finding: Finding, suggestion: str) -> bool:
        """Replace the finding's words with ``suggestion``; False when the text has moved on."""
        text = self.summary.text() if where == SUMMARY else self.notes.toPlainText()
        if text[finding.start : finding.end] != finding.text:
            log.info("finding %s no longer in the text; not replaced", finding.rule_id)
            self.recheck()
            return False
        replacement = fitted(finding, suggestion)
        start, end = to_utf16(text, finding.start), to_utf16(text, finding.end)
        if where == SUMMARY:
            self.summary.setSelection(start, end - start)
            self.summary.insert(replacement)  # one step on the undo stack
            self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            cursor = self.notes.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
            self.notes.setTextCursor(cursor)
            self.notes.setFocus(Qt.FocusReason.OtherFocusReason)
        self.replaced.emit(where, finding, replacement)
        return True

    def apply_first_at_cursor(self) -> bool:
        """The first suggestion for the finding at or after the cursor (else the first one)."""
        first = self._field_in_use()
        for where in (first, SUMMARY if first == NOTES else NOTES):
            text, position = self._text_and_cursor(where)
            checker = self.summary_checker if where == SUMMARY else self.notes_checker
            found = [f for f in checker.check(text) if f.suggestions]
            target = next((f for f in found if f.end >= position), found[0] if found else None)
            if target is not None:
                return self.apply(where, target, target.suggestions[0])
        return False

    def insert_line(self, line: str) -> None:
        """Put a good line in the notes or summary, wherever the agent was typing."""
        where = self._last_field
        text, position = self._text_and_cursor(where)
        before = text[position - 1] if position > 0 else ""
        insert = (" " if before and not before.isspace() else "") + line
        if where == SUMMARY:
            self.summary.insert(insert)
            self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            cursor = self.notes.textCursor()
            cursor.insertText(insert)
            self.notes.setTextCursor(cursor)
            self.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    def _text_and_cursor(self, where: str) -> tuple[str, int]:
        if where == SUMMARY:
            text = self.summary.text()
            return text, from_utf16(text, self.summary.cursorPosition())
        text = self.notes.toPlainText()
        return text, from_utf16(text, self.notes.textCursor().position())

    def _field_in_use(self) -> str:
        if self.summary.hasFocus():
            return SUMMARY
        if self.notes.hasFocus():
            return NOTES
        return self._last_field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._last_field = SUMMARY if watched is self.summary else NOTES
        return False
