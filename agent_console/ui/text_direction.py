"""The direction of user text, taken from its content rather than from the interface language.

A Persian note in the English interface reads right to left, and an English account number in
the Persian interface left to right (Anki sets the direction per field for the same reason).
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

_RTL_CLASSES = frozenset({"R", "AL"})


def content_direction(text: str, fallback: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of the first strongly directional character, as the Unicode bidi rules say."""
    # Here rather than at the top: this module is on the way to the first window, and Qt's
    # namespace of enums takes ~20 ms to load.
    from PySide6.QtCore import Qt

    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return fallback


def ltr_isolate(text: str) -> str:
    """``text`` kept left to right inside any surrounding text (phone numbers, account codes).

    Without it a number such as "0912 345 6789" next to a Persian name shows its digit groups
    in reverse order.
    """
    return f"\u2066{text}\u2069"


def isolate(text: str) -> str:
    """``text`` as a unit of its own direction (first strong character) inside other text."""
    return f"\u2068{text}\u2069"
