"""The de-escalation script: shipped content, validation, the call's tick record, editing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent_console.core.checklist import (
    ChecklistState,
    Script,
    ScriptError,
    load_script,
    script_to_json,
)
from agent_console.core.checklist_edit import add_step, remove_step, reorder_steps, reword_step
from agent_console.core.phrasing import load_phrasebook

LANGS = ("en", "fa", "ar", "ru")
T0 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
CPR = {
    "complaint": ["listen", "validate", "acknowledge", "apologise"],
    "problem": ["clarify", "confirm", "history"],
    "resolution": ["options", "agree", "implement", "follow_up"],
}


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def minimal(**step: Any) -> dict[str, Any]:
    base = {"id": "listen", "title": "Listen", "hint": "", "example": "", "required": True}
    base.update(step)
    return {"language": "en", "version": 1, "title": "t",
            "phases": [{"id": "complaint", "title": "Complaint", "steps": [base]}]}


# The shipped scripts -------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_shipped_script_follows_the_cpr_flow(lang: str) -> None:
    script = load_script(lang)
    assert script.language == lang
    assert isinstance(script.version, int) and script.version >= 1
    assert {p.id: [s.id for s in p.steps] for p in script.phases} == CPR
    for step in script.steps:
        assert step.title and step.hint and step.example, step.id


def test_scripts_agree_across_languages_on_ids_order_and_required() -> None:
    shapes = {lang: [(s.phase, s.id, s.required) for s in load_script(lang).steps] for lang in LANGS}
    assert shapes["fa"] == shapes["ar"] == shapes["ru"] == shapes["en"]
    required = {s.id for s in load_script("en").steps if s.required}
    assert required == set(CPR["complaint"]) | {"clarify", "confirm", "options", "agree", "implement"}


@pytest.mark.parametrize("lang", LANGS)
def test_example_lines_pass_the_phrasing_coach(lang: str) -> None:
    # The script's own examples must not be the wording the coach warns against.
    phrasebook = load_phrasebook(lang)
    for step in load_script(lang).steps:
        assert phrasebook.check(step.example) == [], (step.id, step.example)


@pytest.mark.parametrize("lang", LANGS)
def test_texts_are_written_in_their_own_language(lang: str) -> None:
    script = load_script(lang)
    latin = sum(ch.isascii() and ch.isalpha() for s in script.steps for ch in s.title + s.example)
    assert (latin == 0) == (lang != "en")


def test_unknown_language_has_no_script() -> None:
    with pytest.raises(FileNotFoundError):
        load_script("xx")
    with pytest.raises(FileNotFoundError):
        load_script("../en")


# Validation names the step at fault ------------------------------------------------------

@pytest.mark.parametrize(
    ("step", "words"),
    [
        ({"title": ""}, "'title'"),
        ({"required": "yes"}, "'required' must be true or false"),
        ({"requried": True}, "unknown field requried"),
        ({"hint": 3}, "'hint'"),
    ],
)
def test_malformed_step_is_named(step: dict[str, Any], words: str) -> None:
    with pytest.raises(ScriptError) as info:
        Script.from_json(minimal(**step))
    assert info.value.step_id == "listen"
    assert "step 'listen'" in str(info.value) and words in str(info.value)


def test_duplicate_and_missing_ids() -> None:
    data = minimal()
    data["phases"][0]["steps"].append(dict(data["phases"][0]["steps"][0]))
    with pytest.raises(ScriptError, match="used twice") as info:
        Script.from_json(data)
    assert info.value.step_id == "listen"
    with pytest.raises(ScriptError, match="step 1 of phase 'complaint'"):
        Script.from_json(minimal(id="Listen Now"))


@pytest.mark.parametrize("bad", [{"version": "1"}, {"version": True}, {"phases": []}, {"language": ""}])
def test_malformed_script(bad: dict[str, Any]) -> None:
    with pytest.raises(ScriptError):
        Script.from_json({**minimal(), **bad})


# The state of one call -------------------------------------------------------------------

def test_next_step_and_current_phase_follow_script_order() -> None:
    state = ChecklistState(load_script("en"), started_at=T0)
    assert state.next_step() is not None and state.next_step().id == "listen"  # type: ignore[union-attr]
    state.tick("validate", at(10))  # out of order: "listen" is still next
    assert state.next_step().id == "listen"  # type: ignore[union-attr]
    for n, sid in enumerate(CPR["complaint"]):
        state.tick(sid, at(20 + n))
    assert state.current_phase().id == "problem"  # type: ignore[union-attr]
    assert state.phase_done("complaint") and not state.phase_done("problem")
    state.untick("listen")
    assert state.next_step().id == "listen"  # type: ignore[union-attr]
    assert state.current_phase().id == "complaint"  # type: ignore[union-attr]


def test_ticking_twice_keeps_the_first_time_and_order_is_tick_order() -> None:
    state = ChecklistState(load_script("en"))
    state.tick("validate", at(5))
    state.tick("listen", at(9))
    state.tick("validate", at(30))
    assert [(t.step, t.at) for t in state.ticks] == [("validate", at(5)), ("listen", at(9))]


def test_unknown_step_and_naive_time_are_refused() -> None:
    state = ChecklistState(load_script("en"))
    with pytest.raises(KeyError):
        state.tick("dance", at(1))
    with pytest.raises(ValueError, match="time zone"):
        state.tick("listen", datetime(2024, 1, 1))


def test_problem_phase_counts_as_done_without_the_optional_history_step() -> None:
    state = ChecklistState(load_script("fa"))
    for sid in ("clarify", "confirm"):
        state.tick(sid, at(1))
    assert state.phase_done("problem")


def test_adherence_and_required_unticked() -> None:
    state = ChecklistState(load_script("en"))
    assert state.adherence() == 0.0
    for sid in ("listen", "validate", "history"):  # history is optional
        state.tick(sid, at(1))
    assert state.adherence() == pytest.approx(2 / 9)
    missing = [s.id for s in state.required_unticked()]
    assert missing == ["acknowledge", "apologise", "clarify", "confirm", "options", "agree", "implement"]


def test_phase_seconds_run_from_start_or_previous_phase_to_last_tick() -> None:
    state = ChecklistState(load_script("en"), started_at=T0)
    state.tick("listen", at(40))
    state.tick("apologise", at(100))
    state.tick("clarify", at(160))
    state.tick("confirm", at(190))
    state.tick("options", at(300))
    assert state.phase_seconds() == {"complaint": 100.0, "problem": 90.0, "resolution": 110.0}
    no_start = ChecklistState(load_script("en"))
    no_start.tick("listen", at(40))
    no_start.tick("validate", at(70))
    assert no_start.phase_seconds() == {"complaint": 30.0}


def test_record_is_plain_json_and_round_trips() -> None:
    state = ChecklistState(load_script("ru"), started_at=T0)
    state.tick("listen", at(10))
    state.tick("validate", at(25))
    record = state.to_record(skip_reason="  клиент положил трубку ")
    again = json.loads(json.dumps(record, ensure_ascii=False))
    assert again == record
    assert record["script_language"] == "ru" and record["script_version"] == 1
    assert record["ticks"] == [
        {"step": "listen", "at": at(10).isoformat()},
        {"step": "validate", "at": at(25).isoformat()},
    ]
    assert record["order"] == ["listen", "validate"]
    assert record["skip_reason"] == "клиент положил трубку"
    assert record["required_missing"][0] == "acknowledge"
    assert record["adherence"] == pytest.approx(2 / 9, abs=1e-4)
    assert record["phase_seconds"] == {"complaint": 25.0}
    restored = ChecklistState.from_record(again, load_script("ru"))
    assert restored.to_record("клиент положил трубку") == record


def test_blank_skip_reason_is_none() -> None:
    assert ChecklistState(load_script("en")).to_record("   ")["skip_reason"] is None


def test_from_record_drops_steps_an_edited_script_no_longer_has() -> None:
    state = ChecklistState(load_script("en"))
    state.tick("history", at(1))
    state.tick("listen", at(2))
    edited = remove_step(load_script("en"), "history")
    restored = ChecklistState.from_record(state.to_record(), edited)
    assert [t.step for t in restored.ticks] == ["listen"]


@pytest.mark.parametrize("record", [{}, {"ticks": [{"step": "listen"}]}, {"ticks": [{"step": "listen", "at": "soon"}]}])
def test_malformed_record_is_refused(record: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="not a checklist record"):
        ChecklistState.from_record(record, load_script("en"))


STEP_IDS = [s.id for s in load_script("en").steps]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.sampled_from(STEP_IDS), st.integers(0, 3600)), max_size=40))
def test_any_sequence_of_ticks_keeps_the_invariants(ops: list[tuple[bool, str, int]]) -> None:
    script = load_script("en")
    state = ChecklistState(script, started_at=T0)
    for tick, sid, sec in ops:
        state.tick(sid, at(sec)) if tick else state.untick(sid)
    ticked = {t.step for t in state.ticks}
    first_open = next((s for s in script.steps if s.id not in ticked), None)
    assert state.next_step() == first_open
    assert 0.0 <= state.adherence() <= 1.0
    assert all(seconds >= 0 for seconds in state.phase_seconds().values())
    record = state.to_record()
    assert ChecklistState.from_record(json.loads(json.dumps(record)), script).to_record() == record


# Editing, for team leads -------------------------------------------------------------------

def test_add_step_returns_a_new_script_one_version_up() -> None:
    original = load_script("en")
    edited = add_step(original, "problem", "assess", "Judge validity honestly",
                      hint="Are we at fault? Can we fix it?", position=2)
    assert edited.version == original.version + 1
    assert [s.id for s in edited.phase("problem").steps] == ["clarify", "confirm", "assess", "history"]
    assert "assess" not in [s.id for s in original.steps]
    with pytest.raises(ScriptError, match="used twice"):
        add_step(edited, "resolution", "assess", "Again")


def test_reorder_and_reword() -> None:
    script = reorder_steps(load_script("en"), "resolution", ["agree", "options", "implement", "follow_up"])
    assert [s.id for s in script.phase("resolution").steps][:2] == ["agree", "options"]
    script = reword_step(script, "follow_up", title="Book the follow-up call", required=True)
    assert script.step("follow_up").title == "Book the follow-up call"
    assert script.step("follow_up").required
    assert script.version == 3
    with pytest.raises(ValueError, match="give each step"):
        reorder_steps(script, "resolution", ["agree", "options"])
    with pytest.raises(ScriptError):
        reword_step(script, "agree", title="  ")


def test_script_json_round_trips_and_stays_readable() -> None:
    for lang in LANGS:
        script = load_script(lang)
        text = script_to_json(script)
        assert Script.from_json(json.loads(text)) == script
        if lang != "en":
            assert "\\u" not in text  # human-editable: letters, not escapes
