"""Adding a user: login, name, role and a first password, typed twice or made here and shown once.

The database work runs in the runner; a refusal (a taken login, a short password, not an
admin) is shown in the dialog, with what was typed kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_console.ui.failures import user_message
from agent_console.ui.follow_ups.front import free_size
from agent_console.ui.roles import role_name
from agent_console.ui.text_direction import ltr_isolate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.store.users import UserRow
    from agent_console.ui.data_access import DataAccess

ROLES = ("agent", "lead", "admin")


def role_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for role in ROLES:
        combo.addItem(role_name(role), role)
    return combo


class AddUserDialog(QDialog):
    added = Signal(object)  # UserRow

    def __init__(self, data: DataAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add a user – Agent Console"))
        self.setMinimumWidth(460)
        self._data = data
        self._generated = ""
        layout = QVBoxLayout(self)
        free_size(layout)
        form = QFormLayout()
        self.login = QLineEdit(self)
        self.login.setObjectName("newLogin")
        self.login.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.login.setPlaceholderText(self.tr("e.g. dana.orlov"))
        form.addRow(self.tr("&Login:"), self.login)
        self.name = QLineEdit(self)
        self.name.setObjectName("newName")
        form.addRow(self.tr("&Name:"), self.name)
        self.role = role_combo(self)
        self.role.setObjectName("newRole")
        form.addRow(self.tr("&Role:"), self.role)
        self.generate = QCheckBox(self.tr("&Generate a one-time password (shown once)"), self)
        self.generate.setObjectName("generatePassword")
        form.addRow("", self.generate)
        self.password = QLineEdit(self)
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Password:"), self.password)
        self.again = QLineEdit(self)
        self.again.setObjectName("newPasswordAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password &again:"), self.again)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("addUserMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        self.message.hide()
        layout.addWidget(self.message)
        # After adding with a generated password: it, once, with a copy button.
        self.result_box = QWidget(self)
        self.result_box.setObjectName("oneTimePasswordBox")
        result = QVBoxLayout(self.result_box)
        result.setContentsMargins(0, 0, 0, 0)
        self.result_text = QLabel(self.result_box)
        self.result_text.setWordWrap(True)
        result.addWidget(self.result_text)
        row = QHBoxLayout()
        self.shown_password = QLineEdit(self.result_box)
        self.shown_password.setObjectName("oneTimePassword")
        self.shown_password.setReadOnly(True)
        self.shown_password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        row.addWidget(self.shown_password, 1)
        self.copy = QPushButton(self.tr("&Copy"), self.result_box)
        self.copy.setObjectName("copyOneTimePassword")
        self.copy.clicked.connect(self._copy)
        row.addWidget(self.copy)
        result.addLayout(row)
        self.result_box.hide()
        layout.addWidget(self.result_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = QPushButton(self.tr("&Add user"), self)
        self.add_button.setObjectName("addUserButton")
        self.add_button.setDefault(True)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.generate.toggled.connect(self._generate_toggled)

    def _generate_toggled(self, on: bool) -> None:
        self.password.setEnabled(not on)
        self.again.setEnabled(not on)
        if on:
            self.password.clear()
            self.again.clear()

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def submit(self) -> None:
        login = self.login.text().strip()
        if not login:
            self._show_problem(self.tr("Type the login the person will sign in with."))
            self.login.setFocus()
            return
        if self.generate.isChecked():
            from agent_console.store.users import generate_password

            password = generate_password()
        else:
            password = self.password.text()
            if not password:
                self._show_problem(
                    self.tr("Type a first password twice, or let the console generate one.")
                )
                self.password.setFocus()
                return
            if password != self.again.text():
                self._show_problem(self.tr("The two passwords are not the same. Type them again."))
                self.again.clear()
                self.again.setFocus()
                return
        name, role = self.name.text().strip(), str(self.role.currentData())
        self._generated = password if self.generate.isChecked() else ""
        self._show_problem("")
        self.add_button.setEnabled(False)

        def op(session: Session) -> UserRow:
            from agent_console.store.users import add_user

            return add_user(session, login, role, name, password)

        self._data.run(op, self._done, self._failed)

    def _done(self, row: UserRow) -> None:
        self.added.emit(row)
        if not self._generated:
            self.accept()
            return
        for widget in (self.login, self.name, self.role, self.generate, self.password, self.again):
            widget.setEnabled(False)
        self.result_text.setText(
            self.tr(
                "{0} was added. Their one-time password is below: give it to them now. It is "
                "not shown again, and they should change it."
            ).format(ltr_isolate(row.login))
        )
        self.shown_password.setText(self._generated)
        self._generated = ""
        self.result_box.show()
        self.adjustSize()  # room for what was just shown
        self.add_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))

    def _failed(self, exc: BaseException) -> None:
        self._generated = ""
        self.add_button.setEnabled(True)
        self._show_problem(user_message(exc))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.shown_password.text())
        self.copy.setText(self.tr("Copied"))

    def done(self, result: int) -> None:
        for field in (self.password, self.again, self.shown_password):
            field.clear()  # no password outlives the dialog
        super().done(result)
