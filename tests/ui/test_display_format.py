"""Dates and numbers as each language shows them: Solar Hijri, native or Latin digits, two zones."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from agent_console.core.follow_up_time import CallerZone
from agent_console.ui.display_format import DisplayFormat

NOWRUZ = date(2026, 3, 21)  # 1 Farvardin 1405
BERLIN = ZoneInfo("Europe/Berlin")
TEHRAN = CallerZone("Asia/Tehran", guessed=False)


def test_persian_solar_hijri_with_persian_digits() -> None:
    shown = DisplayFormat("fa", calendar="jalali").date(NOWRUZ)
    assert shown == "۱۴۰۵/۱/۱"
    assert DisplayFormat("fa", calendar="jalali").day_month(NOWRUZ) == "۱ فروردین"


def test_persian_gregorian_and_latin_digits_by_choice() -> None:
    assert DisplayFormat("fa", calendar="gregorian").date(NOWRUZ) == "۲۰۲۶/۳/۲۱"
    assert DisplayFormat("fa", calendar="jalali", digits="latin").date(NOWRUZ) == "1405/1/1"


def test_arabic_indic_digits_or_latin_by_choice() -> None:
    moment = datetime(2026, 3, 21, 13, 5, tzinfo=UTC)
    native = DisplayFormat("ar", zone=BERLIN).datetime(moment)
    latin = DisplayFormat("ar", digits="latin", zone=BERLIN).datetime(moment)
    assert "٢٠٢٦" in native and "٢١" in native and "2" not in native
    assert "2026" in latin and "21" in latin and "٢" not in latin
    # Arabic has no Solar Hijri choice: the calendar setting is for Persian.
    assert "2026" in DisplayFormat("ar", calendar="jalali", digits="latin").date(NOWRUZ)


def test_russian_and_english_are_ordinary() -> None:
    moment = datetime(2026, 3, 21, 13, 5, tzinfo=UTC)
    assert DisplayFormat("ru", zone=BERLIN).datetime(moment) == "21.03.2026 14:05"
    assert DisplayFormat("en", zone=BERLIN).datetime(moment) == "3/21/26 2:05\u202fPM"
    assert DisplayFormat("fa", calendar="jalali").number(1234) == "۱٬۲۳۴"


def _plain(text: str) -> str:
    """Without the bidi isolates that keep each part in place (they are invisible)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def test_caller_time_beside_the_agents_when_the_clocks_differ() -> None:
    moment = datetime(2026, 3, 21, 13, 5, tzinfo=UTC)  # 14:05 Berlin, 16:35 Tehran
    shown = DisplayFormat("en", zone=BERLIN).with_caller_time(moment, TEHRAN)
    assert _plain(shown) == "2:05\u202fPM (caller 4:35\u202fPM Tehran)"
    shown = DisplayFormat("ru", zone=BERLIN).with_caller_time(moment, TEHRAN)
    # No translator is installed here; the zone's name is Russian (Qt's from ICU), not "Tehran".
    assert _plain(shown).startswith("14:05 (caller 16:35 Иран")
    assert shown.count("\u2068") == 3  # each part isolated
    same = CallerZone("Europe/Paris", guessed=False)
    assert DisplayFormat("ru", zone=BERLIN).with_caller_time(moment, same) == "14:05"
    assert DisplayFormat("ru", zone=BERLIN).with_caller_time(moment, None) == "14:05"
    persian = DisplayFormat("fa", calendar="jalali", zone=BERLIN)
    assert _plain(persian.datetime_with_caller(moment, TEHRAN)).startswith("۱۴۰۵/۱/۱ ۱۴:۰۵")
    assert "۱۶:۳۵" in persian.datetime_with_caller(moment, TEHRAN)
    assert "ایران" in persian.datetime_with_caller(moment, TEHRAN)  # the place, in Persian
