"""Admin > Users…: who may use the console, their role, and whether they may sign in.

Every change asks for confirmation first and runs in the runner through ``store.users``; the
database decides (an admin only, never the last admin), and a refusal is shown in the window
as the store's sentence, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_console.ui.admin.add_user_dialog import AddUserDialog, role_combo
from agent_console.ui.admin.users_model import RECORD_ROLE, UsersModel
from agent_console.ui.confirm import ConfirmDialog, ask_first
from agent_console.ui.failures import user_message
from agent_console.ui.follow_ups.front import bring_forward, free_size
from agent_console.ui.roles import role_name
from agent_console.ui.text_direction import isolate, ltr_isolate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.store.users import UserRow
    from agent_console.ui.data_access import DataAccess


class UsersWindow(QWidget):
    def __init__(self, data: DataAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("adminUsers")
        self.setWindowTitle(self.tr("Users – Agent Console"))
        self.resize(760, 480)
        self._data = data
        self.model = UsersModel(self)
        self.add_dialog: AddUserDialog | None = None
        self.question: ConfirmDialog | None = None  # the confirmation being asked
        layout = QVBoxLayout(self)
        free_size(layout)
        intro = QLabel(
            self.tr(
                "Everyone who signs in to this database. Disabling someone stops them signing "
                "in and keeps their incidents and history."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.view = QTableView(self)
        self.view.setObjectName("usersTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        self.message = QLabel(self)
        self.message.setObjectName("adminMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add user…"), self)
        self.add_button.setObjectName("addUser")
        self.add_button.clicked.connect(self.open_add)
        row.addWidget(self.add_button)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Role:"), self))
        self.role = role_combo(self)
        self.role.setObjectName("roleChoice")
        row.addWidget(self.role)
        self.role_button = QPushButton(self.tr("&Change role…"), self)
        self.role_button.setObjectName("changeRole")
        self.role_button.clicked.connect(self.ask_role)
        row.addWidget(self.role_button)
        row.addStretch(1)
        self.active_button = QPushButton(self.tr("&Disable…"), self)
        self.active_button.setObjectName("toggleActive")
        self.active_button.clicked.connect(self.ask_toggle_active)
        row.addWidget(self.active_button)
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setObjectName("reloadUsers")
        self.reload_button.clicked.connect(self.reload)
        row.addWidget(self.reload_button)
        layout.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

    # -- loading ----------------------------------------------------------------------------
    def show_and_load(self) -> None:
        bring_forward(self)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        current = self.selected()
        keep = select or (current.login if current is not None else None)

        def op(session: Session) -> list[UserRow]:
            from agent_console.store.users import list_users

            return list_users(session)

        def loaded(rows: list[UserRow]) -> None:
            self.model.set_rows(rows)
            if keep:
                self.select(keep)
            self._selection_changed()

        self._data.run(op, loaded, self._refused)

    def select(self, login: str) -> None:
        row = self.model.row_for(login)
        if row >= 0:
            self.view.selectRow(row)

    def selected(self) -> UserRow | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return rows[0].data(RECORD_ROLE) if rows else None

    def _selection_changed(self) -> None:
        user = self.selected()
        self.role_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None)
        if user is not None:
            self.active_button.setText(self.tr("&Disable…") if user.active else self.tr("&Enable…"))
            self.role.setCurrentIndex(max(0, self.role.findData(user.role)))

    def say(self, text: str, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #a40000;" if problem else "")

    def _refused(self, exc: BaseException) -> None:
        self.say(user_message(exc), problem=True)

    # -- adding -----------------------------------------------------------------------------
    def open_add(self) -> None:
        dialog = self.add_dialog = AddUserDialog(self._data, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._added)
        dialog.finished.connect(lambda _r: setattr(self, "add_dialog", None))
        dialog.open()

    def _added(self, user: UserRow) -> None:
        self.say(
            self.tr("{0} was added as {1}.").format(ltr_isolate(user.login), role_name(user.role))
        )
        self.reload(select=user.login)

    # -- changes, each confirmed first ------------------------------------------------------
    def ask_role(self) -> None:
        user = self.selected()
        role = str(self.role.currentData())
        if user is None:
            return
        if role == user.role:
            self.say(
                self.tr("{0} is already {1}.").format(ltr_isolate(user.login), role_name(role))
            )
            return
        self._confirm(
            self.tr(
                "Make {0} ({1}) {2}? They get what that role allows from their next sign-in."
            ).format(ltr_isolate(user.login), isolate(user.display_name), role_name(role)),
            self.tr("Change role"),
            lambda: self._change(
                lambda s: _set_role(s, user.login, role),
                self.tr("{0} is now {1}.").format(ltr_isolate(user.login), role_name(role)),
            ),
        )

    def ask_toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active:
            text = self.tr(
                "Disable {0} ({1})? They can no longer sign in; their incidents, follow-ups "
                "and history stay."
            ).format(ltr_isolate(user.login), isolate(user.display_name))
            self._confirm(
                text, self.tr("Disable"),
                lambda: self._change(
                    lambda s: _disable(s, user.login),
                    self.tr("{0} is disabled.").format(ltr_isolate(user.login)),
                ),
            )  # fmt: skip
        else:
            text = self.tr("Enable {0} ({1}) again? They sign in with their old password.").format(
                ltr_isolate(user.login), isolate(user.display_name)
            )
            self._confirm(
                text, self.tr("Enable"),
                lambda: self._change(
                    lambda s: _enable(s, user.login),
                    self.tr("{0} may sign in again.").format(ltr_isolate(user.login)),
                ),
            )  # fmt: skip

    def _confirm(self, text: str, verb: str, then: Callable[[], None]) -> None:
        def answered(yes: bool) -> None:
            self.question = None
            if yes:
                then()

        self.question = ask_first(self, "adminConfirm", verb, text, verb, answered)

    def _change(self, op: Callable[[Session], UserRow], done_text: str) -> None:
        def done(user: UserRow) -> None:
            self.say(done_text)
            self.reload(select=user.login)

        self._data.run(op, done, self._refused)


def _set_role(session: Session, login: str, role: str) -> UserRow:
    from agent_console.store.users import set_role

    return set_role(session, login, role)


def _disable(session: Session, login: str) -> UserRow:
    from agent_console.store.users import disable_user

    return disable_user(session, login)


def _enable(session: Session, login: str) -> UserRow:
    from agent_console.store.users import enable_user

    return enable_user(session, login)
