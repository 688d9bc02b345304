"""Follow-up rules with no Qt and no database: whose a flag is, how a call-back ended, the score.

Seed 001: flagging a caller for a follow-up costs little and means a lot to them; seed 002
step 5: call back after the fix to confirm the caller is satisfied.
"""

from __future__ import annotations

from agent_console.core.taxonomy import Choice
from agent_console.core.textfold import ascii_digits

# How a call-back went. "Not reached" outcomes usually mean trying again later.
FOLLOW_UP_OUTCOMES: tuple[Choice, ...] = (
    Choice("reached", "Reached the caller"),
    Choice("no_answer", "No answer"),
    Choice("left_message", "Left a message"),
    Choice("resolved", "Resolved"),
    Choice("still_unhappy", "Still unhappy"),
)
NOT_REACHED = frozenset({"no_answer", "left_message"})

# Whose it is: the flagging agent's only, anyone on the team, or one named agent.
SCOPES: tuple[Choice, ...] = (
    Choice("mine", "Mine only"),
    Choice("team", "Anyone on the team"),
    Choice("agent", "A named agent"),
)
SCOPE_CODES = frozenset(c.code for c in SCOPES)

# 1 is the most urgent; 2 is what a flag gets unless the agent says otherwise.
PRIORITIES: tuple[Choice, ...] = (
    Choice("1", "1 – urgent"),
    Choice("2", "2 – normal"),
    Choice("3", "3 – when there is time"),
)
DEFAULT_PRIORITY = 2
SATISFACTION_MIN, SATISFACTION_MAX = 1, 5
STATUSES: tuple[Choice, ...] = (
    Choice("open", "Open"),
    Choice("done", "Done"),
    Choice("cancelled", "Cancelled"),
)


class ScoreError(ValueError):
    """A satisfaction score that is not a whole number from 1 to 5; ``kind`` says which."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind  # "not_a_number" or "out_of_range"


def parse_satisfaction(text: str) -> int | None:
    """The score typed (Persian ۱–۵ and Arabic ١–٥ digits too), or None when left blank."""
    cleaned = ascii_digits(text).strip()
    if not cleaned:
        return None
    if not cleaned.isascii() or not cleaned.isdigit():
        raise ScoreError("not_a_number")
    score = int(cleaned)
    if not SATISFACTION_MIN <= score <= SATISFACTION_MAX:
        raise ScoreError("out_of_range")
    return score


def needs_satisfaction(outcome: str) -> bool:
    """A caller who was reached is asked for a score; one who was not cannot give it."""
    return outcome not in NOT_REACHED
