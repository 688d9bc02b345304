"""CSV export: a byte-order mark, Persian text intact, formulas defused, and the importer reads it back."""

from __future__ import annotations

import codecs
import csv
from datetime import timedelta
from pathlib import Path

from agent_console.core.import_mapping import RowOptions
from agent_console.core.import_presets import guess_mapping
from agent_console.store.database import Database
from agent_console.store.export_csv import (
    INCIDENT_COLUMNS,
    export_follow_ups,
    export_incidents,
    write_rejections,
)
from agent_console.store.follow_ups import create_follow_up
from agent_console.store.importer import ImportSpec, import_csv
from agent_console.store.incidents import submit_incident
from agent_console.store.models import Incident
from agent_console.store.records import AgentRef, NewFollowUp
from tests.store.helpers import T0, add_caller, incident

PERSIAN = "دو بار پول کسر شده - تست فارسی و English با هم"


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_incidents_and_follow_ups_export(db: Database, agent: AgentRef, tmp_path: Path) -> None:
    caller = add_caller(db, agent, "مریم رحیمی", "0912 345 6789", account="AC-1")
    first = incident(
        caller.id, 0, summary=PERSIAN, notes="خط اول\nخط دوم", checklist={"adherence": 0.5}
    )
    formula = incident(caller.id, 10, summary='=HYPERLINK("http://x")', category="delivery")
    outside = incident(caller.id, -24 * 60)
    with db.session() as session:
        for item in (first, formula, outside):
            submit_incident(session, item, agent)
        create_follow_up(
            session, NewFollowUp(caller.id, T0 + timedelta(hours=2), "Call back", first.id), agent
        )
    path, follow_path = tmp_path / "incidents.csv", tmp_path / "follow-ups.csv"
    with db.session() as session:
        assert export_incidents(session, path, T0, T0 + timedelta(days=1)) == 2
        assert export_follow_ups(session, follow_path, T0, T0 + timedelta(days=1)) == 1

    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8) and b"\r\n" in raw
    rows = _read(path)
    assert list(rows[0]) == list(INCIDENT_COLUMNS)
    assert rows[0]["summary"] == PERSIAN and rows[0]["notes"] == "خط اول\nخط دوم"
    assert rows[0]["caller"] == "مریم رحیمی" and rows[0]["checklist_adherence"] == "0.5"
    assert rows[0]["started_at"] == T0.isoformat() and rows[0]["escalated"] == "no"
    assert rows[1]["summary"] == '\'=HYPERLINK("http://x")'  # shown, never run
    (follow_up,) = _read(follow_path)
    assert follow_up["incident_id"] == str(first.id) and follow_up["reason"] == "Call back"
    assert not list(tmp_path.glob("*.part"))


def test_an_export_imports_back(sqlite_db: Database, tmp_path: Path) -> None:
    from agent_console.store.agents import ensure_agent

    with sqlite_db.session() as session:
        agent = ensure_agent(session, "tester", "Test Agent")
    caller = add_caller(sqlite_db, agent, "مریم رحیمی", "0912 345 6789", account="AC-1")
    with sqlite_db.session() as session:
        first_id = submit_incident(
            session, incident(caller.id, 0, summary=PERSIAN, mood_end=5), agent
        )[0].id
    path = tmp_path / "incidents.csv"
    with sqlite_db.session() as session:
        export_incidents(session, path, T0, T0 + timedelta(days=1))
    guess = guess_mapping("incidents", INCIDENT_COLUMNS)
    assert ("summary", "summary") in guess.pairs and (
        "account_ref",
        "caller_account_ref",
    ) in guess.pairs
    with sqlite_db.session() as session:
        report = import_csv(
            session,
            path,
            ImportSpec("incidents", guess.pairs, options=RowOptions(region="IR")),
            agent,
        )
    # The export's id is the incident's own: imported back, it is recognised as already there.
    assert (report.imported, report.already_there, report.rejected) == (0, 1, [])
    other = tmp_path / "other.sqlite3"
    from agent_console.store.database import open_database, sqlite_url

    fresh = open_database(sqlite_url(other))
    with fresh.session() as session:
        someone = ensure_agent(session, "lead", "Lead")
        again = import_csv(
            session,
            path,
            ImportSpec("incidents", guess.pairs, options=RowOptions(region="IR")),
            someone,
        )
        stored = session.get(Incident, first_id)
    fresh.dispose()
    assert (again.imported, again.callers_added) == (1, 1)  # into another database: same id
    assert stored is not None and stored.summary == PERSIAN and stored.mood_end == 5


def test_rejected_rows_report(tmp_path: Path) -> None:
    path = tmp_path / "rejected.csv"
    write_rejections(
        path, ["name", "date"], [(3, "the call started in the future", ["+مریم", "2099-01-01"])]
    )
    (row,) = _read(path)
    assert row == {
        "line": "3",
        "reason": "the call started in the future",
        "name": "'+مریم",
        "date": "2099-01-01",
    }
