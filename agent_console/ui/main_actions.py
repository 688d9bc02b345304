"""The window's actions: each one in the menu bar with its shortcut, so every key is discoverable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from agent_console.ui.main_window import MainWindow


def _action(
    window: MainWindow,
    name: str,
    text: str,
    keys: list[str] | QKeySequence.StandardKey,
    slot: Callable[[], object],
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if isinstance(keys, QKeySequence.StandardKey):
        action.setShortcut(QKeySequence(keys))
    else:
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def install_actions(window: MainWindow) -> dict[str, QAction]:
    tr = window.tr
    actions = {
        "find": _action(
            window, "findCaller", tr("&Find caller"), ["Ctrl+F", "F3"], window.search.focus_box
        ),
        "clear_search": _action(
            window, "clearSearch", tr("&Clear search"), ["Esc"], window.search.clear
        ),
        "new_caller": _action(
            window, "newCaller", tr("&New caller…"), ["Ctrl+N"], window.open_new_caller
        ),
        "submit": _action(
            window,
            "submitIncident",
            tr("&Submit incident"),
            ["Ctrl+Return", "Ctrl+Enter"],
            window.submitter.submit,
        ),
        "quit": _action(window, "quit", tr("&Quit"), QKeySequence.StandardKey.Quit, window.close),
        "history": _action(window, "showHistory", tr("&History"), ["Ctrl+H"], window.show_history),
        "precedents": _action(
            window, "showPrecedents", tr("&Precedents"), ["Ctrl+Shift+P"], window.show_precedents
        ),
        "form": _action(window, "showForm", tr("&Incident form"), ["Ctrl+I"], window.focus_form),
    }
    # Esc clears the search only while the search has the focus: elsewhere it belongs to editors.
    actions["clear_search"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.removeAction(actions["clear_search"])
    window.search.addAction(actions["clear_search"])

    menu_bar = window.menuBar()
    call = menu_bar.addMenu(tr("&Call"))
    for key in ("find", "clear_search", "new_caller", "submit"):
        call.addAction(actions[key])
    call.addSeparator()
    call.addAction(actions["quit"])
    view = menu_bar.addMenu(tr("&View"))
    for key in ("history", "precedents", "form"):
        view.addAction(actions[key])
    view.addSeparator()
    for number, dock in enumerate(window.docks, start=1):
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(f"Ctrl+{number}"))
        window.addAction(toggle)
        view.addAction(toggle)
        actions[f"dock_{dock.objectName()}"] = toggle
    return actions
