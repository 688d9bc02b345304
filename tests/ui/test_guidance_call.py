"""Guidance during the call, end to end in the real window, in all four languages: tick the
checklist by keyboard, get defensive wording flagged and replaced, escalate, submit, and find
the adherence, the escalation and the replacement stored with the incident.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agent_console.core.checklist import load_script
from agent_console.core.options import AppOptions
from agent_console.core.phrasing import load_phrasebook
from agent_console.store.agents import os_login
from agent_console.ui.guidance.escalation import EscalationDialog
from agent_console.ui.guidance.phrasing_control import fitted
from tests.ui.conftest import WindowFactory
from tests.ui.guidance_helpers import (
    POLICY_RULE,
    fill_required_fields,
    in_language,
    policy_phrase,
    stored_incident,
    underlined_spans,
    wait_dialog,
)
from tests.ui.test_call_flow import _find_maryam
from tests.ui.ui_helpers import type_text

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize("language", ["en", "fa", "ar", "ru"])
def test_checklist_phrasing_and_escalation_are_stored_with_the_incident(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions, language: str
) -> None:
    options = in_language(demo_options, language)
    window = make_window(options)
    _find_maryam(qtbot, window)
    guidance, form = window.guidance, window.form
    script = load_script(language)
    pane = guidance.checklist_pane
    # The call's language is the interface's: its checklist and phrasebook are in use.
    assert guidance.phrasing_pane.language.currentData() == language
    assert pane.model.index(0, 0).data() == script.phases[0].title

    # Tick by keyboard while typing: Alt+1 and Alt+2, then Ctrl+T for the next ones.
    notes = form.notes
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_1, ALT)
    qtbot.keyClick(notes, Qt.Key.Key_2, ALT)
    first, second = script.steps[0], script.steps[1]
    check = pane.model.index_of_step(first.id).data(Qt.ItemDataRole.CheckStateRole)
    assert check == Qt.CheckState.Checked
    assert pane.model.index_of_step(first.id, 1).data()  # the tick's time is shown
    for _ in range(len(script.steps) - 2):
        qtbot.keyClick(notes, Qt.Key.Key_T, CTRL)
    assert guidance.call is not None and guidance.call.state.adherence() == 1.0
    assert "now" not in (pane.model.index(2, 1).data() or "")  # no phase left open

    # Defensive wording is flagged within the keystroke: underlined and listed.
    phrase = policy_phrase(language)
    type_text(qtbot, notes, phrase)
    rule = POLICY_RULE.format(language)
    listed = guidance.phrasing_pane.findings.findings
    flagged = [f for where, f in listed if f.rule_id == rule and where == "notes"]
    assert flagged, f"{phrase!r} was not flagged: {listed}"
    finding = flagged[0]
    assert finding.text in underlined_spans(notes)
    assert finding.text in guidance.phrasing_pane.findings.index(0, 0).data()

    # Ctrl+. replaces it with the first suggestion.
    qtbot.keyClick(notes, Qt.Key.Key_Period, CTRL)
    replacement = fitted(finding, finding.suggestions[0])
    assert finding.text not in notes.toPlainText()
    assert replacement in notes.toPlainText()
    assert not any(f.rule_id == rule for _, f in guidance.phrasing_pane.findings.findings)

    # Escalate (Ctrl+E): a reason and a note.
    qtbot.keyClick(notes, Qt.Key.Key_E, CTRL)
    dialog = wait_dialog(qtbot, window, EscalationDialog)
    assert not dialog.ok.isEnabled()  # a reason must be chosen
    dialog.reason.setCurrentIndex(dialog.reason.findData("legal_threat"))
    type_text(qtbot, dialog.note, "Mentions a lawyer")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert form.escalated.isChecked()
    assert pane.escalation.isVisible() and "Legal threat" in pane.escalation.text()

    fill_required_fields(window)
    incident_id = form.to_input().id
    qtbot.keyClick(notes, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: form.to_input().id != incident_id)
    assert guidance.call is not None and not guidance.call.state.ticks  # a new call, fresh

    stored = stored_incident(options, incident_id)
    record = stored.checklist
    assert stored.escalated
    assert record["adherence"] == 1.0 and record["required_missing"] == []
    assert record["script_language"] == language and record["script_version"] == script.version
    assert record["order"][:2] == [first.id, second.id]
    assert set(record["phase_seconds"]) == {p.id for p in script.phases}
    escalation = record["escalation"]
    assert escalation["reason"] == "legal_threat" and escalation["note"] == "Mentions a lawyer"
    assert escalation["by"] == os_login() and datetime.fromisoformat(escalation["at"])
    phrasing = record["phrasing"]
    assert phrasing["language"] == language
    assert phrasing["phrasebook_version"] == load_phrasebook(language).version
    assert phrasing["replacements"] == [
        {
            "rule_id": rule, "kind": "refusal", "field": "notes", "original": finding.text,
            "replacement": replacement, "at": phrasing["replacements"][0]["at"],
        }
    ]  # fmt: skip
    assert phrasing["open_findings"] == []
    assert replacement in stored.notes

    # The caller's history shows who escalated and why, under the incident's notes.
    model = window.history.model
    qtbot.waitUntil(
        lambda: any(
            model.incident(model.index(r, 0)) is not None
            and model.incident(model.index(r, 0)).id == stored.id  # type: ignore[union-attr]
            for r in range(model.rowCount())
        )
    )
    row = next(
        r
        for r in range(model.rowCount())
        if getattr(model.incident(model.index(r, 0)), "id", None) == stored.id
    )
    notes_row = model.index(0, 0, model.index(row, 0)).data()
    assert "Escalated at" in notes_row and "Legal threat" in notes_row
    assert "Mentions a lawyer" in notes_row


def test_a_suggestion_clicked_in_the_dock_replaces_the_words_in_the_summary(
    qtbot: QtBot, window: object
) -> None:
    from agent_console.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    _find_maryam(qtbot, window)
    summary, pane = window.form.summary, window.guidance.phrasing_pane
    before = summary.grab().toImage()
    type_text(qtbot, summary, "Caller angry. That's not our policy, I said.")
    rows = pane.findings.findings
    assert [where for where, _ in rows] == ["summary"]
    # Underlined in the summary too: the flag's tint is painted under the words.
    after = summary.grab().toImage()
    assert _tinted(after) > _tinted(before) + 20
    pane.findings_view.setCurrentIndex(pane.findings.index(0, 0))
    second = pane.suggestions.index(1, 0)
    rect = pane.suggestions_view.visualRect(second)
    qtbot.mouseClick(pane.suggestions_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    finding = rows[0][1]
    assert (
        summary.text() == "Caller angry. " + fitted(finding, finding.suggestions[1]) + ", I said."
    )
    assert pane.findings.findings == []
    call = window.guidance.call
    assert call is not None and call.replacements[0]["field"] == "summary"


def _tinted(image: object) -> int:
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.red() > 240 and 200 < colour.green() < 235 and 200 < colour.blue() < 235:
                count += 1
    return count


def test_underline_and_replacement_count_emoji_as_qt_does(qtbot: QtBot, window: object) -> None:
    from agent_console.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    notes = window.form.notes
    type_text(qtbot, notes, "😀😀 Sorry 😀 but that's not our policy 😀 ok")
    [(_, finding)] = window.guidance.phrasing_pane.findings.findings
    assert underlined_spans(notes) == [finding.text] == ["that's not our policy"]
    notes.moveCursor(notes.textCursor().MoveOperation.Start)
    qtbot.keyClick(notes, Qt.Key.Key_Period, CTRL)  # the first finding after the cursor
    expected = "😀😀 Sorry 😀 but " + fitted(finding, finding.suggestions[0]) + " 😀 ok"
    assert notes.toPlainText() == expected


def test_the_caller_speaks_another_language_than_the_interface(
    qtbot: QtBot, window: object, demo_options: AppOptions
) -> None:
    from agent_console.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    _find_maryam(qtbot, window)
    pane, guidance = window.guidance.phrasing_pane, window.guidance
    assert pane.language.currentData() == "en"
    qtbot.keyClick(window.form.notes, Qt.Key.Key_1, ALT)
    pane.language.setCurrentIndex(pane.language.findData("fa"))
    persian = load_script("fa")
    assert guidance.checklist_pane.model.index(0, 0).data() == persian.phases[0].title
    assert guidance.call is not None and guidance.call.state.is_ticked("listen")  # kept

    # Persian good lines, inserted at the cursor with a click.
    type_text(qtbot, window.form.notes, "سلام.")
    pane.phases.setCurrentIndex(1)  # apologise
    line = load_phrasebook("fa").good_lines["apologise"][0]
    assert pane.good_lines.index(0, 0).data() == line
    rect = pane.good_lines_view.visualRect(pane.good_lines.index(0, 0))
    qtbot.mouseClick(pane.good_lines_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.form.notes.toPlainText() == "سلام. " + line
    assert window.form.notes.hasFocus()

    type_text(qtbot, window.form.notes, " " + policy_phrase("fa"))
    assert [f.rule_id for _, f in pane.findings.findings] == ["fa.refusal.policy"]
    fill_required_fields(window)
    guidance.call.skip_reason = "test"
    incident_id = window.form.to_input().id
    window.submitter.submit()
    qtbot.waitUntil(lambda: window.form.to_input().id != incident_id)
    record = stored_incident(demo_options, incident_id).checklist
    assert record["script_language"] == "fa" and record["content_language"] == "fa"
    assert record["order"] == ["listen"]
    assert [f["rule_id"] for f in record["phrasing"]["open_findings"]] == ["fa.refusal.policy"]


def test_steps_are_ticked_by_click_and_by_space_in_the_dock(qtbot: QtBot, window: object) -> None:
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from agent_console.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    pane = window.guidance.checklist_pane
    view, model = pane.view, pane.model
    validate = model.index_of_step("validate")
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(validate)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    call = window.guidance.call
    assert call is not None and call.state.is_ticked("validate")
    assert validate.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    # The keyboard way into the dock: Ctrl+Shift+K, then arrows and Space.
    qtbot.keyClick(window.form.summary, Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert view.hasFocus()
    view.setCurrentIndex(model.index_of_step("listen"))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert call.state.is_ticked("listen")
    assert pane.details.text()  # the step's hint and example line are shown
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not call.state.is_ticked("listen")  # Space again unticks


def test_guidance_with_the_threaded_runner(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions, threaded_runner: object
) -> None:
    window = make_window(demo_options, threaded_runner)
    guidance = window.guidance
    qtbot.waitUntil(lambda: guidance.call is not None, timeout=10_000)  # content read in the worker
    qtbot.waitUntil(lambda: window.services.data.state == "open", timeout=10_000)
    qtbot.keyClick(window.form.notes, Qt.Key.Key_1, ALT)
    type_text(qtbot, window.form.notes, "That's not our policy.")
    assert [f.rule_id for _, f in guidance.phrasing_pane.findings.findings] == ["en.refusal.policy"]
    assert guidance.call is not None and guidance.call.state.is_ticked("listen")
    qtbot.waitUntil(threaded_runner.is_idle, timeout=10_000)  # type: ignore[attr-defined]
