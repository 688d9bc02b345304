"""Follow-up rules without Qt: the caller's zone from the phone, quick picks, scores."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from agent_console.core.follow_up_rules import ScoreError, needs_satisfaction, parse_satisfaction
from agent_console.core.follow_up_time import caller_zone, is_past, quick_due, same_wall_clock


@pytest.mark.parametrize(
    ("phones", "zone", "guessed"),
    [
        (("+989123456789",), "Asia/Tehran", False),
        (("+971501234567",), "Asia/Dubai", False),
        (("+14155550134",), "America/Los_Angeles", False),
        (("+79165551234",), "Europe/Moscow", True),  # a Russian mobile: Moscow, marked a guess
        (("not a number", "+33612345678"), "Europe/Paris", False),
    ],
)
def test_the_callers_zone_comes_from_their_phone(
    phones: tuple[str, ...], zone: str, guessed: bool
) -> None:
    found = caller_zone(phones)
    assert found is not None and (found.name, found.guessed) == (zone, guessed)


def test_no_phone_means_no_zone() -> None:
    assert caller_zone(()) is None


def test_quick_picks() -> None:
    now = datetime(2026, 3, 10, 20, 0, 42, tzinfo=UTC)  # 23:30 in Tehran
    tehran = ZoneInfo("Asia/Tehran")
    assert quick_due("hour", now, tehran) == datetime(2026, 3, 10, 21, 0, tzinfo=UTC)
    assert quick_due("three_days", now, tehran) == datetime(2026, 3, 13, 20, 0, tzinfo=UTC)
    # Tomorrow morning on the caller's clock: 09:00 in Tehran on the 11th.
    assert quick_due("tomorrow_morning", now, tehran) == datetime(2026, 3, 11, 9, 0, tzinfo=tehran)
    # Already the 11th in Tokyo, so its tomorrow is the 12th.
    tokyo = ZoneInfo("Asia/Tokyo")
    assert quick_due("tomorrow_morning", now, tokyo) == datetime(2026, 3, 12, 9, 0, tzinfo=tokyo)
    with pytest.raises(ValueError):
        quick_due("someday", now, tehran)


def test_past_times_and_clocks() -> None:
    now = datetime(2026, 3, 10, 20, 0, 42, tzinfo=UTC)
    assert is_past(now - timedelta(minutes=1), now)
    assert not is_past(now.replace(second=0), now)  # this very minute is still fine
    assert same_wall_clock(now, ZoneInfo("Europe/London"), ZoneInfo("UTC"))
    assert not same_wall_clock(now, ZoneInfo("Asia/Tehran"), ZoneInfo("UTC"))


@pytest.mark.parametrize(("typed", "score"), [("4", 4), ("۵", 5), ("١", 1), (" 3 ", 3), ("", None)])
def test_satisfaction_scores_in_any_digits(typed: str, score: int | None) -> None:
    assert parse_satisfaction(typed) == score


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("0", "out_of_range"),
        ("6", "out_of_range"),
        ("۶", "out_of_range"),
        ("4.5", "not_a_number"),
        ("good", "not_a_number"),
        ("-1", "not_a_number"),
    ],
)
def test_satisfaction_outside_one_to_five_is_refused(typed: str, kind: str) -> None:
    with pytest.raises(ScoreError) as refused:
        parse_satisfaction(typed)
    assert refused.value.kind == kind


def test_only_a_reached_caller_is_asked_for_a_score() -> None:
    assert needs_satisfaction("resolved") and needs_satisfaction("still_unhappy")
    assert not needs_satisfaction("no_answer") and not needs_satisfaction("left_message")
