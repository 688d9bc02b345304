"""A headline figure as a button: its name, its value, what it is computed from; a click opens its incidents."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from agent_console.core.kpi import Figure


class FigureCard(QPushButton):
    picked = Signal(str, object)  # title, tuple of incident ids

    def __init__(self, name: str, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = title
        self.ids: tuple[uuid.UUID, ...] = ()
        self.setToolTip(hint)
        self.heading = QLabel(title, self)
        self.value = QLabel("—", self)
        self.value.setObjectName(f"{name}Value")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(self)
        self.caption.setObjectName(f"{name}Caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        for label in (self.heading, self.value, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        self.caption.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(layout.sizeHint().height() + 12)
        self.setMinimumWidth(150)
        self.clicked.connect(lambda: self.picked.emit(self.title, self.ids))

    def show_figure(self, value: str, caption: str, figure: Figure) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.ids = figure.ids
        self.setAccessibleName(f"{self.title}: {value}")
