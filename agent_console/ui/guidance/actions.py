"""The Guidance menu: ticking steps (Alt+1 … Alt+0, Ctrl+T for the next one), escalating
(Ctrl+E), replacing flagged wording (Ctrl+.), and the team leads' guidance editor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from agent_console.store.records import AgentRef
from agent_console.ui.guidance.checklist_model import step_keys

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from agent_console.ui.guidance.controller import GuidanceController

STEP_ACTIONS = 10  # Alt+1 … Alt+9, Alt+0; later steps are ticked in the dock or with Ctrl+T


def _action(
    window: QMainWindow, name: str, text: str, keys: str, slot: Callable[[], object]
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if keys:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def install_guidance_actions(
    window: QMainWindow, guidance: GuidanceController
) -> dict[str, QAction]:
    actions = {
        "tick_next": _action(
            window,
            "tickNextStep",
            QCoreApplication.translate("MainWindow", "Tick the &next step"),
            "Ctrl+T",
            guidance.tick_next,
        ),
        "escalate": _action(
            window,
            "escalateCall",
            QCoreApplication.translate("MainWindow", "&Escalate…"),
            "Ctrl+E",
            guidance.open_escalation,
        ),
        "apply_phrase": _action(
            window,
            "applyPhrase",
            QCoreApplication.translate("MainWindow", "&Replace flagged wording"),
            "Ctrl+.",
            guidance.apply_first_suggestion,
        ),
        "checklist": _action(
            window,
            "focusChecklist",
            QCoreApplication.translate("MainWindow", "Go to the &checklist"),
            "Ctrl+Shift+K",
            guidance.checklist_pane.focus_view,
        ),
        "editor": _action(
            window,
            "guidanceEditor",
            QCoreApplication.translate("MainWindow", "Guidance &editor…"),
            "Ctrl+Shift+G",
            lambda: open_editor(window, guidance),
        ),
    }
    for number in range(1, STEP_ACTIONS + 1):
        actions[f"step_{number}"] = _action(
            window,
            f"tickStep{number}",
            QCoreApplication.translate("MainWindow", "Step {0}").format(number),
            step_keys(number),
            lambda n=number: guidance.toggle_step_number(n),  # type: ignore[misc]
        )
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Guidance"))
    for key in ("tick_next", "checklist", "escalate", "apply_phrase"):
        menu.addAction(actions[key])
    steps = menu.addMenu(QCoreApplication.translate("MainWindow", "Tick &step"))
    for number in range(1, STEP_ACTIONS + 1):
        steps.addAction(actions[f"step_{number}"])
    menu.addSeparator()
    menu.addAction(actions["editor"])

    def name_steps() -> None:
        script = guidance.model.script
        for number in range(1, STEP_ACTIONS + 1):
            action = actions[f"step_{number}"]
            has_step = script is not None and number <= len(script.steps)
            action.setEnabled(has_step)
            action.setVisible(has_step)
            if script is not None and has_step:
                action.setText(f"{number}. {script.steps[number - 1].title}")

    def show_editor(agent: AgentRef | None) -> None:
        # Only team leads and admins see it (the store refuses anyone else's save anyway).
        actions["editor"].setVisible(agent is not None)
        actions["editor"].setEnabled(agent is not None)

    guidance.model.modelReset.connect(name_steps)
    guidance.editor_available.connect(show_editor)
    name_steps()
    show_editor(guidance.editor_actor)
    return actions


def open_editor(window: QMainWindow, guidance: GuidanceController) -> None:
    if guidance.editor_actor is None:
        return
    from agent_console.ui.guidance.guidance_editor import GuidanceEditor

    existing = window.findChild(GuidanceEditor)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return
    editor = GuidanceEditor(
        guidance.library, guidance.data, guidance.editor_actor, guidance.language, window
    )
    editor.show()
