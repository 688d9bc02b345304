"""The sign-in dialog for a shared database: login, password, "remember on this computer".

It shows which server it signs in to, says inline why the last attempt failed (keeping the
login typed), and is busy while the runner connects: it never waits on the database itself.
``SignInFlow`` wires it to ``DataAccess``: the database asks for it (``sign_in_needed``), the
dialog hands back a ``PasswordAnswer``, and it closes once the database is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_console.store.records import AgentRef
from agent_console.ui.follow_ups.front import free_size
from agent_console.ui.text_direction import ltr_isolate

if TYPE_CHECKING:
    from agent_console.store.credentials import PasswordRequest
    from agent_console.ui.data_access import DataAccess


class SignInDialog(QDialog):
    submitted = Signal(object)  # PasswordAnswer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in – Agent Console"))
        self.setMinimumWidth(460)
        self.request: PasswordRequest | None = None
        layout = QVBoxLayout(self)
        free_size(layout)
        heading = QLabel(self.tr("Sign in with your own login to work in the shared database."))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.server = QLabel(self)
        self.server.setObjectName("signInServer")
        self.server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.server)
        self.problem = QLabel(self)
        self.problem.setObjectName("signInProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000; font-weight: bold;")
        self.problem.hide()
        layout.addWidget(self.problem)
        form = QFormLayout()
        self.login = QLineEdit(self)
        self.login.setObjectName("signInLogin")
        self.login.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # logins are Latin
        form.addRow(self.tr("&Login:"), self.login)
        self.password = QLineEdit(self)
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("&Remember on this computer (in the system keyring)"))
        self.remember.setObjectName("rememberPassword")
        layout.addWidget(self.remember)
        self.keyring_note = QLabel(
            self.tr(
                "This computer has no system keyring, so the password cannot be remembered "
                "safely and is asked for at every start. It is never written to a file."
            ),
            self,
        )
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.hide()
        layout.addWidget(self.keyring_note)
        self.busy = QLabel(self)
        self.busy.setObjectName("signInBusy")
        self.busy.hide()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_in_button = QPushButton(self.tr("&Sign in"), self)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.login.textChanged.connect(self._enable_sign_in)

    def show_request(self, request: PasswordRequest) -> None:
        """Show ``request``: its server, the failure of the last attempt, the login tried."""
        self.request = request
        self.set_busy(False)
        self.server.setText(self.tr("Server: {0}").format(ltr_isolate(request.server)))
        if request.login and (not self.login.text() or request.problem is None):
            self.login.setText(request.login)
        message = self.problem_text(request)
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        self.remember.setEnabled(request.can_remember)
        if not request.can_remember:
            self.remember.setChecked(False)
        self.keyring_note.setVisible(not request.can_remember)
        if not self._keeps_password(request):
            self.password.clear()
        (self.password if self.login.text() else self.login).setFocus(
            Qt.FocusReason.OtherFocusReason
        )
        self._enable_sign_in()
        if self.isVisible():
            self.adjustSize()  # room for the message that just appeared

    def problem_text(self, request: PasswordRequest) -> str:
        from agent_console.store.credentials import (
            AccountDisabled,
            ServerUnreachable,
            WrongPassword,
        )

        problem = request.problem
        login = ltr_isolate(request.login)
        if problem is None:
            return ""
        if isinstance(problem, WrongPassword):
            return self.tr(
                "The database did not accept the login {0} with that password. Check both "
                "(is Caps Lock on?) and try again. If you have forgotten your password, ask IT "
                "or your team lead to reset it."
            ).format(login)
        if isinstance(problem, AccountDisabled):
            return self.tr(
                "The account {0} is locked or disabled, so it cannot sign in. Ask your team "
                "lead or IT to enable it, or sign in with another login."
            ).format(login)
        if isinstance(problem, ServerUnreachable):
            return self.tr(
                "The database server {0} could not be reached. Check the network connection, "
                "then press Sign in to try again. If it keeps happening, ask IT whether the "
                "server is up."
            ).format(ltr_isolate(request.server))
        return str(problem)  # the store's own sentence (e.g. a login with no console user)

    @staticmethod
    def _keeps_password(request: PasswordRequest) -> bool:
        from agent_console.store.credentials import ServerUnreachable

        return isinstance(request.problem, ServerUnreachable)  # trying again needs no retyping

    def set_busy(self, busy: bool) -> None:
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for widget in (self.login, self.password, self.remember, self.sign_in_button, cancel):
            widget.setEnabled(not busy)
        if not busy and self.request is not None:
            self.remember.setEnabled(self.request.can_remember)
        server = self.request.server if self.request is not None else ""
        self.busy.setText(self.tr("Connecting to {0}…").format(ltr_isolate(server)))
        self.busy.setVisible(busy)
        if busy:
            self.problem.hide()
        else:
            self._enable_sign_in()

    def _enable_sign_in(self) -> None:
        if not self.busy.isVisible():
            self.sign_in_button.setEnabled(bool(self.login.text().strip()))

    def _submit(self) -> None:
        from agent_console.store.credentials import PasswordAnswer

        login = self.login.text().strip()
        if not login or self.busy.isVisible():
            return
        answer = PasswordAnswer(self.password.text(), self.remember.isChecked(), login)
        self.set_busy(True)
        self.submitted.emit(answer)

    def done(self, result: int) -> None:
        self.password.clear()  # the password lives no longer than the dialog
        super().done(result)


class SignInFlow(QObject):
    """Shows the dialog whenever the database asks who signs in, until someone has."""

    cancelled = Signal()

    def __init__(self, data: DataAccess, parent: QWidget) -> None:
        super().__init__(parent)
        self._data = data
        self._parent = parent
        self.dialog: SignInDialog | None = None
        data.sign_in_needed.connect(self.ask)
        data.opened.connect(self._signed_in)

    def ask(self, request: PasswordRequest) -> None:
        dialog = self.dialog
        if dialog is None:
            dialog = self.dialog = SignInDialog(self._parent)
            dialog.submitted.connect(self._data.open)
            dialog.rejected.connect(self._cancelled)
        dialog.show_request(request)
        if not dialog.isVisible():
            dialog.open()

    def _signed_in(self, _agent: AgentRef) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.accept()
            dialog.deleteLater()

    def _cancelled(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._data.sign_in_cancelled(
            self.tr(
                "You are not signed in, so nothing can be looked up or saved. Choose "
                "Call > Switch user… (Ctrl+Shift+U) to sign in."
            )
        )
        self.cancelled.emit()
