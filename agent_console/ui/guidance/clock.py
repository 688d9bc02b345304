"""Times of day as the guidance panes show them: the local time, in the interface locale."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, QTime


def local_time(moment: datetime) -> str:
    """``moment`` as a local time of day with seconds (a tick, an escalation)."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute, local.second), "HH:mm:ss")


def parse_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
