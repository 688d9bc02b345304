"""KPI arithmetic against figures worked out by hand on a small, written-out dataset."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from agent_console.core.kpi import (
    FollowUpFacts,
    IncidentFacts,
    nearest_rank,
    summarise,
)
from agent_console.core.kpi_breakdown import (
    NOT_RECORDED,
    OTHER,
    build_dashboard,
    per_day,
    weekly,
)

A, B, C = uuid.UUID(int=0xA), uuid.UUID(int=0xB), uuid.UUID(int=0xC)
MON = datetime(2026, 3, 2, tzinfo=UTC)  # a Monday
TUE, WED = MON + timedelta(days=1), MON + timedelta(days=2)
START = MON - timedelta(days=1)  # Sunday 1 March: the period crosses into a second week
END = MON + timedelta(days=3)  # up to Thursday 00:00
NOW = WED + timedelta(hours=15)


def _id(n: int) -> uuid.UUID:
    return uuid.UUID(int=n)


I1, I2, I3, I4, I5, I6 = (_id(n) for n in range(1, 7))
TEAMS = {A: "North", B: "North", C: None}


def inc(
    n: int, agent: uuid.UUID, start: datetime, minutes: float | None, category: str,
    cause: str | None, outcome: str, mood: tuple[int, int | None], adherence: float | None,
    flagged: bool = False, escalated: bool = False,
) -> IncidentFacts:  # fmt: skip
    end = None if minutes is None else start + timedelta(minutes=minutes)
    return IncidentFacts(
        _id(n), start, end, agent, f"agent {agent.int:X}", TEAMS[agent], category, cause,
        outcome, escalated, mood[0], mood[1], adherence, flagged,
    )  # fmt: skip


INCIDENTS = [
    #    id agent start                           min  category     cause               outcome      mood    adherence
    inc(1, A, MON + timedelta(hours=9), 10, "billing", "process", "resolved", (2, 4), 1.0),
    inc(2, A, MON + timedelta(hours=10), 30, "billing", "misunderstanding", "resolved", (1, 3), 0.5, flagged=True),
    inc(3, B, TUE + timedelta(hours=9), 20, "delivery", None, "escalated", (1, 1), None, flagged=True, escalated=True),
    inc(4, B, TUE + timedelta(hours=11), 60, "technical", "process", "follow_up", (3, None), 0.75, flagged=True),
    inc(5, C, WED + timedelta(hours=8), None, "billing", "process", "resolved", (4, 5), None),
    inc(6, C, WED + timedelta(hours=9), 5, "delivery", "third_party", "unresolved", (2, 2), 0.25, flagged=True, escalated=True),
]  # fmt: skip


def fu(
    n: int, incident: uuid.UUID | None, agent: uuid.UUID, due: datetime,
    closed: datetime | None, status: str, satisfaction: int | None,
) -> FollowUpFacts:  # fmt: skip
    return FollowUpFacts(
        _id(100 + n), incident, agent, f"agent {agent.int:X}", TEAMS[agent], due, closed, status,
        satisfaction,
    )  # fmt: skip


H = timedelta(hours=1)
FOLLOW_UPS = [
    fu(1, I2, A, MON + 18 * H, MON + 17 * H, "done", 4),  # closed an hour early: on time
    fu(2, I4, B, TUE + 18 * H, WED + 10 * H, "done", 2),  # closed the next day: late
    fu(3, None, C, WED + 12 * H, None, "open", None),  # due 12:00, now 15:00: overdue
    fu(4, I6, C, WED + 20 * H, None, "open", None),  # due 20:00, now 15:00: upcoming
    fu(5, I3, B, TUE + 12 * H, TUE + 11 * H, "done", 5),  # on time
    fu(6, I2, A, MON + 12 * H, None, "cancelled", None),  # left out of timeliness
    fu(7, None, A, MON + 12 * H, MON + 13 * H, "done", None),  # late, no score
]


def test_headline_figures_by_hand() -> None:
    s = summarise(INCIDENTS, FOLLOW_UPS, NOW)
    assert s.incidents.value == 6 and s.incidents.ids == (I6, I5, I4, I3, I2, I1)

    # FCR: resolved and never flagged = I1, I5 (I2 is resolved but flagged) -> 2 / 6.
    assert s.first_contact_resolution.value == pytest.approx(2 / 6)
    assert s.first_contact_resolution.count == 6
    assert s.first_contact_resolution.ids == (I5, I1)

    # Resolution minutes: I1 10, I2 30, I3 20, I4 60, I6 5 (I5 has no end) -> n = 5.
    # Average (10 + 30 + 20 + 60 + 5) / 5 = 125 / 5 = 25.
    assert s.resolution_minutes_avg.value == pytest.approx(25.0)
    assert s.resolution_minutes_avg.count == 5 and I5 not in s.resolution_minutes_avg.ids
    # p90, nearest rank: sorted 5, 10, 20, 30, 60; rank ceil(0.9 * 5) = ceil(4.5) = 5 -> 60.
    assert s.resolution_minutes_p90.value == 60.0
    assert s.resolution_minutes_p90.ids == (I4,)  # the tail at or above the p90

    # Escalated: I3 (flag and outcome), I6 (flag) -> 2 / 6.
    assert s.escalation_rate.value == pytest.approx(2 / 6)
    assert s.escalation_rate.ids == (I6, I3)

    # Adherence where recorded: I1 1.0, I2 0.5, I4 0.75, I6 0.25 -> 2.5 / 4 = 0.625.
    assert s.checklist_adherence.value == pytest.approx(0.625)
    assert s.checklist_adherence.ids == (I6, I4, I2, I1)

    # Mood end - start where both: I1 +2, I2 +2, I3 0, I5 +1, I6 0 -> 5 / 5 = 1.0.
    assert s.mood_improvement.value == pytest.approx(1.0)
    assert s.mood_improvement.count == 5 and I4 not in s.mood_improvement.ids


def test_satisfaction_and_follow_up_timeliness_by_hand() -> None:
    s = summarise(INCIDENTS, FOLLOW_UPS, NOW)
    # Scored and done: f1 4, f2 2, f5 5 -> (4 + 2 + 5) / 3 = 11 / 3.
    assert s.satisfaction_avg.value == pytest.approx(11 / 3)
    assert s.satisfaction_avg.count == 3
    assert s.satisfaction_avg.ids == (I4, I3, I2)  # by due time, latest first: f2, f5, f1
    assert [f.count for f in s.satisfaction_scores] == [0, 1, 0, 1, 1]  # scores 1..5
    assert s.satisfaction_scores[1].ids == (I4,) and s.satisfaction_scores[4].ids == (I3,)

    t = s.follow_ups
    assert (t.on_time.count, t.late.count, t.overdue.count, t.upcoming.count) == (2, 2, 1, 1)
    assert t.on_time.ids == (I3, I2)  # f5 (due Tue), f1 (due Mon)
    assert t.late.ids == (I4,)  # f2; f7 names no incident but is counted
    assert t.overdue.ids == () and t.upcoming.ids == (I6,)


def test_empty_period_has_no_values_rather_than_zeros() -> None:
    s = summarise([], [], NOW)
    assert s.incidents.value == 0
    assert s.first_contact_resolution.value is None
    assert s.resolution_minutes_avg.value is None and s.resolution_minutes_p90.value is None
    assert s.satisfaction_avg.value is None and s.checklist_adherence.value is None


def test_nearest_rank_percentile() -> None:
    values = [15, 20, 35, 40, 50]
    assert nearest_rank(values, 0.3) == 20  # rank ceil(1.5) = 2
    assert nearest_rank(values, 0.5) == 35  # rank ceil(2.5) = 3
    assert nearest_rank(values, 0.9) == 50  # rank ceil(4.5) = 5
    assert nearest_rank([7], 0.9) == 7
    with pytest.raises(ValueError):
        nearest_rank([], 0.9)


def test_satisfaction_outside_one_to_five_is_refused() -> None:
    with pytest.raises(ValueError, match="outside 1 to 5"):
        fu(9, None, A, MON, MON, "done", 6)


def test_per_day_and_weeks_by_hand() -> None:
    days = per_day(INCIDENTS, START, END, UTC)
    # Sun 0, Mon 2 (I1, I2), Tue 2 (I3, I4), Wed 2 (I5, I6).
    assert [(d.day, f.count) for d, f in days] == [(1, 0), (2, 2), (3, 2), (4, 2)]
    assert days[1][1].ids == (I2, I1)

    categories = weekly(INCIDENTS, lambda i: i.category, START, END, UTC, top=2)
    assert categories.weeks == (date(2026, 2, 23), date(2026, 3, 2))  # Mondays
    # Period totals: billing 3, delivery 2, technical 1 -> top 2 kept, technical is OTHER.
    assert [s.key for s in categories.series] == ["billing", "delivery", OTHER]
    assert [[c.count for c in s.cells] for s in categories.series] == [[0, 3], [0, 2], [0, 1]]
    assert categories.series[2].cells[1].ids == (I4,)

    causes = weekly(INCIDENTS, lambda i: i.root_cause or NOT_RECORDED, START, END, UTC, top=2)
    # process 3; then a tie at 1 (not recorded, misunderstanding, third_party) broken by name.
    assert [s.key for s in causes.series] == ["process", NOT_RECORDED, OTHER]
    assert causes.series[2].cells[1].ids == (I6, I2)


def test_days_are_local_calendar_days() -> None:
    tehran = timezone(timedelta(hours=3, minutes=30))
    late_tuesday_utc = [
        inc(1, A, TUE + timedelta(hours=22), 5, "billing", None, "resolved", (3, 3), None)
    ]
    days = per_day(late_tuesday_utc, START, END, tehran)
    # 22:00 UTC on Tuesday is 01:30 on Wednesday in Tehran.
    assert [f.count for d, f in days if d == date(2026, 3, 4)] == [1]


def test_per_agent_and_per_team_by_hand() -> None:
    board = build_dashboard(INCIDENTS, FOLLOW_UPS, START, END, NOW, UTC)
    agents = {g.name: g for g in board.per_agent}
    assert [g.name for g in board.per_agent] == ["agent A", "agent B", "agent C"]  # 2 each
    a, b, c = agents["agent A"].summary, agents["agent B"].summary, agents["agent C"].summary
    assert a.first_contact_resolution.value == pytest.approx(1 / 2)  # I1 of I1, I2
    assert a.resolution_minutes_avg.value == pytest.approx(20.0)  # (10 + 30) / 2
    assert a.resolution_minutes_p90.value == 30.0  # rank ceil(1.8) = 2 of 10, 30
    assert a.satisfaction_avg.value == pytest.approx(4.0)  # f1 only
    assert b.satisfaction_avg.value == pytest.approx(3.5)  # (2 + 5) / 2
    assert b.escalation_rate.ids == (I3,) and c.escalation_rate.ids == (I6,)
    assert (c.follow_ups.overdue.count, c.follow_ups.upcoming.count) == (1, 1)

    teams = {g.key: g for g in board.per_team}
    assert [g.key for g in board.per_team] == ["North", ""]  # 4 incidents, then 2
    north = teams["North"].summary
    assert north.incidents.ids == (I4, I3, I2, I1)
    assert north.first_contact_resolution.value == pytest.approx(1 / 4)  # I1 only
    assert north.satisfaction_avg.value == pytest.approx(11 / 3)  # f1, f2, f5
    assert teams[""].summary.incidents.ids == (I6, I5)
