"""The de-escalation script as a tree: phases on top, their steps below, ticks as check boxes.

A thin adapter over ``Script`` and ``ChecklistState``: the state belongs to the call, and the
model only shows what it holds. Ticking through the view is reported with ``toggle_requested``.

The rows are ``QStandardItem``s filled when the script or the ticks change, so painting the
view asks Qt, not Python: a repaint makes no Python call (and need not wait for the
interpreter while the runner thread works, as after a submit).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QStandardItem, QStandardItemModel

from agent_console.core.checklist import ChecklistState, Phase, Script, Step
from agent_console.ui.guidance.clock import local_time

AnyIndex = QModelIndex | QPersistentModelIndex
CURRENT_PHASE = QColor("#fff1c4")
DONE_TEXT = QColor("#5f6b5f")
STEP_ROLE = Qt.ItemDataRole.UserRole + 40
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ROLE = Qt.ItemDataRole


def step_keys(number: int) -> str:
    """The shortcut that ticks step ``number`` (1-based): Alt+1 to Alt+9, then Alt+0; else ""."""
    if 1 <= number <= 9:
        return f"Alt+{number}"
    return "Alt+0" if number == 10 else ""


def _cell(flags: Qt.ItemFlag, font: QFont | None) -> QStandardItem:
    item = QStandardItem()
    item.setFlags(flags)
    if font is not None:
        item.setFont(font)
    return item


_NOT_SHOWN = object()


class ChecklistModel(QStandardItemModel):
    toggle_requested = Signal(str)  # step id: tick it, or untick it

    def __init__(self, checkable: bool = True, parent: QObject | None = None) -> None:
        super().__init__(0, 2, parent)
        self._checkable = checkable
        self._script: Script | None = None
        self._state: ChecklistState | None = None
        self._shown_ticks: object = _NOT_SHOWN  # the ticks the rows show
        self._keys: dict[str, str | None] = {}  # a step's shortcut, shown until it is ticked
        self._bold, self._italic = QFont(), QFont()
        self._bold.setBold(True)
        self._italic.setItalic(True)

    def set_script(self, script: Script | None, state: ChecklistState | None = None) -> None:
        self.beginResetModel()
        self.blockSignals(True)  # one reset, not a signal per row
        try:
            self.removeRows(0, self.rowCount())
            self._script, self._state = script, state
            self._shown_ticks, self._keys = _NOT_SHOWN, {}
            if script is not None:
                self._fill(script)
                self._show_ticks()
        finally:
            self.blockSignals(False)
            self.endResetModel()

    def _fill(self, script: Script) -> None:
        number = 0
        for phase in script.phases:
            title = _cell(_ROW_FLAGS, self._bold)
            title.setText(phase.title)
            count = _cell(_ROW_FLAGS, self._bold)
            for step in phase.steps:
                number += 1
                title.appendRow(self._step_cells(step, number))
            self.appendRow([title, count])

    def _step_cells(self, step: Step, number: int) -> list[QStandardItem]:
        font = None if step.required else self._italic
        checkable = self._checkable
        first = _cell(
            _ROW_FLAGS | Qt.ItemFlag.ItemIsUserCheckable if checkable else _ROW_FLAGS, font
        )
        first.setText(f"{number}. {step.title}" + ("" if step.required else self.tr(" (optional)")))
        second = _cell(_ROW_FLAGS, font)
        keys = step_keys(number)
        self._keys[step.id] = (
            QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            if checkable and keys
            else None
        )
        for item in (first, second):
            item.setToolTip(step_tooltip(step))
            item.setData(step, STEP_ROLE)
        return [first, second]

    def refresh(self) -> None:
        """The state changed (a tick): rows whose look changed are repainted."""
        if self._script is not None:
            self._show_ticks()

    def _show_ticks(self) -> None:
        state = self._state
        ticks = None if state is None else state.ticks
        if ticks == self._shown_ticks:
            return  # every row shows what follows from the ticks alone: nothing changed
        self._shown_ticks = ticks
        script = self._script
        assert script is not None
        at = {t.step: t.at for t in ticks or ()}
        current = None if state is None else state.current_phase()
        for row, phase in enumerate(script.phases):
            is_current = current is not None and current.id == phase.id
            title, count = self.item(row, 0), self.item(row, 1)
            count.setData(
                None if state is None else self._count_text(phase, at, is_current),
                _ROLE.DisplayRole,
            )
            for item in (title, count):
                item.setData(CURRENT_PHASE if is_current else None, _ROLE.BackgroundRole)
                item.setData(
                    self.tr("current phase") if is_current else None,
                    _ROLE.AccessibleDescriptionRole,
                )
            for s, step in enumerate(phase.steps):
                ticked = step.id in at
                first, second = title.child(s, 0), title.child(s, 1)
                if self._checkable:  # the enum, as a view or a test reads it back
                    first.setData(
                        Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked,
                        _ROLE.CheckStateRole,
                    )
                second.setData(
                    local_time(at[step.id]) if ticked else self._keys.get(step.id),
                    _ROLE.DisplayRole,
                )
                for item in (first, second):
                    item.setData(DONE_TEXT if ticked else None, _ROLE.ForegroundRole)

    def _count_text(self, phase: Phase, at: dict[str, Any], is_current: bool) -> str:
        text = f"{sum(s.id in at for s in phase.steps)}/{len(phase.steps)}"
        return self.tr("{0}  now").format(text) if is_current else text

    @property
    def script(self) -> Script | None:
        return self._script

    # -- what is where ---------------------------------------------------------------------
    def phase_at(self, index: AnyIndex) -> Phase | None:
        if self._script is None or not index.isValid():
            return None
        parent = index.parent()
        return self._script.phases[parent.row() if parent.isValid() else index.row()]

    def step_at(self, index: AnyIndex) -> Step | None:
        if self._script is None or not index.isValid():
            return None
        parent = index.parent()
        if not parent.isValid():
            return None
        return self._script.phases[parent.row()].steps[index.row()]

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

    # -- ticking from the view ---------------------------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A click on a check box asks for the tick; the rows change once the call has it."""
        step = self.step_at(index)
        if (
            step is None
            or index.column() != 0
            or role != Qt.ItemDataRole.CheckStateRole
            or not self._checkable
        ):
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        ticked = self._state is not None and self._state.is_ticked(step.id)
        if wanted != ticked:
            self.toggle_requested.emit(step.id)
        return True


def step_tooltip(step: Step) -> str:
    parts = [step.title]
    if step.hint:
        parts.append(step.hint)
    if step.example:
        parts.append(
            QCoreApplication.translate("ChecklistModel", "Say, for example: “{0}”").format(
                step.example
            )
        )
    if not step.required:
        parts.append(QCoreApplication.translate("ChecklistModel", "Optional step."))
    return "\n\n".join(parts)
