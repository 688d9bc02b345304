"""Python counts characters in code points, Qt in UTF-16 units: an emoji is one, or two.

The phrasing engine reports spans in code points; editors want UTF-16 positions.
"""

from __future__ import annotations


def _astral(text: str) -> bool:
    return not text.isascii() and any(ord(ch) > 0xFFFF for ch in text)


def to_utf16(text: str, index: int) -> int:
    """The UTF-16 position of code point ``index`` in ``text``."""
    if not _astral(text):
        return index
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def from_utf16(text: str, position: int) -> int:
    """The code point index of UTF-16 ``position`` in ``text`` (inside a pair: the pair's end)."""
    if not _astral(text):
        return min(position, len(text))
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
