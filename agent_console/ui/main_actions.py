"""The window's actions: each one in the menu bar with its shortcut, so every key is discoverable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from agent_console.ui.guidance.actions import install_guidance_actions

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


def team_lead_menu(window: MainWindow) -> QMenu:
    """The one "Team lead" menu (shown to leads and admins only); made by whoever asks first."""
    found = window.menuBar().findChild(QMenu, "teamLeadMenu")
    if found is not None:
        return found
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Team lead"))
    menu.setObjectName("teamLeadMenu")
    menu.menuAction().setVisible(False)  # until a lead or admin is signed in
    return menu


def install_actions(window: MainWindow) -> dict[str, QAction]:
    actions = {
        "find": _action(
            window,
            "findCaller",
            QCoreApplication.translate("MainWindow", "&Find caller"),
            ["Ctrl+F", "F3"],
            window.search.focus_box,
        ),
        "clear_search": _action(
            window,
            "clearSearch",
            QCoreApplication.translate("MainWindow", "&Clear search"),
            ["Esc"],
            window.search.clear,
        ),
        "new_caller": _action(
            window,
            "newCaller",
            QCoreApplication.translate("MainWindow", "&New caller…"),
            ["Ctrl+N"],
            window.open_new_caller,
        ),
        "submit": _action(
            window,
            "submitIncident",
            QCoreApplication.translate("MainWindow", "&Submit incident"),
            ["Ctrl+Return", "Ctrl+Enter"],
            window.submitter.submit,
        ),
        "answer_call": _action(
            window,
            "answerCall",
            QCoreApplication.translate("MainWindow", "&Answer waiting call"),
            ["F12"],
            window.call_pop.answer_next,
        ),
        "resume_parked": _action(
            window,
            "resumeParked",
            QCoreApplication.translate("MainWindow", "&Resume parked incident"),
            ["Shift+F12"],
            window.call_pop.resume_latest,
        ),
        "quit": _action(
            window,
            "quit",
            QCoreApplication.translate("MainWindow", "&Quit"),
            QKeySequence.StandardKey.Quit,
            window.close,
        ),
        "settings": _action(
            window,
            "settings",
            QCoreApplication.translate("MainWindow", "Se&ttings…"),
            ["Ctrl+,"],
            window.settings_requested.emit,
        ),
        "history": _action(
            window,
            "showHistory",
            QCoreApplication.translate("MainWindow", "&History"),
            ["Ctrl+H"],
            window.show_history,
        ),
        "precedents": _action(
            window,
            "showPrecedents",
            QCoreApplication.translate("MainWindow", "&Precedents"),
            ["Ctrl+Shift+P"],
            window.show_precedents,
        ),
        "form": _action(
            window,
            "showForm",
            QCoreApplication.translate("MainWindow", "&Incident form"),
            ["Ctrl+I"],
            window.focus_form,
        ),
        "flag_follow_up": _action(
            window,
            "flagFollowUp",
            QCoreApplication.translate("MainWindow", "F&lag for follow-up…"),
            ["Ctrl+Shift+F"],
            window.follow_up_tools.flag,
        ),
        "callback_queue": _action(
            window,
            "callbackQueue",
            QCoreApplication.translate("MainWindow", "&Callback queue"),
            ["Ctrl+Shift+Q"],
            window.follow_up_tools.open_queue,
        ),
        "review_incidents": _action(
            window,
            "reviewIncidents",
            QCoreApplication.translate("MainWindow", "&Review incidents"),
            ["Ctrl+Shift+R"],
            window.follow_up_tools.open_review,
        ),
    }
    # Esc clears the search only while the search has the focus: elsewhere it belongs to editors.
    actions["clear_search"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.removeAction(actions["clear_search"])
    window.search.addAction(actions["clear_search"])

    menu_bar = window.menuBar()
    call = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Call"))
    for key in ("find", "clear_search", "new_caller", "submit", "flag_follow_up"):
        call.addAction(actions[key])
    call.addSeparator()
    for key in ("answer_call", "resume_parked"):
        call.addAction(actions[key])
    call.addSeparator()
    call.addAction(actions["settings"])
    call.addAction(actions["quit"])
    view = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for key in ("history", "precedents", "form"):
        view.addAction(actions[key])
    view.addSeparator()
    for number, dock in enumerate(window.docks, start=1):
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(f"Ctrl+{number}"))
        window.addAction(toggle)
        view.addAction(toggle)
        actions[f"dock_{dock.objectName()}"] = toggle
    actions.update(install_guidance_actions(window, window.guidance))
    lead = team_lead_menu(window)
    lead.addAction(actions["callback_queue"])
    lead.addAction(actions["review_incidents"])
    window.follow_up_tools.lead_menu = lead
    actions["dashboard"] = _action(
        window, "kpiDashboard", QCoreApplication.translate("MainWindow", "KPI &dashboard"), ["Ctrl+Shift+D"],
        window.lead_reports.open_dashboard,
    )  # fmt: skip
    actions["import_csv"] = _action(
        window, "importCsv", QCoreApplication.translate("MainWindow", "&Import from CSV…"), ["Ctrl+Shift+I"],
        window.lead_reports.open_import,
    )  # fmt: skip
    lead.addSeparator()
    lead.addAction(actions["dashboard"])
    lead.addAction(actions["import_csv"])
    window.lead_reports.guard(actions["dashboard"], actions["import_csv"])
    from agent_console.ui.help_menu import install_help_menu

    actions["copy_diagnostics"] = install_help_menu(window)
    return actions
