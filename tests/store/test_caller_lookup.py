"""The search box's lookup: its own connection, the same answers as ``search_callers``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from agent_console.store.caller_lookup import CallerLookup
from agent_console.store.callers import search_callers
from agent_console.store.database import Database
from agent_console.store.records import AgentRef

from .helpers import add_caller


@pytest.fixture
def people(db: Database, agent: AgentRef) -> None:
    add_caller(db, agent, "Maryam Rahimi", "0912 345 6789", account="AC-1001")
    add_caller(db, agent, "Maryam Mahdavi", "0912 345 1111")
    add_caller(db, agent, "علی کریمی", "+98 935 210 4417")
    add_caller(db, agent, "Алёна Смирнова", "+7 916 555-12-34")
    add_caller(db, agent, "Élodie Martin", "+33 6 12 34 56 78", account="FR 77")
    add_caller(db, agent, "Jane O'Connor", "+1 (415) 555-0134", "+1 212 555 0199")


@pytest.fixture
def lookup(db: Database) -> Iterator[CallerLookup]:
    found = CallerLookup(db.engine)
    yield found
    found.close()


@pytest.mark.parametrize(
    "typed",
    [
        "۰۹۱۲ ۳۴۵",
        "0912 345 6789",
        "+98 912",
        "mary",
        "maryam",
        "RAHIMI",
        "алена",
        "كريمي",
        "ac-1001",
        "fr77",
        "jane o",
        "nobody",
        "'); DROP TABLE callers;--",
        "%",
        "  ",
    ],
)
def test_finds_what_search_callers_finds(
    db: Database, people: None, lookup: CallerLookup, typed: str
) -> None:
    with db.session() as session:
        expected = search_callers(session, typed, "IR")
    assert lookup.search(typed, "IR") == expected


def test_limit_keeps_the_first_callers_by_name(
    db: Database, people: None, lookup: CallerLookup
) -> None:
    assert [c.name for c in lookup.search("0912 345", "IR", limit=1)] == ["Maryam Mahdavi"]
    both = lookup.search("maryam", "IR")
    assert [c.name for c in both] == ["Maryam Mahdavi", "Maryam Rahimi"]
    assert both[1].phones == ("+989123456789",) and both[1].account_ref == "AC-1001"


def test_a_caller_added_elsewhere_is_found_at_the_next_keystroke(
    db: Database, agent: AgentRef, people: None, lookup: CallerLookup
) -> None:
    assert lookup.search("hadd", "IR") == []  # the connection is open and has read
    add_caller(db, agent, "Karim Haddad", "+971 50 123 4567", account="AE-9")
    assert [c.name for c in lookup.search("hadd", "IR")] == ["Karim Haddad"]
    assert [c.name for c in lookup.search("+971 50 123", "IR")] == ["Karim Haddad"]


def test_a_lost_connection_is_replaced_without_an_error(
    db: Database, people: None, lookup: CallerLookup
) -> None:
    assert [c.name for c in lookup.search("jane", "IR")] == ["Jane O'Connor"]
    _cut(db, lookup)
    assert [c.name for c in lookup.search("élodie", "IR")] == ["Élodie Martin"]


def _cut(db: Database, lookup: CallerLookup) -> None:
    """Lose the lookup's connection as a restarted server or a closed file would."""
    cursor = lookup._cursor  # the connection under test is the lookup's own
    backend = db.engine.dialect.name
    if backend == "sqlite":
        cursor.connection.close()
        return
    ask = "SELECT pg_backend_pid()" if backend == "postgresql" else "SELECT CONNECTION_ID()"
    cursor.execute(ask)
    (session_id,) = cursor.fetchone()
    kill = "SELECT pg_terminate_backend(:id)" if backend == "postgresql" else "KILL :id"
    with db.engine.connect() as conn:
        conn.execute(text(kill), {"id": session_id})
        conn.commit()
