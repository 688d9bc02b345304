"""Phone numbers as agents type them."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent_console.core.phone import PhoneError, display, looks_like_phone, search_prefixes, to_e164


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("0912 345 6789", "IR", "+989123456789"),
        ("۰۹۱۲-۳۴۵-۶۷۸۹", "IR", "+989123456789"),
        ("٠٩١٢٣٤٥٦٧٨٩", "IR", "+989123456789"),
        ("0098 912 345 6789", "US", "+989123456789"),
        ("+1 (415) 555-0134", "IR", "+14155550134"),
        ("(415) 555-0134", "US", "+14155550134"),
        ("8 916 555-12-34", "RU", "+79165551234"),
        ("050 123 4567", "AE", "+971501234567"),
    ],
)
def test_complete_numbers_become_e164(typed: str, region: str, e164: str) -> None:
    assert to_e164(typed, region) == e164


@pytest.mark.parametrize(
    ("typed", "message"),
    [("12", "wrong number of digits"), ("call me", "is not a phone number"), ("", "is not")],
)
def test_bad_numbers_say_why(typed: str, message: str) -> None:
    with pytest.raises(PhoneError, match=message):
        to_e164(typed, "IR")


def test_partial_numbers_give_prefixes() -> None:
    assert search_prefixes("۰۹۱۲ ۳", "IR") == ["9123", "09123"]
    assert search_prefixes("+98 91", "IR") == ["9891"]
    assert search_prefixes("0098 91", "US") == ["9891"]
    assert search_prefixes("91", "IR") == []  # too short to be useful


def test_display_is_national_at_home_and_international_abroad() -> None:
    assert display("+989123456789", "IR") == "0912 345 6789"
    assert display("+989123456789", "US") == "+98 912 345 6789"


@given(st.text(max_size=60))
def test_any_text_never_crashes_the_phone_code(text: str) -> None:
    prefixes = search_prefixes(text, "IR")
    assert all(p.isdigit() for p in prefixes)
    if not looks_like_phone(text):
        assert prefixes == []
    with contextlib.suppress(PhoneError):
        assert to_e164(text, "IR").startswith("+")
