"""The bare indexed SQL a lookup needs, hand-written and run on a raw driver connection.

The same "starts with" ranges as the app (from the same core functions, tried in the same
order and stopping at the first that finds anyone), each as one hand-written statement: at
most 30 matching ids per range from ``caller_search_terms`` joined to the callers and their
phones.
No ORM, no session, no Python sorting: what the database itself has to do, for comparison
with ``search_callers``.
"""

from __future__ import annotations

from typing import Any

from agent_console.core.phone import looks_like_phone, search_prefixes
from agent_console.core.textfold import prefix_upper_bound, words
from agent_console.store.callers import TERM_MAX, account_key

ROWS = 30  # term rows per range, as search_callers asks for 20 callers
_DETAILS = (
    "SELECT c.id, c.name, c.account_ref, c.preferred_language, c.tech_level, c.pinned_note,"
    " c.version, p.e164 FROM ({ids}) m JOIN callers c ON c.id = m.caller_id"
    " LEFT JOIN caller_phones p ON p.caller_id = c.id"
)
Statement = tuple[str, list[str]]


def _kind_range(kind: str, prefix: str) -> Statement:
    sql = (
        "SELECT caller_id FROM (SELECT t.caller_id FROM caller_search_terms t WHERE"
        f" t.kind = '{kind}' AND t.term >= ? AND t.term < ? LIMIT {ROWS}) r"
    )
    return sql, [prefix, prefix_upper_bound(prefix)]


def _words(tokens: list[str]) -> Statement:
    lead, *others = sorted(tokens, key=len, reverse=True)
    where = ["t.term >= ? AND t.term < ?"]
    params = [lead, prefix_upper_bound(lead)]
    for n, token in enumerate(others):
        where.append(
            f"EXISTS (SELECT 1 FROM caller_search_terms o{n} WHERE o{n}.caller_id = t.caller_id"
            f" AND o{n}.term >= ? AND o{n}.term < ?)"
        )
        params += [token, prefix_upper_bound(token)]
    sql = f"SELECT t.caller_id FROM caller_search_terms t WHERE {' AND '.join(where)} LIMIT {ROWS}"
    return sql, params


def _details(ids: list[Statement]) -> Statement:
    union = " UNION ALL ".join(sql for sql, _ in ids)
    return _DETAILS.format(ids=union), [p for _, params in ids for p in params]


def statements(text: str, region: str) -> list[Statement]:
    """The statements (``?`` placeholders) for ``text``, in the order they are tried."""
    text = text.strip()
    compact = account_key(text)
    account = [_details([_kind_range("account", compact)])] if len(compact) >= 2 else []
    if looks_like_phone(text):
        prefixes = search_prefixes(text, region)
        phone = [_details([_kind_range("phone", p) for p in prefixes])] if prefixes else []
        return phone + account
    tokens = [t[:TERM_MAX] for t in words(text)[:5]]
    named = [_details([_words(tokens)])] if tokens else []
    return account + named if any(c.isdigit() for c in compact) else named + account


def for_driver(sql: str, paramstyle: str) -> str:
    return sql if paramstyle == "qmark" else sql.replace("?", "%s")


def run(cursor: Any, prepared: list[Statement]) -> int:
    """Run the statements until one finds callers; returns how many were found."""
    found: set[Any] = set()
    for sql, params in prepared:
        cursor.execute(sql, params)
        found.update(row[0] for row in cursor.fetchall())
        if found:
            break
    return len(found)
