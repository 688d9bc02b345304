"""Editing the de-escalation script, for team leads: each change returns a new, validated
script one version up, ready for ``script_to_json``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from agent_console.core.checklist import Script


def _edited(script: Script, change: Callable[[dict[str, Any]], None]) -> Script:
    data = script.to_json()
    change(data)
    data["version"] = script.version + 1
    return Script.from_json(data)


def _phase_steps(data: dict[str, Any], phase_id: str) -> list[dict[str, Any]]:
    for phase in data["phases"]:
        if phase["id"] == phase_id:
            steps: list[dict[str, Any]] = phase["steps"]
            return steps
    raise KeyError(f"no phase {phase_id!r}")


def add_step(
    script: Script, phase_id: str, step_id: str, title: str, *, hint: str = "",
    example: str = "", required: bool = False, position: int | None = None,
) -> Script:
    """A script with a new step in ``phase_id``, at ``position`` (default: last)."""
    new = {"id": step_id, "title": title, "hint": hint, "example": example, "required": required}

    def change(data: dict[str, Any]) -> None:
        steps = _phase_steps(data, phase_id)
        steps.insert(len(steps) if position is None else position, new)

    return _edited(script, change)


def remove_step(script: Script, step_id: str) -> Script:
    script.step(step_id)  # KeyError for an unknown step

    def change(data: dict[str, Any]) -> None:
        for phase in data["phases"]:
            phase["steps"] = [s for s in phase["steps"] if s["id"] != step_id]

    return _edited(script, change)


def reorder_steps(script: Script, phase_id: str, step_ids: Sequence[str]) -> Script:
    """A script whose phase lists exactly the same steps in the order of ``step_ids``."""
    current = [s.id for s in script.phase(phase_id).steps]
    if sorted(current) != sorted(step_ids):
        raise ValueError(f"give each step of phase {phase_id!r} once: {', '.join(current)}")

    def change(data: dict[str, Any]) -> None:
        steps = _phase_steps(data, phase_id)
        steps.sort(key=lambda s: list(step_ids).index(s["id"]))

    return _edited(script, change)


def reword_step(
    script: Script, step_id: str, *, title: str | None = None, hint: str | None = None,
    example: str | None = None, required: bool | None = None,
) -> Script:
    """A script with new wording (or a new required flag) for one step."""
    step = script.step(step_id)
    updates = {"title": title, "hint": hint, "example": example, "required": required}

    def change(data: dict[str, Any]) -> None:
        for raw in _phase_steps(data, step.phase):
            if raw["id"] == step_id:
                raw.update({k: v for k, v in updates.items() if v is not None})

    return _edited(script, change)
