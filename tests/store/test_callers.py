"""Caller lookup as the agent types, and adding callers."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from agent_console.store.callers import create_caller, search_callers
from agent_console.store.database import Database
from agent_console.store.errors import CallerInputError
from agent_console.store.models import Caller, CallerPhone
from agent_console.store.records import AgentRef, NewCaller

from .helpers import add_caller


@pytest.fixture
def people(db: Database, agent: AgentRef) -> dict[str, str]:
    add_caller(db, agent, "Maryam Rahimi", "0912 345 6789", account="AC-1001")
    add_caller(db, agent, "علی کریمی", "+98 935 210 4417")
    add_caller(db, agent, "Алёна Смирнова", "+7 916 555-12-34")
    add_caller(db, agent, "Élodie Martin", "+33 6 12 34 56 78", account="FR 77")
    add_caller(db, agent, "Jane O'Connor", "+1 (415) 555-0134", "+1 212 555 0199")
    return {}


def names(db: Database, query: str, region: str = "IR") -> list[str]:
    with db.session() as session:
        return [c.name for c in search_callers(session, query, region)]


@pytest.mark.parametrize(
    "typed",
    [
        "۰۹۱۲ ۳۴۵ ۶۷۸۹",  # Persian digits, national format
        "٠٩١٢٣٤٥٦٧٨٩",  # Arabic-Indic digits
        "+98 912 345 6789",
        "0098 (912) 345-6789",
        "912-345",  # national number without the trunk 0
        "0912 34",  # still typing
    ],
)
def test_a_number_in_any_format_finds_the_caller(db: Database, people: object, typed: str) -> None:
    assert names(db, typed) == ["Maryam Rahimi"]


def test_national_format_uses_the_configured_region(db: Database, people: object) -> None:
    assert names(db, "(415) 555-01", region="US") == ["Jane O'Connor"]
    assert names(db, "212 555 0199", region="US") == ["Jane O'Connor"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("mary", "Maryam Rahimi"),
        ("RAHIMI", "Maryam Rahimi"),
        ("elodie", "Élodie Martin"),
        ("алена", "Алёна Смирнова"),  # ё typed as е
        ("علي", "علی کریمی"),  # Arabic yeh finds Persian yeh
        ("كريمي", "علی کریمی"),  # Arabic kaf finds keheh
        ("ali", None),
        ("ac-1001", "Maryam Rahimi"),
        ("AC 1001", "Maryam Rahimi"),
        ("fr77", "Élodie Martin"),
        ("jane o", "Jane O'Connor"),
    ],
)
def test_names_and_accounts_match_loosely(
    db: Database, people: object, typed: str, expected: str | None
) -> None:
    assert names(db, typed) == ([expected] if expected else [])


@pytest.mark.parametrize("typed", ["'); DROP TABLE callers;--", "%", "_", "q%", "\x00", "😀", "  "])
def test_odd_input_finds_nothing_and_breaks_nothing(
    db: Database, people: object, typed: str
) -> None:
    assert names(db, typed) == []
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Caller)) == 5


def test_a_new_caller_is_found_at_once_by_every_key(db: Database, agent: AgentRef) -> None:
    add_caller(db, agent, "Karim Haddad", "+971 50 123 4567", account="AE-9")
    assert names(db, "+971 50 123") == ["Karim Haddad"]
    assert names(db, "hadd") == ["Karim Haddad"]
    assert names(db, "ae9") == ["Karim Haddad"]


def test_phones_are_stored_as_e164(db: Database, agent: AgentRef) -> None:
    caller = add_caller(db, agent, "Maryam", "۰۹۱۲ ۳۴۵ ۶۷۸۹", "0098-935-210-4417")
    assert caller.phones == ("+989123456789", "+989352104417")
    with db.session() as session:
        stored = set(session.scalars(select(CallerPhone.e164)))
    assert stored == {"+989123456789", "+989352104417"}


def test_bad_caller_input_says_what_to_fix_and_saves_nothing(db: Database, agent: AgentRef) -> None:
    with pytest.raises(CallerInputError) as raised, db.session() as session:
        create_caller(session, NewCaller(name="  ", phones=("12", "call me")), "IR", agent)
    fields = [e.field for e in raised.value.errors]
    assert fields == ["name", "phones", "phones"]
    assert "wrong number of digits" in raised.value.errors[1].message
    assert "is not a phone number" in raised.value.errors[2].message
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Caller)) == 0


def test_creating_the_same_caller_twice_keeps_one(db: Database, agent: AgentRef) -> None:
    new = NewCaller(name="Once Only", phones=("+44 20 7946 0958",))
    with db.session() as session:
        create_caller(session, new, "GB", agent)
    with db.session() as session:
        again, changes = create_caller(session, new, "GB", agent)
    assert again.name == "Once Only" and not changes
    assert names(db, "once") == ["Once Only"]
