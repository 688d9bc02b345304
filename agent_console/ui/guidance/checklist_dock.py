"""The Checklist dock: the call's steps by phase with the current phase highlighted, what the
selected step means, and escalation: the button, the suggestions the rules make, the record.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.checklist import ChecklistState, Step
from agent_console.core.escalation import Suggestion
from agent_console.core.taxonomy import RTL_LANGUAGES
from agent_console.ui.guidance.checklist_model import ChecklistModel
from agent_console.ui.guidance.escalation import suggestion_text


def _label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ChecklistPane(QWidget):
    tick_next_requested = Signal()
    escalate_requested = Signal(str)  # the suggested reason's code, or ""
    suggestion_dismissed = Signal(str)  # the rule

    def __init__(self, model: ChecklistModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPane")
        self.model = model
        self.progress = _label("checklistProgress", self)
        self.view = QTreeView(self)
        self.view.setObjectName("checklistView")
        self.view.setModel(model)
        self.view.setHeaderHidden(True)
        self.view.setIndentation(14)
        # Every row is one line: a repaint need not ask the model for each row's size.
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.details = _label("stepDetails", self)
        self.details.setStyleSheet("color: palette(window-text); padding: 2px;")
        self.escalation = _label("escalationStatus", self)
        self.escalation.setStyleSheet(
            "background: #e3f0fd; border: 1px solid #6a9fd8; border-radius: 3px; padding: 4px;"
        )
        self.escalation.hide()
        self.suggestions = QFrame(self)
        self.suggestions.setObjectName("escalationSuggestions")
        self.suggestions.setStyleSheet(
            "#escalationSuggestions { background: #fff4d6; border: 1px solid #e0c36a;"
            " border-radius: 3px; }"
        )
        self._suggestion_layout = QVBoxLayout(self.suggestions)
        self._suggestion_layout.setContentsMargins(6, 4, 6, 4)
        self.suggestions.hide()
        self.tick_next = QPushButton(self.tr("Tick next step  (Ctrl+T)"), self)
        self.tick_next.setObjectName("tickNextButton")
        self.escalate = QPushButton(self.tr("Escalate…  (Ctrl+E)"), self)
        self.escalate.setObjectName("escalateButton")
        self._build_layout()
        model.modelReset.connect(self._on_reset)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_details())
        self.tick_next.clicked.connect(self.tick_next_requested)
        self.escalate.clicked.connect(lambda: self.escalate_requested.emit(""))
        self._state: ChecklistState | None = None
        self._done: set[str] = set()  # phases seen with every step ticked
        self._shown: list[tuple[str, str]] = []

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.tick_next)
        buttons.addWidget(self.escalate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.escalation)
        layout.addLayout(buttons)

    # -- what the call's state looks like ---------------------------------------------------
    def show_state(self, state: ChecklistState | None, language: str) -> None:
        self._state = state
        rtl = language in RTL_LANGUAGES
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.view.setLayoutDirection(direction)
        self.details.setLayoutDirection(direction)
        if state is None:
            self.progress.setText(self.tr("Loading the checklist…"))
            self.details.setText("")
            return
        required = [s for s in state.script.steps if s.required]
        done = sum(state.is_ticked(s.id) for s in required)
        phase = state.current_phase()
        now = phase.title.split(":")[0] if phase is not None else self.tr("all steps done")
        self.progress.setText(
            self.tr("Required steps: {0} of {1}  ·  Now: {2}").format(done, len(required), now)
        )
        self.model.refresh()
        self._fold_done_phases(state)
        self._show_details()

    def _on_reset(self) -> None:
        self._done = set()
        self.view.expandAll()
        if self._state is not None:
            self._fold_done_phases(self._state)

    def _fold_done_phases(self, state: ChecklistState) -> None:
        """A phase folds away once all its steps are ticked (and opens again if unticked)."""
        for row, phase in enumerate(state.script.phases):
            done = all(state.is_ticked(s.id) for s in phase.steps)
            if done != (phase.id in self._done):
                self.view.setExpanded(self.model.index(row, 0), not done)
                (self._done.add if done else self._done.discard)(phase.id)

    def _shown_step(self) -> Step | None:
        step = self.model.step_at(self.view.currentIndex())
        if step is None and self._state is not None:
            step = self._state.next_step()
        return step

    def _show_details(self) -> None:
        step = self._shown_step()
        if step is None:
            self.details.setText("")
            return
        lines = [step.hint] if step.hint else []
        if step.example:
            lines.append(f"“{step.example}”")
        self.details.setText("\n".join(lines))

    def select_step(self, step_id: str) -> None:
        index = self.model.index_of_step(step_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def focus_view(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() and self._state is not None:
            step = self._state.next_step()
            if step is not None:
                self.select_step(step.id)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- escalation --------------------------------------------------------------------------
    def show_escalation(self, text: str | None) -> None:
        self.escalation.setText(text or "")
        self.escalation.setVisible(bool(text))

    @property
    def shown_suggestions(self) -> list[tuple[str, str]]:
        """(rule, message) of each suggestion on show."""
        return list(self._shown)

    def show_suggestions(self, suggestions: list[Suggestion]) -> None:
        shown = [(s.rule, s.message) for s in suggestions]
        if shown == self._shown:
            return  # typing goes on: leave the rows (and a focused button) alone
        self._shown = shown
        layout = self._suggestion_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Gone now, not at the next event loop turn: drawn under, or found by name.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for suggestion in suggestions:
            row = self._suggestion_row(suggestion)
            layout.addWidget(row)
            row.show()  # at once: a layout shows a new child only at the next event loop turn
        self.suggestions.setVisible(bool(suggestions))

    def _suggestion_row(self, suggestion: Suggestion) -> QWidget:
        row = QWidget(self.suggestions)
        row.setObjectName(f"suggestion_{suggestion.rule}")
        text = _label("suggestionText", row)
        text.setText(suggestion_text(suggestion))
        escalate = QPushButton(self.tr("Escalate…"), row)
        escalate.setObjectName("suggestionEscalate")
        reason = str(suggestion.reason or "")
        escalate.clicked.connect(lambda: self.escalate_requested.emit(reason))
        later = QPushButton(self.tr("Not now"), row)
        later.setObjectName("suggestionDismiss")
        later.clicked.connect(lambda: self.suggestion_dismissed.emit(suggestion.rule))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(escalate)
        buttons.addWidget(later)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(text)
        layout.addLayout(buttons)
        return row

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
