"""The guidance panes' Qt models pass qtmodeltester, and say what a user would read."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from agent_console.core.checklist import ChecklistState, load_script
from agent_console.core.phrasing import load_phrasebook
from agent_console.store.guidance import PHRASEBOOK, shipped_body
from agent_console.ui.guidance.checklist_model import ChecklistModel, step_keys
from agent_console.ui.guidance.findings_model import FindingsModel
from agent_console.ui.guidance.phrasebook_editor import RulesModel, parse_rules, rule_texts
from agent_console.ui.guidance.text_units import from_utf16, to_utf16


def test_checklist_model(qtmodeltester: ModelTester) -> None:
    script = load_script("fa")
    state = ChecklistState(script, datetime(2026, 5, 1, 9, 0, tzinfo=UTC))
    model = ChecklistModel()
    qtmodeltester.check(model)
    model.set_script(script, state)
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.rowCount(model.index(0, 0)) == 4
    first = model.index(0, 0, model.index(0, 0))
    assert first.data() == f"1. {script.steps[0].title}"
    assert model.index(0, 1, model.index(0, 0)).data()  # the shortcut, until ticked
    assert script.steps[0].example in first.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # current phase
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    asked: list[str] = []
    model.toggle_requested.connect(asked.append)
    assert model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert asked == [script.steps[0].id]
    for step in script.phase("complaint").steps:
        state.tick(step.id, datetime(2026, 5, 1, 9, 1, tzinfo=UTC))
    model.refresh()
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    qtmodeltester.check(model)


def test_step_shortcuts() -> None:
    assert [step_keys(n) for n in (1, 9, 10, 11)] == ["Alt+1", "Alt+9", "Alt+0", ""]


def test_findings_model(qtmodeltester: ModelTester) -> None:
    book = load_phrasebook("en")
    model = FindingsModel()
    qtmodeltester.check(model)
    findings = book.check("That's not our policy. You should have called earlier.")
    model.set_findings([("notes", f) for f in findings])
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert "Refusal" in model.index(0, 0).data() and "not our policy" in model.index(0, 0).data()
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == findings[0].reason


def test_rules_model(qtmodeltester: ModelTester) -> None:
    body = shipped_body(PHRASEBOOK, "ru")
    model = RulesModel()
    model.load(*rule_texts(body["rules"]))
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == body["rules"][0]["id"]
    model.setData(model.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    rules = parse_rules(model.texts, model.enabled)
    assert rules[1]["disabled"] is True and "disabled" not in rules[0]
    assert "examples" in rules[0]  # kept as the lead saw it


def test_utf16_positions_around_emoji() -> None:
    text = "😀 That's not our policy"
    assert to_utf16(text, 2) == 3 and from_utf16(text, 3) == 2
    assert to_utf16("plain", 3) == 3 and from_utf16("plain", 3) == 3


def test_compensation_limit_setting() -> None:
    from decimal import Decimal

    from agent_console.ui.guidance.escalation_watch import LIMIT_VARIABLE, compensation_limit

    assert compensation_limit({}) == Decimal(100)
    assert compensation_limit({LIMIT_VARIABLE: "250.50"}) == Decimal("250.50")
    assert compensation_limit({LIMIT_VARIABLE: "lots"}) == Decimal(100)
    assert compensation_limit({LIMIT_VARIABLE: "-5"}) == Decimal(100)


def test_breathing_cues_cycle() -> None:
    from agent_console.ui.guidance.recovery import breath_cue

    assert [breath_cue(s) for s in (0, 4, 8, 14, 16)] == [
        "Breathe in slowly…",
        "Hold…",
        "Breathe out, slowly…",
        "Rest…",
        "Breathe in slowly…",
    ]
