"""The de-escalation script as a tree: phases on top, their steps below, ticks as check boxes.

A thin adapter over ``Script`` and ``ChecklistState``: the state belongs to the call, and the
model only says what it holds. Ticking through the view is reported with ``toggle_requested``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence

from agent_console.core.checklist import ChecklistState, Phase, Script, Step
from agent_console.ui.guidance.clock import local_time

AnyIndex = QModelIndex | QPersistentModelIndex
CURRENT_PHASE = QColor("#fff1c4")
DONE_TEXT = QColor("#5f6b5f")
STEP_ROLE = Qt.ItemDataRole.UserRole + 40


def step_keys(number: int) -> str:
    """The shortcut that ticks step ``number`` (1-based): Alt+1 to Alt+9, then Alt+0; else ""."""
    if 1 <= number <= 9:
        return f"Alt+{number}"
    return "Alt+0" if number == 10 else ""


class ChecklistModel(QAbstractItemModel):
    toggle_requested = Signal(str)  # step id: tick it, or untick it

    def __init__(self, checkable: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checkable = checkable
        self._script: Script | None = None
        self._state: ChecklistState | None = None

    def set_script(self, script: Script | None, state: ChecklistState | None = None) -> None:
        self.beginResetModel()
        self._script, self._state = script, state
        self.endResetModel()

    def refresh(self) -> None:
        """The state changed (a tick): every row may look different now."""
        if self._script is None:
            return
        last = self.columnCount() - 1
        for row in range(len(self._script.phases)):
            phase = self.index(row, 0)
            self.dataChanged.emit(phase, self.index(row, last))
            count = self.rowCount(phase)
            if count:
                self.dataChanged.emit(self.index(0, 0, phase), self.index(count - 1, last, phase))

    @property
    def script(self) -> Script | None:
        return self._script

    # -- structure: internalId 0 is a phase row; n > 0 a step of phase n - 1 -----------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: AnyIndex | None = None) -> Any:
        if child is None:
            return QObject.parent(self)
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if self._script is None:
            return 0
        if not parent.isValid():
            return len(self._script.phases)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._script.phases[parent.row()].steps)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def phase_at(self, index: AnyIndex) -> Phase | None:
        if self._script is None or not index.isValid():
            return None
        return self._script.phases[
            index.row() if index.internalId() == 0 else index.internalId() - 1
        ]

    def step_at(self, index: AnyIndex) -> Step | None:
        if self._script is None or not index.isValid() or index.internalId() == 0:
            return None
        return self._script.phases[index.internalId() - 1].steps[index.row()]

    def index_of_step(self, step_id: str, column: int = 0) -> QModelIndex:
        if self._script is None:
            return QModelIndex()
        for p, phase in enumerate(self._script.phases):
            for s, step in enumerate(phase.steps):
                if step.id == step_id:
                    return self.index(s, column, self.index(p, 0))
        return QModelIndex()

    def number_of(self, step: Step) -> int:
        assert self._script is not None
        return next(n for n, s in enumerate(self._script.steps, 1) if s.id == step.id)

    # -- content -------------------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._checkable and index.column() == 0 and self.step_at(index) is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._script is None:
            return None
        step = self.step_at(index)
        if step is None:
            phase = self.phase_at(index)
            return None if phase is None else self._phase_data(phase, index.column(), role)
        return self._step_data(step, index.column(), role)

    def _is_current(self, phase: Phase) -> bool:
        if self._state is None:
            return False
        current = self._state.current_phase()
        return current is not None and current.id == phase.id

    def _phase_data(self, phase: Phase, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and self._is_current(phase):
            return CURRENT_PHASE
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and self._is_current(phase):
            return self.tr("current phase")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return phase.title
        if self._state is None:
            return None
        ticked = sum(self._state.is_ticked(s.id) for s in phase.steps)
        text = f"{ticked}/{len(phase.steps)}"
        return self.tr("{0}  now").format(text) if self._is_current(phase) else text

    def _step_data(self, step: Step, column: int, role: int) -> Any:
        ticked = self._state is not None and self._state.is_ticked(step.id)
        if role == STEP_ROLE:
            return step
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and self._checkable:
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return step_tooltip(self, step)
        if role == Qt.ItemDataRole.ForegroundRole and ticked:
            return DONE_TEXT
        if role == Qt.ItemDataRole.FontRole and not step.required:
            font = QFont()
            font.setItalic(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        number = self.number_of(step)
        if column == 0:
            return f"{number}. {step.title}" + ("" if step.required else self.tr(" (optional)"))
        if ticked and self._state is not None:
            at = next(t.at for t in self._state.ticks if t.step == step.id)
            return local_time(at)
        keys = step_keys(number)
        if not self._checkable or not keys:
            return None
        return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        step = self.step_at(index)
        if step is None or role != Qt.ItemDataRole.CheckStateRole or not self._checkable:
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        ticked = self._state is not None and self._state.is_ticked(step.id)
        if wanted != ticked:
            self.toggle_requested.emit(step.id)
        return True


def step_tooltip(context: QObject, step: Step) -> str:
    parts = [step.title]
    if step.hint:
        parts.append(step.hint)
    if step.example:
        parts.append(context.tr("Say, for example: “{0}”").format(step.example))
    if not step.required:
        parts.append(context.tr("Optional step."))
    return "\n\n".join(parts)
