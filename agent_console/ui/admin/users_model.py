"""The users table of the admin screen: login, name, role, active."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from agent_console.ui.roles import role_name

if TYPE_CHECKING:
    from agent_console.store.users import UserRow

LOGIN, NAME, ROLE, STATUS = range(4)
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class UsersModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[UserRow] = []

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            translate = QCoreApplication.translate
            return (
                translate("UsersModel", "Login"),
                translate("UsersModel", "Name"),
                translate("UsersModel", "Role"),
                translate("UsersModel", "Status"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == LOGIN:
                return row.login
            if column == NAME:
                return row.display_name
            if column == ROLE:
                return role_name(row.role)
            return (
                QCoreApplication.translate("UsersModel", "active")
                if row.active
                else QCoreApplication.translate("UsersModel", "disabled")
            )
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return Qt.GlobalColor.gray
        return None

    def row_for(self, login: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.login == login), -1)
