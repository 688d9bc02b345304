"""Callers: finding them as the agent types, and adding new ones.

Lookups go through ``caller_search_terms``: every name word, the account reference and the
digits of every phone number, folded, each an indexed "starts with" on every backend.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable

from sqlalchemy import ColumnElement, CompoundSelect, Select, and_, intersect, or_, select
from sqlalchemy.orm import Session

from agent_console.core import taxonomy
from agent_console.core.changes import Changes
from agent_console.core.incident_input import FieldError, clean_text
from agent_console.core.phone import (
    PhoneError,
    keys_for,
    looks_like_phone,
    search_prefixes,
    to_e164,
)
from agent_console.core.textfold import fold, prefix_upper_bound, words
from agent_console.store.agents import audit
from agent_console.store.errors import CallerInputError
from agent_console.store.models import Caller, CallerPhone, CallerSearchTerm
from agent_console.store.records import AgentRef, CallerSummary, NewCaller

TERM_MAX = 64
_NOT_ALNUM = re.compile(r"[\W_]+")
NAME_MAX = 200


def account_key(text: str) -> str:
    """An account reference without case, spaces or punctuation: "AC-1003" -> "ac1003"."""
    return _NOT_ALNUM.sub("", fold(text))[:TERM_MAX]


def search_terms(name: str, account_ref: str | None, phones: Iterable[str]) -> set[tuple[str, str]]:
    """The (term, kind) pairs under which a caller is found."""
    terms = {(word[:TERM_MAX], "name") for word in words(name)}
    if account_ref:
        terms.add((account_key(account_ref), "account"))
    for e164 in phones:
        keys = keys_for(e164)
        terms.add((keys.international, "phone"))
        terms.add((keys.national, "phone"))
    return terms


def _starts_with(prefix: str, kind: str | None = None) -> ColumnElement[bool]:
    condition = and_(
        CallerSearchTerm.term >= prefix, CallerSearchTerm.term < prefix_upper_bound(prefix)
    )
    return condition if kind is None else and_(condition, CallerSearchTerm.kind == kind)


def search_callers(
    session: Session, query: str, region: str, limit: int = 20
) -> list[CallerSummary]:
    """Callers matching a phone number (any format, so far), name words or an account reference."""
    query = query.strip()
    if not query:
        return []
    ids: Select[uuid.UUID] | CompoundSelect[uuid.UUID]
    if looks_like_phone(query):
        prefixes = search_prefixes(query, region)
        if not prefixes:
            return []
        ids = select(CallerSearchTerm.caller_id).where(
            or_(*(_starts_with(p, "phone") for p in prefixes))
        )
    else:
        tokens = words(query)[:5]
        if not tokens:
            return []
        # Each typed word must start some word of the name (or the account reference).
        matches = [
            select(CallerSearchTerm.caller_id).where(_starts_with(t[:TERM_MAX])) for t in tokens
        ]
        ids = intersect(*matches) if len(matches) > 1 else matches[0]
    caller_ids = list(dict.fromkeys(session.scalars(ids.limit(limit * 3))))
    compact = account_key(query)
    if len(compact) >= 2 and len(caller_ids) < limit:
        # Account references: "AC-1003", "ac 1003" and "ac10" all find AC-1003's caller.
        account = select(CallerSearchTerm.caller_id).where(_starts_with(compact, "account"))
        caller_ids.extend(i for i in session.scalars(account.limit(limit)) if i not in caller_ids)
    return summaries(session, caller_ids)[:limit]


def summaries(session: Session, caller_ids: list[uuid.UUID]) -> list[CallerSummary]:
    if not caller_ids:
        return []
    callers = session.scalars(select(Caller).where(Caller.id.in_(caller_ids))).all()
    phones: dict[uuid.UUID, list[str]] = {}
    for caller_id, e164 in session.execute(
        select(CallerPhone.caller_id, CallerPhone.e164)
        .where(CallerPhone.caller_id.in_(caller_ids))
        .order_by(CallerPhone.e164)
    ):
        phones.setdefault(caller_id, []).append(e164)
    found = [_summary(c, phones.get(c.id, [])) for c in callers]
    found.sort(key=lambda c: fold(c.name))
    return found


def _summary(caller: Caller, phones: list[str]) -> CallerSummary:
    return CallerSummary(
        id=caller.id,
        name=caller.name,
        account_ref=caller.account_ref,
        phones=tuple(phones),
        preferred_language=caller.preferred_language,
        tech_level=caller.tech_level,
        pinned_note=caller.pinned_note,
        version=caller.version,
    )


def get_caller(session: Session, caller_id: uuid.UUID) -> CallerSummary | None:
    found = summaries(session, [caller_id])
    return found[0] if found else None


def validate_new_caller(new: NewCaller, region: str) -> tuple[list[str], list[FieldError]]:
    """The caller's numbers in E.164, and what is wrong with the form."""
    errors: list[FieldError] = []
    name, _ = clean_text(new.name)
    name = " ".join(name.split())
    if not name:
        errors.append(FieldError("name", "Give the caller's name."))
    elif len(name) > NAME_MAX:
        errors.append(
            FieldError("name", f"The name is too long; keep it under {NAME_MAX} characters.")
        )
    e164s: list[str] = []
    for raw in new.phones:
        if not raw.strip():
            continue
        try:
            e164s.append(to_e164(raw, region))
        except PhoneError as exc:
            errors.append(FieldError("phones", str(exc)))
    if len(new.account_ref) > 64:
        errors.append(FieldError("account_ref", "The account reference is too long (64 at most)."))
    if new.preferred_language and new.preferred_language not in taxonomy.codes(taxonomy.LANGUAGES):
        errors.append(FieldError("preferred_language", "Choose a language from the list."))
    if new.tech_level not in taxonomy.codes(taxonomy.TECH_LEVELS):
        errors.append(FieldError("tech_level", "Choose how technical the caller is."))
    return list(dict.fromkeys(e164s)), errors


def create_caller(
    session: Session, new: NewCaller, region: str, actor: AgentRef
) -> tuple[CallerSummary, Changes]:
    """Add a caller; raises CallerInputError listing what to fix. Retrying the same id is a no-op."""
    existing = session.get(Caller, new.id)
    if existing is not None:
        summary = get_caller(session, new.id)
        assert summary is not None
        return summary, Changes()
    phones, errors = validate_new_caller(new, region)
    if errors:
        raise CallerInputError(errors)
    name = " ".join(clean_text(new.name)[0].split())
    account = new.account_ref.strip() or None
    caller = Caller(
        id=new.id,
        name=name,
        account_ref=account,
        preferred_language=new.preferred_language or None,
        tech_level=new.tech_level,
        pinned_note=clean_text(new.pinned_note)[0].strip(),
    )
    session.add(caller)
    session.flush()
    for e164 in phones:
        session.add(CallerPhone(caller_id=caller.id, e164=e164))
    for term, kind in search_terms(name, account, phones):
        session.add(CallerSearchTerm(caller_id=caller.id, term=term, kind=kind))
    audit(session, actor, "caller.created", "caller", caller.id, {"name": name, "phones": phones})
    session.flush()
    return _summary(caller, phones), Changes(callers=frozenset({caller.id}))
