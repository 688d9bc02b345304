"""Each role sees what it may use and nothing else, in the real main window.

Agents: no Team lead menu, no guidance editor, no Admin menu. Team leads: the lead tools, no
Admin menu. Admins: everything, and Admin > Users…. The status bar says who is signed in and
as what. (The database enforces the same rules; these tests are about what people see.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.store.agents import ensure_agent, os_login
from agent_console.store.database import open_database, sqlite_url
from agent_console.ui.main_window import MainWindow
from tests.ui.conftest import DB_NAME, WindowFactory


def visible_menus(window: MainWindow) -> set[str]:
    return {
        a.menu().objectName()
        for a in window.menuBar().actions()
        if isinstance(a.menu(), QMenu) and a.isVisible()
    }


def with_admin(data_dir: Path, demo_db_file: Path) -> AppOptions:
    data_dir.mkdir(parents=True)
    shutil.copy2(demo_db_file, data_dir / DB_NAME)
    db = open_database(sqlite_url(data_dir / DB_NAME))
    with db.session() as session:
        ensure_agent(session, "ida.admin", "Ida Admin", role="admin")
    db.dispose()
    return AppOptions(data_dir=data_dir, demo=True, region="IR", act_as="ida.admin")


def open_windows(window: MainWindow) -> list[str]:
    return [
        w.objectName()
        for w in window.findChildren(QWidget)
        if w.isWindow() and w.isVisible() and w is not window
    ]


def test_an_agent_sees_no_lead_or_admin_tools(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    assert window.status_line.agent.text() == f"Signed in: {os_login()} (agent)"
    menus = visible_menus(window)
    assert "teamLeadMenu" not in menus and "adminMenu" not in menus
    actions = window.actions_by_name
    assert not actions["editor"].isVisible()
    for key in ("callback_queue", "review_incidents", "dashboard", "import_csv", "admin_users"):
        assert not actions[key].isEnabled(), key
    # Nor can the keys open them: the screen only says whom they are for.
    actions["admin_users"].trigger()
    window.account.admin.open_users()
    window.follow_up_tools.open_review()
    assert open_windows(window) == []
    # On the embedded database the OS user is the agent: there is no one to switch to.
    assert not actions["switch_user"].isVisible()
    assert window.account.switch.flow.dialog is None  # and nobody was asked to sign in


def test_a_team_lead_sees_lead_tools_but_no_admin_menu(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    from dataclasses import replace

    window = make_window(replace(demo_options, act_as="dorlov"))
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    assert window.status_line.agent.text() == "Signed in: Дмитрий Орлов (team lead)"
    menus = visible_menus(window)
    assert "teamLeadMenu" in menus and "adminMenu" not in menus
    assert window.actions_by_name["editor"].isVisible()
    assert window.actions_by_name["review_incidents"].isEnabled()
    assert window.account.admin.open_users() is None


def test_an_admin_sees_admin_users_and_the_lead_tools(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, demo_db_file: Path
) -> None:
    window = make_window(with_admin(data_dir, demo_db_file))
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    assert window.status_line.agent.text() == "Signed in: Ida Admin (admin)"
    menus = visible_menus(window)
    assert {"teamLeadMenu", "adminMenu"} <= menus
    assert window.actions_by_name["editor"].isVisible()
    window.actions_by_name["admin_users"].trigger()
    users = window.account.admin.users_window
    assert users is not None and users.isVisible()
    qtbot.waitUntil(lambda: users.model.rowCount() > 0)
    assert {"ida.admin", "dorlov"} <= {row.login for row in users.model.rows}


@pytest.mark.parametrize("role", ["agent", "lead", "admin"])
def test_the_admin_menu_sits_before_help(
    role: str, qtbot: QtBot, make_window: WindowFactory, data_dir: Path, demo_db_file: Path
) -> None:
    options = with_admin(data_dir, demo_db_file)
    from dataclasses import replace

    act_as = {"agent": None, "lead": "dorlov", "admin": "ida.admin"}[role]
    window = make_window(replace(options, act_as=act_as))
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    names = [a.menu().objectName() for a in window.menuBar().actions() if a.menu() is not None]
    assert names.index("adminMenu") == len(names) - 2
    assert ("adminMenu" in visible_menus(window)) is (role == "admin")
