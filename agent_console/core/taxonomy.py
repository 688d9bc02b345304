"""The fixed vocabularies of an incident: categories, severity, mood, root cause, resolution, outcome.

Codes are what the database stores; labels are English source strings that the UI
translates. The categories follow the taxonomy in the domain brief (seeds 000 and 003).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    code: str
    label: str
    hint: str = ""


CATEGORIES: tuple[Choice, ...] = (
    Choice("quality", "Product or service quality", "Defects, service below the promised standard"),
    Choice("staff", "Staff behaviour", "Rude or careless handling, slow answers, weak support"),
    Choice(
        "billing",
        "Billing and pricing",
        "Disputed bills, unfair prices, hidden fees, unclear terms",
    ),
    Choice(
        "broken_promise",
        "Broken promise",
        "Advertising or sales promises that set false expectations",
    ),
    Choice(
        "delivery", "Delivery and logistics", "Late, damaged or lost deliveries, poor packaging"
    ),
    Choice("technical", "Technical fault", "Outages, website or software errors"),
    Choice("usability", "Hard to use", "Confusing sites, forms or purchase flows"),
    Choice("competitor", "Competitor comparison", "The caller heard a competitor does better"),
    Choice("ignored_feedback", "Ignored feedback", "Complained before and nothing changed"),
    Choice(
        "personal",
        "Personal factors",
        "Caller stress, cultural differences, unreasonable expectations",
    ),
)

# Severity 1 (low) to 4 (critical): how much harm the problem does, and to how many.
SEVERITIES: tuple[Choice, ...] = (
    Choice("1", "Low"),
    Choice("2", "Medium"),
    Choice("3", "High"),
    Choice("4", "Critical"),
)

# Mood 1 (furious) to 5 (calm). 1 is "the worst level" the escalation rules speak of.
MOODS: tuple[Choice, ...] = (
    Choice("1", "Furious"),
    Choice("2", "Angry"),
    Choice("3", "Upset"),
    Choice("4", "Neutral"),
    Choice("5", "Calm"),
)
WORST_MOOD = 1
BEST_MOOD = 5

ROOT_CAUSES: tuple[Choice, ...] = (
    Choice("misunderstanding", "Misunderstanding"),
    Choice("process", "Broken process"),
    Choice("product_defect", "Product defect"),
    Choice("staff_error", "Staff error"),
    Choice("third_party", "Third party"),
    Choice("expectations", "Expectations set wrongly"),
    Choice("unknown", "Not yet known"),
)

RESOLUTIONS: tuple[Choice, ...] = (
    Choice("explained", "Explained"),
    Choice("fixed", "Fixed"),
    Choice("refund", "Refund"),
    Choice("replacement", "Replacement"),
    Choice("discount", "Discount"),
    Choice("free_service", "Free service"),
    Choice("apology", "Apology"),
    Choice("escalated", "Escalated"),
    Choice("pending", "Pending"),
    Choice("none", "No action possible"),
)

OUTCOMES: tuple[Choice, ...] = (
    Choice("resolved", "Resolved on this call"),
    Choice("follow_up", "Needs follow-up"),
    Choice("unresolved", "Unresolved"),
    Choice("escalated", "Escalated"),
)

TECH_LEVELS: tuple[Choice, ...] = (
    Choice("unknown", "Unknown"),
    Choice("basic", "Basic"),
    Choice("intermediate", "Intermediate"),
    Choice("expert", "Expert"),
)

LANGUAGES: tuple[Choice, ...] = (
    Choice("en", "English"),
    Choice("fa", "Persian"),
    Choice("ar", "Arabic"),
    Choice("ru", "Russian"),
)

RTL_LANGUAGES = frozenset({"fa", "ar"})


def codes(choices: tuple[Choice, ...]) -> frozenset[str]:
    return frozenset(c.code for c in choices)


def label(choices: tuple[Choice, ...], code: str | int | None) -> str:
    """The English label for a code, or the code itself when it is unknown (never raises)."""
    if code is None:
        return ""
    key = str(code)
    for choice in choices:
        if choice.code == key:
            return choice.label
    return key
