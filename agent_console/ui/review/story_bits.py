"""Small pieces of the incident story's rich text: escaping, user text in its own direction."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from agent_console.ui.formatting import local_datetime
from agent_console.ui.text_direction import content_direction


def user(text: str, tag: str = "p") -> str:
    """What a person typed, in its own direction, line breaks kept."""
    fallback = (
        Qt.LayoutDirection.RightToLeft
        if QGuiApplication.isRightToLeft()
        else Qt.LayoutDirection.LeftToRight
    )
    rtl = content_direction(text, fallback) == Qt.LayoutDirection.RightToLeft
    body = html.escape(text).replace("\n", "<br/>")
    return f'<{tag} dir="{"rtl" if rtl else "ltr"}">{body}</{tag}>'


def esc(text: object) -> str:
    return html.escape(str(text))


def ui_dir() -> str:
    """The interface's direction, for the story's own headings, labels and tables."""
    return "rtl" if QGuiApplication.isRightToLeft() else "ltr"


def heading(text: str, level: int = 3) -> str:
    return f'<h{level} dir="{ui_dir()}">{esc(text)}</h{level}>'


def para(text: str) -> str:
    """A sentence of the interface (not user text), in the interface's direction."""
    return f'<p dir="{ui_dir()}">{esc(text)}</p>'


def rows(pairs: list[tuple[str, str]]) -> str:
    """A two-column table: a label (plain text) and a value (already HTML)."""
    return table([[f"<span style='color:#555'>{esc(k)}</span>", v] for k, v in pairs])


def table(cells: list[list[str]]) -> str:
    """A table of HTML cells that starts at the interface's leading edge.

    Qt's rich text does not mirror table columns, so right to left they are laid out reversed.
    """
    rtl = QGuiApplication.isRightToLeft()
    body = "".join(
        "<tr>"
        + "".join(f"<td style='padding:0 8px'>{c}</td>" for c in (row[::-1] if rtl else row))
        + "</tr>"
        for row in cells
    )
    align = "right" if rtl else "left"
    return f"<table dir='{ui_dir()}' align='{align}' cellspacing='2'>{body}</table><br/>"


def when(at: object) -> str:
    """An ISO time from a JSON record, as the interface shows times."""
    try:
        return local_datetime(datetime.fromisoformat(str(at)))
    except ValueError:
        return str(at)
