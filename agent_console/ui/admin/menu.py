"""The Admin menu (Admin > Users…), there only while an admin is signed in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from agent_console.store.records import AgentRef

if TYPE_CHECKING:
    from agent_console.ui.admin.users_window import UsersWindow
    from agent_console.ui.main_window import MainWindow


class AdminMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.agent: AgentRef | None = None
        self.users_window: UsersWindow | None = None
        translate = QCoreApplication.translate
        self.menu = QMenu(translate("AdminMenu", "&Admin"), window.menuBar())
        self.menu.setObjectName("adminMenu")
        self.users = QAction(translate("AdminMenu", "&Users…"), window)
        self.users.setObjectName("adminUsers")
        self.users.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.users.triggered.connect(lambda _checked=False: self.open_users())
        window.addAction(self.users)
        self.menu.addAction(self.users)
        bar = window.menuBar()
        menus = [a for a in bar.actions() if a.menu() is not None]
        if menus:  # before Help, which stays last
            bar.insertMenu(menus[-1], self.menu)
        else:
            bar.addMenu(self.menu)
        self._show(None)
        window.services.data.opened.connect(self._show)
        window.services.data.signed_out.connect(lambda: self._show(None))

    @property
    def is_admin(self) -> bool:
        return self.agent is not None and self.agent.role == "admin"

    def _show(self, agent: AgentRef | None) -> None:
        self.agent = agent
        self.menu.menuAction().setVisible(self.is_admin)
        self.users.setEnabled(self.is_admin)
        if not self.is_admin and self.users_window is not None:
            self.users_window.close()
            self.users_window.deleteLater()
            self.users_window = None

    def open_users(self) -> UsersWindow | None:
        if not self.is_admin:
            self.window.status_line.showMessage(
                QCoreApplication.translate("AdminMenu", "Managing users is for admins."), 8000
            )
            return None
        if self.users_window is None:
            from agent_console.ui.admin.users_window import UsersWindow

            self.users_window = UsersWindow(self.window.services.data, self.window)
        self.users_window.show_and_load()
        return self.users_window
