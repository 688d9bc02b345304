"""The incident form's content as the agent typed it, and the rules that make it submittable.

The form keeps an ``IncidentInput`` (also the crash-recovery draft); ``validate`` turns it
into a ``ValidIncident`` or a list of ``FieldError`` messages that say what to do.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from agent_console.core import taxonomy
from agent_console.core.digits import ascii_number

SUMMARY_MAX = 300
NOTES_MAX = 20_000
COMPENSATION_MAX = Decimal("1000000")

# C0 and C1 control characters except tab and newline; they come in with pasted text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(text: str) -> tuple[str, int]:
    """``text`` without invisible control characters, and how many were removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned, count = _CONTROL.subn("", text)
    return cleaned, count


@dataclass
class IncidentInput:
    """Everything on the incident form. Plain values only, so it round-trips through JSON."""

    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    caller_id: str | None = None
    caller_name: str = ""
    started_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    category: str = ""
    severity: int | None = None
    mood_start: int | None = None
    mood_end: int | None = None
    summary: str = ""
    notes: str = ""
    root_cause: str = ""
    resolution: str = ""
    compensation: str = ""
    currency: str = ""
    escalated: bool = False
    outcome: str = ""
    checklist: dict[str, Any] = field(default_factory=dict)
    call_id: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IncidentInput:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})

    def is_blank(self) -> bool:
        """True when nothing worth keeping has been typed."""
        return not (
            self.caller_id
            or self.category
            or self.summary.strip()
            or self.notes.strip()
            or self.severity
            or self.mood_start
        )


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


@dataclass(frozen=True)
class ValidIncident:
    id: uuid.UUID
    caller_id: uuid.UUID
    started_at: datetime
    ended_at: datetime
    category: str
    severity: int
    mood_start: int
    mood_end: int | None
    summary: str
    notes: str
    root_cause: str | None
    resolution: str | None
    compensation_amount: Decimal | None
    compensation_currency: str | None
    escalated: bool
    outcome: str
    checklist: dict[str, Any]
    call_id: str | None


def parse_amount(text: str) -> Decimal | None:
    """An amount typed with ASCII, Persian or Arabic digits and either decimal mark; None if blank.

    Raises ValueError with a readable message when it is not an amount.
    """
    raw = ascii_number(text).strip()
    raw = raw.replace(" ", "").replace("\u00a0", "")
    if not raw:
        return None
    if raw.count(",") == 1 and "." not in raw and len(raw.split(",")[1]) <= 2:
        raw = raw.replace(",", ".")
    raw = raw.replace(",", "")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValueError(f"“{text}” is not an amount: type digits, for example 25.50.") from None
    if not value.is_finite() or value < 0:
        raise ValueError("The amount must be zero or more.")
    if value >= COMPENSATION_MAX:
        raise ValueError("The amount is too large: at most 999,999.99.")
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError("Use at most two decimal places.")
    return value


def validate(inp: IncidentInput, now: datetime | None = None) -> ValidIncident | list[FieldError]:
    """Check the form; every problem gets its own message naming what to do."""
    errors: list[FieldError] = []
    now = now or datetime.now(UTC)

    caller_id: uuid.UUID | None = None
    if not inp.caller_id:
        errors.append(FieldError("caller", "Pick the caller first: search by number or name."))
    else:
        try:
            caller_id = uuid.UUID(inp.caller_id)
        except ValueError:
            errors.append(FieldError("caller", "The caller is not valid; search for them again."))

    if inp.category not in taxonomy.codes(taxonomy.CATEGORIES):
        errors.append(FieldError("category", "Choose a category."))
    if inp.severity not in (1, 2, 3, 4):
        errors.append(FieldError("severity", "Choose how severe the problem is."))
    if inp.mood_start not in (1, 2, 3, 4, 5):
        errors.append(
            FieldError("mood_start", "Choose the caller's mood at the start of the call.")
        )
    if inp.mood_end is not None and inp.mood_end not in (1, 2, 3, 4, 5):
        errors.append(
            FieldError("mood_end", "Choose the caller's mood at the end, or leave it empty.")
        )

    summary, _ = clean_text(inp.summary)
    summary = " ".join(summary.split())
    if not summary:
        errors.append(FieldError("summary", "Write a one-line summary of the complaint."))
    elif len(summary) > SUMMARY_MAX:
        errors.append(
            FieldError(
                "summary",
                f"The summary is {len(summary):,} characters; keep it under {SUMMARY_MAX} "
                "and put the details in the notes.",
            )
        )
    notes, _ = clean_text(inp.notes)
    if len(notes) > NOTES_MAX:
        errors.append(
            FieldError(
                "notes",
                f"The notes are {len(notes):,} characters; the limit is {NOTES_MAX:,}. "
                "Shorten them; nothing has been lost, the text is still in the form.",
            )
        )

    if inp.root_cause and inp.root_cause not in taxonomy.codes(taxonomy.ROOT_CAUSES):
        errors.append(FieldError("root_cause", "Choose a root cause from the list."))
    if inp.resolution and inp.resolution not in taxonomy.codes(taxonomy.RESOLUTIONS):
        errors.append(FieldError("resolution", "Choose a resolution from the list."))
    if inp.outcome not in taxonomy.codes(taxonomy.OUTCOMES):
        errors.append(FieldError("outcome", "Choose how the call ended."))

    amount: Decimal | None = None
    try:
        amount = parse_amount(inp.compensation)
    except ValueError as exc:
        errors.append(FieldError("compensation", str(exc)))
    currency = inp.currency.strip().upper() or None
    if amount is not None and amount > 0:
        if not currency or not re.fullmatch(r"[A-Z]{3}", currency):
            errors.append(
                FieldError("currency", "Give the currency as three letters, such as EUR.")
            )
    elif amount is None:
        currency = None

    try:
        started_at = datetime.fromisoformat(inp.started_at)
        if started_at.tzinfo is None:
            started_at = started_at.replace(tzinfo=UTC)
    except ValueError:
        started_at = now
    if started_at > now:
        started_at = now

    if errors or caller_id is None or inp.severity is None or inp.mood_start is None:
        return errors
    return ValidIncident(
        id=uuid.UUID(inp.id),
        caller_id=caller_id,
        started_at=started_at,
        ended_at=now,
        category=inp.category,
        severity=inp.severity,
        mood_start=inp.mood_start,
        mood_end=inp.mood_end,
        summary=summary,
        notes=notes,
        root_cause=inp.root_cause or None,
        resolution=inp.resolution or None,
        compensation_amount=amount,
        compensation_currency=currency,
        escalated=inp.escalated,
        outcome=inp.outcome,
        checklist=dict(inp.checklist),
        call_id=inp.call_id or None,
    )
