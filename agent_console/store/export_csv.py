"""Incidents and follow-ups to CSV for spreadsheets, and an import's rejected rows.

UTF-8 with a byte-order mark, so Excel and LibreOffice open Persian, Arabic and Russian text
correctly; CRLF line ends. Rows stream from the database in batches. The file is written
beside its destination and moved into place at the end, so a failure never leaves half a
file. Text a person typed that starts like a formula (= + - @) gets a leading apostrophe, so
a spreadsheet shows it instead of running it. Codes (category, outcome...) are written as
codes, the same ones the importer reads back.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from agent_console.store.kpi_source import KpiFilter, agent_conditions
from agent_console.store.models import Agent, Caller, FollowUp, Incident

BATCH = 1000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

INCIDENT_COLUMNS = (
    "id", "started_at", "ended_at", "caller", "account_ref", "agent", "team", "category",
    "severity", "mood_start", "mood_end", "summary", "notes", "root_cause", "resolution",
    "outcome", "escalated", "compensation_amount", "compensation_currency",
    "checklist_adherence",
)  # fmt: skip
_INCIDENT_TEXT = frozenset({"caller", "account_ref", "agent", "team", "summary", "notes"})

FOLLOW_UP_COLUMNS = (
    "id", "incident_id", "caller", "account_ref", "flagged_by", "owner", "due_at", "status",
    "closed_at", "outcome", "satisfaction", "reason", "close_note",
)  # fmt: skip
_FOLLOW_UP_TEXT = frozenset(
    {"caller", "account_ref", "flagged_by", "owner", "reason", "close_note"}
)


def safe_cell(text: str) -> str:
    """Typed text as a spreadsheet shows it, never as a formula it runs."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    text: frozenset[str] | None = None,
) -> int:
    """Write ``rows`` under ``header`` to ``path`` (UTF-8 with BOM); returns how many rows.

    Cells of the ``text`` columns (every cell when None) are guarded against formulas.
    """
    guarded = [text is None or name in text for name in header]
    partial = path.with_name(path.name + ".part")
    count = 0
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)  # the "excel" dialect: CRLF, quotes where needed
            writer.writerow(header)
            for row in rows:
                cells = [_cell(v) for v in row]
                guard = guarded + [text is None] * (len(cells) - len(guarded))
                writer.writerow([safe_cell(c) if g else c for c, g in zip(cells, guard)])  # noqa: B905
                count += 1
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def export_incidents(
    session: Session, path: Path, start: datetime, end: datetime, who: KpiFilter | None = None
) -> int:
    """The incidents that started in [start, end), oldest first; returns how many."""
    query = (
        select(
            Incident.id,
            Incident.started_at,
            Incident.ended_at,
            Caller.name,
            Caller.account_ref,
            Agent.display_name,
            Agent.team,
            Incident.category,
            Incident.severity,
            Incident.mood_start,
            Incident.mood_end,
            Incident.summary,
            Incident.notes,
            Incident.root_cause,
            Incident.resolution,
            Incident.outcome,
            Incident.escalated,
            Incident.compensation_amount,
            Incident.compensation_currency,
            Incident.checklist["adherence"].as_float(),
        )
        .join(Caller, Caller.id == Incident.caller_id)
        .join(Agent, Agent.id == Incident.agent_id)
        .where(Incident.started_at >= start, Incident.started_at < end)
        .where(*agent_conditions(who or KpiFilter()))
        .order_by(Incident.started_at, Incident.id)
    )
    rows = session.connection().execution_options(yield_per=BATCH).execute(query)
    return write_csv(path, INCIDENT_COLUMNS, rows, _INCIDENT_TEXT)


def export_follow_ups(
    session: Session, path: Path, start: datetime, end: datetime, who: KpiFilter | None = None
) -> int:
    """The follow-ups due in [start, end), soonest first; ``who`` is whoever flagged them."""
    owner = aliased(Agent)
    query = (
        select(
            FollowUp.id,
            FollowUp.incident_id,
            Caller.name,
            Caller.account_ref,
            Agent.display_name,
            owner.display_name,
            FollowUp.due_at,
            FollowUp.status,
            FollowUp.closed_at,
            FollowUp.outcome,
            FollowUp.satisfaction,
            FollowUp.reason,
            FollowUp.close_note,
        )
        .join(Caller, Caller.id == FollowUp.caller_id)
        .join(Agent, Agent.id == FollowUp.created_by)
        .outerjoin(owner, owner.id == FollowUp.owner_id)
        .where(FollowUp.due_at >= start, FollowUp.due_at < end)
        .where(*agent_conditions(who or KpiFilter()))
        .order_by(FollowUp.due_at, FollowUp.id)
    )
    rows = session.connection().execution_options(yield_per=BATCH).execute(query)
    return write_csv(path, FOLLOW_UP_COLUMNS, rows, _FOLLOW_UP_TEXT)


def write_rejections(
    path: Path, header: Sequence[str], rejected: Iterable[tuple[int, str, Sequence[str]]]
) -> int:
    """An import's rejected rows: line, reason, then the row as it was in the file."""
    rows = ((line, reason, *cells) for line, reason, cells in rejected)
    return write_csv(path, ("line", "reason", *header), rows)
