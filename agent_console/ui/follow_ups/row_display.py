"""How a follow-up row reads in a table: due (and how overdue), caller, reason, priority, whose."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from agent_console.core import taxonomy
from agent_console.core.follow_up_rules import FOLLOW_UP_OUTCOMES, PRIORITIES, STATUSES
from agent_console.store.records import FollowUpRow
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.follow_ups.time_text import overdue_text
from agent_console.ui.formatting import choice_label, local_datetime

OVERDUE_TEXT = QColor("#a40000")
DUE_BACKGROUND = QColor("#fff4d6")


def due_cell(row: FollowUpRow, now: datetime, formats: DisplayFormat | None = None) -> str:
    if row.status != "open":
        return QCoreApplication.translate("FollowUpRows", "{0} ({1})").format(
            local_datetime(row.due_at, formats), state_text(row)
        )
    return f"{local_datetime(row.due_at, formats)}  ({overdue_text(row.due_at, now)})"


def whose_text(row: FollowUpRow) -> str:
    if row.owner_name:
        return row.owner_name
    return QCoreApplication.translate("FollowUpRows", "Team (not taken)")


def state_text(row: FollowUpRow) -> str:
    """ "open", "done: Resolved, 4/5" for people."""
    status = choice_label(STATUSES, row.status)
    if row.status != "done" or not row.outcome:
        return status
    outcome = choice_label(FOLLOW_UP_OUTCOMES, row.outcome)
    if row.satisfaction is None:
        return QCoreApplication.translate("FollowUpRows", "{0}: {1}").format(status, outcome)
    return QCoreApplication.translate("FollowUpRows", "{0}: {1}, satisfaction {2}/5").format(
        status, outcome, row.satisfaction
    )


def priority_text(row: FollowUpRow) -> str:
    return choice_label(PRIORITIES, row.priority)


def category_text(row: FollowUpRow) -> str:
    return choice_label(taxonomy.CATEGORIES, row.category) if row.category else "—"


def emphasis(row: FollowUpRow, now: datetime, role: int) -> Any:
    """Overdue open rows in dark red and bold; due ones on a warm background."""
    overdue = row.status == "open" and row.due_at < now
    if role == Qt.ItemDataRole.ForegroundRole and overdue:
        return OVERDUE_TEXT
    if role == Qt.ItemDataRole.FontRole and overdue:
        font = QFont()
        font.setBold(True)
        return font
    if role == Qt.ItemDataRole.BackgroundRole and row.status == "open" and row.due_at <= now:
        return DUE_BACKGROUND
    return None
