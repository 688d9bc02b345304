"""The English coach against real customer-service replies (Twitter support sample).

Most company replies in the sample are courteous, so a coach that flags many of them would
nag agents into ignoring it; the defensive ones picked out by hand must be caught.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from agent_console.core.phrasing import load_phrasebook

COURTESY = ("thank", "glad", "happy to", "you're welcome", "enjoy", "love", "appreciate", "pleasure")

# Measured 2.3 % (52 of 2,222 replies) with phrasebook version 1. Nearly all of those are
# real refusals ("we're unable to view your account via Twitter") that the coach should
# rephrase. 5 % leaves room for new rules and fails when a rule starts catching ordinary
# courtesy: "sorry" alone is in 11.6 % of the replies, "just" in 3.5 %. Narrower slips
# ("we can't wait", "you should have a ...") are guarded by POLITE_LOOKALIKES below.
MAX_FLAGGED_REPLIES = 0.05
# Measured 0.6 % (3 of 512) among replies with a courtesy word, and two of the three are a
# non-apology and an apology followed by "but".
MAX_FLAGGED_COURTEOUS = 0.02

# Hand-picked defensive replies from the sample, by tweet_id, with what must be found.
DEFENSIVE = {
    "7030": {"refusal", "excuse"},  # "nothing more we can do ... could happen with any airline"
    "3264": {"refusal"},  # "I cannot double compensate for the same flight"
    "1849": {"refusal"},  # "we are not able to assist with this request"
    "3982": {"refusal"},  # "we're unable to help you with BA Holidays bookings"
    "3967": {"refusal"},  # "we cannot change it"
    "2450": {"refusal"},  # "due to our policy terms and conditions"
    "2464": {"refusal"},  # "Due to our privacy policy we're not able to address these concerns"
    "4010": {"excuse", "passing_buck"},  # "I'm sorry Kevin, but you need to contact Kuwait Airways"
    "1489": {"passing_buck"},  # "you need to contact HP phone support"
    "3703": {"excuse"},  # "things that are beyond our control"
    "3037": {"excuse"},  # "Our seat pitch is comparable to other airlines"
    "3699": {"excuse"},  # "I understand your frustration; however, this is an issue with..."
    "1830": {"excuse"},  # "I am sorry to hear that Polly, however we would not offer a gesture"
    "5959": {"blame"},  # "really sorry that you feel this way"
    "2977": {"blame"},  # "We're sorry you feel this way ... available to view on our website"
    "5006": {"blame"},  # "We're sorry if you feel that way"
    "6614": {"command"},  # "You must report your claim within 24 hours"
    "3182": {"command"},  # "you need to inform us on your issue"
}

# Polite replies that use the very words the rules look for, and must not be flagged.
POLITE_LOOKALIKES = {
    "1215": "we can't wait to share the skies with you again",
    "2043": "We can't wait to see you at 35k again soon",
    "2082": "We can't wait to welcome you onboard",
    "1238": "doesn't mean we can't be there for you",
    "6466": "We can't believe it too",
    "4023": "you should have a WorldTracer reference number",
    "7181": "You should have that option",
    "3191": "you should be okay",
    "37": "we are just a tweet away",
    "1064": "glad you got to kick back",
    "5418": "get you where you need to be",
    "3606": "arriving just a few minutes early",
}


@pytest.fixture(scope="module")
def replies() -> dict[str, str]:
    path = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "twcs-sample.csv"
    if not path.exists():
        pytest.skip(f"the Twitter support sample is not here: {path}")
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["tweet_id"]: row["text"] for row in csv.DictReader(fh) if row["inbound"] == "False"}


def test_few_company_replies_are_flagged(replies: dict[str, str]) -> None:
    book = load_phrasebook("en")
    flagged = [tid for tid, text in replies.items() if book.check(text)]
    fraction = len(flagged) / len(replies)
    print(f"\nflagged {len(flagged)} of {len(replies)} company replies: {fraction:.1%}")
    assert len(replies) > 1000
    assert fraction < MAX_FLAGGED_REPLIES


def test_courteous_replies_are_almost_never_flagged(replies: dict[str, str]) -> None:
    book = load_phrasebook("en")
    courteous = {t: x for t, x in replies.items() if any(w in x.lower() for w in COURTESY)}
    flagged = [tid for tid, text in courteous.items() if book.check(text)]
    fraction = len(flagged) / len(courteous)
    print(f"\nflagged {len(flagged)} of {len(courteous)} courteous replies: {fraction:.1%} {flagged}")
    assert len(courteous) > 300
    assert fraction < MAX_FLAGGED_COURTEOUS


@pytest.mark.parametrize(("tweet_id", "expected"), sorted(DEFENSIVE.items()))
def test_defensive_replies_are_flagged(replies: dict[str, str], tweet_id: str,
                                       expected: set[str]) -> None:
    found = {str(f.kind) for f in load_phrasebook("en").check(replies[tweet_id])}
    assert expected <= found, (replies[tweet_id], found)


@pytest.mark.parametrize(("tweet_id", "phrase"), sorted(POLITE_LOOKALIKES.items()))
def test_polite_lookalikes_are_not_flagged(replies: dict[str, str], tweet_id: str, phrase: str) -> None:
    text = replies[tweet_id]
    assert phrase in text  # the sample is the one these ids were picked from
    findings = load_phrasebook("en").check(text)
    start = text.index(phrase)
    overlapping = [f for f in findings if f.start < start + len(phrase) and f.end > start]
    assert overlapping == [], overlapping
