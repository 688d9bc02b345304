"""Team leads edit the checklist and the phrasebook in the app: versioned, used by the next
call, recorded with each incident; a broken rule is named and the rest keeps working.
"""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from agent_console.core.checklist import load_script
from agent_console.core.options import AppOptions
from agent_console.store.agents import ensure_agent, os_login
from agent_console.store.database import open_database, sqlite_url
from agent_console.store.guidance import CHECKLIST, save_content
from agent_console.store.models import Agent, GuidanceContent
from agent_console.ui.guidance.guidance_editor import GuidanceEditor
from agent_console.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.guidance_helpers import fill_required_fields, stored_incident
from tests.ui.test_call_flow import _find_maryam
from tests.ui.ui_helpers import type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _make_me(options: AppOptions, role: str) -> None:
    db = open_database(sqlite_url(options.embedded_db_path))
    try:
        with db.session() as session:
            ensure_agent(session, os_login())
            session.execute(update(Agent).where(Agent.login == os_login()).values(role=role))
    finally:
        db.dispose()


def _open_editor(qtbot: QtBot, window: MainWindow) -> GuidanceEditor:
    action = window.actions_by_name["editor"]
    assert action.isVisible() and action.isEnabled()
    qtbot.keyClick(window.form.summary, Qt.Key.Key_G, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.findChild(GuidanceEditor) is not None)
    editor = window.findChild(GuidanceEditor)
    assert isinstance(editor, GuidanceEditor)
    qtbot.waitExposed(editor)
    return editor


def _stored_checklists(options: AppOptions) -> list[tuple[int, str]]:
    db = open_database(sqlite_url(options.embedded_db_path))
    try:
        with db.session() as session:
            rows = session.execute(
                select(GuidanceContent.version, Agent.login)
                .join(Agent, Agent.id == GuidanceContent.created_by)
                .where(GuidanceContent.kind == CHECKLIST)
            ).all()
    finally:
        db.dispose()
    return [(int(v), str(login)) for v, login in rows]


def test_a_lead_rewords_a_step_and_the_next_incident_follows_the_new_version(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    _make_me(demo_options, "lead")
    window = make_window(demo_options)
    editor = _open_editor(qtbot, window)
    steps = editor.checklist
    steps.select_step("listen")
    assert steps.title.text() == load_script("en").step("listen").title
    steps.title.clear()
    type_text(qtbot, steps.title, "Listen to the very end")
    qtbot.mouseClick(steps.buttons["apply"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(steps.buttons["down"], Qt.MouseButton.LeftButton)  # after "validate" now
    qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    assert "Saved for everyone" in editor.status.text() and "v2" in editor.status.text()
    assert _stored_checklists(demo_options) == [(2, os_login())]

    # The window uses it at once (nothing ticked yet), and the incident records version 2.
    pane = window.guidance.checklist_pane
    first_step = pane.model.index(0, 0, pane.model.index(0, 0)).data()
    assert first_step == "1. " + load_script("en").step("validate").title
    assert pane.model.index_of_step("listen").data() == "2. Listen to the very end"
    _find_maryam(qtbot, window)
    window.guidance.toggle_step("listen")
    fill_required_fields(window)
    window.guidance.call.skip_reason = "test"  # type: ignore[union-attr]
    incident_id = window.form.to_input().id
    window.submitter.submit()
    qtbot.waitUntil(lambda: window.form.to_input().id != incident_id)
    record = stored_incident(demo_options, incident_id).checklist
    assert record["script_version"] == 2 and record["order"] == ["listen"]


def test_agents_do_not_see_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    action = window.actions_by_name["editor"]
    assert not action.isVisible() and not action.isEnabled()
    qtbot.keyClick(window.form.summary, Qt.Key.Key_G, CTRL_SHIFT)
    assert window.findChild(GuidanceEditor) is None


def test_the_demo_team_lead_edits_with_as_dorlov(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    window = make_window(replace(demo_options, act_as="dorlov"))
    editor = _open_editor(qtbot, window)
    assert "dorlov" in editor.who.text()
    editor.checklist.select_step("history")
    editor.checklist.required.setChecked(True)
    editor.checklist.apply_wording()
    editor.save_all()
    assert _stored_checklists(demo_options) == [(2, "dorlov")]


def test_a_malformed_rule_is_named_and_the_rest_keeps_working(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    window = make_window(replace(demo_options, act_as="dorlov"))
    editor = _open_editor(qtbot, window)
    editor.tabs.setCurrentWidget(editor.phrasebook)
    book = editor.phrasebook
    qtbot.mouseClick(book.add, Qt.MouseButton.LeftButton)
    rule = json.loads(book.text.toPlainText())
    assert rule["id"] == "en.custom.1"

    # JSON that does not parse: saving is refused, saying where.
    book.text.setPlainText('{"id": "en.custom.1", "kind": "refusal",, }')
    assert "Rule" in book.status.text() and "line 1" in book.status.text()
    editor.save_all()
    assert "Not saved" in editor.status.text() and "column" in editor.status.text()

    # A rule that parses but whose pattern is broken: named, left out, the rest saved.
    rule["patterns"] = ["(unclosed"]
    book.text.setPlainText(json.dumps(rule))
    assert "en.custom.1" in book.status.text() and "left out" in book.status.text()
    editor.save_all()
    assert "Saved for everyone" in editor.status.text()
    problems = window.guidance.phrasing_pane.problems
    assert problems.isVisible() and "en.custom.1" in problems.text()
    type_text(qtbot, window.form.notes, "That's not our policy.")
    assert window.guidance.phrasing_pane.findings.findings  # the other rules still flag


def test_switching_a_rule_off_stops_it_flagging(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    window = make_window(replace(demo_options, act_as="dorlov"))
    editor = _open_editor(qtbot, window)
    book = editor.phrasebook
    assert book.select_rule("en.refusal.policy")
    index = book.view.currentIndex()
    book.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    editor.save_all()
    assert "phrasebook (English) v2" in editor.status.text()
    type_text(qtbot, window.form.notes, "That's not our policy.")
    rules = [f.rule_id for _, f in window.guidance.phrasing_pane.findings.findings]
    assert "en.refusal.policy" not in rules


def test_a_save_on_a_stale_version_is_refused(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    window = make_window(replace(demo_options, act_as="dorlov"))
    editor = _open_editor(qtbot, window)
    # Another lead saves version 2 while this editor still shows version 1.
    db = open_database(sqlite_url(demo_options.embedded_db_path))
    try:
        with db.session() as session:
            other = ensure_agent(session, "otherlead", "Other Lead", "lead")
            save_content(session, CHECKLIST, "en", load_script("en").to_json(), 1, other)
    finally:
        db.dispose()
    editor.checklist.select_step("listen")
    editor.checklist.title.setText("Mine")
    editor.checklist.apply_wording()
    editor.save_all()
    assert "Not saved" in editor.status.text() and "version 2" in editor.status.text()
    assert editor.save.isEnabled()
