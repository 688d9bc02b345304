"""When the console suggests escalating, and why."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent_console.core.escalation import (
    LABELS,
    EscalationContext,
    EscalationReason,
    label,
    suggest,
)
from agent_console.core.mood import read_mood


def rules(ctx: EscalationContext) -> list[str]:
    return [s.rule for s in suggest(ctx)]


def test_a_calm_ordinary_call_suggests_nothing() -> None:
    assert suggest(EscalationContext(prior_complaints_30d=1, mood=4, problem_done=True,
                                     compensation=Decimal("20"), compensation_limit=Decimal("50"))) == []


def test_every_reason_has_an_english_label() -> None:
    assert set(LABELS) == set(EscalationReason)
    assert label("legal_threat") == "Legal threat"
    assert label(EscalationReason.SUPERVISOR) == "Caller asks for a supervisor"
    assert label("gone") == "gone"


@pytest.mark.parametrize(("prior", "fires"), [(0, False), (1, False), (2, True), (7, True)])
def test_third_complaint_about_the_same_problem_in_thirty_days(prior: int, fires: bool) -> None:
    found = suggest(EscalationContext(prior_complaints_30d=prior))
    assert ("repeat_complaint" in [s.rule for s in found]) == fires
    if fires:
        [s] = found
        assert s.reason is EscalationReason.REPEAT
        assert f"number {prior + 1}" in s.message and "30 days" in s.message


@pytest.mark.parametrize(
    ("mood", "problem_done", "fires"),
    [(1, True, True), (1, False, False), (2, True, False), (None, True, False)],
)
def test_mood_still_at_the_worst_level_after_the_problem_phase(
    mood: int | None, problem_done: bool, fires: bool
) -> None:
    assert ("mood_still_worst" in rules(EscalationContext(mood=mood, problem_done=problem_done))) == fires


@pytest.mark.parametrize(
    ("amount", "limit", "fires"),
    [("100.01", "100", True), ("100", "100", False), ("5", "100", False), ("500", None, False),
     (None, "100", False)],
)
def test_compensation_above_the_agents_limit(amount: str | None, limit: str | None, fires: bool) -> None:
    ctx = EscalationContext(compensation=None if amount is None else Decimal(amount),
                            compensation_limit=None if limit is None else Decimal(limit))
    found = suggest(ctx)
    assert ("compensation_over_limit" in [s.rule for s in found]) == fires
    if fires:
        assert found[0].reason is EscalationReason.AUTHORITY
        assert "100.01" in found[0].message and "100" in found[0].message


@pytest.mark.parametrize(
    ("lang", "notes"),
    [
        ("en", "Caller says he will sue and that his son got hurt by the heater."),
        ("fa", "تماس‌گیرنده گفت از ما شکایت قانونی می‌کند و بچه‌اش مصدوم شده است."),
        ("ar", "قال المتصل إنه سيرفع دعوى وإن ابنه أصيب بحريق بسبب الجهاز."),
        ("ru", "Клиент грозит подать иск, ребёнок получил травму от обогревателя."),
    ],
)
def test_legal_or_safety_words_in_the_notes(lang: str, notes: str) -> None:
    found = suggest(EscalationContext.from_mood(read_mood(notes, lang)))
    assert [s.reason for s in found][:2] == [EscalationReason.SAFETY, EscalationReason.LEGAL]
    assert all("“" in s.message for s in found[:2])


def test_abuse_and_a_request_for_a_supervisor() -> None:
    reading = read_mood("Put your manager on, you idiot.", "en")
    found = suggest(EscalationContext.from_mood(reading, mood=2))
    assert [s.reason for s in found] == [EscalationReason.ABUSIVE, EscalationReason.SUPERVISOR]


def test_all_rules_at_once_most_urgent_first_and_templates_fill_in() -> None:
    reading = read_mood("I'll sue. Someone got hurt. Get me your supervisor, idiot.", "en")
    ctx = EscalationContext.from_mood(reading, prior_complaints_30d=2, mood=1, problem_done=True,
                                      compensation=Decimal("250"), compensation_limit=Decimal("100"))
    found = suggest(ctx)
    assert [s.rule for s in found] == [
        "safety_words", "legal_words", "abusive_words", "supervisor_asked",
        "compensation_over_limit", "repeat_complaint", "mood_still_worst",
    ]
    for s in found:
        assert s.template.format(**dict(s.params)) == s.message
    assert found[-1].reason is None  # no fixed reason fits: the agent picks
