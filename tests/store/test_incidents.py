"""Submitting incidents and reading histories and precedents."""

from __future__ import annotations

from sqlalchemy import func, select

from agent_console.store.database import Database
from agent_console.store.incidents import caller_history, get_incident, precedents, submit_incident
from agent_console.store.models import AuditEvent, Incident
from agent_console.store.records import AgentRef

from .helpers import add_caller, incident


def test_submitted_incident_is_first_in_the_history_with_an_audit_event(
    db: Database, agent: AgentRef
) -> None:
    caller = add_caller(db, agent, "Maryam", "0912 345 6789")
    with db.session() as session:
        submit_incident(session, incident(caller.id, 0), agent)
        row, changes = submit_incident(
            session, incident(caller.id, 60, summary="the latest"), agent
        )
    assert changes.histories == {caller.id} and changes.incidents == {row.id}
    with db.session() as session:
        history = caller_history(session, caller.id)
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity_id == row.id)).all()
    assert [r.summary for r in history.rows] == ["the latest", "summary 0"]
    assert history.rows[0].agent_name == "Test Agent"
    assert [(e.action, e.actor_login) for e in events] == [("incident.submitted", "tester")]


def test_submitting_twice_stores_once(db: Database, agent: AgentRef) -> None:
    caller = add_caller(db, agent, "Maryam", "0912 345 6789")
    same = incident(caller.id)
    for _ in range(3):
        with db.session() as session:
            submit_incident(session, same, agent)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Incident)) == 1
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "incident.submitted")
            )
            == 1
        )


def test_history_pages_cover_every_incident_once_newest_first(
    db: Database, agent: AgentRef
) -> None:
    caller = add_caller(db, agent, "Many Calls", "0912 000 0000")
    other = add_caller(db, agent, "Someone Else", "0912 000 0001")
    with db.session() as session:
        for minute in range(250):
            submit_incident(session, incident(caller.id, minute % 200), agent)  # ties on time
        submit_incident(session, incident(other.id, 999), agent)
    seen, key = [], None
    with db.session() as session:
        while True:
            page = caller_history(session, caller.id, after=key, limit=64)
            seen.extend(page.rows)
            key = page.next_key
            if key is None:
                break
    assert len(seen) == 250 and len({r.id for r in seen}) == 250
    # Newest first; ties on time are broken by id in the backend's own order (MariaDB's
    # native UUID type does not sort like Python's), which keyset paging only needs to be stable.
    times = [r.started_at for r in seen]
    assert times == sorted(times, reverse=True)


def test_precedents_are_other_callers_incidents_in_the_same_category(
    db: Database, agent: AgentRef
) -> None:
    me = add_caller(db, agent, "Me", "0912 000 0000")
    them = add_caller(db, agent, "Them", "0912 000 0001")
    with db.session() as session:
        submit_incident(session, incident(me.id, 1, "billing"), agent)
        submit_incident(session, incident(them.id, 2, "billing", resolution="refund"), agent)
        submit_incident(session, incident(them.id, 3, "delivery"), agent)
        page = precedents(session, "billing", exclude_caller_id=me.id)
    assert [(r.caller_name, r.category, r.resolution) for r in page.rows] == [
        ("Them", "billing", "refund")
    ]


def test_any_text_comes_back_exactly_as_typed(db: Database, agent: AgentRef) -> None:
    caller = add_caller(db, agent, "Text", "0912 000 0000")
    notes = "تست فارسی و English با هم 😀\n'); DROP TABLE incidents;--\n" + "Алёна ё " * 2000
    with db.session() as session:
        row, _ = submit_incident(session, incident(caller.id, notes=notes), agent)
    with db.session() as session:
        stored = get_incident(session, row.id)
    assert stored is not None and stored.notes == notes
