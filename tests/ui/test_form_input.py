"""What the agent types, good and bad: messages beside the fields, nothing lost, nothing mangled."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agent_console.core.incident_input import NOTES_MAX
from agent_console.ui.main_window import MainWindow
from tests.ui.test_call_flow import _find_maryam, _first_incident_row
from tests.ui.ui_helpers import type_text

MIXED = "تست فارسی و English با هم"


def _fill_required(qtbot: QtBot, window: MainWindow, summary: str = "Charged twice") -> None:
    form = window.form
    form.category.set_code("billing")
    form.severity.set_code(2)
    form.mood_start.set_code(2)
    form.outcome.set_code("resolved")
    form.summary.clear()
    type_text(qtbot, form.summary, summary)


def _submit(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.form.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _newest(window: MainWindow):  # type: ignore[no-untyped-def]
    model = window.history.model
    return model.incident(model.index(_first_incident_row(window), 0))


def _paste(widget: object, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()  # type: ignore[attr-defined]
    widget.paste()  # type: ignore[attr-defined]


def test_empty_form_shows_a_message_beside_each_required_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.form
    _submit(qtbot, window)
    expected = {
        "caller": "Pick the caller first",
        "category": "Choose a category",
        "severity": "Choose how severe",
        "mood_start": "mood at the start",
        "summary": "one-line summary",
        "outcome": "Choose how the call ended",
    }
    for field, text in expected.items():
        message = form.messages[field]
        assert message.isVisible() and text in message.text(), field
    for field in ("notes", "root_cause", "resolution", "compensation", "currency", "mood_end"):
        assert not form.messages[field].isVisible(), field
    assert form.form_message.text() == "Not saved yet. Fields to fix, marked below: 6."
    # No caller yet: the first thing to do is find one, so the search box gets the focus.
    assert window.search.box.hasFocus()


def test_focus_goes_to_the_first_field_to_fix(qtbot: QtBot, window: MainWindow) -> None:
    _find_maryam(qtbot, window)
    form = window.form
    form.category.set_code("billing")
    form.severity.set_code(2)
    _submit(qtbot, window)
    assert form.mood_start.hasFocus()
    assert not form.messages["category"].isVisible()
    # Fixing it and submitting again clears the old messages.
    _fill_required(qtbot, window)
    _submit(qtbot, window)
    assert not any(m.isVisible() for m in form.messages.values())
    assert "Saved" in form.form_message.text()


def test_bad_compensation_and_currency(qtbot: QtBot, window: MainWindow) -> None:
    _find_maryam(qtbot, window)
    _fill_required(qtbot, window)
    form = window.form
    type_text(qtbot, form.compensation, "twelve")
    _submit(qtbot, window)
    assert "is not an amount" in form.messages["compensation"].text()
    assert form.compensation.hasFocus()
    form.compensation.clear()
    type_text(qtbot, form.compensation, "۲۵٫۵۰")  # Persian digits and decimal mark
    form.currency.clear()
    type_text(qtbot, form.currency, "E1")
    _submit(qtbot, window)
    assert "three letters" in form.messages["currency"].text()
    form.currency.clear()
    type_text(qtbot, form.currency, "eur")
    _submit(qtbot, window)
    newest = _newest(window)
    assert str(newest.compensation_amount) == "25.50" and newest.compensation_currency == "EUR"


def test_hundred_thousand_character_notes_are_refused_but_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    _find_maryam(qtbot, window)
    _fill_required(qtbot, window)
    form, model = window.form, window.history.model
    before = model.rowCount()
    huge = ("The caller read out the whole contract. " * 2600)[:100_000]
    _paste(form.notes, huge)
    assert form.notes.toPlainText() == huge
    locale = QLocale()
    assert f"{locale.toString(100_000)} of {locale.toString(NOTES_MAX)}" in form.notes_count.text()
    assert "#b00020" in form.notes_count.styleSheet()  # shown in red
    _submit(qtbot, window)
    message = form.messages["notes"]
    assert (
        message.isVisible()
        and "100,000 characters" in message.text()
        and f"{NOTES_MAX:,}" in message.text()
    )
    assert form.notes.hasFocus()
    assert form.notes.toPlainText() == huge  # nothing lost
    assert model.rowCount() == before  # nothing saved
    draft = window.services.options.draft_path
    qtbot.waitUntil(
        lambda: draft.exists() and len(json.loads(draft.read_text("utf-8"))["notes"]) == 100_000
    )


def test_pasted_control_characters_are_stripped_with_a_notice(
    qtbot: QtBot, window: MainWindow
) -> None:
    _find_maryam(qtbot, window)
    form = window.form
    _paste(form.summary, "Refund\x00 not\x07 received\x1b")
    assert form.summary.text() == "Refund not received"
    _paste(form.notes, "line one\x0c\nline\x08 two")
    assert form.notes.toPlainText() == "line one\nline two"
    assert (
        form.control_notice.isVisible()
        and "Removed 2 invisible control" in form.control_notice.text()
    )
    _fill_required(qtbot, window, summary="Refund not received")
    _submit(qtbot, window)
    assert _newest(window).notes == "line one\nline two"


def test_rtl_mixed_and_emoji_text_is_kept_and_shown_in_its_own_direction(
    qtbot: QtBot, window: MainWindow
) -> None:
    _find_maryam(qtbot, window)
    _fill_required(qtbot, window, summary=MIXED + " 😡")
    form = window.form
    type_text(qtbot, form.notes, MIXED)
    # The notes paragraph is laid out right to left in the English interface: it starts at
    # the right edge and its end (where the cursor is) is further left.
    end_x = form.notes.cursorRect().x()
    cursor = form.notes.textCursor()
    cursor.setPosition(0)
    start_x = form.notes.cursorRect(cursor).x()
    assert start_x > form.notes.viewport().width() * 0.9 and end_x < start_x
    _submit(qtbot, window)
    newest = _newest(window)
    assert newest.summary == MIXED + " 😡" and newest.notes == MIXED
    # In the history, the notes row is painted right to left although the interface is English.
    view, model = window.history.view, window.history.model
    top = model.index(_first_incident_row(window), 0)
    view.expand(top)
    notes_index = model.index(0, 0, top)
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, notes_index)  # type: ignore[attr-defined]
    assert option.direction == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_sql_looking_text_is_stored_as_text(qtbot: QtBot, window: MainWindow) -> None:
    attack = "'); DROP TABLE incidents;--"
    type_text(qtbot, window.search.box, attack)
    qtbot.waitUntil(lambda: window.search.status.isVisible())
    assert "No caller matches" in window.search.status.text()
    window.search.box.clear()
    _find_maryam(qtbot, window)
    _fill_required(qtbot, window, summary=attack)
    type_text(qtbot, window.form.notes, attack)
    _submit(qtbot, window)
    assert _newest(window).summary == attack and _newest(window).notes == attack
    with sqlite3.connect(window.services.options.embedded_db_path) as db:
        count = db.execute(
            "SELECT count(*) FROM incidents WHERE summary = ?", (attack,)
        ).fetchone()[0]
    assert count == 1


def test_full_disk_keeps_the_form_and_the_draft_and_retrying_saves_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    from sqlalchemy import event

    _find_maryam(qtbot, window)
    _fill_required(qtbot, window, summary="Written while the disk was full")
    form, model = window.form, window.history.model
    notes = "Long notes that need new pages. " * 600
    _paste(form.notes, notes[:NOTES_MAX])
    draft = window.services.options.draft_path
    qtbot.waitUntil(draft.exists)
    before = model.rowCount()

    engine = window.services.data._workstation.db.engine  # type: ignore[union-attr]

    def no_growth(dbapi_connection: sqlite3.Connection, _record: object, _proxy: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(engine, "checkout", no_growth)
    _submit(qtbot, window)
    assert "NOT saved" in form.form_message.text() and "disk is full" in form.form_message.text()
    assert form.form_message.isVisible()
    assert form.summary.text() == "Written while the disk was full"
    assert form.notes.toPlainText() == notes[:NOTES_MAX]
    assert form.submit_button.isEnabled()
    assert model.rowCount() == before
    assert json.loads(draft.read_text("utf-8"))["summary"] == "Written while the disk was full"

    event.remove(engine, "checkout", no_growth)
    engine.dispose()  # connections keep their page limit; start fresh ones
    _submit(qtbot, window)
    assert "Saved" in form.form_message.text()
    qtbot.waitUntil(lambda: model.rowCount() == before + 1)
    assert _newest(window).summary == "Written while the disk was full"
    with sqlite3.connect(window.services.options.embedded_db_path) as db:
        stored = db.execute(
            "SELECT count(*) FROM incidents WHERE summary = 'Written while the disk was full'"
        ).fetchone()[0]
    assert stored == 1
