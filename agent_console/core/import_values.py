"""Turning one CSV cell into one of our values: dates, categories, resolutions, outcomes, scores.

Each mapper accepts our own codes and English labels (what ``export_csv`` writes), then
keyword rules for other systems' wording (the CFPB complaint database's products, issues and
company responses among them). A value no rule fits raises ``ValueError`` with a message
that names it; the importer reports that row with the message as its reason.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time

from agent_console.core import taxonomy
from agent_console.core.taxonomy import Choice
from agent_console.core.textfold import ascii_digits

DATE_ONLY_HOUR = 12  # a date without a time becomes noon UTC: the same day in most zones

_Rules = tuple[tuple[str, re.Pattern[str]], ...]


def _rules(*pairs: tuple[str, str]) -> _Rules:
    return tuple((code, re.compile(pattern, re.IGNORECASE)) for code, pattern in pairs)


# First match wins, so the specific comes before the broad ("struggling to pay the mortgage"
# is about the caller's situation, not billing; "feedback" must not read as a fee).
CATEGORY_RULES = _rules(
    ("ignored_feedback", r"investigation into an existing|complained before|\bignored\b"),
    ("staff", r"communication tactics|\bthreat|\bharass|\brude\b|\babusive\b|\bstaff\b"),
    ("broken_promise", r"\badvertis|\bmarketing\b|\bpromo|false statements|\bmisrepresent|\bpromise|\bmislead"),
    ("usability", r"\bconfusing\b|hard to use|missing disclosures|difficult to"),
    ("technical", r"\bwebsite\b|mobile (app|wallet)|\bonline\b|\boutage|trouble using|\bsoftware\b|\blog ?in\b|\btechnical\b"),
    ("delivery", r"\bdeliver|\bshipping\b|\bshipped\b|\bcourier\b|\bpackag"),
    ("personal", r"struggling to pay|\bhardship\b"),
    ("competitor", r"\bcompetitor"),
    ("billing", r"\bfees?\b|\binterest\b|\bcharg|\bbill|\bstatement|\bpayment|\bpric|\bdebt\b|\brefund|\boverdraft|\bloan\b|\bmortgage|credit card|\blender\b|\bpayoff\b|\bcollect"),
    ("quality", r"incorrect information|improper use|\breports?\b|\bfraud|identity theft|\berror|\bdefect|\baccount\b|\bquality\b|\bservice\b"),
)  # fmt: skip

RESOLUTION_RULES = _rules(
    ("fixed", r"non-?monetary relief"),
    ("refund", r"monetary relief|\brefund"),
    ("none", r"without relief|untimely|no action"),
    ("explained", r"explanation|\bexplained\b|^closed$"),
    ("pending", r"in progress|\bpending\b|^open$"),
    ("replacement", r"\breplace"),
    ("discount", r"\bdiscount"),
    ("apology", r"\bapolog"),
    ("escalated", r"\bescalat"),
    ("fixed", r"\bfixed\b|\brepaired\b|\bresolved\b"),
)

OUTCOME_RULES = _rules(
    ("follow_up", r"follow|call ?back|in progress"),
    ("escalated", r"\bescalat"),
    ("unresolved", r"unresolved|not resolved|without relief|\bopen\b"),
    ("resolved", r"\bresolved\b|\bclosed\b"),
)

ROOT_CAUSE_RULES = _rules(
    ("misunderstanding", r"misunderstanding"),
    ("third_party", r"third party"),
    ("expectations", r"acted appropriately|authorized by contract|expectation"),
    ("process", r"opportunity for improvement|\bprocess\b"),
    ("product_defect", r"\bdefect"),
    ("staff_error", r"staff error|employee"),
)

_OUTCOME_OF_RESOLUTION = {"pending": "follow_up", "none": "unresolved", "escalated": "escalated"}
_TRUE = frozenset({"yes", "y", "true", "1", "بله", "آره", "نعم", "да"})
_FALSE = frozenset({"no", "n", "false", "0", "خیر", "نه", "لا", "нет"})
_SLASHED = re.compile(
    r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)


def _known(choices: tuple[Choice, ...], text: str) -> str | None:
    """The code ``text`` is, or whose English label it is (any case)."""
    key = text.strip().casefold()
    for choice in choices:
        if key in (choice.code.casefold(), choice.label.casefold()):
            return choice.code
    return None


def _by_rules(rules: _Rules, text: str) -> str | None:
    return next((code for code, pattern in rules if pattern.search(text)), None)


def category(text: str) -> str:
    found = _known(taxonomy.CATEGORIES, text) or _by_rules(CATEGORY_RULES, text)
    if found is None:
        raise ValueError(f"no category fits “{text}”")
    return found


def resolution(text: str) -> str | None:
    if not text.strip():
        return None
    found = _known(taxonomy.RESOLUTIONS, text) or _by_rules(RESOLUTION_RULES, text.strip())
    if found is None:
        raise ValueError(f"“{text}” is not a resolution we know")
    return found


def outcome(text: str) -> str:
    found = _known(taxonomy.OUTCOMES, text) or _by_rules(OUTCOME_RULES, text)
    if found is None:
        raise ValueError(f"“{text}” is not an outcome we know")
    return found


def outcome_for_resolution(code: str | None) -> str:
    """How a call ended, when the file says only how it was resolved."""
    if code is None:
        return "unresolved"
    return _OUTCOME_OF_RESOLUTION.get(code, "resolved")


def root_cause(text: str) -> str | None:
    """A root cause; wording no rule fits becomes "not yet known" rather than a rejection."""
    if not text.strip():
        return None
    return _known(taxonomy.ROOT_CAUSES, text) or _by_rules(ROOT_CAUSE_RULES, text) or "unknown"


def scale(text: str, choices: tuple[Choice, ...], name: str) -> int:
    """A severity or mood, as its number or its English label."""
    code = _known(choices, ascii_digits(text))
    if code is None:
        first, last = choices[0].code, choices[-1].code
        raise ValueError(f"{name} “{text}” is not {first} to {last}")
    return int(code)


def flag(text: str) -> bool:
    key = text.strip().casefold()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValueError(f"“{text}” is not yes or no")


def when(text: str, day_first: bool = False) -> datetime:
    """A moment in UTC from ISO 8601, or from day, month and year with / . or - between.

    ``31/01/2026`` and ``01/31/2026`` are unambiguous; for ``02/03/2026`` ``day_first`` says
    which is the day. A date alone is taken as noon UTC. Persian and Arabic digits are fine.
    """
    raw = ascii_digits(text).strip()
    if not raw:
        raise ValueError("the date is empty")
    try:
        parsed = datetime.fromisoformat(raw.replace(" ", "T", 1) if len(raw) > 10 else raw)
    except ValueError:
        parsed = _slashed(raw, day_first)
    if len(raw) <= 10 and parsed.time() == time(0):
        parsed = parsed.replace(hour=DATE_ONLY_HOUR)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _slashed(raw: str, day_first: bool) -> datetime:
    match = _SLASHED.fullmatch(raw)
    if match is None:
        raise ValueError(f"“{raw}” is not a date (write it as 2026-01-31 or 31/01/2026)")
    a, b, c, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    if a > 31:  # year first: 2026/01/31
        year, month, day = a, b, c
    else:
        year = c + 2000 if c < 100 else c
        day_is_first = a > 12 or (day_first and b <= 12)
        day, month = (a, b) if day_is_first else (b, a)
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError as exc:
        raise ValueError(f"“{raw}” is not a date ({exc})") from None
