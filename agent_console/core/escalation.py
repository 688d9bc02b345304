"""When to suggest escalating a call, and why: pure rules over what is known about the call.

The agent decides; ``suggest`` only says which of the fixed reasons apply now. Messages are
English source strings: ``template`` with ``params`` lets the UI translate before filling in.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from agent_console.core.mood import MoodReading
from agent_console.core.taxonomy import WORST_MOOD
from agent_console.core.translatable import QT_TRANSLATE_NOOP

REPEAT_WINDOW_DAYS = 30
REPEAT_THRESHOLD = 3  # this complaint is the third about the same problem in the window


class EscalationReason(StrEnum):
    ABUSIVE = "abusive"
    LEGAL = "legal_threat"
    SAFETY = "safety"
    AUTHORITY = "beyond_authority"
    REPEAT = "repeat_complaint"
    SUPERVISOR = "supervisor_requested"


LABELS: dict[EscalationReason, str] = {
    EscalationReason.ABUSIVE: QT_TRANSLATE_NOOP("escalation", "Abusive caller"),
    EscalationReason.LEGAL: QT_TRANSLATE_NOOP("escalation", "Legal threat"),
    EscalationReason.SAFETY: QT_TRANSLATE_NOOP("escalation", "Safety concern"),
    EscalationReason.AUTHORITY: QT_TRANSLATE_NOOP("escalation", "Beyond my authority"),
    EscalationReason.REPEAT: QT_TRANSLATE_NOOP("escalation", "Repeat complaint"),
    EscalationReason.SUPERVISOR: QT_TRANSLATE_NOOP("escalation", "Caller asks for a supervisor"),
}


def label(reason: EscalationReason | str) -> str:
    """The English label of a reason, or the code itself when it is unknown."""
    try:
        return LABELS[EscalationReason(reason)]
    except ValueError:
        return str(reason)


@dataclass(frozen=True)
class EscalationContext:
    """What the rules look at. The ``*_hits`` are words from the mood reading (``from_mood``)."""

    prior_complaints_30d: int = 0  # earlier complaints by this caller, same category, 30 days
    mood: int | None = None  # the agent's current rating, taxonomy.MOODS: 1 furious ... 5 calm
    problem_done: bool = False  # the checklist's Problem phase is done
    compensation: Decimal | None = None
    compensation_limit: Decimal | None = None  # the agent's own limit; None: no limit known
    legal_hits: tuple[str, ...] = ()
    safety_hits: tuple[str, ...] = ()
    abuse_hits: tuple[str, ...] = ()
    supervisor_hits: tuple[str, ...] = ()

    @classmethod
    def from_mood(cls, reading: MoodReading, **facts: Any) -> EscalationContext:
        """A context with the cue words of ``reading`` and the other ``facts`` as given."""
        return cls(
            legal_hits=reading.legal, safety_hits=reading.safety,
            abuse_hits=reading.words("abuse"), supervisor_hits=reading.words("supervisor"),
            **facts,
        )


@dataclass(frozen=True)
class Suggestion:
    rule: str
    reason: EscalationReason | None  # None: no fixed reason fits; the agent picks one
    message: str
    template: str
    params: tuple[tuple[str, str], ...] = ()


def _suggest(rule: str, reason: EscalationReason | None, template: str, **params: str) -> Suggestion:
    return Suggestion(rule, reason, template.format(**params), template, tuple(params.items()))


def _quoted(words: tuple[str, ...]) -> str:
    return ", ".join(f"“{w}”" for w in words)


def suggest(ctx: EscalationContext) -> list[Suggestion]:
    """The escalation suggestions that apply to ``ctx``, most urgent first."""
    found: list[Suggestion] = []
    if ctx.safety_hits:
        found.append(_suggest(
            "safety_words", EscalationReason.SAFETY,
            QT_TRANSLATE_NOOP("escalation", "The caller mentioned {words}: if anyone may be in danger, follow the safety "
            "protocol and escalate now."), words=_quoted(ctx.safety_hits)))
    if ctx.legal_hits:
        found.append(_suggest(
            "legal_words", EscalationReason.LEGAL,
            QT_TRANSLATE_NOOP("escalation", "The caller mentioned {words}: legal threats go to a supervisor; don't argue "
            "the legal point yourself."), words=_quoted(ctx.legal_hits)))
    if ctx.abuse_hits:
        found.append(_suggest(
            "abusive_words", EscalationReason.ABUSIVE,
            QT_TRANSLATE_NOOP("escalation", "The caller used {words}: you don't have to take abuse; warn once, then escalate."),
            words=_quoted(ctx.abuse_hits)))
    if ctx.supervisor_hits:
        found.append(_suggest(
            "supervisor_asked", EscalationReason.SUPERVISOR,
            QT_TRANSLATE_NOOP("escalation", "The caller asked for {words}: offer to bring in your supervisor."),
            words=_quoted(ctx.supervisor_hits)))
    if (ctx.compensation is not None and ctx.compensation_limit is not None
            and ctx.compensation > ctx.compensation_limit):
        found.append(_suggest(
            "compensation_over_limit", EscalationReason.AUTHORITY,
            QT_TRANSLATE_NOOP("escalation", "Compensation of {amount} is above your limit of {limit}: a supervisor must "
            "approve it."), amount=f"{ctx.compensation:,}", limit=f"{ctx.compensation_limit:,}"))
    if ctx.prior_complaints_30d + 1 >= REPEAT_THRESHOLD:
        found.append(_suggest(
            "repeat_complaint", EscalationReason.REPEAT,
            QT_TRANSLATE_NOOP("escalation", "This is complaint number {count} about the same problem in {days} days: "
            "escalate it so the cause gets fixed."),
            count=str(ctx.prior_complaints_30d + 1), days=str(REPEAT_WINDOW_DAYS)))
    if ctx.problem_done and ctx.mood == WORST_MOOD:
        found.append(_suggest(
            "mood_still_worst", None,
            QT_TRANSLATE_NOOP("escalation", "The caller is still furious after the problem was agreed: consider handing "
            "over to a supervisor.")))
    return found
