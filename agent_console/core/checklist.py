"""The de-escalation script an agent follows on a call (complaint, problem, resolution) and the
record of which steps were ticked, and when, that is stored with the incident.

Scripts are data, ``resources/checklists/<lang>.json``; ``checklist_edit`` changes them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from agent_console.core.resources import resources_dir

RECORD_FORMAT = 1
_ID = re.compile(r"[a-z][a-z0-9_]*")
_STEP_FIELDS = {"id", "title", "hint", "example", "required"}


class ScriptError(ValueError):
    """A malformed script; ``step_id`` names the step at fault when there is one."""

    def __init__(self, message: str, step_id: str | None = None) -> None:
        super().__init__(message)
        self.step_id = step_id


@dataclass(frozen=True)
class Step:
    id: str
    phase: str
    title: str
    hint: str
    example: str
    required: bool


@dataclass(frozen=True)
class Phase:
    id: str
    title: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Script:
    language: str
    version: int
    title: str
    phases: tuple[Phase, ...]

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(s for p in self.phases for s in p.steps)

    def step(self, step_id: str) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(f"no step {step_id!r} in the {self.language} script")

    def phase(self, phase_id: str) -> Phase:
        for p in self.phases:
            if p.id == phase_id:
                return p
        raise KeyError(f"no phase {phase_id!r} in the {self.language} script")

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Script:
        """A validated script; ScriptError says what is wrong and in which step."""
        language, version, title = data.get("language"), data.get("version"), data.get("title", "")
        if not isinstance(language, str) or not language:
            raise ScriptError("the script needs a 'language'")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ScriptError("the script needs a whole-number 'version' of 1 or more")
        raw_phases = data.get("phases")
        if not isinstance(raw_phases, list) or not raw_phases:
            raise ScriptError("the script needs a non-empty list of 'phases'")
        phases: list[Phase] = []
        seen: set[str] = set()
        for n, raw in enumerate(raw_phases, 1):
            pid = raw.get("id") if isinstance(raw, dict) else None
            if not isinstance(pid, str) or not _ID.fullmatch(pid) or any(p.id == pid for p in phases):
                raise ScriptError(f"phase {n} needs a unique lower-case 'id'")
            raw_steps = raw.get("steps")
            if not isinstance(raw_steps, list) or not raw_steps:
                raise ScriptError(f"phase '{pid}' needs a non-empty list of 'steps'")
            steps = tuple(_step(s, pid, k, seen) for k, s in enumerate(raw_steps, 1))
            phases.append(Phase(pid, _text(raw.get("title"), f"phase '{pid}'", "title"), steps))
        return cls(language, version, str(title), tuple(phases))

    def to_json(self) -> dict[str, Any]:
        fields = ("id", "title", "hint", "example", "required")
        return {
            "language": self.language,
            "version": self.version,
            "title": self.title,
            "phases": [
                {"id": p.id, "title": p.title,
                 "steps": [{f: getattr(s, f) for f in fields} for s in p.steps]}
                for p in self.phases
            ],
        }


def _text(value: Any, where: str, name: str, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str) or not (allow_empty or value.strip()):
        raise ScriptError(f"{where}: '{name}' must be a {'' if allow_empty else 'non-empty '}text")
    return value.strip()


def _step(raw: Any, phase: str, n: int, seen: set[str]) -> Step:
    sid = raw.get("id") if isinstance(raw, dict) else None
    if not isinstance(raw, dict) or not isinstance(sid, str) or not _ID.fullmatch(sid):
        raise ScriptError(f"step {n} of phase '{phase}' needs a lower-case 'id' such as \"listen\"")
    where = f"step '{sid}' (phase '{phase}')"
    if sid in seen:
        raise ScriptError(f"{where}: the id is used twice", sid)
    if unknown := set(raw) - _STEP_FIELDS:
        raise ScriptError(f"{where}: unknown field {', '.join(sorted(unknown))}", sid)
    if not isinstance(raw.get("required"), bool):
        raise ScriptError(f"{where}: 'required' must be true or false", sid)
    try:
        title = _text(raw.get("title"), where, "title")
        hint = _text(raw.get("hint", ""), where, "hint", allow_empty=True)
        example = _text(raw.get("example", ""), where, "example", allow_empty=True)
    except ScriptError as exc:
        raise ScriptError(str(exc), sid) from None
    seen.add(sid)
    return Step(sid, phase, title, hint, example, raw["required"])


@lru_cache(maxsize=8)
def load_script(language: str) -> Script:
    """The shipped script for ``language``; FileNotFoundError when there is none."""
    if not _ID.fullmatch(language):
        raise FileNotFoundError(f"no checklist for language {language!r}")
    path = resources_dir() / "checklists" / f"{language}.json"
    return Script.from_json(json.loads(path.read_text(encoding="utf-8")))


def script_to_json(script: Script) -> str:
    """The script as the human-editable JSON text it is stored in."""
    return json.dumps(script.to_json(), ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class Tick:
    step: str
    at: datetime


def _aware(at: datetime) -> datetime:
    # Mixing naive and aware times fails only later, when durations are computed.
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("give tick times with a time zone, e.g. datetime.now(UTC)")
    return at


class ChecklistState:
    """Which steps of ``script`` the agent has ticked during one call, in the order ticked."""

    def __init__(self, script: Script, started_at: datetime | None = None) -> None:
        self.script = script
        self.started_at = None if started_at is None else _aware(started_at)
        self._ticks: dict[str, datetime] = {}  # insertion order is tick order

    def tick(self, step_id: str, at: datetime) -> None:
        """Tick a step; ticking it again keeps the first time. KeyError for an unknown step."""
        self.script.step(step_id)
        self._ticks.setdefault(step_id, _aware(at))

    def untick(self, step_id: str) -> None:
        self._ticks.pop(step_id, None)

    def is_ticked(self, step_id: str) -> bool:
        return step_id in self._ticks

    @property
    def ticks(self) -> tuple[Tick, ...]:
        return tuple(Tick(step, at) for step, at in self._ticks.items())

    def next_step(self) -> Step | None:
        """The first step, in script order, that is not ticked; None when all are."""
        return next((s for s in self.script.steps if s.id not in self._ticks), None)

    def current_phase(self) -> Phase | None:
        step = self.next_step()
        return None if step is None else self.script.phase(step.phase)

    def phase_done(self, phase_id: str) -> bool:
        """True when every required step of the phase is ticked."""
        return all(s.id in self._ticks for s in self.script.phase(phase_id).steps if s.required)

    def required_unticked(self) -> tuple[Step, ...]:
        return tuple(s for s in self.script.steps if s.required and s.id not in self._ticks)

    def adherence(self) -> float:
        """The fraction of required steps ticked (1.0 for a script with none)."""
        required = [s for s in self.script.steps if s.required]
        if not required:
            return 1.0
        return sum(s.id in self._ticks for s in required) / len(required)

    def phase_seconds(self) -> dict[str, float]:
        """Seconds spent in each phase that has ticks, up to its last tick.

        A phase starts where the previous one ended (its last tick), or at ``started_at``
        for the first phase, or else at its own first tick: the time an agent spends on a
        step comes before ticking it.
        """
        seconds: dict[str, float] = {}
        previous_end = self.started_at
        for phase in self.script.phases:
            times = [self._ticks[s.id] for s in phase.steps if s.id in self._ticks]
            if not times:
                continue
            first, last = min(times), max(times)
            start = previous_end if previous_end is not None and previous_end <= first else first
            seconds[phase.id] = (last - start).total_seconds()
            previous_end = last
        return seconds

    def to_record(self, skip_reason: str | None = None) -> dict[str, Any]:
        """What is stored with the incident: plain JSON values only."""
        reason = (skip_reason or "").strip() or None
        return {
            "format": RECORD_FORMAT,
            "script_language": self.script.language,
            "script_version": self.script.version,
            "started_at": None if self.started_at is None else self.started_at.isoformat(),
            "ticks": [{"step": t.step, "at": t.at.isoformat()} for t in self.ticks],
            "order": list(self._ticks),
            "phase_seconds": self.phase_seconds(),
            "required_missing": [s.id for s in self.required_unticked()],
            "skip_reason": reason,
            "adherence": round(self.adherence(), 4),
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any], script: Script) -> ChecklistState:
        """The state a record describes, on ``script``.

        Steps the script no longer has (it may have been edited since) are left out.
        Raises ValueError for a record that is not one ``to_record`` made.
        """
        try:
            started = record.get("started_at")
            state = cls(script, None if started is None else datetime.fromisoformat(started))
            ids = {s.id for s in script.steps}
            for tick in record["ticks"]:
                if tick["step"] in ids:
                    state.tick(tick["step"], datetime.fromisoformat(tick["at"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"not a checklist record: {exc}") from None
        return state
