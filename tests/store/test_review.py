"""The incident review: folded full-text search in every language, filters, the story, notes."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from agent_console.store import migrate
from agent_console.store.agents import ensure_agent
from agent_console.store.database import Database, make_engine, sqlite_url
from agent_console.store.errors import EditRefused
from agent_console.store.follow_ups import close_follow_up, create_follow_up
from agent_console.store.incidents import get_incident, submit_incident
from agent_console.store.lead_records import NewReviewNote, ReviewFilter
from agent_console.store.models import Incident
from agent_console.store.records import AgentRef, NewFollowUp
from agent_console.store.review import add_review_note, incident_story, search_incidents
from tests.store.helpers import T0, add_caller, incident

STORIES = {
    "fa": ("بسته دیر رسید", "مشتری ناراحت بود؛ پیک دوباره نیامد"),
    "ar": ("الفاتورة مكررة", "العميل غاضب لأن المبلغ خُصم مرتين"),
    "ru": ("Ёлка не доставлена", "Клиент расстроен, курьер опоздал"),
    "en": ("Router keeps dropping", "Third outage this week; 100% annoyed"),
}


@pytest.fixture
def lead(db: Database) -> AgentRef:
    with db.session() as session:
        return ensure_agent(session, "lead.a", "Lead A", "lead")


@pytest.fixture
def stored(db: Database, agent: AgentRef, lead: AgentRef) -> dict[str, uuid.UUID]:
    caller = add_caller(db, agent, "Review Caller")
    ids = {}
    with db.session() as session:
        for minutes, (lang, (summary, notes)) in enumerate(STORIES.items()):
            valid = incident(
                caller.id, minutes * 60, "delivery" if lang in ("fa", "ru") else "billing",
                notes, summary=summary, escalated=lang == "ar", mood_end=1 if lang == "ru" else 4,
                outcome="escalated" if lang == "ar" else "resolved",
            )  # fmt: skip
            submit_incident(session, valid, agent if lang != "en" else lead)
            ids[lang] = valid.id
    return ids


def _found(db: Database, **filters: object) -> list[uuid.UUID]:
    with db.session() as session:
        page = search_incidents(session, ReviewFilter(**filters))  # type: ignore[arg-type]
    return [row.id for row in page.rows]


@pytest.mark.parametrize(
    ("typed", "lang"),
    [
        ("پيک", "fa"),  # Arabic yeh typed, Persian yeh stored
        ("ناراحت بسته", "fa"),  # every word, in any order
        ("الفاتوره", "ar"),  # teh marbuta folded
        ("خصم", "ar"),  # the harakat in the notes fold away
        ("ёлка", "ru"),
        ("ЕЛКА", "ru"),  # ё/е and case
        ("КУРЬЕР опоздал", "ru"),
        ("ROUTER", "en"),
        ("100%", "en"),
    ],
)
def test_search_finds_summaries_and_notes_in_every_language(
    db: Database, stored: dict[str, uuid.UUID], typed: str, lang: str
) -> None:
    assert _found(db, text=typed) == [stored[lang]]


def test_like_wildcards_typed_are_only_characters(
    db: Database, stored: dict[str, uuid.UUID]
) -> None:
    assert _found(db, text="router keeps") == [stored["en"]]
    assert _found(db, text="router_keeps") == []  # "_" is not "any character" here
    assert len(_found(db, text="")) == len(_found(db, text="% ؟ …")) == 4  # no words: no filter


def test_filters_narrow_the_search(
    db: Database, stored: dict[str, uuid.UUID], agent: AgentRef, lead: AgentRef
) -> None:
    assert _found(db, category="delivery") == [stored["ru"], stored["fa"]]  # newest first
    assert _found(db, escalated=True) == [stored["ar"]]
    assert _found(db, outcome="escalated") == [stored["ar"]]
    assert _found(db, mood_end=1) == [stored["ru"]]
    assert _found(db, agent_id=lead.id) == [stored["en"]]
    window = {"started_from": T0 + timedelta(minutes=30), "started_before": T0 + timedelta(hours=2)}
    assert _found(db, **window) == [stored["ar"]]
    assert _found(db, text="ناراحت", category="billing") == []


def test_the_story_has_follow_ups_audit_trail_and_review_notes(
    db: Database, stored: dict[str, uuid.UUID], agent: AgentRef, lead: AgentRef
) -> None:
    incident_id = stored["fa"]
    with db.session() as session:
        row = get_incident(session, incident_id)
        assert row is not None
        new = NewFollowUp(row.caller_id, T0 + timedelta(days=1), "confirm", incident_id=incident_id)
        flagged, _ = create_follow_up(session, new, agent)
        close_follow_up(session, flagged.id, 1, "resolved", 5, "all good", lead)
    note = NewReviewNote(incident_id, "Good empathy; should have offered the courier's number.")
    with db.session() as session:
        added, changes = add_review_note(session, note, lead)
        again, _ = add_review_note(session, note, lead)  # a retried delivery keeps one
    assert added == again and added.author_name == "Lead A"
    assert incident_id in changes.incidents
    with db.session() as session:
        story = incident_story(session, incident_id)
    assert story is not None
    assert story.incident == row  # the agent's record is as it was
    assert [(f.outcome, f.satisfaction) for f in story.follow_ups] == [("resolved", 5)]
    assert [n.text for n in story.notes] == [note.text]
    actions = [(e.action, e.actor_login) for e in story.audit]
    assert actions == [
        ("incident.submitted", "tester"),
        ("follow_up.created", "tester"),
        ("follow_up.closed", "lead.a"),
        ("review_note.added", "lead.a"),
    ]


def test_only_a_lead_adds_a_review_note_and_it_is_never_empty(
    db: Database, stored: dict[str, uuid.UUID], agent: AgentRef, lead: AgentRef
) -> None:
    with pytest.raises(EditRefused, match="team lead"), db.session() as session:
        add_review_note(session, NewReviewNote(stored["en"], "I was fine"), agent)
    with pytest.raises(EditRefused, match="Write the review note"), db.session() as session:
        add_review_note(session, NewReviewNote(stored["en"], "   "), lead)


def test_the_migration_fills_the_search_text_of_incidents_already_stored(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "old.sqlite3"))
    migrate.upgrade(engine, "22afe3ea24ac")  # the revision before the review search
    caller_id, agent_id, incident_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO agents (id, login, display_name, role, active, created_at) "
            "VALUES (?, 'old', 'Old', 'agent', 1, '2026-01-01 00:00:00')",
            (agent_id.hex,),
        )
        conn.exec_driver_sql(
            "INSERT INTO callers (id, name, tech_level, pinned_note, created_at, updated_at, "
            "version) VALUES (?, 'X', 'unknown', '', '2026-01-01', '2026-01-01', 1)",
            (caller_id.hex,),
        )
        values = incident(caller_id, summary="كيف حالك", notes="Ёж").__dict__
        columns = {k: values[k] for k in ("summary", "notes", "category", "severity", "mood_start")}
        conn.execute(
            insert(Incident.__table__).values(  # type: ignore[arg-type]
                id=incident_id,
                caller_id=caller_id,
                agent_id=agent_id,
                started_at=T0,
                outcome="resolved",
                escalated=False,
                checklist={},
                submitted_at=T0,
                **columns,
            )
        )
    migrate.upgrade(engine)
    with engine.connect() as conn:
        folded = conn.execute(select(Incident.search_text)).scalar_one()
    engine.dispose()
    assert folded == "کیف حالک\nеж"
