"""The team lead's checklist editor: add, reorder, reword and remove the steps of one language.

Each change goes through ``core.checklist_edit``, so the working copy is always a valid
script; the guidance editor saves it as the next version for everyone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agent_console.core import checklist_edit
from agent_console.core.checklist import Script, ScriptError, Step
from agent_console.ui.guidance.checklist_model import ChecklistModel


def same_content(a: Script, b: Script) -> bool:
    """Equal apart from the version number."""
    return {**a.to_json(), "version": 0} == {**b.to_json(), "version": 0}


class ChecklistEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistEditor")
        self.model = ChecklistModel(checkable=False, parent=self)
        self.view = QTreeView(self)
        self.view.setObjectName("editorStepsView")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setItemsExpandable(False)
        self.view.setRootIsDecorated(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.hideColumn(1)
        self.title = QLineEdit(self)
        self.title.setObjectName("editStepTitle")
        self.hint = QPlainTextEdit(self)
        self.hint.setObjectName("editStepHint")
        self.hint.setTabChangesFocus(True)
        self.hint.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.example = QLineEdit(self)
        self.example.setObjectName("editStepExample")
        self.required = QCheckBox(
            self.tr("Required: skipping it asks the agent for a reason"), self
        )
        self.required.setObjectName("editStepRequired")
        self.message = QLabel(self)
        self.message.setObjectName("checklistEditorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons: dict[str, QPushButton] = {}
        self.base: Script | None = None
        self.script: Script | None = None
        self._build_layout()
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_step())
        self.model.modelReset.connect(self.view.expandAll)

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        for key, name, text, slot in (
            ("apply", "applyStep", self.tr("&Apply wording"), self.apply_wording),
            ("add", "addStep", self.tr("A&dd step"), self.add_step),
            ("up", "moveStepUp", self.tr("Move &up"), lambda: self.move_step(-1)),
            ("down", "moveStepDown", self.tr("Move do&wn"), lambda: self.move_step(1)),
            ("remove", "removeStep", self.tr("Re&move"), self.remove),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Hint:"), self.hint)
        form.addRow(self.tr("E&xample line:"), self.example)
        form.addRow("", self.required)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)

    # -- the working copy --------------------------------------------------------------------
    def load(self, base: Script, working: Script | None = None) -> None:
        self.base, self.script = base, working or base
        self._show(self.script, None)

    @property
    def dirty(self) -> bool:
        return (
            self.base is not None
            and self.script is not None
            and not same_content(self.base, self.script)
        )

    def _show(self, script: Script, step_id: str | None) -> None:
        self.script = script
        self.model.set_script(script)
        direction = (
            Qt.LayoutDirection.RightToLeft
            if script.language in ("fa", "ar")
            else (Qt.LayoutDirection.LeftToRight)
        )
        self.view.setLayoutDirection(direction)
        if step_id is not None:
            self.view.setCurrentIndex(self.model.index_of_step(step_id))
        self._show_step()

    def selected_step(self) -> Step | None:
        return self.model.step_at(self.view.currentIndex())

    def select_step(self, step_id: str) -> None:
        self.view.setCurrentIndex(self.model.index_of_step(step_id))

    def _show_step(self) -> None:
        step = self.selected_step()
        for widget in (self.title, self.hint, self.example, self.required):
            widget.setEnabled(step is not None)
        for key in ("apply", "up", "down", "remove"):
            self.buttons[key].setEnabled(step is not None)
        self.title.setText(step.title if step else "")
        self.hint.setPlainText(step.hint if step else "")
        self.example.setText(step.example if step else "")
        self.required.setChecked(bool(step and step.required))

    def _change(self, make: object, step_id: str | None) -> None:
        try:
            script = make() if callable(make) else None
        except (ScriptError, ValueError, KeyError) as exc:
            self.message.setText(str(exc))
            return
        if script is None:
            return
        self.message.setText("")
        self._show(script, step_id)
        self.edited.emit()

    # -- edits -------------------------------------------------------------------------------
    def apply_wording(self) -> None:
        step, script = self.selected_step(), self.script
        if step is None or script is None:
            return
        self._change(
            lambda: checklist_edit.reword_step(
                script,
                step.id,
                title=self.title.text(),
                hint=self.hint.toPlainText(),
                example=self.example.text(),
                required=self.required.isChecked(),
            ),
            step.id,
        )

    def add_step(self) -> None:
        script = self.script
        if script is None:
            return
        index = self.view.currentIndex()
        phase = self.model.phase_at(index) or script.phases[0]
        step = self.model.step_at(index)
        position = [s.id for s in phase.steps].index(step.id) + 1 if step else None
        taken = {s.id for s in script.steps}
        new_id = next(f"step_{n}" for n in range(1, len(taken) + 2) if f"step_{n}" not in taken)
        self._change(
            lambda: checklist_edit.add_step(
                script, phase.id, new_id, self.tr("New step"), position=position
            ),
            new_id,
        )
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()

    def move_step(self, by: int) -> None:
        step, script = self.selected_step(), self.script
        if step is None or script is None:
            return
        ids = [s.id for s in script.phase(step.phase).steps]
        at = ids.index(step.id)
        if not 0 <= at + by < len(ids):
            return
        ids[at], ids[at + by] = ids[at + by], ids[at]
        self._change(lambda: checklist_edit.reorder_steps(script, step.phase, ids), step.id)

    def remove(self) -> None:
        step, script = self.selected_step(), self.script
        if step is None or script is None:
            return
        self._change(lambda: checklist_edit.remove_step(script, step.id), None)
