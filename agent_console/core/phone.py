"""Phone numbers as agents type them, turned into E.164 and into search prefixes.

Parsing is phonenumbers' job; this module only adds what a search box needs:
native digits, ``00`` for ``+``, and partial numbers typed digit by digit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from agent_console.core.textfold import ascii_digits

_PHONE_CHARS = re.compile(r"^[\s\d+()\-./]+$")
_NON_DIGITS = re.compile(r"\D")
MIN_SEARCH_DIGITS = 3


class PhoneError(ValueError):
    """A number that cannot be a phone number, with a message that says why."""


def looks_like_phone(text: str) -> bool:
    """True when ``text`` is made only of digits and the punctuation people put in numbers."""
    text = ascii_digits(text).strip()
    return bool(text) and bool(_PHONE_CHARS.match(text)) and any(c.isdigit() for c in text)


def _international(text: str) -> str:
    text = ascii_digits(text).strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    return text


def to_e164(text: str, default_region: str) -> str:
    """The E.164 form of a complete number (``+989123456789``), or PhoneError saying why not."""
    raw = _international(text)
    if not looks_like_phone(raw):
        raise PhoneError(f"“{text}” is not a phone number: use digits, spaces, dashes or brackets.")
    try:
        number = phonenumbers.parse(raw, default_region.upper())
    except phonenumbers.NumberParseException as exc:
        raise PhoneError(
            f"“{text}” could not be read as a phone number ({exc}). "
            "Type it with its country code, for example +44 20 7946 0958."
        ) from exc
    if not phonenumbers.is_possible_number(number):
        raise PhoneError(
            f"“{text}” has the wrong number of digits for "
            f"{phonenumbers.region_code_for_number(number) or 'its country'}."
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display(e164: str, default_region: str) -> str:
    """A number formatted for reading: national format at home, international abroad."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    home = phonenumbers.region_code_for_number(number) == default_region.upper()
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if home
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


@dataclass(frozen=True)
class PhoneKeys:
    """The search terms stored for one number: all its digits, and its national digits."""

    international: str  # country code and national number, no '+': "989123456789"
    national: str  # national significant number: "9123456789"


def keys_for(e164: str) -> PhoneKeys:
    number = phonenumbers.parse(e164, None)
    return PhoneKeys(
        international=e164.lstrip("+"),
        national=phonenumbers.national_significant_number(number),
    )


def search_prefixes(text: str, default_region: str) -> list[str]:
    """Digit prefixes to look up for a number typed so far (possibly incomplete).

    ``+98 912`` and ``0098 912`` give the international prefix ``98912``; ``0912 3`` in a
    region whose trunk prefix is 0 gives the national prefix ``9123``; bare digits may be
    either, so both are tried. Fewer than three digits give nothing: too many matches.
    """
    raw = _international(text)
    if not looks_like_phone(raw):
        return []
    digits = _NON_DIGITS.sub("", raw)
    if len(digits) < MIN_SEARCH_DIGITS:
        return []
    if raw.startswith("+"):
        return [digits]
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(default_region.upper())
    trunk = (metadata.national_prefix if metadata else None) or ""
    if trunk and digits.startswith(trunk) and len(digits) > len(trunk):
        # "0912..." at home: the national digits. Keep the whole run too, for the
        # regions (such as the US, trunk "1") where it is also the international form.
        return [digits[len(trunk) :], digits]
    # Bare digits match both the international and the national terms stored per number.
    return [digits]
