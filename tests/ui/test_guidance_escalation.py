"""The console suggests escalating by itself when a rule fires, and says which; and after a
call that ended with a furious caller it offers a short recovery pause.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from agent_console.core.incident_input import ValidIncident
from agent_console.core.options import AppOptions
from agent_console.store.agents import ensure_agent, os_login
from agent_console.store.callers import create_caller
from agent_console.store.database import open_database, sqlite_url
from agent_console.store.incidents import submit_incident
from agent_console.store.records import CallerSummary, NewCaller
from agent_console.ui.guidance.escalation import EscalationDialog
from agent_console.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.guidance_helpers import fill_required_fields, stored_incident, wait_dialog
from tests.ui.test_call_flow import _find_maryam
from tests.ui.ui_helpers import type_text


def _caller_with_complaints(options: AppOptions, days_ago: list[float]) -> CallerSummary:
    """A new caller with delivery complaints that many days ago."""
    db = open_database(sqlite_url(options.embedded_db_path))
    now = datetime.now(UTC)
    try:
        with db.session() as session:
            agent = ensure_agent(session, os_login())
            caller = create_caller(
                session, NewCaller(name="Repeat Caller", phones=("09125550000",)), "IR", agent
            )[0]
            for days in days_ago:
                started = now - timedelta(days=days)
                submit_incident(session, ValidIncident(
                    id=uuid.uuid4(), caller_id=caller.id, started_at=started,
                    ended_at=started + timedelta(minutes=5), category="delivery", severity=2,
                    mood_start=2, mood_end=3, summary="Parcel late again", notes="",
                    root_cause=None, resolution=None, compensation_amount=None,
                    compensation_currency=None, escalated=False, outcome="resolved",
                    checklist={}, call_id=None,
                ), agent)  # fmt: skip
    finally:
        db.dispose()
    return caller


def _suggestion(window: MainWindow, rule: str) -> QWidget | None:
    box = window.guidance.checklist_pane.suggestions
    found = box.findChild(QWidget, f"suggestion_{rule}")
    return found if found is not None and box.isVisible() and found.isVisibleTo(box) else None


def test_a_third_complaint_in_thirty_days_suggests_escalating(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    caller = _caller_with_complaints(demo_options, [3, 20, 45])
    window = make_window(demo_options)
    window.choose_caller(caller)
    form = window.form
    form.category.set_code("billing")
    assert _suggestion(window, "repeat_complaint") is None
    form.category.set_code("delivery")  # two in the last 30 days: this is the third
    row = _suggestion(window, "repeat_complaint")
    assert row is not None
    text = row.findChild(QLabel, "suggestionText").text()
    assert "complaint number 3" in text and "30 days" in text

    # Its button opens the escalation with the reason already chosen.
    qtbot.mouseClick(row.findChild(QPushButton, "suggestionEscalate"), Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, window, EscalationDialog)
    assert dialog.reason.currentData() == "repeat_complaint"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert form.escalated.isChecked()
    assert _suggestion(window, "repeat_complaint") is None  # escalated: nothing to suggest


def test_legal_words_in_the_notes_suggest_escalating_and_the_rule_is_recorded(
    qtbot: QtBot, window: MainWindow, demo_options: AppOptions
) -> None:
    _find_maryam(qtbot, window)
    form = window.form
    type_text(qtbot, form.notes, "He says he will talk to his lawyer and sue us.")
    qtbot.waitUntil(lambda: _suggestion(window, "legal_words") is not None)  # after a pause
    row = _suggestion(window, "legal_words")
    assert row is not None
    assert "lawyer" in row.findChild(QLabel, "suggestionText").text()
    assert window.guidance.phrasing_pane.mood.bar.value() > 0  # the mood cue reads it too

    # "Not now" hides it for this call; the incident still records that it fired.
    qtbot.mouseClick(row.findChild(QPushButton, "suggestionDismiss"), Qt.MouseButton.LeftButton)
    assert _suggestion(window, "legal_words") is None
    type_text(qtbot, form.notes, " Lawyer again.")
    window.guidance.phrasing.current_reading()
    assert _suggestion(window, "legal_words") is None
    window.guidance.call.skip_reason = "test"  # type: ignore[union-attr]
    fill_required_fields(window)
    incident_id = form.to_input().id
    window.submitter.submit()
    qtbot.waitUntil(lambda: form.to_input().id != incident_id)
    record = stored_incident(demo_options, incident_id).checklist
    assert "legal_words" in record["escalation_suggested"]
    assert record["escalation"] is None
    assert record["mood_reading"]["threat"] > 0


def test_compensation_above_the_limit_suggests_escalating(qtbot: QtBot, window: MainWindow) -> None:
    _find_maryam(qtbot, window)
    type_text(qtbot, window.form.compensation, "80")
    assert _suggestion(window, "compensation_over_limit") is None
    type_text(qtbot, window.form.compensation, "0")  # 800
    row = _suggestion(window, "compensation_over_limit")
    assert row is not None and "800" in row.findChild(QLabel, "suggestionText").text()


def test_a_caller_still_furious_after_the_problem_phase_suggests_escalating(
    qtbot: QtBot, window: MainWindow
) -> None:
    _find_maryam(qtbot, window)
    window.form.mood_start.set_code(1)
    guidance = window.guidance
    assert _suggestion(window, "mood_still_worst") is None
    for step in ("listen", "validate", "acknowledge", "apologise", "clarify", "confirm"):
        guidance.toggle_step(step)
    assert _suggestion(window, "mood_still_worst") is not None
    window.form.mood_end.set_code(3)  # calmer now
    assert _suggestion(window, "mood_still_worst") is None


def test_a_call_that_ended_furious_offers_a_recovery_pause(
    qtbot: QtBot, window: MainWindow
) -> None:
    _find_maryam(qtbot, window)
    form = window.form
    fill_required_fields(window)
    window.guidance.call.skip_reason = "test"  # type: ignore[union-attr]
    incident_id = form.to_input().id
    window.submitter.submit()
    qtbot.waitUntil(lambda: form.to_input().id != incident_id)
    assert window.guidance.recovery.banner is None  # ended "upset": no offer

    fill_required_fields(window)
    form.mood_end.set_code(1)
    window.guidance.call.skip_reason = "test"  # type: ignore[union-attr]
    incident_id = form.to_input().id
    window.submitter.submit()
    qtbot.waitUntil(lambda: form.to_input().id != incident_id)
    banner = window.guidance.recovery.banner
    assert banner is not None and banner.isVisible()
    assert "take a minute" in banner.message.text()
    qtbot.mouseClick(banner.buttons["pause"], Qt.MouseButton.LeftButton)
    assert window.guidance.recovery.running and "Breathe in" in banner.message.text()
    # The next call is not blocked: typing goes on in the form.
    type_text(qtbot, form.summary, "Next caller")
    assert form.summary.text() == "Next caller"
    qtbot.mouseClick(banner.buttons["dismiss"], Qt.MouseButton.LeftButton)
    assert window.guidance.recovery.banner is None and not window.guidance.recovery.running
    assert not banner.isVisible()
