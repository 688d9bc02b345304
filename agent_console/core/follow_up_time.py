"""When to call back: quick picks in the caller's own time zone, and refusing times already past.

Callers have no time-zone column: the zone comes from their phone number (phonenumbers'
geographic data), which every caller already has, so it works for existing callers at once and
needs nothing typed. Where a country spans several zones and the number does not say which,
the country's most populous zone is taken and marked as a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MORNING = time(9, 0)
QUICK_PICKS = ("hour", "tomorrow_morning", "three_days")

# For numbers phonenumbers places only in a multi-zone country, not in one zone of it.
_MAIN_ZONE = {
    "RU": "Europe/Moscow",
    "US": "America/New_York",
    "CA": "America/Toronto",
    "BR": "America/Sao_Paulo",
    "MX": "America/Mexico_City",
    "AU": "Australia/Sydney",
    "KZ": "Asia/Almaty",
    "ID": "Asia/Jakarta",
    "CN": "Asia/Shanghai",
}


@dataclass(frozen=True)
class CallerZone:
    name: str  # IANA name, e.g. "Asia/Tehran"
    guessed: bool  # the number fits several zones; this is the country's main one

    @property
    def zone(self) -> tzinfo:
        return ZoneInfo(self.name)


def caller_zone(phones: Sequence[str]) -> CallerZone | None:
    """The caller's zone from their first phone number that has one (E.164), or None."""
    import phonenumbers
    from phonenumbers import timezone as number_zones

    for e164 in phones:
        try:
            number = phonenumbers.parse(e164, None)
        except phonenumbers.NumberParseException:
            continue
        zones = [z for z in number_zones.time_zones_for_number(number) if z != "Etc/Unknown"]
        if not zones:
            continue
        region = phonenumbers.region_code_for_number(number) or ""
        name, guessed = zones[0], len(zones) > 1
        if guessed and _MAIN_ZONE.get(region) in zones:
            name = _MAIN_ZONE[region]
        if _known(name):
            return CallerZone(name, guessed)
    return None


def _known(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def quick_due(pick: str, now: datetime, zone: tzinfo) -> datetime:
    """The due time (UTC) of a quick pick, from ``now``; "tomorrow morning" is 09:00 in ``zone``."""
    now = now.astimezone(UTC).replace(second=0, microsecond=0)
    if pick == "hour":
        return now + timedelta(hours=1)
    if pick == "three_days":
        return now + timedelta(days=3)
    if pick == "tomorrow_morning":
        tomorrow = now.astimezone(zone).date() + timedelta(days=1)
        return datetime.combine(tomorrow, MORNING, tzinfo=zone).astimezone(UTC)
    raise ValueError(f"unknown quick pick {pick!r}")


def is_past(due: datetime, now: datetime) -> bool:
    """A due time before the current minute cannot be met any more."""
    return due < now.replace(second=0, microsecond=0)


def same_wall_clock(moment: datetime, first: tzinfo, second: tzinfo) -> bool:
    """Whether ``moment`` reads the same on a clock in ``first`` and one in ``second``."""
    a, b = moment.astimezone(first), moment.astimezone(second)
    return a.replace(tzinfo=None) == b.replace(tzinfo=None)
