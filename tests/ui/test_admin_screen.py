"""Admin > Users…: list, add (typed or one-time password), change role, disable and enable.

On the embedded database (the agents table only) through the real main window; the same
screen against a real PostgreSQL is in tests/ui/test_sign_in_dialog.py, where the user it
adds then signs in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from agent_console.store.database import open_database, sqlite_url
from agent_console.store.users import list_users
from agent_console.ui.admin.add_user_dialog import AddUserDialog
from agent_console.ui.admin.users_window import UsersWindow
from agent_console.ui.main_window import MainWindow
from tests.ui.conftest import DB_NAME, WindowFactory
from tests.ui.test_roles_ui import with_admin


def plain(text: str) -> str:
    """``text`` without the direction isolates around logins and names."""
    return text.translate({0x2066: None, 0x2068: None, 0x2069: None})


def open_users(qtbot: QtBot, window: MainWindow) -> UsersWindow:
    qtbot.waitUntil(lambda: window.services.data.state == "open")
    window.actions_by_name["admin_users"].trigger()
    users = window.account.admin.users_window
    assert users is not None
    qtbot.waitUntil(lambda: users.model.rowCount() > 0)
    return users


def add_dialog(users: UsersWindow) -> AddUserDialog:
    users.add_button.click()
    assert users.add_dialog is not None
    return users.add_dialog


def confirm(qtbot: QtBot, users: UsersWindow, yes: bool = True) -> str:
    box = users.question
    assert box is not None and box.isVisible()
    text = plain(box.text())
    (box.yes if yes else box.cancel_button()).click()
    qtbot.waitUntil(lambda: users.question is None)
    return text


def saved_users(data_dir: Path) -> dict[str, tuple[str, bool]]:
    db = open_database(sqlite_url(data_dir / DB_NAME))
    with db.session() as session:
        rows = {u.login: (u.role, u.active) for u in list_users(session)}
    db.dispose()
    return rows


def row_text(users: UsersWindow, login: str) -> list[str]:
    row = users.model.row_for(login)
    return [users.model.index(row, c).data() for c in range(4)]


def test_an_admin_adds_a_user_with_a_one_time_password_shown_once(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, demo_db_file: Path
) -> None:
    window = make_window(with_admin(data_dir, demo_db_file))
    users = open_users(qtbot, window)
    dialog = add_dialog(users)
    dialog.login.setText("sara.k")
    dialog.name.setText("Sara Karimi")
    dialog.role.setCurrentIndex(dialog.role.findData("lead"))
    dialog.generate.setChecked(True)
    assert not dialog.password.isEnabled()
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.result_box.isVisible())
    shown = dialog.shown_password.text()
    assert len(shown) >= 12 and "sara.k" in dialog.result_text.text()
    dialog.copy.click()
    assert QGuiApplication.clipboard().text() == shown
    qtbot.waitUntil(lambda: users.model.row_for("sara.k") >= 0)
    assert row_text(users, "sara.k") == ["sara.k", "Sara Karimi", "team lead", "active"]
    assert "sara.k was added as team lead" in plain(users.message.text())
    dialog.reject()
    assert dialog.shown_password.text() == ""  # not kept once the dialog is closed
    assert saved_users(data_dir)["sara.k"] == ("lead", True)


def test_add_user_says_what_is_wrong_and_keeps_what_was_typed(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, demo_db_file: Path
) -> None:
    window = make_window(with_admin(data_dir, demo_db_file))
    users = open_users(qtbot, window)
    dialog = add_dialog(users)
    dialog.login.setText("omar")
    dialog.password.setText("Long-enough-1")
    dialog.again.setText("Long-enough-2")
    dialog.add_button.click()
    assert "not the same" in dialog.message.text() and dialog.isVisible()
    # A login that is already taken: the store's refusal, in the dialog, login kept.
    dialog.login.setText("dorlov")
    dialog.again.setText("Long-enough-1")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "already a user 'dorlov'" in dialog.message.text())
    assert dialog.isVisible() and dialog.login.text() == "dorlov"
    assert dialog.add_button.isEnabled()
    # And a login the database could not take.
    dialog.login.setText("Bad Login!")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "Bad Login!" in dialog.message.text())
    assert "Bad Login!" not in saved_users(data_dir)


def test_changing_role_and_disabling_ask_first_and_show_the_result(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, demo_db_file: Path
) -> None:
    window = make_window(with_admin(data_dir, demo_db_file))
    users = open_users(qtbot, window)
    users.select("dorlov")
    users.role.setCurrentIndex(users.role.findData("agent"))
    users.role_button.click()
    assert "Make dorlov" in confirm(qtbot, users, yes=False)
    assert saved_users(data_dir)["dorlov"] == ("lead", True)  # cancelled: nothing changed
    users.role_button.click()
    confirm(qtbot, users)
    qtbot.waitUntil(lambda: row_text(users, "dorlov")[2] == "agent")
    assert saved_users(data_dir)["dorlov"] == ("agent", True)
    users.select("dorlov")
    assert users.active_button.text() == "&Disable…"
    users.active_button.click()
    assert "can no longer sign in" in confirm(qtbot, users)
    qtbot.waitUntil(lambda: row_text(users, "dorlov")[3] == "disabled")
    assert saved_users(data_dir)["dorlov"] == ("agent", False)
    users.select("dorlov")
    assert users.active_button.text() == "&Enable…"
    users.active_button.click()
    confirm(qtbot, users)
    qtbot.waitUntil(lambda: row_text(users, "dorlov")[3] == "active")


def test_the_last_admin_cannot_disable_themselves(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, demo_db_file: Path
) -> None:
    window = make_window(with_admin(data_dir, demo_db_file))
    users = open_users(qtbot, window)
    users.select("ida.admin")
    users.active_button.click()
    confirm(qtbot, users)
    qtbot.waitUntil(lambda: "last active admin" in users.message.text())
    assert users.message.styleSheet()  # shown as a problem
    assert saved_users(data_dir)["ida.admin"] == ("admin", True)
