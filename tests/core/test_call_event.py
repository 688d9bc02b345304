"""Call events on the wire and the links that carry calls: what is accepted, and what is said otherwise."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent_console.core.call_event import (
    CALL_ID_MAX,
    MAX_EVENT_BYTES,
    CallEvent,
    CallEventError,
    encode_event,
    parse_event,
)
from agent_console.core.call_uri import CallRequest, parse_call_argument

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def _line(**fields: object) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def test_a_call_with_everything() -> None:
    event = parse_event(
        _line(
            type="call",
            number=" +98 912 345 6789 ",
            name="Maryam Rahimi",
            direction="in",
            call_id="abc",
            at="2026-11-22T09:28:00Z",
        ),
        NOW,
    )
    assert event == CallEvent(
        "call",
        "+98 912 345 6789",
        "Maryam Rahimi",
        "in",
        "abc",
        datetime(2026, 11, 22, 9, 28, tzinfo=UTC),
    )


def test_defaults_and_time_zones() -> None:
    event = parse_event(_line(type="call", number="۰۹۱۲ ۳۴۵ ۶۷۸۹"), NOW)
    assert event.direction == "in" and event.call_id == "" and event.at == NOW
    assert event.number == "۰۹۱۲ ۳۴۵ ۶۷۸۹"  # Persian digits are digits
    tehran = parse_event(_line(type="call", number="0912", at="2026-11-22T13:00:00+03:30"), NOW)
    assert tehran.at == datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
    naive = parse_event(_line(type="call", number="0912", at="2026-11-22T09:00:00"), NOW)
    assert naive.at == datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def test_round_trip_through_the_wire() -> None:
    event = CallEvent("call-ended", call_id="x-1", at=NOW)
    line = encode_event(event)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert parse_event(line, NOW) == event


@given(st.text(max_size=60), st.sampled_from(["in", "out"]), st.text(max_size=40))
def test_any_name_and_call_id_either_round_trips_or_is_refused_with_a_message(
    name: str, direction: str, call_id: str
) -> None:
    line = _line(
        type="call",
        number="+1 415 555 0134",
        name=name,
        direction=direction,
        call_id=call_id,
        at=NOW.isoformat(),
    )
    try:
        event = parse_event(line, NOW)
    except CallEventError as exc:
        assert str(exc)
        return
    assert parse_event(encode_event(event), NOW) == event
    assert "\n" not in event.name and event.direction == direction


@pytest.mark.parametrize(
    ("line", "says"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b"[1, 2]", "JSON object"),
        (_line(type="ring", number="0912"), 'Unknown event type "ring"'),
        (_line(number="0912"), "Unknown event type null"),
        (_line(type="call"), "has no number"),
        (_line(type="call", number="  "), "has no number"),
        (_line(type="call", number="0912 ABC 6789"), "no letters"),
        (_line(type="call", number="+"), "not a phone number"),
        (_line(type="call", number="1" * 41), "at most 40"),
        (_line(type="call", number=989123456789), "must be text"),
        (_line(type="call", number="0912", direction="sideways"), "“in” or “out”"),
        (_line(type="call", number="0912", name="x" * 201), "at most 200"),
        (_line(type="call-ended"), "needs the call id"),
        (_line(type="call-ended", call_id="a\x00b"), "control characters"),
        (_line(type="call-ended", call_id="c" * (CALL_ID_MAX + 1)), "at most 128"),
        (_line(type="call", number="0912", at="yesterday"), "not a time"),
        (_line(type="call", number="0912", at="2025-01-01T00:00:00Z"), "more than a day away"),
        (b" " * (MAX_EVENT_BYTES + 1), "at most 8,192"),
    ],
)
def test_malformed_events_are_refused_with_a_readable_reason(line: bytes, says: str) -> None:
    with pytest.raises(CallEventError, match=says.replace("(", r"\(")):
        parse_event(line, NOW)


def test_raise_needs_nothing_and_ignores_a_number() -> None:
    event = parse_event(_line(type="raise", number="0912", name="x"), NOW)
    assert event == CallEvent("raise", at=NOW)


def test_control_characters_in_a_name_become_spaces() -> None:
    event = parse_event(_line(type="call", number="0912", name="Ali\tReza\n"), NOW)
    assert event.name == "Ali Reza"


def test_a_time_within_a_day_is_accepted() -> None:
    at = NOW - timedelta(hours=23)
    assert parse_event(_line(type="call", number="1", at=at.isoformat()), NOW).at == at


@pytest.mark.parametrize(
    ("argument", "request_"),
    [
        ("+98 912 345 6789", CallRequest(number="+98 912 345 6789")),
        ("tel:+98-912-345-6789", CallRequest(number="+98-912-345-6789")),
        ("TEL://%2B989123456789;phone-context=x", CallRequest(number="+989123456789")),
        ("callto:09123456789", CallRequest(number="09123456789")),
        ("sip:09123456789@pbx.example;transport=udp", CallRequest(number="09123456789")),
        (
            "agent-console:call?number=+98%20912%20345%206789&name=Maryam%20Rahimi&call_id=abc",
            CallRequest(number="+98 912 345 6789", name="Maryam Rahimi", call_id="abc"),
        ),
        (
            "agent-console://call?number=0912&call-id=7&direction=out",
            CallRequest(number="0912", call_id="7", direction="out"),
        ),
        ("agent-console:call-ended?callid=abc", CallRequest(type="call-ended", call_id="abc")),
        ("agent-console:raise", CallRequest(type="raise")),
        ("0912:345", CallRequest(number="0912:345")),  # not a scheme: refused later as a number
    ],
)
def test_links_and_numbers(argument: str, request_: CallRequest) -> None:
    assert parse_call_argument(argument) == request_


@pytest.mark.parametrize(
    ("argument", "says"),
    [
        ("mailto:someone@example.com", "“mailto:” links are not understood"),
        ("tel:", "has no number"),
        ("agent-console:hangup?call_id=1", "not a known link"),
        ("agent-console:call?number=1&colour=red", "unknown part “colour”"),
    ],
)
def test_links_that_cannot_be_read(argument: str, says: str) -> None:
    with pytest.raises(CallEventError, match=says):
        parse_call_argument(argument)
