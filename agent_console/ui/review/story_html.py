"""An incident's whole story as rich text: every field, the checklist, follow-ups, notes, audit.

What people typed keeps its own direction (each paragraph gets ``dir`` from its content); the
rest follows the interface. Keys other guidance features add to the checklist record (such as
"escalation" and "phrasing") are shown as they are, whatever their shape.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from agent_console.core import taxonomy
from agent_console.core.follow_up_rules import FOLLOW_UP_OUTCOMES
from agent_console.store.lead_records import AuditEntry, IncidentStory
from agent_console.store.records import FollowUpRow
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.follow_ups.row_display import priority_text, state_text, whose_text
from agent_console.ui.formatting import choice_label, local_datetime, mood_change
from agent_console.ui.review.story_bits import esc as _esc
from agent_console.ui.review.story_bits import heading as _heading
from agent_console.ui.review.story_bits import para as _para
from agent_console.ui.review.story_bits import rows as _rows
from agent_console.ui.review.story_bits import table as _table
from agent_console.ui.review.story_bits import ui_dir
from agent_console.ui.review.story_bits import user as _user
from agent_console.ui.review.story_bits import when as _clock
from agent_console.ui.review.story_checklist import checklist_html


def story_html(story: IncidentStory, formats: DisplayFormat | None = None) -> str:
    """``formats``: the agent's calendar and digits for the dates (the interface's when None)."""
    parts = [
        _fields(story, formats),
        checklist_html(story.incident.checklist),
        _follow_ups(story.follow_ups, formats),
    ]
    parts.append(_notes(story, formats))
    parts.append(_audit(story.audit, formats))
    return "".join(parts)


def _fields(story: IncidentStory, formats: DisplayFormat | None) -> str:
    i = story.incident
    duration = ""
    if i.ended_at is not None:
        minutes = round((i.ended_at - i.started_at).total_seconds() / 60)
        duration = QCoreApplication.translate("IncidentStory", " ({0} min)").format(
            QLocale().toString(minutes)
        )
    money = "—"
    if i.compensation_amount is not None:
        money = f"{QLocale().toString(float(i.compensation_amount), 'f', 2)} {i.compensation_currency or ''}"
    pairs = [
        (QCoreApplication.translate("IncidentStory", "Caller"), _esc(i.caller_name)),
        (QCoreApplication.translate("IncidentStory", "Agent"), _esc(i.agent_name)),
        (
            QCoreApplication.translate("IncidentStory", "Call"),
            _esc(local_datetime(i.started_at, formats)) + _esc(duration),
        ),
        (
            QCoreApplication.translate("IncidentStory", "Submitted"),
            _esc(local_datetime(story.submitted_at, formats)) if story.submitted_at else "—",
        ),
        (
            QCoreApplication.translate("IncidentStory", "Category"),
            _esc(choice_label(taxonomy.CATEGORIES, i.category)),
        ),
        (
            QCoreApplication.translate("IncidentStory", "Severity"),
            _esc(choice_label(taxonomy.SEVERITIES, i.severity)),
        ),
        (
            QCoreApplication.translate("IncidentStory", "Mood"),
            _esc(mood_change(i.mood_start, i.mood_end)),
        ),
        (
            QCoreApplication.translate("IncidentStory", "Root cause"),
            _esc(choice_label(taxonomy.ROOT_CAUSES, i.root_cause) or "—"),
        ),
        (
            QCoreApplication.translate("IncidentStory", "Resolution"),
            _esc(choice_label(taxonomy.RESOLUTIONS, i.resolution) or "—"),
        ),
        (QCoreApplication.translate("IncidentStory", "Compensation"), _esc(money)),
        (
            QCoreApplication.translate("IncidentStory", "Escalated"),
            QCoreApplication.translate("IncidentStory", "Yes")
            if i.escalated
            else QCoreApplication.translate("IncidentStory", "No"),
        ),
        (
            QCoreApplication.translate("IncidentStory", "Outcome"),
            _esc(choice_label(taxonomy.OUTCOMES, i.outcome)),
        ),
    ]
    if story.call_id:
        pairs.append((QCoreApplication.translate("IncidentStory", "Call id"), _esc(story.call_id)))
    return (
        _user(i.summary, "h2")
        + _rows(pairs)
        + _heading(QCoreApplication.translate("IncidentStory", "Notes"), 3)
        + (
            _user(i.notes)
            if i.notes.strip()
            else _para(QCoreApplication.translate("IncidentStory", "(no notes)"))
        )
    )


def _follow_ups(rows: tuple[FollowUpRow, ...], formats: DisplayFormat | None) -> str:
    title = _heading(QCoreApplication.translate("IncidentStory", "Follow-ups"), 3)
    if not rows:
        return title + _para(
            QCoreApplication.translate(
                "IncidentStory", "No follow-up was flagged for this incident."
            )
        )
    items = []
    for f in rows:
        head = QCoreApplication.translate("IncidentStory", "Due {0} · {1} · {2} · {3}").format(
            local_datetime(f.due_at, formats), priority_text(f), whose_text(f), state_text(f)
        )
        note = _user(f.close_note, "span") if f.close_note else ""
        items.append(f"<li>{_esc(head)}{_user(f.reason)}{note}</li>")
    return title + f'<ul dir="{ui_dir()}">' + "".join(items) + "</ul>"


def _notes(story: IncidentStory, formats: DisplayFormat | None) -> str:
    title = _heading(QCoreApplication.translate("IncidentStory", "Review notes"), 3)
    if not story.notes:
        return title + _para(QCoreApplication.translate("IncidentStory", "No review notes yet."))
    items = "".join(
        f"<li><b>{_esc(n.author_name)}</b>, {_esc(local_datetime(n.at, formats))}{_user(n.text)}</li>"
        for n in story.notes
    )
    return title + f'<ul dir="{ui_dir()}">{items}</ul>'


ACTIONS: dict[str, str] = {
    "incident.submitted": str(QT_TRANSLATE_NOOP("IncidentStory", "Incident submitted")),
    "follow_up.created": str(QT_TRANSLATE_NOOP("IncidentStory", "Follow-up flagged")),
    "follow_up.claimed": str(QT_TRANSLATE_NOOP("IncidentStory", "Follow-up taken")),
    "follow_up.snoozed": str(QT_TRANSLATE_NOOP("IncidentStory", "Follow-up snoozed")),
    "follow_up.attempted": str(
        QT_TRANSLATE_NOOP("IncidentStory", "Call-back tried, caller not reached")
    ),
    "follow_up.reassigned": str(QT_TRANSLATE_NOOP("IncidentStory", "Follow-up reassigned")),
    "follow_up.closed": str(QT_TRANSLATE_NOOP("IncidentStory", "Follow-up closed")),
    "review_note.added": str(QT_TRANSLATE_NOOP("IncidentStory", "Review note added")),
}
DETAILS: dict[str, str] = {
    "reason": str(QT_TRANSLATE_NOOP("IncidentStory", "why")),
    "outcome": str(QT_TRANSLATE_NOOP("IncidentStory", "outcome")),
    "satisfaction": str(QT_TRANSLATE_NOOP("IncidentStory", "satisfaction")),
    "note": str(QT_TRANSLATE_NOOP("IncidentStory", "note")),
    "owner": str(QT_TRANSLATE_NOOP("IncidentStory", "given to")),
    "due_at": str(QT_TRANSLATE_NOOP("IncidentStory", "due")),
    "text": str(QT_TRANSLATE_NOOP("IncidentStory", "note")),
}


def _detail(key: str, value: object) -> str:
    if key == "due_at":
        return _esc(_clock(value))
    if key == "outcome":
        return _esc(choice_label(FOLLOW_UP_OUTCOMES, str(value)))
    if key == "owner" and value is None:
        return _esc(QCoreApplication.translate("IncidentStory", "the team"))
    return _user(str(value), "span")


def _audit(trail: tuple[AuditEntry, ...], formats: DisplayFormat | None) -> str:
    title = _heading(QCoreApplication.translate("IncidentStory", "Audit trail"), 3)
    if not trail:
        return title + _para(QCoreApplication.translate("IncidentStory", "Nothing recorded."))
    cells = []
    for e in trail:
        what = QCoreApplication.translate("IncidentStory", ACTIONS.get(e.action, e.action))
        details = [
            f"{_esc(QCoreApplication.translate('IncidentStory', label))}: {_detail(key, e.details.get(key))}"
            for key, label in DETAILS.items()
            if e.details.get(key) not in (None, "") or (key == "owner" and key in e.details)
        ]
        cells.append(
            [
                _esc(local_datetime(e.at, formats)),
                _esc(e.actor_login),
                f"<b>{_esc(what)}</b> " + "; ".join(details),
            ]
        )
    return title + _table(cells)
