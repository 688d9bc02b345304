"""The incident form's rules: each problem gets its own message, nothing is lost."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from agent_console.core.incident_input import (
    NOTES_MAX,
    FieldError,
    IncidentInput,
    ValidIncident,
    clean_text,
    parse_amount,
    validate,
)


def filled(**overrides: object) -> IncidentInput:
    values: dict[str, object] = dict(
        caller_id=str(uuid.uuid4()),
        category="billing",
        severity=2,
        mood_start=1,
        mood_end=4,
        summary="Charged twice",
        notes="Refund promised",
        outcome="resolved",
    )
    values.update(overrides)
    return IncidentInput(**values)  # type: ignore[arg-type]


def fields(result: ValidIncident | list[FieldError]) -> list[str]:
    assert isinstance(result, list)
    return [e.field for e in result]


def test_a_complete_form_validates() -> None:
    result = validate(filled(compensation="۲۵٫۵۰", currency="eur"))
    assert isinstance(result, ValidIncident)
    assert result.compensation_amount == Decimal("25.50") and result.compensation_currency == "EUR"


def test_an_empty_form_lists_every_required_field() -> None:
    assert fields(validate(IncidentInput())) == [
        "caller",
        "category",
        "severity",
        "mood_start",
        "summary",
        "outcome",
    ]


def test_notes_over_the_limit_are_refused_with_their_length() -> None:
    result = validate(filled(notes="x" * 100_000))
    assert fields(result) == ["notes"]
    assert isinstance(result, list) and "100,000" in result[0].message
    assert f"{NOTES_MAX:,}" in result[0].message


def test_control_characters_are_removed_but_text_is_kept() -> None:
    assert clean_text("a\x00b\x07c\r\nd\te") == ("abc\nd\te", 2)
    result = validate(filled(notes="before\x1b[31mafter"))
    assert isinstance(result, ValidIncident) and result.notes == "before[31mafter"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", None),
        ("10", Decimal(10)),
        ("1,234.50", Decimal("1234.50")),
        ("12,5", Decimal("12.5")),
        ("١٥", Decimal(15)),
        (" 7 ", Decimal(7)),
    ],
)
def test_amounts_in_any_digits(typed: str, expected: Decimal | None) -> None:
    assert parse_amount(typed) == expected


@pytest.mark.parametrize("typed", ["ten", "-5", "1.234", "NaN", "1e9", "Infinity"])
def test_bad_amounts_say_what_to_type(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(typed)


def test_a_positive_amount_needs_a_currency() -> None:
    assert fields(validate(filled(compensation="10", currency=""))) == ["currency"]


def test_draft_round_trips_through_json() -> None:
    draft = filled(notes="تست فارسی و English با هم 😀", checklist={"ticks": [1]})
    assert IncidentInput.from_json(draft.to_json()) == draft
    assert IncidentInput.from_json({**draft.to_json(), "unknown_field": 1}) == draft


def test_start_time_in_the_future_is_clamped() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    result = validate(filled(started_at="2030-01-01T00:00:00+00:00"), now=now)
    assert isinstance(result, ValidIncident) and result.started_at == now
