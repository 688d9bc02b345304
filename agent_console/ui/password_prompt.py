"""Asking for the shared database's password while the runner waits, without blocking the GUI.

The worker thread calls ``ask``; a queued signal shows the dialog on the GUI thread; the
worker waits on an event for the answer. The password is only ever held in memory.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from agent_console.store.credentials import PasswordAnswer, PasswordRequest


class PasswordDialog(QDialog):
    def __init__(self, request: PasswordRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Sign in to the shared database"))
        layout = QVBoxLayout(self)
        message = QLabel(request.message, self)
        message.setWordWrap(True)
        layout.addWidget(message)
        if request.retry:
            refused = QLabel(self.tr("That password was refused. Try again."), self)
            refused.setObjectName("passwordRefused")
            layout.addWidget(refused)
        layout.addWidget(QLabel(self.tr("Password for {0}").format(request.account), self))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.remember = QCheckBox(
            self.tr("Remember on this computer (in the system keyring)"), self
        )
        self.remember.setObjectName("rememberPassword")
        self.remember.setEnabled(request.can_remember)
        if not request.can_remember:
            self.remember.setToolTip(
                self.tr("This computer has no keyring, so the password is asked for each time.")
            )
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PasswordPrompt(QObject):
    """Callable from any thread but the GUI's: returns the answer, or None when cancelled."""

    _asked = Signal(object, object)  # PasswordRequest, holder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._asked.connect(self._show)

    def __call__(self, request: PasswordRequest) -> PasswordAnswer | None:
        holder: dict[str, object] = {"done": threading.Event(), "answer": None}
        self._asked.emit(request, holder)
        done = holder["done"]
        assert isinstance(done, threading.Event)
        done.wait()
        answer = holder["answer"]
        return answer  # type: ignore[return-value]

    @Slot(object, object)
    def _show(self, request: PasswordRequest, holder: dict[str, object]) -> None:
        from agent_console.store.credentials import PasswordAnswer

        dialog = PasswordDialog(request, self._parent)

        def finish(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.password.text():
                holder["answer"] = PasswordAnswer(
                    dialog.password.text(), dialog.remember.isChecked()
                )
            dialog.password.clear()
            dialog.deleteLater()
            done = holder["done"]
            assert isinstance(done, threading.Event)
            done.set()

        dialog.finished.connect(finish)
        dialog.open()
