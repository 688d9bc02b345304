"""A strip across the top of the window: a message, and the buttons that answer it. Never modal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

_STYLES = {
    "error": "background: #fde2e1; border: 1px solid #d9534f; color: #5a1210;",
    "warning": "background: #fff4d6; border: 1px solid #e0c36a; color: #3d2f00;",
    "info": "background: #e3f0fd; border: 1px solid #6a9fd8; color: #0f2d4d;",
}


class Banner(QFrame):
    closed = Signal()

    def __init__(self, kind: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"{kind}Banner")
        # By class, so the style holds when the owner renames the banner.
        self.setStyleSheet(f"Banner {{ {_STYLES[kind]} border-radius: 3px; }}")
        self.message = QLabel(message, self)
        self.message.setObjectName("bannerMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("border: none; background: transparent;")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 6, 6)
        self._layout.addWidget(self.message, 1)
        self.buttons: dict[str, QPushButton] = {}

    def add_button(self, key: str, text: str, on_click: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"banner_{key}")
        button.clicked.connect(on_click)
        self._layout.addWidget(button)
        self.buttons[key] = button
        return button

    def add_dismiss(self) -> QPushButton:
        return self.add_button("dismiss", self.tr("Dismiss"), self.close_banner)

    def close_banner(self) -> None:
        self.closed.emit()
        self.hide()
        self.deleteLater()
