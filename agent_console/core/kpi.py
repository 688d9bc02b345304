"""KPI arithmetic for the team lead's dashboard: plain rows in, figures out. No Qt, no SQL.

Every figure keeps the ids of the incidents behind it (newest first), so the dashboard can
open exactly those incidents when a figure is clicked. The definitions, precisely:

* **Incidents**: incidents whose call started in the period.
* **First-contact resolution (FCR)**: of those incidents, the share whose outcome is
  ``resolved`` and on which no follow-up was flagged (no follow-up row names the incident,
  whatever that follow-up's status, cancelled included: a call that needed a call back was
  not settled on first contact). Behind it: the incidents that count as resolved.
* **Resolution time**: ``ended_at - started_at`` in minutes, for incidents with an end time
  (a negative span is a clock error and is left out). The average, and the 90th percentile
  by the *nearest-rank* method: sort the n times, take the one at rank ceil(0.9 * n),
  counting from 1. Behind the p90: the incidents at or above it (the slow tail).
* **Satisfaction**: from follow-ups due in the period, closed (``done``) with a score of 1
  to 5: the average and how many of each score. Behind it: the incidents those follow-ups
  were flagged on.
* **Escalation rate**: the share of incidents escalated (the flag, or the outcome
  ``escalated``). Behind it: the escalated incidents.
* **Checklist adherence**: the mean of the checklist record's ``adherence`` (0 to 1, see
  ``checklist.ChecklistState.to_record``) over the incidents that have one.
* **Mood improvement**: the mean of ``mood_end - mood_start`` (moods 1 to 5, higher is
  calmer) over the incidents with both moods.
* **Follow-ups** due in the period, as of ``now``: done on time (closed by the due time),
  done late, still open and overdue, still open and not yet due. Cancelled ones are left out.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

FCR_OUTCOME = "resolved"
ESCALATED_OUTCOME = "escalated"
P90 = 0.9


@dataclass(frozen=True)
class IncidentFacts:
    """The columns of one incident that the KPIs read."""

    id: uuid.UUID
    started_at: datetime
    ended_at: datetime | None
    agent_id: uuid.UUID
    agent: str
    team: str | None
    category: str
    root_cause: str | None
    outcome: str
    escalated: bool
    mood_start: int
    mood_end: int | None
    adherence: float | None  # the checklist record's adherence, 0..1, when it has one
    follow_up_flagged: bool  # some follow-up names this incident


@dataclass(frozen=True)
class FollowUpFacts:
    """The columns of one follow-up that the KPIs read; ``agent`` is who flagged it."""

    id: uuid.UUID
    incident_id: uuid.UUID | None
    agent_id: uuid.UUID
    agent: str
    team: str | None
    due_at: datetime
    closed_at: datetime | None
    status: str  # open, done, cancelled
    satisfaction: int | None

    def __post_init__(self) -> None:
        if self.satisfaction is not None and not 1 <= self.satisfaction <= 5:
            raise ValueError(f"satisfaction {self.satisfaction} is outside 1 to 5")


@dataclass(frozen=True)
class Figure:
    """One number, how many things it was computed from, and the incidents behind it."""

    value: float | None  # None: nothing to compute it from
    count: int
    ids: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True)
class FollowUpTimeliness:
    on_time: Figure
    late: Figure
    overdue: Figure
    upcoming: Figure


@dataclass(frozen=True)
class Summary:
    incidents: Figure
    first_contact_resolution: Figure
    resolution_minutes_avg: Figure
    resolution_minutes_p90: Figure
    satisfaction_avg: Figure
    satisfaction_scores: tuple[Figure, ...]  # scores 1 to 5, in order
    escalation_rate: Figure
    checklist_adherence: Figure
    mood_improvement: Figure
    follow_ups: FollowUpTimeliness


def newest_first(incidents: Iterable[IncidentFacts]) -> tuple[uuid.UUID, ...]:
    ordered = sorted(incidents, key=lambda i: (i.started_at, i.id), reverse=True)
    return tuple(i.id for i in ordered)


def nearest_rank(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile: the value at rank ceil(fraction * n) of the sorted values."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def _count(incidents: Sequence[IncidentFacts]) -> Figure:
    return Figure(float(len(incidents)), len(incidents), newest_first(incidents))


def _rate(behind: Sequence[IncidentFacts], total: int) -> Figure:
    return Figure(len(behind) / total if total else None, total, newest_first(behind))


def _mean(pairs: Sequence[tuple[IncidentFacts, float]]) -> Figure:
    if not pairs:
        return Figure(None, 0)
    mean = sum(value for _, value in pairs) / len(pairs)
    return Figure(mean, len(pairs), newest_first(i for i, _ in pairs))


def resolution_minutes(incident: IncidentFacts) -> float | None:
    if incident.ended_at is None or incident.ended_at < incident.started_at:
        return None
    return (incident.ended_at - incident.started_at).total_seconds() / 60


def is_first_contact_resolution(incident: IncidentFacts) -> bool:
    return incident.outcome == FCR_OUTCOME and not incident.follow_up_flagged


def is_escalated(incident: IncidentFacts) -> bool:
    return incident.escalated or incident.outcome == ESCALATED_OUTCOME


def _resolution(incidents: Sequence[IncidentFacts]) -> tuple[Figure, Figure]:
    timed = [(i, m) for i in incidents if (m := resolution_minutes(i)) is not None]
    if not timed:
        return Figure(None, 0), Figure(None, 0)
    p90 = nearest_rank([m for _, m in timed], P90)
    tail = newest_first(i for i, m in timed if m >= p90)
    return _mean(timed), Figure(p90, len(timed), tail)


def _follow_up_figure(follow_ups: Sequence[FollowUpFacts]) -> Figure:
    """Follow-ups counted, behind them the incidents they were flagged on."""
    seen: dict[uuid.UUID, datetime] = {}
    for f in sorted(follow_ups, key=lambda f: (f.due_at, f.id), reverse=True):
        if f.incident_id is not None:
            seen.setdefault(f.incident_id, f.due_at)
    return Figure(float(len(follow_ups)), len(follow_ups), tuple(seen))


def _satisfaction(follow_ups: Sequence[FollowUpFacts]) -> tuple[Figure, tuple[Figure, ...]]:
    scored = [f for f in follow_ups if f.status == "done" and f.satisfaction is not None]
    scores = [f.satisfaction for f in scored if f.satisfaction is not None]
    average = sum(scores) / len(scores) if scores else None
    per_score = tuple(
        _follow_up_figure([f for f in scored if f.satisfaction == score]) for score in range(1, 6)
    )
    return replace(_follow_up_figure(scored), value=average), per_score


def _timeliness(follow_ups: Sequence[FollowUpFacts], now: datetime) -> FollowUpTimeliness:
    def pick(test: Callable[[FollowUpFacts], bool]) -> Figure:
        return _follow_up_figure([f for f in follow_ups if test(f)])

    def done_by_due(f: FollowUpFacts) -> bool:
        return f.closed_at is not None and f.closed_at <= f.due_at

    return FollowUpTimeliness(
        on_time=pick(lambda f: f.status == "done" and done_by_due(f)),
        late=pick(lambda f: f.status == "done" and not done_by_due(f)),
        overdue=pick(lambda f: f.status == "open" and f.due_at < now),
        upcoming=pick(lambda f: f.status == "open" and f.due_at >= now),
    )


def summarise(
    incidents: Sequence[IncidentFacts], follow_ups: Sequence[FollowUpFacts], now: datetime
) -> Summary:
    """Every headline figure over ``incidents`` and ``follow_ups`` (see the module's definitions)."""
    total = len(incidents)
    average, p90 = _resolution(incidents)
    satisfaction, scores = _satisfaction(follow_ups)
    adherence = [(i, i.adherence) for i in incidents if i.adherence is not None]
    moods = [(i, float(i.mood_end - i.mood_start)) for i in incidents if i.mood_end is not None]
    return Summary(
        incidents=_count(incidents),
        first_contact_resolution=_rate(
            [i for i in incidents if is_first_contact_resolution(i)], total
        ),
        resolution_minutes_avg=average,
        resolution_minutes_p90=p90,
        satisfaction_avg=satisfaction,
        satisfaction_scores=scores,
        escalation_rate=_rate([i for i in incidents if is_escalated(i)], total),
        checklist_adherence=_mean(adherence),
        mood_improvement=_mean(moods),
        follow_ups=_timeliness(follow_ups, now),
    )
