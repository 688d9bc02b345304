"""The Phrasing dock: what was flagged in the notes and summary, calmer things to say instead,
good lines for each part of the call, the mood the notes read as, and the content language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.phrasing import Finding, Phrasebook
from agent_console.ui.guidance.choice_list import ChoiceList
from agent_console.ui.guidance.findings_model import FindingsModel
from agent_console.ui.guidance.mood_gauge import MoodGauge

if TYPE_CHECKING:
    from agent_console.ui.display_format import DisplayFormat

# The language's own name: a caller's language is picked by people who may not read ours.
CONTENT_LANGUAGES = (("en", "English"), ("fa", "فارسی"), ("ar", "العربية"), ("ru", "Русский"))
GOOD_LINE_PHASES = ("acknowledge", "apologise", "offer_options", "close")


def _column(parent: QWidget, items: list[QWidget | QLayout | tuple[QWidget, int]]) -> QWidget:
    section = QWidget(parent)
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    for item in items:
        if isinstance(item, tuple):
            layout.addWidget(item[0], item[1])
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return section


def _label(name: str, parent: QWidget, *, muted: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if muted:
        label.setStyleSheet("color: palette(mid);")
    return label


class PhrasingPane(QWidget):
    language_chosen = Signal(str)
    apply_requested = Signal(str, object, str)  # where, Finding, suggestion
    insert_requested = Signal(str)  # a good line, at the cursor

    def __init__(self, parent: QWidget | None = None, formats: DisplayFormat | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phrasingPane")
        self.language = QComboBox(self)
        self.language.setObjectName("contentLanguage")
        for code, name in CONTENT_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setToolTip(
            self.tr("The language of the caller: checklist, phrases and checks")
        )
        self.mood = MoodGauge(self, formats)
        self.findings_title = _label("findingsTitle", self)
        self.findings = FindingsModel(self)
        self.findings_view = ChoiceList("findingsView", self)
        self.findings_view.setModel(self.findings)
        self.reason = _label("findingReason", self)
        self.reason.setStyleSheet("font-style: italic;")
        self.suggestions = QStringListModel(self)
        self.suggestions_view = ChoiceList("suggestionsView", self)
        self.suggestions_view.setModel(self.suggestions)
        self.suggestions_view.setToolTip(
            self.tr("Click to replace the flagged words (Ctrl+. for the first)")
        )
        self.phases = QTabBar(self)
        self.phases.setObjectName("goodLinePhases")
        self.phases.setExpanding(False)
        self.phases.setDrawBase(False)
        for text in (
            self.tr("Acknowledge"),
            self.tr("Apologise"),
            self.tr("Offer options"),
            self.tr("Close"),
        ):
            self.phases.addTab(text)
        self.good_lines = QStringListModel(self)
        self.good_lines_view = ChoiceList("goodLinesView", self)
        self.good_lines_view.setModel(self.good_lines)
        self.good_lines_view.setToolTip(self.tr("Click to insert the line at the cursor"))
        self.problems = _label("phrasebookProblems", self)
        self.problems.setStyleSheet("color: #7a5300;")
        self.problems.hide()
        self._book: Phrasebook | None = None
        self._build_layout()
        self.language.currentIndexChanged.connect(
            lambda _: self.language_chosen.emit(self.language.currentData())
        )
        sel = self.findings_view.selectionModel()
        sel.currentChanged.connect(lambda current, _: self._show_finding(current))
        self.findings_view.chosen.connect(self._show_finding)
        self.suggestions_view.chosen.connect(self._suggestion_chosen)
        self.phases.currentChanged.connect(lambda _: self._show_good_lines())
        self.good_lines_view.chosen.connect(
            lambda index: self.insert_requested.emit(str(index.data()))
        )
        self.show_findings([])

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        language_label = QLabel(self.tr("Call &language:"), self)
        language_label.setBuddy(self.language)
        top.addWidget(language_label)
        top.addWidget(self.language, 1)
        flagged = _column(self, [top, self.mood, self.findings_title, (self.findings_view, 1)])
        say = QLabel(self.tr("Say instead (click, or Ctrl+.):"), self)
        instead = _column(self, [self.reason, say, (self.suggestions_view, 1)])
        lines = QLabel(self.tr("Good lines (click to insert):"), self)
        good = _column(self, [lines, self.phases, (self.good_lines_view, 1)])
        # Every phase tab in view, however long its name is in this language.
        good.setMinimumWidth(self.phases.sizeHint().width())
        self.sections = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.sections.setContentsMargins(0, 0, 0, 0)
        for section in (flagged, instead, good):
            self.sections.addWidget(section, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        layout.addLayout(self.sections, 1)
        layout.addWidget(self.problems)

    def set_side_by_side(self, wide: bool) -> None:
        """Sections side by side under the form; one above the other in a narrow dock."""
        self.sections.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )

    # -- content -------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)
        self.suggestions_view.set_content_language(code)
        self.good_lines_view.set_content_language(code)

    def set_phrasebook(self, book: Phrasebook | None) -> None:
        self._book = book
        self._show_good_lines()
        problems = book.problems if book is not None else ()
        self.problems.setText(
            "\n".join(
                self.tr("Rule “{0}” is switched off: {1}").format(p.rule_id, p.message)
                for p in problems
            )
        )
        self.problems.setVisible(bool(problems))

    def show_findings(self, rows: list[tuple[str, Finding]]) -> None:
        previous = self.current_finding()
        self.findings.set_findings(rows)
        count = len(rows)
        self.findings_title.setText(
            self.tr("Flagged wording: {0}").format(count)
            if count
            else self.tr("Flagged wording: none. Keep it up.")
        )
        keep = next((i for i, row in enumerate(rows) if row == previous), 0)
        if count:
            self.findings_view.setCurrentIndex(self.findings.index(keep, 0))
        self._show_finding(self.findings.index(keep, 0) if count else QModelIndex())

    def current_finding(self) -> tuple[str, Finding] | None:
        return self.findings.finding(self.findings_view.currentIndex())

    def _show_finding(self, index: QModelIndex) -> None:
        found = self.findings.finding(index)
        if found is None:
            self.reason.setText("")
            self.reason.hide()
            self.suggestions.setStringList([])
            return
        _, finding = found
        self.reason.setText(finding.reason)
        self.reason.show()
        self.suggestions.setStringList(list(finding.suggestions))

    def _suggestion_chosen(self, index: QModelIndex) -> None:
        found = self.current_finding()
        if found is not None and index.isValid():
            self.apply_requested.emit(found[0], found[1], str(index.data()))

    def _show_good_lines(self) -> None:
        lines = self._book.good_lines if self._book is not None else {}
        phase = GOOD_LINE_PHASES[max(0, self.phases.currentIndex())]
        self.good_lines.setStringList(list(lines.get(phase, ())))
