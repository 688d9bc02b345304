"""The fixed vocabularies of an incident: categories, severity, mood, root cause, resolution, outcome.

Codes are what the database stores; labels are English source strings that the UI
translates. The categories follow the taxonomy in the domain brief (seeds 000 and 003).
"""

from __future__ import annotations

from dataclasses import dataclass

from agent_console.core.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Choice:
    code: str
    label: str
    hint: str = ""


CATEGORIES: tuple[Choice, ...] = (
    Choice(
        "quality",
        QT_TRANSLATE_NOOP("taxonomy", "Product or service quality"),
        QT_TRANSLATE_NOOP("taxonomy", "Defects, service below the promised standard"),
    ),
    Choice(
        "staff",
        QT_TRANSLATE_NOOP("taxonomy", "Staff behaviour"),
        QT_TRANSLATE_NOOP("taxonomy", "Rude or careless handling, slow answers, weak support"),
    ),
    Choice(
        "billing",
        QT_TRANSLATE_NOOP("taxonomy", "Billing and pricing"),
        QT_TRANSLATE_NOOP("taxonomy", "Disputed bills, unfair prices, hidden fees, unclear terms"),
    ),
    Choice(
        "broken_promise",
        QT_TRANSLATE_NOOP("taxonomy", "Broken promise"),
        QT_TRANSLATE_NOOP("taxonomy", "Advertising or sales promises that set false expectations"),
    ),
    Choice(
        "delivery",
        QT_TRANSLATE_NOOP("taxonomy", "Delivery and logistics"),
        QT_TRANSLATE_NOOP("taxonomy", "Late, damaged or lost deliveries, poor packaging"),
    ),
    Choice(
        "technical",
        QT_TRANSLATE_NOOP("taxonomy", "Technical fault"),
        QT_TRANSLATE_NOOP("taxonomy", "Outages, website or software errors"),
    ),
    Choice(
        "usability",
        QT_TRANSLATE_NOOP("taxonomy", "Hard to use"),
        QT_TRANSLATE_NOOP("taxonomy", "Confusing sites, forms or purchase flows"),
    ),
    Choice(
        "competitor",
        QT_TRANSLATE_NOOP("taxonomy", "Competitor comparison"),
        QT_TRANSLATE_NOOP("taxonomy", "The caller heard a competitor does better"),
    ),
    Choice(
        "ignored_feedback",
        QT_TRANSLATE_NOOP("taxonomy", "Ignored feedback"),
        QT_TRANSLATE_NOOP("taxonomy", "Complained before and nothing changed"),
    ),
    Choice(
        "personal",
        QT_TRANSLATE_NOOP("taxonomy", "Personal factors"),
        QT_TRANSLATE_NOOP(
            "taxonomy", "Caller stress, cultural differences, unreasonable expectations"
        ),
    ),
)

# Severity 1 (low) to 4 (critical): how much harm the problem does, and to how many.
SEVERITIES: tuple[Choice, ...] = (
    Choice("1", QT_TRANSLATE_NOOP("taxonomy", "Low")),
    Choice("2", QT_TRANSLATE_NOOP("taxonomy", "Medium")),
    Choice("3", QT_TRANSLATE_NOOP("taxonomy", "High")),
    Choice("4", QT_TRANSLATE_NOOP("taxonomy", "Critical")),
)

# Mood 1 (furious) to 5 (calm). 1 is "the worst level" the escalation rules speak of.
MOODS: tuple[Choice, ...] = (
    Choice("1", QT_TRANSLATE_NOOP("taxonomy", "Furious")),
    Choice("2", QT_TRANSLATE_NOOP("taxonomy", "Angry")),
    Choice("3", QT_TRANSLATE_NOOP("taxonomy", "Upset")),
    Choice("4", QT_TRANSLATE_NOOP("taxonomy", "Neutral")),
    Choice("5", QT_TRANSLATE_NOOP("taxonomy", "Calm")),
)
WORST_MOOD = 1
BEST_MOOD = 5

ROOT_CAUSES: tuple[Choice, ...] = (
    Choice("misunderstanding", QT_TRANSLATE_NOOP("taxonomy", "Misunderstanding")),
    Choice("process", QT_TRANSLATE_NOOP("taxonomy", "Broken process")),
    Choice("product_defect", QT_TRANSLATE_NOOP("taxonomy", "Product defect")),
    Choice("staff_error", QT_TRANSLATE_NOOP("taxonomy", "Staff error")),
    Choice("third_party", QT_TRANSLATE_NOOP("taxonomy", "Third party")),
    Choice("expectations", QT_TRANSLATE_NOOP("taxonomy", "Expectations set wrongly")),
    Choice("unknown", QT_TRANSLATE_NOOP("taxonomy", "Not yet known")),
)

RESOLUTIONS: tuple[Choice, ...] = (
    Choice("explained", QT_TRANSLATE_NOOP("taxonomy", "Explained")),
    Choice("fixed", QT_TRANSLATE_NOOP("taxonomy", "Fixed")),
    Choice("refund", QT_TRANSLATE_NOOP("taxonomy", "Refund")),
    Choice("replacement", QT_TRANSLATE_NOOP("taxonomy", "Replacement")),
    Choice("discount", QT_TRANSLATE_NOOP("taxonomy", "Discount")),
    Choice("free_service", QT_TRANSLATE_NOOP("taxonomy", "Free service")),
    Choice("apology", QT_TRANSLATE_NOOP("taxonomy", "Apology")),
    Choice("escalated", QT_TRANSLATE_NOOP("taxonomy", "Escalated")),
    Choice("pending", QT_TRANSLATE_NOOP("taxonomy", "Pending")),
    Choice("none", QT_TRANSLATE_NOOP("taxonomy", "No action possible")),
)

OUTCOMES: tuple[Choice, ...] = (
    Choice("resolved", QT_TRANSLATE_NOOP("taxonomy", "Resolved on this call")),
    Choice("follow_up", QT_TRANSLATE_NOOP("taxonomy", "Needs follow-up")),
    Choice("unresolved", QT_TRANSLATE_NOOP("taxonomy", "Unresolved")),
    Choice("escalated", QT_TRANSLATE_NOOP("taxonomy", "Escalated")),
)

TECH_LEVELS: tuple[Choice, ...] = (
    Choice("unknown", QT_TRANSLATE_NOOP("taxonomy", "Unknown")),
    Choice("basic", QT_TRANSLATE_NOOP("taxonomy", "Basic")),
    Choice("intermediate", QT_TRANSLATE_NOOP("taxonomy", "Intermediate")),
    Choice("expert", QT_TRANSLATE_NOOP("taxonomy", "Expert")),
)

LANGUAGES: tuple[Choice, ...] = (
    Choice("en", QT_TRANSLATE_NOOP("taxonomy", "English")),
    Choice("fa", QT_TRANSLATE_NOOP("taxonomy", "Persian")),
    Choice("ar", QT_TRANSLATE_NOOP("taxonomy", "Arabic")),
    Choice("ru", QT_TRANSLATE_NOOP("taxonomy", "Russian")),
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
