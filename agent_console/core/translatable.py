"""Marks English source strings in the Qt-free core so Qt's lupdate extracts them for translation.

The interface looks them up later with ``QCoreApplication.translate(context, text)``. The name is
Qt's own, which lupdate recognises without options; like Qt's, it returns the text unchanged.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text``; lupdate files it under ``context``."""
    del context
    return text
