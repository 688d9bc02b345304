"""Call events from the phone system: one JSON line each, checked before the console acts on it.

The ``agent-console call`` command (run by a softphone or PBX hook) writes the line; the
running console reads it. ``parse_event`` accepts only what the console can act on and
says in plain words what is wrong with anything else, because the sender is a script that
IT wrote and has to fix.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

CALL, CALL_ENDED, RAISE = "call", "call-ended", "raise"
TYPES = (CALL, CALL_ENDED, RAISE)
DIRECTIONS = ("in", "out")
MAX_EVENT_BYTES = 8192
NUMBER_MAX = 40
NAME_MAX = 200
CALL_ID_MAX = 128  # incidents.call_id is VARCHAR(128)
CLOCK_SLACK = timedelta(hours=24)

# Digits of any script (Persian and Arabic-Indic too) and the punctuation people put in numbers.
_NUMBER = re.compile(r"^\+?[\d\s()\-./]+$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class CallEventError(ValueError):
    """An event the console cannot act on; the message says what is wrong and how to fix it."""


@dataclass(frozen=True)
class CallEvent:
    type: str  # call, call-ended or raise
    number: str = ""  # as the phone system gave it; the console normalises it with its region
    name: str = ""  # the caller's name if the phone system knows it
    direction: str = "in"
    call_id: str = ""  # the phone system's id for the call, kept on the incident
    at: datetime | None = None  # UTC: when the call started (call) or ended (call-ended)

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "number": self.number,
            "name": self.name,
            "direction": self.direction,
            "call_id": self.call_id,
            "at": self.at.isoformat() if self.at else None,
        }


def encode_event(event: CallEvent) -> bytes:
    """The event as one line on the wire."""
    return json.dumps(event.to_json(), ensure_ascii=False).encode("utf-8") + b"\n"


def check_number(number: str) -> str:
    """``number`` stripped, or CallEventError when it cannot be a phone number."""
    number = number.strip()
    if not number:
        raise CallEventError("The call has no number: pass the caller's number.")
    if len(number) > NUMBER_MAX:
        raise CallEventError(f"The number is {len(number)} characters long; at most {NUMBER_MAX}.")
    if not _NUMBER.fullmatch(number) or not any(c.isdigit() for c in number):
        raise CallEventError(
            f"“{number}” is not a phone number: use digits, spaces, +, -, brackets or dots "
            "(no letters)."
        )
    return number


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise CallEventError(f"“{key}” must be text, not {type(value).__name__}.")
    return value.strip()


def _call_id(data: dict[str, Any], required: bool) -> str:
    call_id = _text(data, "call_id")
    if required and not call_id:
        raise CallEventError("A call-ended event needs the call id (--call-id) of the call.")
    if len(call_id) > CALL_ID_MAX:
        raise CallEventError(
            f"The call id is {len(call_id)} characters long; at most {CALL_ID_MAX}."
        )
    if _CONTROL.search(call_id):
        raise CallEventError("The call id contains control characters.")
    return call_id


def _time(data: dict[str, Any], now: datetime) -> datetime:
    raw = _text(data, "at")
    if not raw:
        return now
    try:
        at = datetime.fromisoformat(raw)
    except ValueError:
        raise CallEventError(
            f"“{raw}” is not a time: use ISO 8601, such as 2026-11-22T09:30:00Z."
        ) from None
    at = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC)
    if abs(at - now) > CLOCK_SLACK:
        raise CallEventError(
            f"The time {raw} is more than a day away from this computer's clock; "
            "check the phone system's clock."
        )
    return at


def parse_event(data: bytes | str, now: datetime | None = None) -> CallEvent:
    """The event in one line of JSON, or CallEventError saying what is wrong with it."""
    now = now or datetime.now(UTC)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_EVENT_BYTES:
        raise CallEventError(f"The event is {len(raw):,} bytes long; at most {MAX_EVENT_BYTES:,}.")
    try:
        decoded = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise CallEventError("The event is not UTF-8 text.") from None
    except json.JSONDecodeError as exc:
        raise CallEventError(
            f"The event is not valid JSON ({exc.msg}, column {exc.colno})."
        ) from None
    if not isinstance(decoded, dict):
        raise CallEventError('The event must be a JSON object, such as {"type": "call", ...}.')
    kind = decoded.get("type")
    if kind not in TYPES:
        raise CallEventError(
            f"Unknown event type {json.dumps(kind, ensure_ascii=False)}; "
            f"expected one of: {', '.join(TYPES)}."
        )
    direction = _text(decoded, "direction") or "in"
    if direction not in DIRECTIONS:
        raise CallEventError(f"The direction must be “in” or “out”, not “{direction}”.")
    number = _text(decoded, "number")
    if kind == CALL or number:
        number = check_number(number)
    name = _CONTROL.sub(" ", _text(decoded, "name")).strip()
    if len(name) > NAME_MAX:
        raise CallEventError(f"The name is {len(name)} characters long; at most {NAME_MAX}.")
    return CallEvent(
        type=kind,
        number=number if kind != RAISE else "",
        name=name if kind != RAISE else "",
        direction=direction,
        call_id=_call_id(decoded, required=kind == CALL_ENDED),
        at=_time(decoded, now),
    )
