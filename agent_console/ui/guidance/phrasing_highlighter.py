"""Underlining defensive wording as it is typed: in the notes (a syntax highlighter, so the
document and its undo history are never touched) and in the one-line summary.

The check is pure and takes about a millisecond, so it runs on the GUI thread, once per text:
the highlighter and the phrasing pane share one ``PhrasingChecker`` and its last answer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit

from agent_console.core.phrasing import Finding, Phrasebook
from agent_console.ui.guidance.text_units import to_utf16

Span = tuple[int, int]  # UTF-16 start and end


def flag_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor("#c62828"))
    fmt.setBackground(QColor("#fde4e4"))
    return fmt


class PhrasingChecker:
    """The phrasebook's findings for a text, remembered for the last text asked about."""

    def __init__(self) -> None:
        self.phrasebook: Phrasebook | None = None
        self._text: str | None = None
        self._findings: list[Finding] = []
        self._spans: list[Span] = []

    def set_phrasebook(self, phrasebook: Phrasebook | None) -> None:
        self.phrasebook = phrasebook
        self._text = None

    def check(self, text: str) -> list[Finding]:
        if text != self._text:
            book = self.phrasebook
            self._findings = book.check(text) if book is not None else []
            self._spans = [(to_utf16(text, f.start), to_utf16(text, f.end)) for f in self._findings]
            self._text = text
        return self._findings

    def spans(self, text: str) -> list[Span]:
        """Where the findings are, in UTF-16 units, as editors count."""
        self.check(text)
        return self._spans


class PhrasingHighlighter(QSyntaxHighlighter):
    """Underlines the findings in a plain-text document, paragraph by paragraph."""

    def __init__(self, document: QTextDocument, checker: PhrasingChecker) -> None:
        super().__init__(document)
        self._checker = checker
        self._format = flag_format()

    def highlightBlock(self, text: str) -> None:
        document = self.document()
        if document is None:
            return
        # Findings may cross paragraphs, so they are found in the whole text (cached).
        spans = self._checker.spans(document.toPlainText())
        if not spans:
            return
        block = self.currentBlock()
        start = block.position()
        end = start + block.length() - 1
        for s, e in spans:
            lo, hi = max(s, start), min(e, end)
            if lo < hi:
                self.setFormat(lo - start, hi - lo, self._format)


class LineEditUnderline:
    """Underlines spans of a QLineEdit through the formats an input method may set.

    QLineEdit has no public way to format part of its text; an input-method event with only
    text formats (no commit, no pre-edit) sets them and changes nothing else.
    """

    def __init__(self, editor: QLineEdit) -> None:
        self._editor = editor
        self._format = flag_format()
        self._shown: tuple[str, list[Span]] | None = None

    def show(self, spans: list[Span]) -> None:
        editor = self._editor
        key = (editor.text(), list(spans))
        if key == self._shown:
            return
        nothing_shown = self._shown is None or not self._shown[1]
        self._shown = key
        if not spans and nothing_shown:
            return  # no event at all while nothing is flagged: an input method may be composing
        cursor = editor.cursorPosition()  # the event's positions count from the cursor
        kind = QInputMethodEvent.AttributeType.TextFormat
        attributes = [
            QInputMethodEvent.Attribute(kind, s - cursor, e - s, self._format) for s, e in spans
        ]
        QCoreApplication.sendEvent(editor, QInputMethodEvent("", attributes))
