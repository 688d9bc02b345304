"""Team leads' versions of the checklist and phrasebook, and the repeat-complaint count."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from agent_console.core.checklist import Script, load_script
from agent_console.core.checklist_edit import reword_step
from agent_console.store import guidance
from agent_console.store.agents import ensure_agent
from agent_console.store.database import Database
from agent_console.store.errors import EditRefused, StaleEdit
from agent_console.store.escalation_facts import prior_complaints
from agent_console.store.guidance import (
    CHECKLIST,
    PHRASEBOOK,
    current_content,
    latest_content,
    phrasebook_from_body,
    save_content,
    shipped_body,
)
from agent_console.store.incidents import submit_incident
from agent_console.store.models import AuditEvent, GuidanceContent
from agent_console.store.records import AgentRef
from tests.store.helpers import T0, add_caller, incident


@pytest.fixture
def lead(db: Database) -> AgentRef:
    with db.session() as session:
        return ensure_agent(session, "lead1", "Lena Lead", "lead")


def _reworded(language: str = "en") -> dict[str, Any]:
    script = reword_step(load_script(language), "listen", title="Listen to the end")
    return script.to_json()


def test_nothing_saved_means_the_shipped_file(db: Database) -> None:
    with db.session() as session:
        assert latest_content(session, CHECKLIST, "fa") is None
        found = {(c.kind, c.language): c for c in current_content(session)}
    assert len(found) == 8
    shipped = found[(CHECKLIST, "fa")]
    assert not shipped.edited and shipped.version == load_script("fa").version
    assert found[(PHRASEBOOK, "ru")].body["language"] == "ru"


def test_each_save_is_the_next_version_and_the_newest_is_used(db: Database, lead: AgentRef) -> None:
    shipped_version = load_script("en").version
    with db.session() as session:
        first = save_content(session, CHECKLIST, "en", _reworded(), shipped_version, lead)
    assert first == shipped_version + 1
    with db.session() as session:
        body = _reworded()
        body["phases"][0]["steps"][0]["hint"] = "Say nothing for a while."
        second = save_content(session, CHECKLIST, "en", body, first, lead)
    assert second == first + 1
    with db.session() as session:
        version, stored = latest_content(session, CHECKLIST, "en") or (0, {})
        newest = {(c.kind, c.language): c for c in current_content(session)}[(CHECKLIST, "en")]
        audits = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "guidance.saved")
        ).all()
        rows = session.scalars(select(GuidanceContent)).all()
    assert version == second and stored["version"] == second
    assert Script.from_json(stored).step("listen").hint == "Say nothing for a while."
    assert newest.edited and newest.version == second
    assert len(rows) == 2  # versions are added, never overwritten
    assert [a.details["version"] for a in sorted(audits, key=lambda a: a.details["version"])] == [
        first,
        second,
    ]
    assert all(a.actor_login == "lead1" for a in audits)


def test_a_stale_base_is_refused_and_nothing_is_saved(db: Database, lead: AgentRef) -> None:
    base = load_script("ru").version
    with db.session() as session:
        saved = save_content(session, CHECKLIST, "ru", _reworded("ru"), base, lead)
    with pytest.raises(StaleEdit) as caught, db.session() as session:
        save_content(session, CHECKLIST, "ru", _reworded("ru"), base, lead)
    assert caught.value.current is not None and caught.value.current[0] == saved
    assert "version" in str(caught.value)
    with db.session() as session:
        assert (latest_content(session, CHECKLIST, "ru") or (0,))[0] == saved


def test_two_saves_of_the_same_version_at_once_keep_one(
    db: Database, lead: AgentRef, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = load_script("en").version
    with db.session() as session:
        save_content(session, CHECKLIST, "en", _reworded(), base, lead)
    # The other save read "nothing newer" just before ours committed.
    real = guidance.latest_content
    calls: list[int] = []

    def racing(*args: Any) -> Any:
        calls.append(1)
        return None if len(calls) == 1 else real(*args)

    monkeypatch.setattr(guidance, "latest_content", racing)
    with pytest.raises(StaleEdit), db.session() as session:
        save_content(session, CHECKLIST, "en", _reworded(), base, lead)
    monkeypatch.undo()
    with db.session() as session:
        assert len(session.scalars(select(GuidanceContent)).all()) == 1


def test_agents_may_not_edit(db: Database) -> None:
    with db.session() as session:
        agent = ensure_agent(session, "plain", "Plain Agent")
    with pytest.raises(EditRefused, match="team leads"), db.session() as session:
        save_content(session, CHECKLIST, "en", _reworded(), 1, agent)


def test_a_broken_checklist_is_refused_saying_why(db: Database, lead: AgentRef) -> None:
    body = _reworded()
    body["phases"][1]["steps"] = []
    with pytest.raises(EditRefused, match="problem"), db.session() as session:
        save_content(session, CHECKLIST, "en", body, 1, lead)
    body = _reworded()
    body["language"] = "fa"
    with pytest.raises(EditRefused, match="language"), db.session() as session:
        save_content(session, CHECKLIST, "en", body, 1, lead)


def test_a_phrasebook_with_one_broken_rule_saves_and_the_rest_works(
    db: Database, lead: AgentRef
) -> None:
    body = shipped_body(PHRASEBOOK, "en")
    body["rules"].append(
        {
            "id": "en.broken",
            "kind": "refusal",
            "patterns": ["(unclosed"],
            "suggestions": ["x"],
            "reason": "r",
        }
    )
    with db.session() as session:
        version = save_content(session, PHRASEBOOK, "en", body, body["version"], lead)
        _, stored = latest_content(session, PHRASEBOOK, "en") or (0, {})
    book = phrasebook_from_body(stored)
    assert book.version == version
    assert [p.rule_id for p in book.problems] == ["en.broken"]
    assert book.check("That's not our policy.")


def test_a_disabled_rule_stops_flagging(db: Database, lead: AgentRef) -> None:
    body = shipped_body(PHRASEBOOK, "en")
    for rule in body["rules"]:
        if rule["id"] == "en.refusal.policy":
            rule["disabled"] = True
    with db.session() as session:
        save_content(session, PHRASEBOOK, "en", body, body["version"], lead)
        _, stored = latest_content(session, PHRASEBOOK, "en") or (0, {})
    assert not any(
        f.rule_id == "en.refusal.policy"
        for f in phrasebook_from_body(stored).check("That's not our policy.")
    )
    assert any(r["id"] == "en.refusal.policy" for r in stored["rules"])  # kept, switched off


def test_a_phrasebook_without_rules_is_refused(db: Database, lead: AgentRef) -> None:
    body = shipped_body(PHRASEBOOK, "ar")
    del body["rules"]
    with pytest.raises(EditRefused, match="rules"), db.session() as session:
        save_content(session, PHRASEBOOK, "ar", body, body["version"], lead)


def test_prior_complaints_count_the_same_problem_in_thirty_days(
    db: Database, agent: AgentRef
) -> None:
    caller = add_caller(db, agent, "Repeat Caller", "09121110000")
    other = add_caller(db, agent, "Someone Else", "09121110001")
    now = T0 + timedelta(days=40)
    stored = []
    with db.session() as session:
        for days_ago, category, who in (
            (2, "billing", caller.id),
            (29, "billing", caller.id),
            (31, "billing", caller.id),
            (3, "delivery", caller.id),
            (1, "billing", other.id),
        ):
            minutes = int((now - T0 - timedelta(days=days_ago)).total_seconds() // 60)
            inc = incident(who, minutes, category)
            submit_incident(session, inc, agent)
            stored.append(inc)
    with db.session() as session:
        assert prior_complaints(session, caller.id, "billing", now) == 2
        assert prior_complaints(session, caller.id, "delivery", now) == 1
        assert prior_complaints(session, caller.id, "technical", now) == 0
        assert (
            prior_complaints(session, caller.id, "billing", now, exclude_incident_id=stored[0].id)
            == 1
        )
