"""The checklist part of an incident's story: adherence, missed steps, time per phase, ticks,
and what the guidance recorded beside them (the escalation, phrasing replacements, and more).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from agent_console.ui.review.story_bits import esc, heading, para, rows, ui_dir, user, when

CHECKLIST_KEYS = frozenset(
    {"format", "script_language", "script_version", "started_at", "ticks", "order",
     "phase_seconds", "required_missing", "skip_reason", "adherence"}
)  # fmt: skip


def checklist_html(record: Mapping[str, Any]) -> str:
    title = heading(QCoreApplication.translate("IncidentStory", "Checklist"), 3)
    if not record:
        return title + para(
            QCoreApplication.translate(
                "IncidentStory", "No checklist was recorded with this incident."
            )
        )
    steps, phases = _titles(record)
    pairs: list[tuple[str, str]] = []
    if "adherence" in record:
        percent = QLocale().toString(round(float(record["adherence"]) * 100))
        pairs.append(
            (
                QCoreApplication.translate("IncidentStory", "Adherence (required steps ticked)"),
                esc(f"{percent} %"),
            )
        )
    missing = [steps.get(s, s) for s in record.get("required_missing") or []]
    pairs.append(
        (
            QCoreApplication.translate("IncidentStory", "Required steps missed"),
            esc(", ".join(missing))
            if missing
            else QCoreApplication.translate("IncidentStory", "none"),
        )
    )
    if record.get("skip_reason"):
        pairs.append(
            (
                QCoreApplication.translate("IncidentStory", "Reason given for skipping"),
                user(str(record["skip_reason"]), "span"),
            )
        )
    for phase, seconds in (record.get("phase_seconds") or {}).items():
        minutes = QLocale().toString(float(seconds) / 60, "f", 1)
        pairs.append(
            (
                QCoreApplication.translate("IncidentStory", "Time in {0}").format(
                    phases.get(phase, phase)
                ),
                esc(QCoreApplication.translate("IncidentStory", "{0} min").format(minutes)),
            )
        )
    ticked = ", ".join(
        f"{steps.get(t.get('step', ''), t.get('step', ''))} ({when(t.get('at'))})"
        for t in record.get("ticks") or []
    )
    pairs.append(
        (
            QCoreApplication.translate("IncidentStory", "Steps ticked, in order"),
            esc(ticked) if ticked else QCoreApplication.translate("IncidentStory", "none"),
        )
    )
    if record.get("script_language"):
        script = f"{record['script_language']} v{record.get('script_version', '?')}"
        pairs.append((QCoreApplication.translate("IncidentStory", "Script"), esc(script)))
    extras = "".join(
        _extra(key, value) for key, value in record.items() if key not in CHECKLIST_KEYS
    )
    return title + rows(pairs) + extras


def _extra(key: str, value: Any) -> str:
    if key == "escalation":
        return heading(QCoreApplication.translate("IncidentStory", "Escalation"), 4) + _escalation(
            value
        )
    if key == "phrasing" and isinstance(value, Mapping):
        return heading(QCoreApplication.translate("IncidentStory", "Phrasing"), 4) + _phrasing(
            value
        )
    if value in (None, [], {}):
        return ""
    return heading(key.replace("_", " ").capitalize(), 4) + _any(value)


def _escalation(value: Any) -> str:
    if not isinstance(value, Mapping):
        return para(QCoreApplication.translate("IncidentStory", "Not escalated during the call."))
    from agent_console.ui.guidance.escalation import escalation_text

    return user(escalation_text(dict(value)) or str(dict(value)))


def _phrasing(value: Mapping[str, Any]) -> str:
    from agent_console.ui.guidance.findings_model import field_label, kind_label

    def kind(code: object) -> str:
        from agent_console.core.phrasing import Kind

        try:
            return kind_label(Kind(str(code)))
        except ValueError:
            return str(code)

    items = [
        QCoreApplication.translate("IncidentStory", "{0} in {1}: “{2}” replaced by “{3}”").format(
            kind(r.get("kind")),
            field_label(str(r.get("field"))),
            r.get("original", ""),
            r.get("replacement", ""),
        )
        for r in value.get("replacements") or []
    ]
    items += [
        QCoreApplication.translate(
            "IncidentStory", "{0} in {1}, still there at submit: “{2}”"
        ).format(kind(f.get("kind")), field_label(str(f.get("field"))), f.get("text", ""))
        for f in value.get("open_findings") or []
    ]
    if not items:
        return para(
            QCoreApplication.translate("IncidentStory", "No defensive wording was flagged.")
        )
    return (
        f'<ul dir="{ui_dir()}">' + "".join(f"<li>{user(i, 'span')}</li>" for i in items) + "</ul>"
    )


def _any(value: Any) -> str:
    """A nested record shown as lists and key-value lines, user text in its own direction."""
    if isinstance(value, Mapping):
        items = "".join(f"<li><b>{esc(k)}</b>: {_inline(v)}</li>" for k, v in value.items())
        return f'<ul dir="{ui_dir()}">{items}</ul>'
    if isinstance(value, list):
        return f'<ul dir="{ui_dir()}">' + "".join(f"<li>{_inline(v)}</li>" for v in value) + "</ul>"
    return user(str(value))


def _inline(value: Any) -> str:
    if isinstance(value, Mapping):
        return "; ".join(f"{esc(k)}: {_inline(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_inline(v) for v in value)
    return user("" if value is None else str(value), "span")


def _titles(record: Mapping[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """Step and phase titles of the script the call followed, for ids the record holds."""
    from agent_console.core.checklist import load_script

    try:
        script = load_script(str(record.get("script_language") or "en"))
    except (OSError, ValueError):
        return {}, {}
    return {s.id: s.title for s in script.steps}, {p.id: p.title for p in script.phases}
