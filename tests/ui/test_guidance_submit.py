"""Submitting with required checklist steps unticked asks why, never silently; the call's
guidance survives a draft restore and starts afresh for the next call.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from agent_console.core.checklist import load_script
from agent_console.core.options import AppOptions
from agent_console.ui.guidance.escalation import EscalationDialog
from agent_console.ui.guidance.skip_reason import SkipReasonDialog
from agent_console.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.guidance_helpers import fill_required_fields, stored_incident, wait_dialog
from tests.ui.test_call_flow import _find_maryam
from tests.ui.ui_helpers import type_text

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def test_unticked_required_steps_ask_for_a_reason_that_is_stored(
    qtbot: QtBot, window: MainWindow, demo_options: AppOptions
) -> None:
    _find_maryam(qtbot, window)
    form = window.form
    qtbot.keyClick(form.notes, Qt.Key.Key_1, ALT)
    fill_required_fields(window)
    incident_id = form.to_input().id

    # Going back to the call keeps everything.
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, CTRL)
    dialog = wait_dialog(qtbot, window, SkipReasonDialog)
    script = load_script("en")
    listed = dialog.findChild(QLabel, "skipReasonSteps").text()
    assert script.steps[1].title in listed and script.steps[0].title not in listed
    assert not dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.findChild(QPushButton, "skipReasonBack"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.guidance.dialog is None)
    assert form.to_input().id == incident_id and form.summary.text() == "Refund refused"

    # Submitting again asks again; with a reason the incident is saved, reason and all.
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, CTRL)
    dialog = wait_dialog(qtbot, window, SkipReasonDialog)
    type_text(qtbot, dialog.reason, "Caller hung up after the apology")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.to_input().id != incident_id)

    record = stored_incident(demo_options, incident_id).checklist
    assert record["skip_reason"] == "Caller hung up after the apology"
    required = [s.id for s in script.steps if s.required]
    assert record["required_missing"] == required[1:]
    assert record["adherence"] == round(1 / len(required), 4)
    assert record["order"] == [script.steps[0].id]


def test_all_required_steps_ticked_submits_without_asking(
    qtbot: QtBot, window: MainWindow, demo_options: AppOptions
) -> None:
    _find_maryam(qtbot, window)
    form = window.form
    for step in load_script("en").steps:
        if step.required:
            window.guidance.toggle_step(step.id)
    fill_required_fields(window)
    incident_id = form.to_input().id
    qtbot.keyClick(form.summary, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: form.to_input().id != incident_id)
    assert window.guidance.dialog is None
    record = stored_incident(demo_options, incident_id).checklist
    assert record["adherence"] == 1.0 and record["skip_reason"] is None


def test_the_calls_guidance_survives_a_draft_restore(
    qtbot: QtBot, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    first = make_window(demo_options)
    _find_maryam(qtbot, first)
    qtbot.keyClick(first.form.notes, Qt.Key.Key_1, ALT)
    qtbot.keyClick(first.form.notes, Qt.Key.Key_3, ALT)
    type_text(qtbot, first.form.notes, "We can't refund this order.")
    qtbot.keyClick(first.form.notes, Qt.Key.Key_Period, CTRL)
    first.guidance.open_escalation("supervisor_requested")
    dialog = wait_dialog(qtbot, first, EscalationDialog)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    first.form.summary.setText("Refund refused")
    draft = demo_options.draft_path
    qtbot.waitUntil(lambda: draft.exists() and "supervisor_requested" in draft.read_text("utf-8"))
    first.close()

    second = make_window(demo_options)
    banner = second.draft_offer.banner
    assert banner is not None
    assert not second.guidance.call.state.ticks  # type: ignore[union-attr]
    banner.buttons["restore"].click()
    call = second.guidance.call
    assert call is not None
    assert [t.step for t in call.state.ticks] == ["listen", "acknowledge"]
    model = second.guidance.checklist_pane.model
    checked = model.index_of_step("acknowledge").data(Qt.ItemDataRole.CheckStateRole)
    assert checked == Qt.CheckState.Checked
    assert call.escalation is not None and call.escalation["reason"] == "supervisor_requested"
    assert "Caller asks for a supervisor" in second.guidance.checklist_pane.escalation.text()
    assert [r["rule_id"] for r in call.replacements] == ["en.refusal.cant"]

    # The next call starts with a clean checklist.
    fill_required_fields(second)
    incident_id = second.form.to_input().id
    call.skip_reason = "restored after a crash"
    second.submitter.submit()
    qtbot.waitUntil(lambda: second.form.to_input().id != incident_id)
    fresh = second.guidance.call
    assert fresh is not None and fresh is not call and not fresh.state.ticks
    assert fresh.escalation is None and not fresh.replacements
    assert not second.form.escalated.isChecked()
    assert not second.guidance.checklist_pane.escalation.isVisible()
    stored = stored_incident(demo_options, incident_id)
    assert stored.escalated and stored.checklist["order"] == ["listen", "acknowledge"]
