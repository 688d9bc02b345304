"""What the guidance panes remember about one call, and the record stored with the incident.

The record is ``ChecklistState.to_record`` (steps, order, times, adherence, skip reason) plus
the content language, the escalation (who, when, why), the escalation rules that fired, and
the phrasing replacements. It lives in ``IncidentInput.checklist``, so the crash-recovery
draft keeps it and the incident's ``checklist`` column stores it. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from agent_console.core.checklist import ChecklistState, Script
from agent_console.core.mood import MoodReading
from agent_console.core.phrasing import Finding

PHRASING_KEY = "phrasing"
ESCALATION_KEY = "escalation"
SUGGESTED_KEY = "escalation_suggested"


def now_utc() -> datetime:
    return datetime.now(UTC)


def problem_done(call: CallGuidance) -> bool:
    """Whether the script's Problem phase has all its required steps ticked."""
    phases = {p.id for p in call.script.phases}
    return "problem" in phases and call.state.phase_done("problem")


def mood_values(reading: MoodReading | None) -> dict[str, float] | None:
    """The lexicon's reading of the notes, as stored with the incident."""
    if reading is None:
        return None
    return {
        "gauge": reading.gauge,
        "anger": reading.anger,
        "threat": reading.threat,
        "urgency": reading.urgency,
        "level": float(reading.level),
    }


@dataclass
class CallGuidance:
    state: ChecklistState
    language: str
    phrasebook_version: int | None = None
    escalation: dict[str, str] | None = None  # by, by_name, at, reason, note
    replacements: list[dict[str, str]] = field(default_factory=list)
    skip_reason: str = ""
    suggested: list[str] = field(default_factory=list)  # escalation rules that fired
    dismissed: set[str] = field(default_factory=set)  # ... and that the agent waved away

    @classmethod
    def new(cls, script: Script, language: str, started_at: datetime | None) -> CallGuidance:
        return cls(ChecklistState(script, started_at), language)

    @property
    def script(self) -> Script:
        return self.state.script

    def switch_script(self, script: Script) -> None:
        """Follow another script (another language, a newer version), keeping the ticks."""
        if script is not self.state.script:
            self.state = ChecklistState.from_record(self.state.to_record(), script)

    def toggle(self, step_id: str, at: datetime) -> bool:
        """Tick the step, or untick it when it is ticked; True when it is now ticked."""
        if self.state.is_ticked(step_id):
            self.state.untick(step_id)
            return False
        self.state.tick(step_id, at)
        return True

    def escalate(self, by: str, by_name: str, reason: str, note: str, at: datetime) -> None:
        self.escalation = {
            "by": by,
            "by_name": by_name,
            "at": at.isoformat(),
            "reason": reason,
            "note": note.strip(),
        }

    def note_suggested(self, rules: list[str]) -> bool:
        """Remember rules that fired; True when one is new."""
        new = [r for r in rules if r not in self.suggested]
        self.suggested.extend(new)
        return bool(new)

    def replaced(self, finding: Finding, where: str, replacement: str, at: datetime) -> None:
        self.replacements.append(
            {
                "rule_id": finding.rule_id,
                "kind": str(finding.kind),
                "field": where,
                "original": finding.text,
                "replacement": replacement,
                "at": at.isoformat(),
            }
        )

    def record(
        self,
        *,
        open_findings: list[tuple[str, Finding]] | None = None,
        mood: dict[str, float] | None = None,
    ) -> dict[str, Any]:
        """The record to store; the findings still open and the mood reading only at submit."""
        record = self.state.to_record(self.skip_reason if self.state.required_unticked() else None)
        phrasing: dict[str, Any] = {
            "language": self.language,
            "phrasebook_version": self.phrasebook_version,
            "replacements": [dict(r) for r in self.replacements],
        }
        if open_findings is not None:
            phrasing["open_findings"] = [
                {"rule_id": f.rule_id, "kind": str(f.kind), "field": where, "text": f.text}
                for where, f in open_findings
            ]
        record.update(
            {
                "content_language": self.language,
                ESCALATION_KEY: None if self.escalation is None else dict(self.escalation),
                SUGGESTED_KEY: list(self.suggested),
                PHRASING_KEY: phrasing,
            }
        )
        if mood is not None:
            record["mood_reading"] = mood
        return record

    @classmethod
    def restore(cls, record: dict[str, Any], script: Script, language: str) -> CallGuidance:
        """The call a stored record (a restored draft) describes, on ``script``."""
        state = ChecklistState.from_record(record, script)
        phrasing = record.get(PHRASING_KEY) or {}
        escalation = record.get(ESCALATION_KEY)
        return cls(
            state=state,
            language=language,
            phrasebook_version=phrasing.get("phrasebook_version"),
            escalation=dict(escalation) if isinstance(escalation, dict) else None,
            replacements=[dict(r) for r in phrasing.get("replacements", [])],
            skip_reason=str(record.get("skip_reason") or ""),
            suggested=[str(r) for r in record.get(SUGGESTED_KEY, [])],
        )
