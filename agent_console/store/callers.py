"""Callers: finding them as the agent types, and adding new ones.

Lookups go through ``caller_search_terms``: every name word, the account reference and the
digits of every phone number, folded, each an indexed "starts with" on every backend.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Executable,
    Integer,
    Select,
    and_,
    bindparam,
    exists,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

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
from agent_console.store.change_log import record_change
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


def _in_range(terms: Any, n: int) -> ColumnElement[bool]:
    """``terms.term`` starts with the n-th typed prefix: ``lo<n> <= term < hi<n>``."""
    return and_(terms.term >= bindparam(f"lo{n}"), terms.term < bindparam(f"hi{n}"))


def _kind_ids(kind: str, n: int) -> Select[uuid.UUID]:
    terms = CallerSearchTerm
    return select(terms.caller_id).where(terms.kind == kind, _in_range(terms, n))


def _word_ids(count: int) -> Select[uuid.UUID]:
    """Callers with a term starting with each of ``count`` typed words (name or account).

    The first (longest) word drives an index range scan; each other word is one indexed
    probe into that caller's own terms. With the LIMIT the scan stops as soon as enough
    callers match, where an INTERSECT of every word's range reads all of them first.
    """
    terms = CallerSearchTerm
    query = select(terms.caller_id).where(_in_range(terms, 0))
    for n in range(1, count):
        other = aliased(CallerSearchTerm)
        query = query.where(exists().where(other.caller_id == terms.caller_id, _in_range(other, n)))
    return query


@lru_cache(maxsize=32)
def _lookup_statement(kind: str, count: int) -> Executable:
    """Matching callers with their phones, in one statement, for ``count`` typed prefixes.

    Built once per shape and reused with new parameters, so a keystroke costs a lookup in
    SQLAlchemy's compiled cache, not the building of a statement. Each range has its own
    LIMIT, so the scan stops early on every backend (MariaDB would build a whole UNION).
    """
    rows: BindParameter[int] = bindparam("rows", type_=Integer)
    if kind == "name":
        ranges = [_word_ids(count).limit(rows).subquery()]
    else:  # phone or account: one range per prefix (an OR of ranges is no index range)
        ranges = [_kind_ids(kind, n).limit(rows).subquery() for n in range(count)]
    matched = (
        ranges[0]
        if len(ranges) == 1
        else union_all(*(select(r.c.caller_id) for r in ranges)).subquery()
    )
    return (
        select(*_SUMMARY_COLUMNS, CallerPhone.e164)
        .select_from(matched)
        .join(Caller, Caller.id == matched.c.caller_id)
        .outerjoin(CallerPhone, CallerPhone.caller_id == Caller.id)
    )


def _lookups(query: str, region: str) -> list[tuple[str, list[str]]]:
    """(kind of term, prefixes) to look up for what was typed, best first."""
    compact = account_key(query)
    account = [("account", [compact])] if len(compact) >= 2 else []
    if looks_like_phone(query):
        prefixes = search_prefixes(query, region)  # national and international forms
        return ([("phone", prefixes)] if prefixes else []) + account
    tokens = sorted((t[:TERM_MAX] for t in words(query)[:5]), key=len, reverse=True)
    named = [("name", tokens)] if tokens else []
    # "AC-1003", "ac10": with digits in it, an account reference is the likelier meaning.
    return account + named if any(c.isdigit() for c in compact) else named + account


def search_callers(
    session: Session, query: str, region: str, limit: int = 20
) -> list[CallerSummary]:
    """Callers matching a phone number (any format, so far), name words or an account reference.

    Each lookup is one statement; a later, less likely reading of the text (an account
    reference after a name or a number) is only tried when the earlier ones found nobody.
    """
    query = query.strip()
    if not query:
        return []
    found: dict[uuid.UUID, CallerSummary] = {}
    for kind, prefixes in _lookups(query, region):
        # A caller can match through two terms ("ma" in "Maryam Mahdavi"): a few rows more.
        params: dict[str, Any] = {"rows": limit + limit // 2}
        for n, prefix in enumerate(prefixes):
            params[f"lo{n}"], params[f"hi{n}"] = prefix, prefix_upper_bound(prefix)
        # Core, not ORM execution: plain rows in, plain records out.
        rows = session.connection().execute(_lookup_statement(kind, len(prefixes)), params)
        for summary in _collect(rows):
            found.setdefault(summary.id, summary)
        if found:
            break
    return sorted(found.values(), key=lambda c: c.name.casefold())[:limit]


def summaries(session: Session, caller_ids: list[uuid.UUID]) -> list[CallerSummary]:
    if not caller_ids:
        return []
    query = (
        select(*_SUMMARY_COLUMNS, CallerPhone.e164)
        .outerjoin(CallerPhone, CallerPhone.caller_id == Caller.id)
        .where(Caller.id.in_(caller_ids))
    )
    found = _collect(session.execute(query))
    found.sort(key=lambda c: fold(c.name))
    return found


_SUMMARY_COLUMNS = (
    Caller.id,
    Caller.name,
    Caller.account_ref,
    Caller.preferred_language,
    Caller.tech_level,
    Caller.pinned_note,
    Caller.version,
)


def _collect(rows: Iterable[Any]) -> list[CallerSummary]:
    """One summary per caller from (caller columns..., e164) rows, phones in order."""
    callers: dict[uuid.UUID, tuple[Any, ...]] = {}
    phones: dict[uuid.UUID, set[str]] = {}
    for *caller, e164 in rows:
        callers.setdefault(caller[0], tuple(caller))
        numbers = phones.setdefault(caller[0], set())
        if e164 is not None:
            numbers.add(e164)
    return [
        CallerSummary(
            id=c[0],
            name=c[1],
            account_ref=c[2],
            phones=tuple(sorted(phones[c[0]])),
            preferred_language=c[3],
            tech_level=c[4],
            pinned_note=c[5],
            version=c[6],
        )
        for c in callers.values()
    ]


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
    record_change(session, "caller", caller.id, caller.id)
    session.flush()
    return _summary(caller, phones), Changes(callers=frozenset({caller.id}))
