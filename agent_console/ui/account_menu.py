"""Who is at the desk, in the window: Switch user… beside Quit, the Admin menu, the status bar.

Installed once by the main window after its own actions; see user_switch.py and admin/.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from agent_console.store.records import AgentRef
from agent_console.ui.admin.menu import AdminMenu
from agent_console.ui.roles import role_name
from agent_console.ui.user_switch import UserSwitch

if TYPE_CHECKING:
    from agent_console.ui.main_window import MainWindow


@dataclass(frozen=True)
class AccountTools:
    switch: UserSwitch
    admin: AdminMenu


def install_account_tools(window: MainWindow) -> AccountTools:
    switch = UserSwitch(window)
    quit_action = window.actions_by_name.get("quit")
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu) and quit_action is not None and quit_action in menu.actions():
            menu.insertAction(quit_action, switch.action)
            break
    window.actions_by_name["switch_user"] = switch.action
    admin = AdminMenu(window)
    window.actions_by_name["admin_users"] = admin.users
    return AccountTools(switch, admin)


def signed_in_text(agent: AgentRef) -> str:
    """ "Signed in: Dana Orlov (team lead)"."""
    name = agent.display_name or agent.login
    return QCoreApplication.translate("AccountMenu", "Signed in: {0} ({1})").format(
        name, role_name(agent.role)
    )


def show_signed_in(window: MainWindow, agent: AgentRef) -> None:
    label = window.status_line.agent
    label.setText(signed_in_text(agent))
    label.setToolTip(
        QCoreApplication.translate("AccountMenu", "Database login: {0}").format(agent.login)
    )
