"""Helpers for the guidance tests: the flagged phrase of each language, the stored incident."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.core.resources import resources_dir
from agent_console.store.database import open_database, sqlite_url
from agent_console.store.incidents import get_incident
from agent_console.store.records import IncidentRow
from agent_console.ui.main_window import MainWindow

POLICY_RULE = "{0}.refusal.policy"


def policy_phrase(language: str) -> str:
    """The phrasebook's own first example of "that's not our policy" in ``language``."""
    path = resources_dir() / "phrasebooks" / f"{language}.json"
    book = json.loads(path.read_text("utf-8"))
    rule = next(r for r in book["rules"] if r["id"] == POLICY_RULE.format(language))
    phrase: str = rule["examples"]["flagged"][0]
    return phrase


def in_language(options: AppOptions, language: str) -> AppOptions:
    return replace(options, lang=language)


def stored_incident(options: AppOptions, incident_id: str) -> IncidentRow:
    """The incident as the database holds it, read on a connection of the test's own."""
    db = open_database(sqlite_url(options.embedded_db_path))
    try:
        with db.session() as session:
            row = get_incident(session, uuid.UUID(incident_id))
    finally:
        db.dispose()
    assert row is not None, "the incident was not stored"
    return row


def underlined_spans(editor: QTextEdit) -> list[str]:
    """The text the highlighter underlines with a wavy line, paragraph by paragraph."""
    found = []
    block = editor.document().firstBlock()
    while block.isValid():
        layout = block.layout()
        text = block.text()
        for fmt in layout.formats():
            style = fmt.format.underlineStyle()
            if style == QTextCharFormat.UnderlineStyle.WaveUnderline:
                found.append(_slice16(text, fmt.start, fmt.start + fmt.length))
        block = block.next()
    return found


def _slice16(text: str, start: int, end: int) -> str:
    units = text.encode("utf-16-le")
    return units[start * 2 : end * 2].decode("utf-16-le")


def fill_required_fields(window: MainWindow, summary: str = "Refund refused") -> None:
    form = window.form
    form.category.set_code("billing")
    form.severity.set_code(2)
    form.mood_start.set_code(2)
    form.mood_end.set_code(3)
    if not form.summary.text():
        form.summary.setText(summary)
    form.outcome.set_code("resolved")


def wait_dialog(qtbot: QtBot, window: MainWindow, kind: type[Any]) -> Any:
    qtbot.waitUntil(lambda: isinstance(window.guidance.dialog, kind))
    dialog = window.guidance.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog
