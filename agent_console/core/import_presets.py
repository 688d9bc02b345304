"""A first guess at the mapping, from the file's header: the CFPB layout, our own export, common names.

The person importing sees the guess in the mapping step and changes what is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agent_console.core.import_mapping import CALLERS, fields_for
from agent_console.core.textfold import fold

CFPB_MARKERS = ("Complaint ID", "Date received", "Product", "Issue")
CFPB_PREFIX = "CFPB complaint"

# The CFPB complaint database: product and issue feed the category rules, the company's
# response becomes the resolution (and so the outcome), its public response the root cause.
CFPB = {
    "Complaint ID": "external_id",
    "Date received": "started_at",
    "Product": "category",
    "Issue": "category",
    "Sub-issue": "summary",
    "Consumer complaint narrative": "notes",
    "Company": "notes",
    "State": "notes",
    "Submitted via": "notes",
    "Tags": "notes",
    "Company public response": "root_cause",
    "Company response to consumer": "resolution",
}

# Other names for our fields, folded; our own export uses the field names themselves.
SYNONYMS = {
    "id": "external_id",
    "record id": "external_id",
    "caller": "caller_name",
    "name": "caller_name",
    "customer": "caller_name",
    "account": "caller_account_ref",
    "account_ref": "caller_account_ref",
    "phone": "caller_phone",
    "mobile": "caller_phone",
    "telephone": "caller_phone",
    "language": "caller_language",
    "pinned_note": "caller_pinned_note",
    "date": "started_at",
    "started": "started_at",
    "ended": "ended_at",
    "description": "notes",
}


@dataclass(frozen=True)
class Guess:
    pairs: tuple[tuple[str, str], ...]  # (column, field) in the file's column order
    caller_name_prefix: str
    layout: str  # "cfpb", or "" when nothing in particular was recognised


def is_cfpb(header: Sequence[str]) -> bool:
    return all(marker in header for marker in CFPB_MARKERS)


def guess_mapping(kind: str, header: Sequence[str]) -> Guess:
    """Columns whose name we recognise, each to one field; the rest stays unmapped."""
    if kind != CALLERS and is_cfpb(header):
        return Guess(tuple((c, CFPB[c]) for c in header if c in CFPB), CFPB_PREFIX, "cfpb")
    fields = {f.name: f for f in fields_for(kind)}
    pairs: list[tuple[str, str]] = []
    for column in header:
        key = fold(column).strip()
        name = key if key in fields else SYNONYMS.get(key, "")
        taken = (
            any(n == name for _, n in pairs) and fields[name].joiner is None
            if name in fields
            else True
        )
        if not taken:
            pairs.append((column, name))
    return Guess(tuple(pairs), "Imported caller", "")
