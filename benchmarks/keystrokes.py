"""What agents type into the caller search box, keystroke by keystroke.

Numbers are typed the way callers give them: national format at home (with Persian or
Arabic-Indic digits now and then), international with ``+`` or ``00`` from abroad. Names
are typed as given name and family name; account references with or without the dash.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import phonenumbers

from benchmarks.dataset import SampledCaller

_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@dataclass(frozen=True)
class Keystroke:
    kind: str  # phone, name, account
    text: str  # the search box after this keystroke
    region: str  # the workstation's region for numbers typed without a country code


def _phone_as_given(rng: random.Random, e164: str, language: str) -> tuple[str, str]:
    number = phonenumbers.parse(e164, None)
    region = phonenumbers.region_code_for_number(number) or "US"
    roll = rng.random()
    if roll < 0.55:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if rng.random() < 0.3:
            text = "".join(text.split())
        if language == "fa" and rng.random() < 0.4:
            text = text.translate(_PERSIAN)
        elif language == "ar" and rng.random() < 0.3:
            text = text.translate(_ARABIC)
        return text, region
    text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if roll > 0.85:
        text = "00" + text[1:]
    home = rng.choice(("IR", "US", "GB", "AE", "RU"))
    return text, home


def _account_as_given(rng: random.Random, ref: str) -> str:
    roll = rng.random()
    if roll < 0.5:
        return ref
    if roll < 0.8:
        return ref.replace("-", "").lower()
    return ref.lower().replace("-", " ")


def _name_as_given(rng: random.Random, name: str) -> str:
    parts = name.split()
    if len(parts) > 1 and rng.random() < 0.3:
        return parts[-1]  # the family name alone
    return name if rng.random() < 0.6 else name.lower()


def typed_queries(callers: list[SampledCaller], seed: int) -> list[Keystroke]:
    """One phone, one name and one account query per sampled caller, as typed in full."""
    rng = random.Random(seed)
    typed: list[Keystroke] = []
    for caller in callers:
        phone, region = _phone_as_given(rng, rng.choice(caller.phones), caller.language)
        typed.append(Keystroke("phone", phone, region))
        typed.append(Keystroke("name", _name_as_given(rng, caller.name), region))
        typed.append(Keystroke("account", _account_as_given(rng, caller.account_ref), region))
    return typed


def keystrokes(callers: list[SampledCaller], seed: int) -> list[Keystroke]:
    """Every prefix of every typed query: the search box after each keystroke."""
    return [
        Keystroke(query.kind, query.text[:n], query.region)
        for query in typed_queries(callers, seed)
        for n in range(1, len(query.text) + 1)
    ]
