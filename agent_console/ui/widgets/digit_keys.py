"""Digits typed in any script into Qt's date, time and number editors.

``QDateTimeEdit`` and ``QSpinBox`` read only the digits of their own locale: in the English
interface a Persian keyboard's ۱۵ is refused, and in the Persian one an Arabic keyboard's ١٥
is. This filter turns every digit key (Latin, Persian or Arabic-Indic) into the digit the
editor reads, so what the agent types counts whichever keyboard layout is on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication

from agent_console.core.digits import SCRIPTS, ascii_digits, in_digits

_ALL_DIGITS = frozenset("".join(SCRIPTS.values()))


def _script_of(zero: str) -> str:
    return next((name for name, digits in SCRIPTS.items() if digits[0] == zero), "latin")


class NativeDigitKeys(QObject):
    """Installed on an editor: rewrites digit key presses into the editor's own digits."""

    def __init__(self, editor: QAbstractSpinBox) -> None:
        super().__init__(editor)
        self._editor = editor
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        assert isinstance(event, QKeyEvent)
        text = event.text()
        if len(text) != 1 or text not in _ALL_DIGITS:
            return False
        wanted = in_digits(text, _script_of(self._editor.locale().zeroDigit()))
        if wanted == text:
            return False
        key = Qt.Key.Key_0.value + int(ascii_digits(wanted)) if wanted.isascii() else 0
        QApplication.sendEvent(
            watched, QKeyEvent(event.type(), key, event.modifiers(), wanted, event.isAutoRepeat())
        )
        return True


def accept_native_digits(*editors: QAbstractSpinBox) -> None:
    for editor in editors:
        NativeDigitKeys(editor)
