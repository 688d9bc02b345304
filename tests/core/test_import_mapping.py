"""Import mapping rules: value mappers, the mapping check, and one row to an incident."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agent_console.core import import_values as values
from agent_console.core.import_mapping import (
    CALLERS,
    INCIDENTS,
    RowOptions,
    RowReader,
    check_mapping,
)
from agent_console.core.import_presets import guess_mapping
from agent_console.core.import_rows import RowRejected, incident_from_row

NOW = datetime(2026, 6, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("billing", "billing"),
        ("Billing and pricing", "billing"),
        ("Debt collection / Took or threatened to take negative or legal action", "staff"),
        ("Credit reporting / Incorrect information on your report", "quality"),
        ("Credit reporting / Problem with a credit reporting company's investigation into an existing problem", "ignored_feedback"),
        ("Mortgage / Struggling to pay mortgage", "personal"),
        ("Credit card or prepaid card / Problem with a purchase shown on your statement", "billing"),
        ("Checking or savings account / Confusing or missing disclosures", "usability"),
        ("Credit card / Advertising and marketing, including promotional offers", "broken_promise"),
        ("Money transfer / Managing, opening, or closing your mobile wallet account", "technical"),
        ("The parcel was never delivered", "delivery"),
        ("They ignored my feedback", "ignored_feedback"),  # "feedback" is no fee
    ],
)  # fmt: skip
def test_category_rules(text: str, expected: str) -> None:
    assert values.category(text) == expected


def test_category_nothing_fits_names_the_text() -> None:
    with pytest.raises(ValueError, match="no category fits “zzz”"):
        values.category("zzz")


@pytest.mark.parametrize(
    ("text", "resolution", "outcome"),
    [
        ("Closed with monetary relief", "refund", "resolved"),
        ("Closed with non-monetary relief", "fixed", "resolved"),
        ("Closed with explanation", "explained", "resolved"),
        ("Closed without relief", "none", "unresolved"),
        ("In progress", "pending", "follow_up"),
        ("refund", "refund", "resolved"),
        ("Escalated", "escalated", "escalated"),
        ("", None, "unresolved"),
    ],
)
def test_company_response_to_resolution_and_outcome(
    text: str, resolution: str | None, outcome: str
) -> None:
    found = values.resolution(text)
    assert found == resolution
    assert values.outcome_for_resolution(found) == outcome


def test_unknown_resolution_is_an_error_but_an_unknown_root_cause_is_not_yet_known() -> None:
    with pytest.raises(ValueError, match="not a resolution"):
        values.resolution("sent flowers")
    assert (
        values.root_cause("Company believes the complaint is the result of a misunderstanding")
        == "misunderstanding"
    )
    assert values.root_cause("Company chooses not to provide a public response") == "unknown"
    assert values.root_cause("") is None


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("2023-08-25", False, datetime(2023, 8, 25, 12, tzinfo=UTC)),  # a date alone: noon UTC
        ("2023-08-25 09:30", False, datetime(2023, 8, 25, 9, 30, tzinfo=UTC)),
        ("2023-08-25T09:30:00+03:30", False, datetime(2023, 8, 25, 6, 0, tzinfo=UTC)),
        ("۲۰۲۳-۰۸-۲۵", False, datetime(2023, 8, 25, 12, tzinfo=UTC)),  # Persian digits
        ("08/25/2023", False, datetime(2023, 8, 25, 12, tzinfo=UTC)),
        ("25/08/2023", False, datetime(2023, 8, 25, 12, tzinfo=UTC)),  # 25 cannot be a month
        ("02/03/2023", True, datetime(2023, 3, 2, 12, tzinfo=UTC)),
        ("02/03/2023", False, datetime(2023, 2, 3, 12, tzinfo=UTC)),
        ("25.08.2023 14:05", False, datetime(2023, 8, 25, 14, 5, tzinfo=UTC)),
    ],
)
def test_dates(text: str, day_first: bool, expected: datetime) -> None:
    assert values.when(text, day_first) == expected


def test_bad_dates_say_what_to_write() -> None:
    with pytest.raises(ValueError, match="is not a date"):
        values.when("yesterday")
    with pytest.raises(ValueError, match="is not a date"):
        values.when("31/02/2023")


def test_mapping_problems_name_the_column_and_field() -> None:
    header = ["Date received", "Product"]
    problems = check_mapping(
        INCIDENTS,
        header,
        [("Date received", "started_at"), ("Date sent", "ended_at"), ("Product", "colour")],
    )
    assert "The file has no column “Date sent”." in problems
    assert "“colour” is not a field of an incidents import." in problems
    assert any("Category" in p and "required" in p for p in problems)
    assert check_mapping(CALLERS, header, []) == [
        "Map a column to the caller's name, account reference or phone."
    ]


CFPB_HEADER = [
    "Date received", "Product", "Sub-product", "Issue", "Sub-issue",
    "Consumer complaint narrative", "Company public response", "Company", "State", "ZIP code",
    "Tags", "Consumer consent provided?", "Submitted via", "Date sent to company",
    "Company response to consumer", "Timely response?", "Consumer disputed?", "Complaint ID",
]  # fmt: skip


def _cfpb_row(**changes: str) -> dict[str, str]:
    row = dict.fromkeys(CFPB_HEADER, "")
    row.update({
        "Date received": "2023-08-25", "Product": "Debt collection",
        "Issue": "Attempts to collect debt not owed", "Sub-issue": "Debt is not yours",
        "Consumer complaint narrative": "They keep calling about a debt that is not mine.",
        "Company": "ACME COLLECTIONS", "State": "FL",
        "Company response to consumer": "Closed with explanation", "Complaint ID": "7523056",
    })  # fmt: skip
    row.update(changes)
    return row


def test_a_cfpb_row_becomes_a_caller_and_an_incident() -> None:
    guess = guess_mapping(INCIDENTS, CFPB_HEADER)
    assert guess.layout == "cfpb" and check_mapping(INCIDENTS, CFPB_HEADER, guess.pairs) == []
    reader = RowReader(guess.pairs)
    options = RowOptions(caller_name_prefix=guess.caller_name_prefix)
    item = incident_from_row(reader, _cfpb_row(), options, 2, NOW)
    assert item.key == "Complaint ID:7523056"
    assert item.caller.name == "CFPB complaint 7523056"
    assert item.caller.account_ref == "7523056" and item.caller.key == "row:Complaint ID:7523056"
    assert item.category == "billing" and item.summary == "Debt is not yours"
    assert item.resolution == "explained" and item.outcome == "resolved" and not item.escalated
    assert item.notes.splitlines()[:2] == [
        "Consumer complaint narrative: They keep calling about a debt that is not mine.",
        "Company: ACME COLLECTIONS",
    ]
    assert item.started_at == datetime(2023, 8, 25, 12, tzinfo=UTC)
    assert (item.severity, item.mood_start, item.mood_end) == (2, 3, None)
    # No sub-issue: the summary is the category text.
    bare = incident_from_row(reader, _cfpb_row(**{"Sub-issue": ""}), options, 2, NOW)
    assert bare.summary == "Debt collection / Attempts to collect debt not owed"


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"Date received": "2027-01-01"}, "started in the future"),
        ({"Date received": "someday"}, "Call started"),
        ({"Company response to consumer": "Sent a hamper"}, "not a resolution"),
        ({"Product": "", "Issue": ""}, "category is empty"),
    ],
)
def test_a_bad_row_is_rejected_with_its_reason(changes: dict[str, str], reason: str) -> None:
    guess = guess_mapping(INCIDENTS, CFPB_HEADER)
    with pytest.raises(RowRejected, match=reason):
        incident_from_row(RowReader(guess.pairs), _cfpb_row(**changes), RowOptions(), 2, NOW)
