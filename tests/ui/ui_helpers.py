"""Helpers for driving the real window the way an agent would."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def send_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, including Persian, Arabic and emoji.

    ``QTest.keyClicks`` only knows Latin-1 (a Persian digit aborts the process in
    qasciikey.cpp), so other characters are sent as the key events a Persian or Arabic
    keyboard layout produces: no key code, the character as the event's text.
    """
    widget.setFocus()
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """``send_text`` for tests (qtbot.keyClicks for ASCII is QTest.keyClicks)."""
    send_text(widget, text)


def visible_text(widget: QWidget) -> str:
    """The text of every visible label under ``widget``, for asserting what a user can read."""
    from PySide6.QtWidgets import QLabel

    return "\n".join(
        label.text()
        for label in widget.findChildren(QLabel)
        if label.isVisibleTo(widget) and label.text()
    )
