"""Writing an import's rows a batch at a time: callers first (new ones only), then incidents.

Ids are uuid5 of what identifies the row (its record id, or its caller's account, phone or
line), so the same file imported again finds everything already there and adds nothing.
Batches are flushed into the import's one transaction, never committed here.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from agent_console.core.import_rows import ImportedCaller, ImportedIncident, account_key
from agent_console.store.agents import audit
from agent_console.store.callers import search_terms
from agent_console.store.change_log import record_change
from agent_console.store.models import Caller, CallerPhone, CallerSearchTerm, Incident
from agent_console.store.records import AgentRef
from agent_console.store.search_text import search_text

# Fixed for good: ids made from it must come out the same on every run and every machine.
NAMESPACE = uuid.UUID("5f6b2d8e-3c1a-4f7e-9a0b-6d2c8e4f1a37")
Parsed = tuple[int, tuple[str, ...], ImportedCaller | ImportedIncident]  # line, cells, row


@dataclass(frozen=True)
class Rejection:
    line: int
    reason: str
    cells: tuple[str, ...]


@dataclass
class ImportReport:
    kind: str
    file_name: str
    header: tuple[str, ...] = ()
    rows: int = 0
    imported: int = 0
    already_there: int = 0
    callers_added: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    seconds: float = 0.0
    # Callers that were there before and got incidents: their open histories need a refresh.
    grown: tuple[uuid.UUID, ...] = ()


def caller_id_for(caller: ImportedCaller) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"caller:{caller.key}")


def incident_id_for(incident: ImportedIncident) -> uuid.UUID:
    """The record id itself when it is a UUID (our own export): a round trip adds nothing."""
    try:
        return uuid.UUID(incident.record)
    except ValueError:
        return uuid.uuid5(NAMESPACE, f"incident:{incident.key}")


class BatchWriter:
    """Writes batches of parsed rows: callers first (new ones only), then incidents."""

    def __init__(
        self, session: Session, actor: AgentRef, now: datetime, report: ImportReport
    ) -> None:
        self.session, self.actor, self.now, self.report = session, actor, now, report
        self.callers: dict[str, uuid.UUID] = {}  # caller key -> id, of callers known to exist
        self.existing: set[uuid.UUID] = set()  # callers that were there before this import
        self.grown: dict[uuid.UUID, uuid.UUID] = {}  # such a caller -> an incident added to it
        self.incident_lines: dict[uuid.UUID, int] = {}  # imported in this run, by line

    def write(
        self, batch: Sequence[tuple[int, tuple[str, ...], ImportedCaller | ImportedIncident]]
    ) -> None:
        if not batch:
            return
        callers = [i.caller if isinstance(i, ImportedIncident) else i for _, _, i in batch]
        new_callers = self._resolve_callers(callers)
        incidents = [
            (line, cells, i) for line, cells, i in batch if isinstance(i, ImportedIncident)
        ]
        if incidents:
            self._write_incidents(incidents)
        else:  # a callers import: a row is imported when its caller is new
            for caller in callers:
                if caller.key in new_callers:
                    self.report.imported += 1
                    new_callers.discard(caller.key)
                else:
                    self.report.already_there += 1

    def _resolve_callers(self, callers: Sequence[ImportedCaller]) -> set[str]:
        """Find or add every caller; returns the keys of the callers added now."""
        wanted: dict[str, ImportedCaller] = {}
        for caller in callers:  # the first row that names a caller gives its details
            if caller.key not in self.callers:
                wanted.setdefault(caller.key, caller)
        if not wanted:
            return set()
        self._find_existing(wanted)
        added = [c for key, c in wanted.items() if key not in self.callers]
        self._insert_callers(added)
        return {c.key for c in added}

    def _find_existing(self, wanted: dict[str, ImportedCaller]) -> None:
        conn = self.session.connection()
        by_id = {caller_id_for(c): key for key, c in wanted.items()}
        for (found,) in conn.execute(select(Caller.id).where(Caller.id.in_(list(by_id)))):
            self._adopt(by_id[found], found)
        open_keys = [k for k in wanted if k not in self.callers]
        accounts = {
            account_key(wanted[k].account_ref or ""): k
            for k in open_keys
            if k.startswith("account:")
        }
        if accounts:
            query = select(CallerSearchTerm.term, CallerSearchTerm.caller_id).where(
                CallerSearchTerm.kind == "account", CallerSearchTerm.term.in_(list(accounts))
            )
            for term, caller_id in conn.execute(query):
                self._adopt(accounts[term], caller_id)
        phones = {wanted[k].phones[0]: k for k in open_keys if k.startswith("phone:")}
        if phones:
            query = select(CallerPhone.e164, CallerPhone.caller_id).where(
                CallerPhone.e164.in_(list(phones))
            )
            for e164, caller_id in conn.execute(query):
                self._adopt(phones[e164], caller_id)

    def _adopt(self, key: str, caller_id: uuid.UUID) -> None:
        """A caller that was already there (typed in the console, or imported before)."""
        if key not in self.callers:
            self.callers[key] = caller_id
            self.existing.add(caller_id)

    def _insert_callers(self, added: Sequence[ImportedCaller]) -> None:
        if not added:
            return
        rows, phones, terms = [], [], []
        for c in added:
            caller_id = caller_id_for(c)
            self.callers[c.key] = caller_id
            rows.append({
                "id": caller_id, "name": c.name, "account_ref": c.account_ref,
                "preferred_language": c.preferred_language, "tech_level": "unknown",
                "pinned_note": c.pinned_note, "created_at": self.now, "updated_at": self.now,
                "version": 1,
            })  # fmt: skip
            phones += [
                {"id": uuid.uuid5(caller_id, p), "caller_id": caller_id, "e164": p, "label": ""}
                for p in c.phones
            ]
            terms += [
                {"caller_id": caller_id, "term": term, "kind": kind}
                for term, kind in search_terms(c.name, c.account_ref, c.phones)
            ]
        session = self.session
        session.execute(insert(Caller.__table__), rows)  # type: ignore[arg-type]
        if phones:
            session.execute(insert(CallerPhone.__table__), phones)  # type: ignore[arg-type]
        if terms:
            session.execute(insert(CallerSearchTerm.__table__), terms)  # type: ignore[arg-type]
        self.report.callers_added += len(added)

    def _write_incidents(
        self, items: Sequence[tuple[int, tuple[str, ...], ImportedIncident]]
    ) -> None:
        ids = [incident_id_for(i) for _, _, i in items]
        conn = self.session.connection()
        there = set(conn.execute(select(Incident.id).where(Incident.id.in_(ids))).scalars())
        rows = []
        for line, cells, item in items:
            incident_id = incident_id_for(item)
            if incident_id in there:
                self.report.already_there += 1
                continue
            if incident_id in self.incident_lines:
                reason = f"the same record as line {self.incident_lines[incident_id]}"
                self.report.rejected.append(Rejection(line, reason, cells))
                continue
            self.incident_lines[incident_id] = line
            caller_id = self.callers[item.caller.key]
            if caller_id in self.existing:
                self.grown.setdefault(caller_id, incident_id)
            rows.append(self._incident_row(incident_id, caller_id, item))
        if rows:
            self.session.execute(insert(Incident.__table__), rows)  # type: ignore[arg-type]
            self.report.imported += len(rows)

    def _incident_row(
        self, incident_id: uuid.UUID, caller_id: uuid.UUID, i: ImportedIncident
    ) -> dict[str, object]:
        return {
            "id": incident_id, "caller_id": caller_id, "agent_id": self.actor.id,
            "started_at": i.started_at, "ended_at": i.ended_at, "submitted_at": self.now,
            "category": i.category, "severity": i.severity, "mood_start": i.mood_start,
            "mood_end": i.mood_end, "summary": i.summary, "notes": i.notes,
            "root_cause": i.root_cause, "resolution": i.resolution,
            "compensation_amount": i.compensation_amount,
            "compensation_currency": i.compensation_currency, "escalated": i.escalated,
            "outcome": i.outcome, "checklist": {}, "call_id": None,
            "search_text": search_text(i.summary, i.notes),
        }  # fmt: skip

    def finish(self, pairs: Sequence[tuple[str, str]]) -> None:
        """One audit event for the import; other workstations hear of callers whose history grew."""
        report = self.report
        details = {
            "file": report.file_name, "kind": report.kind, "rows": report.rows,
            "imported": report.imported, "already_there": report.already_there,
            "rejected": len(report.rejected), "mapping": [list(p) for p in pairs],
        }  # fmt: skip
        audit(self.session, self.actor, f"import.{report.kind}", "import", uuid.uuid4(), details)
        for caller_id, incident_id in self.grown.items():
            record_change(self.session, "incident", incident_id, caller_id)
        report.grown = tuple(self.grown)
        self.session.flush()
