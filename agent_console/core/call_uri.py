"""Links a softphone, browser or CRM hands over: ``tel:``, ``sip:`` and ``agent-console:`` URIs.

``agent-console call`` takes a plain number or one of these, so the same command can be
registered as the system's handler for ``tel:`` links and for the console's own scheme:

* ``tel:+98-912-345-6789`` (parameters after ``;`` are dropped), ``callto:`` alike;
* ``sip:09123456789@pbx.example`` (the user part is the number);
* ``agent-console:call?number=...&name=...&call_id=...&direction=in&at=...`` and
  ``agent-console:call-ended?call_id=...`` (``//`` after the colon is allowed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from agent_console.core.call_event import CALL, CALL_ENDED, RAISE, CallEventError

SCHEME = "agent-console"
_NUMBER_SCHEMES = ("tel", "callto", "sip", "sips")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):(.*)$", re.DOTALL)
_QUERY_KEYS = {
    "number": "number",
    "name": "name",
    "call_id": "call_id",
    "call-id": "call_id",
    "callid": "call_id",
    "direction": "direction",
    "at": "at",
}


@dataclass(frozen=True)
class CallRequest:
    """What a command-line argument asked for; fields it did not give are None."""

    type: str = CALL
    number: str | None = None
    name: str | None = None
    call_id: str | None = None
    direction: str | None = None
    at: str | None = None


def parse_call_argument(text: str) -> CallRequest:
    """A plain number, or a link that carries one; CallEventError for a link it cannot read."""
    text = text.strip()
    match = _SCHEME.match(text)
    # "+98 912..." has no scheme; neither has a number with a colon in it, which is not one.
    if match is None or match.group(1).isdigit():
        return CallRequest(number=text)
    scheme, rest = match.group(1).lower(), match.group(2)
    if scheme in _NUMBER_SCHEMES:
        return CallRequest(number=_number_part(scheme, rest))
    if scheme == SCHEME:
        return _console_link(rest)
    raise CallEventError(
        f"“{scheme}:” links are not understood; use a number, a tel: link or an "
        f"{SCHEME}:call?number=... link."
    )


def _number_part(scheme: str, rest: str) -> str:
    rest = rest.removeprefix("//")
    rest = rest.split(";", 1)[0].split("?", 1)[0]
    if scheme in ("sip", "sips"):
        rest = rest.split("@", 1)[0]
    number = unquote(rest).strip()
    if not number:
        raise CallEventError(f"The {scheme}: link has no number in it.")
    return number


def _console_link(rest: str) -> CallRequest:
    rest = rest.removeprefix("//")
    action, _, query = rest.partition("?")
    action = action.strip("/").lower() or CALL
    if action not in (CALL, CALL_ENDED, RAISE):
        raise CallEventError(
            f"“{SCHEME}:{action}” is not a known link; use {SCHEME}:call?number=... or "
            f"{SCHEME}:call-ended?call_id=..."
        )
    values: dict[str, str] = {}
    # Not parse_qs: it reads "+" as a space, and "+98..." is how numbers are written.
    for part in filter(None, query.split("&")):
        key, _, value = part.partition("=")
        field = _QUERY_KEYS.get(unquote(key).lower())
        if field is None:
            raise CallEventError(
                f"The link has an unknown part “{key}”; known: number, name, call_id, "
                "direction, at."
            )
        values[field] = unquote(value)
    return CallRequest(type=action, **values)
