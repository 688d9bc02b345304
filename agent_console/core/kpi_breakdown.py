"""The dashboard's breakdowns: per day, per agent, per team, and top categories and root causes per week.

Days and weeks are calendar days in the time zone given (the workstation's); weeks start on
Monday (ISO 8601). Each cell is a ``kpi.Figure`` with the incidents behind it.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from agent_console.core.kpi import Figure, FollowUpFacts, IncidentFacts, Summary, summarise

OTHER = "*other*"  # the series that gathers everything outside the top N
NOT_RECORDED = ""  # a root cause nobody recorded
TOP = 5


@dataclass(frozen=True)
class Series:
    key: str  # a category or root-cause code, OTHER or NOT_RECORDED
    cells: tuple[Figure, ...]  # one per week


@dataclass(frozen=True)
class WeeklyBreakdown:
    weeks: tuple[date, ...]  # the Monday of each week
    series: tuple[Series, ...]  # the most frequent first, OTHER last


@dataclass(frozen=True)
class GroupSummary:
    key: str  # agent id as text, or the team name ("" for agents with no team)
    name: str
    team: str | None
    summary: Summary


@dataclass(frozen=True)
class Dashboard:
    start: datetime
    end: datetime
    overall: Summary
    per_day: tuple[tuple[date, Figure], ...]
    per_agent: tuple[GroupSummary, ...]
    per_team: tuple[GroupSummary, ...]
    categories: WeeklyBreakdown
    root_causes: WeeklyBreakdown


def local_day(moment: datetime, tz: tzinfo | None) -> date:
    """The calendar day of ``moment`` in ``tz`` (None: the computer's zone, summer time included)."""
    return moment.astimezone(tz).date()


def last_days(days: int, now: datetime) -> tuple[datetime, datetime]:
    """The period of the last ``days`` calendar days up to today's end, in local time."""
    today = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    return today - timedelta(days=days - 1), today + timedelta(days=1)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def days_between(start: datetime, end: datetime, tz: tzinfo | None) -> list[date]:
    """Every calendar day from ``start``'s up to the one holding the last moment before ``end``."""
    first, last = local_day(start, tz), local_day(end - timedelta(microseconds=1), tz)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _figure(incidents: Sequence[IncidentFacts]) -> Figure:
    ordered = sorted(incidents, key=lambda i: (i.started_at, i.id), reverse=True)
    return Figure(float(len(ordered)), len(ordered), tuple(i.id for i in ordered))


def per_day(
    incidents: Sequence[IncidentFacts], start: datetime, end: datetime, tz: tzinfo | None
) -> tuple[tuple[date, Figure], ...]:
    """Incidents per calendar day, days with none included."""
    by_day: dict[date, list[IncidentFacts]] = defaultdict(list)
    for incident in incidents:
        by_day[local_day(incident.started_at, tz)].append(incident)
    return tuple((day, _figure(by_day.get(day, []))) for day in days_between(start, end, tz))


def weekly(
    incidents: Sequence[IncidentFacts],
    key: Callable[[IncidentFacts], str],
    start: datetime,
    end: datetime,
    tz: tzinfo | None,
    top: int = TOP,
) -> WeeklyBreakdown:
    """Incidents per week and ``key``: the ``top`` keys of the whole period, the rest as OTHER.

    Keys tie-break by name, so the order is the same on every run.
    """
    weeks = sorted({week_start(d) for d in days_between(start, end, tz)})
    totals = Counter(key(i) for i in incidents)
    ranked = sorted(totals, key=lambda k: (-totals[k], k))
    kept = ranked[:top]
    cells: dict[tuple[str, date], list[IncidentFacts]] = defaultdict(list)
    for incident in incidents:
        name = key(incident) if key(incident) in kept else OTHER
        cells[(name, week_start(local_day(incident.started_at, tz)))].append(incident)
    keys = kept + ([OTHER] if len(ranked) > top else [])
    series = tuple(
        Series(k, tuple(_figure(cells.get((k, week), [])) for week in weeks)) for k in keys
    )
    return WeeklyBreakdown(tuple(weeks), series)


_Group = tuple[list[IncidentFacts], list[FollowUpFacts], IncidentFacts | FollowUpFacts]


def _groups(
    incidents: Sequence[IncidentFacts],
    follow_ups: Sequence[FollowUpFacts],
    key_of: Callable[[IncidentFacts | FollowUpFacts], str],
) -> dict[str, _Group]:
    """Incidents and follow-ups by ``key_of``, with one row of each group to name it by."""
    groups: dict[str, _Group] = {}
    for incident in incidents:
        groups.setdefault(key_of(incident), ([], [], incident))[0].append(incident)
    for follow_up in follow_ups:
        groups.setdefault(key_of(follow_up), ([], [], follow_up))[1].append(follow_up)
    return groups


def per_agent(
    incidents: Sequence[IncidentFacts], follow_ups: Sequence[FollowUpFacts], now: datetime
) -> tuple[GroupSummary, ...]:
    """One summary per agent who took a call or flagged a follow-up; busiest first."""
    groups = _groups(incidents, follow_ups, lambda row: str(row.agent_id))
    found = [
        GroupSummary(key, sample.agent, sample.team, summarise(own, flagged, now))
        for key, (own, flagged, sample) in groups.items()
    ]
    return tuple(sorted(found, key=lambda g: (-g.summary.incidents.count, g.name, g.key)))


def per_team(
    incidents: Sequence[IncidentFacts], follow_ups: Sequence[FollowUpFacts], now: datetime
) -> tuple[GroupSummary, ...]:
    """One summary per team ("" for agents with no team yet); busiest first."""
    groups = _groups(incidents, follow_ups, lambda row: row.team or "")
    found = [
        GroupSummary(key, key, key or None, summarise(own, flagged, now))
        for key, (own, flagged, _) in groups.items()
    ]
    return tuple(sorted(found, key=lambda g: (-g.summary.incidents.count, g.key)))


def build_dashboard(
    incidents: Sequence[IncidentFacts],
    follow_ups: Sequence[FollowUpFacts],
    start: datetime,
    end: datetime,
    now: datetime,
    tz: tzinfo | None,
) -> Dashboard:
    """Everything the dashboard shows for the period [start, end)."""
    return Dashboard(
        start=start,
        end=end,
        overall=summarise(incidents, follow_ups, now),
        per_day=per_day(incidents, start, end, tz),
        per_agent=per_agent(incidents, follow_ups, now),
        per_team=per_team(incidents, follow_ups, now),
        categories=weekly(incidents, lambda i: i.category, start, end, tz),
        root_causes=weekly(incidents, lambda i: i.root_cause or NOT_RECORDED, start, end, tz),
    )


def ids_of(figures: Sequence[Figure]) -> tuple[uuid.UUID, ...]:
    """The incidents behind several figures, each once, in order."""
    return tuple(dict.fromkeys(i for f in figures for i in f.ids))
