"""A question asked before a change that matters: the window stays usable (``open``, not ``exec``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_console.ui.follow_ups.front import free_size


class ConfirmDialog(QDialog):
    def __init__(self, parent: QWidget, name: str, title: str, text: str, yes: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        free_size(layout)
        self.message = QLabel(text, self)
        self.message.setObjectName(f"{name}Text")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.yes = QPushButton(yes, self)
        self.yes.setObjectName(f"{name}Yes")
        self.yes.setDefault(True)
        self.buttons.addButton(self.yes, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def text(self) -> str:
        return self.message.text()

    def cancel_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)


def ask_first(
    parent: QWidget, name: str, title: str, text: str, yes: str, then: Callable[[bool], None]
) -> ConfirmDialog:
    """Show the question; ``then(True)`` when ``yes`` was chosen, ``then(False)`` otherwise."""
    dialog = ConfirmDialog(parent, name, title, text, yes)

    def answered(result: int) -> None:
        dialog.deleteLater()
        then(result == QDialog.DialogCode.Accepted)

    dialog.finished.connect(answered)
    dialog.open()
    return dialog
